import { readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '@registry/gateway';
import { createLogger } from '@registry/logging';
import { INTROSPECTION_COST_LIMIT, QUERY_COST_LIMIT } from '@registry/query-cost';
import { SUPERGRAPH_PATH } from '../../scripts/supergraph.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/**
 * The IDE on /graphql reads the schema by introspection, which the cost estimate prices at
 * about 1.5 million (every meta-schema list counted as 50): in development an operation of
 * only __schema/__type/__typename has its own allowance, every other operation keeps the
 * ordinary limit, and production keeps introspection off and the IDE unserved [#10].
 */
let t: TestRegistry;
let production: Gateway;
let productionUrl: string;
let token: string;

/** What GraphiQL 4 sends when it opens (@graphiql/react, `generateIntrospectionQuery`). */
const IDE_INTROSPECTION = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
const COSTLY = 'caseLibrary(first: 100) { nodes { discussion { posts { thread { posts { id } } } } } }';

beforeAll(async () => {
  t = await startTestRegistry();
  token = await t.login('OP0003');
  production = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: t.registry.subgraphUrls,
    userPublicKey: t.keys.userPublic,
    internalPrivateKey: t.keys.internalPrivate!,
    logger: createLogger('test', 'silent'),
    production: true,
  });
  productionUrl = await production.listen(0);
}, 600_000);

afterAll(async () => {
  await production?.stop();
  await t?.stop();
});

describe('introspection for the IDE, in development only [#10]', () => {
  it('should answer the IDE\'s introspection query in development, above the ordinary cost limit', async () => {
    const res = await t.gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(IDE_INTROSPECTION);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
    expect(res.data!.__schema.types.map((type) => type.name)).toContain('CoreLabCase');
    expect(INTROSPECTION_COST_LIMIT).toBeGreaterThan(QUERY_COST_LIMIT);
  });

  it('should still refuse a costly query, and introspection mixed with a costly or any other field, as too costly', async () => {
    for (const query of [`{ ${COSTLY} }`, `{ __schema { types { name } } ${COSTLY} }`, IDE_INTROSPECTION.replace('__schema {', '__typename certifiedOperators(first: 1) { id } __schema {')]) {
      const res = await t.gql(query, { token });
      expect(res.status, JSON.stringify(res) + query.slice(0, 80)).toBe(400);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: QUERY_COST_LIMIT });
      expect(res.data ?? null).toBeNull();
    }
  });

  it('should refuse an introspection query built to be deep past the allowance', async () => {
    const res = await t.gql('{ __type(name: "Query") { fields { args { type { fields { args { name } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: INTROSPECTION_COST_LIMIT });
  });

  it('should serve the IDE on GET /graphql to a browser in development, and leave JSON GETs to the API', async () => {
    const page = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/graphiql-[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script>|<script type="module">|https?:\/\//);
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('should refuse introspection in production and serve no IDE there, on /graphql or as a file', async () => {
    const res = await fetch(productionUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: IDE_INTROSPECTION }) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
    const page = await fetch(productionUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const file = await fetch(new URL('/graphiql.html', productionUrl), { headers: { accept: 'text/html' } });
    expect(await file.text()).not.toMatch(/graphiql/i);
    const typename = await fetch(productionUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await typename.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
