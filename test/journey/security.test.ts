import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInternalToken } from '@registry/auth';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

describe('the gateway and subgraphs refuse what did not come the right way', () => {
  let t: TestRegistry;
  let sato: string;

  beforeAll(async () => {
    t = await startTestRegistry();
    sato = await t.login('OP0003');
  });
  afterAll(() => t.stop());

  it('should refuse an invalid token over HTTP with 401, not fall back to anonymous', async () => {
    const res = await t.gql('{ certifiedOperators { id } }', { token: `${sato.slice(0, -4)}AAAA` });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('should refuse a token signed by another key', async () => {
    const res = await t.gql('{ certifiedOperators { id } }', { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } });
    expect(res.status).toBe(401);
  });

  it('should answer the same generic error for an unknown ID and a wrong password', async () => {
    const login = 'mutation($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }';
    const unknown = await t.gql(login, { variables: { id: 'OP9999', pw: 'demo-password' } });
    const wrong = await t.gql(login, { variables: { id: 'OP0004', pw: 'wrong-password' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('should refuse a direct call to a subgraph without the gateway token, _entities included', async () => {
    const entities = '{ _entities(representations: [{ __typename: "Operator", id: "OP0001" }]) { ... on Operator { name } } }';
    for (const [name, url] of Object.entries(t.registry.subgraphUrls)) {
      const res = await t.gql(name === 'operators' ? entities : '{ __typename }', { url });
      expect(res.status, name).toBe(401);
      expect(res.errors?.[0]?.extensions?.['code'], name).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('should refuse a user token presented to a subgraph directly', async () => {
    const res = await t.gql('{ _service { sdl } }', { url: t.registry.subgraphUrls.operators, token: sato });
    expect(res.status).toBe(401);
  });

  it('should refuse a gateway token minted for another subgraph', async () => {
    const forCases = await signInternalToken({ roles: ['OPERATOR'] }, 'cases', t.keys.internalPrivate!);
    const res = await t.gql('{ _service { sdl } }', { url: t.registry.subgraphUrls.operators, token: forCases });
    expect(res.status).toBe(401);
    const accepted = await t.gql('{ _service { sdl } }', { url: t.registry.subgraphUrls.cases, token: forCases });
    expect(accepted.status).toBe(200);
  });

  it('should mask an injected database error, bound values and all', async () => {
    await t.handle.db.execute(sql.raw(`
      create function adjudication.explode() returns trigger language plpgsql as $$
      begin raise exception 'constraint broken for patient F001-P1000 (T.Y.)'; end $$`));
    await t.handle.db.execute(sql.raw('create trigger explode before insert on adjudication.posts for each row execute function adjudication.explode()'));
    try {
      const lookup = await t.gql(graphql(`query SecurityThreadOfCase { case(registrationNumber: "CTO-2026-00010") { discussion { id } } }`), { token: sato });
      const res = await t.gql(graphql(`mutation SecurityFailingPost($t: ID!) { postToThread(threadId: $t, body: "boom") { id } }`), {
        token: sato,
        variables: { t: lookup.data!.case!.discussion!.id },
      });
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toMatch(/F001-P1000|T\.Y\.|constraint/);
      const after = await t.gql(graphql(`query SecurityPostsAfterFailure { case(registrationNumber: "CTO-2026-00010") { discussion { posts { id } } } }`), { token: sato });
      expect(after.data!.case!.discussion!.posts).toHaveLength(0);
    } finally {
      await t.handle.db.execute(sql.raw('drop trigger explode on adjudication.posts'));
      await t.handle.db.execute(sql.raw('drop function adjudication.explode()'));
    }
  });

  it('should refuse a query deeper than the limit', async () => {
    const deep = '{ case(registrationNumber: "CTO-2026-00001") { discussion { posts { thread { posts { thread { posts { thread { posts { thread { posts { thread { id } } } } } } } } } } } } }';
    const res = await t.gql(deep, { token: sato });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data ?? null).toBeNull();
  });

  it('should refuse too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: certifiedOperators { id }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('should refuse a batch of more than five operations', async () => {
    const batch = Array.from({ length: 6 }, () => ({ query: '{ certifiedOperators { id } }' }));
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(res.status).toBe(400);
    const ok = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch.slice(0, 2)) });
    expect(ok.status).toBe(200);
  });

  it('should refuse a body over the size limit', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(2_000_000)}` }) });
    expect(res.status).toBe(413);
  });

  it('should answer health and readiness on every service', async () => {
    const urls = [t.url, ...Object.values(t.registry.subgraphUrls)];
    for (const url of urls) {
      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
      expect((await fetch(new URL('/readyz', url))).status).toBe(200);
    }
  });
});

describe('demo data', () => {
  it('should never be seeded when NODE_ENV=production', async () => {
    const { seedDemo } = await import('@registry/launcher');
    await expect(seedDemo({} as never, 'production')).rejects.toThrow('never seeded in production');
  });
});
