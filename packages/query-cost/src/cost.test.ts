import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_SIZE, queryCost, readCostDirectives } from './cost.ts';
import { limitResponseBytes } from './plugin.ts';

const sdl = parse(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION
  type Query {
    thread(id: ID!): Thread
    library(first: Int = 20): Connection! @listSize(assumedSize: 100, slicingArguments: ["first"], sizedFields: ["nodes"])
    tags: [String!]!
    expensive: Thread @cost(weight: 50)
    unsized: [Thread!]!
  }
  type Connection { nodes: [Thread!]! total: Int! }
  type Thread { id: ID! posts(first: Int = 100): [Post!]! @listSize(assumedSize: 100, slicingArguments: ["first"]) }
  type Post { id: ID! body: String! thread: Thread! }
`);
const schema = buildASTSchema(sdl);
const costs = readCostDirectives(sdl);
const cost = (query: string, variables?: Record<string, unknown>) => queryCost({ schema, costs, document: parse(query), variables });

describe('query cost from @listSize [#15]', () => {
  it('should multiply a list by its page and count a back-reference once', () => {
    expect(cost('{ thread(id: 1) { posts { id } } }')).toBe(1 + 100);
    expect(cost('{ thread(id: 1) { posts(first: 10) { id thread { id } } } }')).toBe(1 + 10 * 2);
  });

  it('should multiply at every list of a cycle', () => {
    expect(cost('{ thread(id: 1) { posts { thread { posts { thread { posts { id } } } } } } }')).toBe(1 + 100 * (2 + 100 * (2 + 100)));
  });

  it('should count a page above its maximum as the maximum (the resolver refuses it)', () => {
    expect(cost('{ thread(id: 1) { posts(first: 100000) { id } } }')).toBe(101);
    expect(cost('query($n: Int) { thread(id: 1) { posts(first: $n) { id } } }', { n: 5 })).toBe(6);
  });

  it('should size a connection by its argument, not its list again', () => {
    expect(cost('{ library(first: 10) { total nodes { id } } }')).toBe(1 + 10 * 1);
  });

  it('should count scalars as nothing, weights as declared, unsized lists as the default', () => {
    expect(cost('{ tags }')).toBe(0);
    expect(cost('{ expensive { id } }')).toBe(50);
    expect(cost('{ unsized { id } }')).toBe(DEFAULT_LIST_SIZE);
  });

  it('should count a fragment at every spread', () => {
    expect(cost('{ a: thread(id: 1) { ...F } b: thread(id: 2) { ...F } } fragment F on Thread { posts { id } }')).toBe(2 * 101);
  });

  it('should be too large to estimate past the node limit', () => {
    const fields = Array.from({ length: 25_000 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(cost(`{ ${fields} }`)).toBe(Infinity);
  });
});

describe('response size cap', () => {
  it('should replace a body above the cap with RESPONSE_TOO_LARGE', async () => {
    const app = express();
    app.get('/big', limitResponseBytes(1_000, 400), (_req, res) => void res.send(JSON.stringify({ data: 'x'.repeat(2_000) })));
    app.get('/small', limitResponseBytes(1_000, 400), (_req, res) => void res.send(JSON.stringify({ data: 'ok' })));
    const server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const big = await fetch(`${base}/big`);
      expect(big.status).toBe(400);
      expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 1_000 } }] });
      const small = await fetch(`${base}/small`);
      expect(small.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
