import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardInputs, MAX_STRING_LENGTH } from './input-guard.ts';

const schema = buildSchema(`
  input Inner { name: String, tags: [String!] }
  input Outer { inner: Inner }
  type Query { echo(text: String, outer: Outer): String, lookup(id: ID!): String }
`);
const root = {
  echo: (args: { text?: string }) => args.text ?? 'ok',
  lookup: (args: { id: string }) => {
    // What drizzle throws when PostgreSQL refuses a value: the driver's error as its cause.
    throw Object.assign(new Error('Failed query'), { cause: Object.assign(new Error(`invalid input syntax for type uuid: "${args.id}"`), { code: '22P02' }) });
  },
};
for (const [name, fn] of Object.entries(root)) schema.getQueryType()!.getFields()[name]!.resolve = (_s, args) => fn(args as never);
guardInputs(schema);

const run = (source: string, variableValues: Record<string, unknown>) => graphql({ schema, source, variableValues });

describe('the input guard of every subgraph [#15 item 7]', () => {
  it('should refuse a NUL byte at any depth with its path', async () => {
    const res = await run('query($o: Outer) { echo(outer: $o) }', { o: { inner: { tags: ['ok', 'a\u0000b'] } } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outer.inner.tags.1' });
  });

  it('should refuse a lone surrogate and accept a surrogate pair', async () => {
    expect((await run('query($t: String) { echo(text: $t) }', { t: 'a\uDC00' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await run('query($t: String) { echo(text: $t) }', { t: '心臓 😀' })).data).toEqual({ echo: '心臓 😀' });
  });

  it('should refuse a string longer than the maximum', async () => {
    const res = await run('query($t: String) { echo(text: $t) }', { t: 'x'.repeat(MAX_STRING_LENGTH + 1) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('should answer a value the database refuses as data BAD_USER_INPUT on its argument', async () => {
    const res = await run('query($id: ID!) { lookup(id: $id) }', { id: 'zzz' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
