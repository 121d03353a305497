import { buildASTSchema, getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost, readCostDirectives } from './cost.ts';
import { INTROSPECTION_COST_LIMIT, isIntrospectionOnly } from './introspection.ts';
import { costLimitErrors } from './plugin.ts';
import { QUERY_COST_LIMIT } from './index.ts';

const sdl = parse(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query { thread(id: ID!): Thread threads(first: Int = 100): [Thread!]! @listSize(assumedSize: 100, slicingArguments: ["first"]) }
  type Thread { id: ID! posts(first: Int = 100): [Post!]! @listSize(assumedSize: 100, slicingArguments: ["first"]) }
  type Post { id: ID! thread: Thread! }
`);
const schema = buildASTSchema(sdl);
const costs = readCostDirectives(sdl);
/** What GraphiQL 4 sends to draw its editor and documentation (@graphiql/react, `generateIntrospectionQuery`). */
const IDE_INTROSPECTION = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
const COSTLY = 'threads { posts { thread { posts { id } } } }';

const withAllowance = costLimitErrors({ sdl, schema, maxCost: QUERY_COST_LIMIT, introspectionMaxCost: INTROSPECTION_COST_LIMIT });
const without = costLimitErrors({ sdl, schema, maxCost: QUERY_COST_LIMIT });
const errors = (check: typeof without, query: string, operationName?: string) => check(parse(query), operationName, {}).map((e) => e.extensions['code']);

describe('an allowance for introspection where it is enabled (the IDE on /graphql) [#10]', () => {
  it('should cost the IDE\'s introspection query above the ordinary limit and within the allowance', () => {
    const cost = queryCost({ schema, costs, document: parse(IDE_INTROSPECTION) });
    expect(cost).toBeGreaterThan(QUERY_COST_LIMIT);
    expect(cost).toBeLessThanOrEqual(INTROSPECTION_COST_LIMIT);
  });

  it('should tell an operation of only __schema, __type and __typename (through fragments) from any other', () => {
    expect(isIntrospectionOnly(parse(IDE_INTROSPECTION))).toBe(true);
    expect(isIntrospectionOnly(parse('{ __typename }'))).toBe(true);
    expect(isIntrospectionOnly(parse('{ __type(name: "Thread") { name } ... on Query { __typename ...F } } fragment F on Query { __schema { queryType { name } } }'))).toBe(true);
    expect(isIntrospectionOnly(parse('{ __schema { types { name } } thread(id: 1) { id } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('{ __typename ...F } fragment F on Query { thread(id: 1) { id } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('mutation { __typename }'))).toBe(false);
    expect(isIntrospectionOnly(parse('query A { __typename } query B { thread(id: 1) { id } }'), 'B')).toBe(false);
    expect(isIntrospectionOnly(parse('query A { __typename } query B { thread(id: 1) { id } }'), 'A')).toBe(true);
  });

  it('should let the IDE\'s introspection query through with the allowance and refuse it without one (production, subgraphs)', () => {
    expect(errors(withAllowance, IDE_INTROSPECTION)).toEqual([]);
    expect(errors(without, IDE_INTROSPECTION)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('should still refuse a costly query, and an introspection query mixed with a costly field, with the allowance', () => {
    expect(errors(withAllowance, `{ ${COSTLY} }`)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors(withAllowance, `{ __schema { types { name } } ${COSTLY} }`)).toEqual(['QUERY_TOO_COSTLY']);
    // Cheap on its own, the field makes the operation an ordinary one: its introspection counts against the ordinary limit.
    expect(errors(withAllowance, IDE_INTROSPECTION.replace('__schema {', 'thread(id: 1) { id } __schema {'))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('should refuse an introspection query built to be deep, past the allowance too', () => {
    const deep = '{ __type(name: "Query") { fields { args { type { fields { args { name } } } } } } }';
    expect(errors(withAllowance, deep)).toEqual(['QUERY_TOO_COSTLY']);
  });
});
