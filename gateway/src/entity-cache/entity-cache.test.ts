import { describe, expect, it } from 'vitest';
import { SHAREABLE_HEADER, CACHE_SCOPE_HEADER, WRITE_HEADER, sharingFetcher } from '../shared-fetch.ts';
import { ENTITIES_CHANGED_HEADER } from '@registry/http-host';
import { EntityCache, type StoredAnswer } from './entity-cache.ts';

const answer = (body: string, cacheControl = 'max-age=300, public', status = 200): StoredAnswer => ({
  status,
  statusText: 'OK',
  headers: [['content-type', 'application/json'], ['cache-control', cacheControl]],
  body,
});

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('EntityCache [#17.1]', () => {
  it('should serve and keep nothing until its change feed is live, and nothing once it drops', () => {
    const cache = new EntityCache();
    cache.offer('k', cache.ticket(), answer('{"data":1}'));
    expect(cache.get('k')).toBeUndefined();
    cache.changed();
    cache.offer('k', cache.ticket(), answer('{"data":1}'));
    expect(cache.get('k')?.body).toBe('{"data":1}');
    cache.offline();
    expect(cache.get('k')).toBeUndefined();
    cache.changed();
    expect(cache.get('k')).toBeUndefined();
  });

  it('should never keep an answer fetched before a change that was heard while it was in flight', () => {
    const cache = new EntityCache();
    cache.changed();
    const ticket = cache.ticket();
    cache.changed();
    cache.offer('k', ticket, answer('{"data":"before the change"}'));
    expect(cache.get('k')).toBeUndefined();
  });

  it("should keep only what the subgraph marks public, answered 200, and no longer than its max-age", () => {
    const c = clock();
    const cache = new EntityCache(undefined, c.now);
    cache.changed();
    cache.offer('private', cache.ticket(), answer('{}', 'max-age=300, private'));
    cache.offer('no-store', cache.ticket(), answer('{}', 'no-store'));
    cache.offer('error', cache.ticket(), answer('{}', 'max-age=300, public', 500));
    cache.offer('public', cache.ticket(), answer('{}', 'max-age=2, public'));
    expect([cache.get('private'), cache.get('no-store'), cache.get('error')]).toEqual([undefined, undefined, undefined]);
    expect(cache.get('public')).toBeDefined();
    c.advance(2_000);
    expect(cache.get('public')).toBeUndefined();
  });

  it('should hold at most its bound of entries and bytes, the least recently used leaving first', () => {
    const cache = new EntityCache({ maxEntries: 2, maxBytes: 10 });
    cache.changed();
    cache.offer('a', cache.ticket(), answer('aaa'));
    cache.offer('b', cache.ticket(), answer('bbb'));
    cache.get('a');
    cache.offer('c', cache.ticket(), answer('ccc'));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((e) => e?.body)).toEqual(['aaa', undefined, 'ccc']);
    cache.offer('big', cache.ticket(), answer('x'.repeat(11)));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 6 });
  });
});

describe('the fetcher answers entity fetches from the cache by the viewer roles [#17.1]', () => {
  const URL = 'http://127.0.0.1:4001/graphql';
  const ENTITIES = '{"query":"query($representations:[_Any!]!){_entities(representations:$representations){... on Operator{name}}}","variables":{"representations":[{"__typename":"Operator","id":"OP0001"}]}}';
  const entityFetch = (token: string, roles: string) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, [SHAREABLE_HEADER]: '1', [CACHE_SCOPE_HEADER]: roles },
    body: ENTITIES,
  });
  function subgraph() {
    const sent: string[] = [];
    const send = (async (_url: string, init: RequestInit & { headers: Record<string, string> }) => {
      sent.push(init.headers['authorization']!);
      expect(Object.keys(init.headers)).not.toContain(CACHE_SCOPE_HEADER);
      return new Response(`{"data":{"_entities":[{"name":"for ${init.headers['authorization']}"}]}}`, { headers: { 'cache-control': 'max-age=300, public' } });
    }) as unknown as typeof fetch;
    return { sent, send };
  }

  it('should share an entry between two viewers of the same roles and never between two sets of roles', async () => {
    const cache = new EntityCache();
    cache.changed();
    const s = subgraph();
    const fetcher = sharingFetcher(undefined, s.send, new Map([[URL, cache]]));
    const first = await (await fetcher(URL, entityFetch('operator-a', 'OPERATOR'))).json();
    const second = await (await fetcher(URL, entityFetch('operator-b', 'OPERATOR'))).json();
    const reader = await (await fetcher(URL, entityFetch('reader', 'CORE_LAB_READER'))).json();
    expect(second).toEqual(first);
    expect(reader).toEqual({ data: { _entities: [{ name: 'for Bearer reader' }] } });
    expect(s.sent).toEqual(['Bearer operator-a', 'Bearer reader']);
  });

  it("should empty the subgraph's cache when a mutation's answer says it changed a cached entity (read your own writes) or says nothing, never when it says it changed none", async () => {
    const cache = new EntityCache();
    cache.changed();
    const s = subgraph();
    let changed: string | undefined = '0';
    const send = (async (url: string, init: RequestInit & { headers: Record<string, string> }) => {
      const response = await s.send(url, init);
      return init.body?.toString().includes('mutation') ? new Response(await response.text(), { headers: changed === undefined ? {} : { [ENTITIES_CHANGED_HEADER]: changed } }) : response;
    }) as unknown as typeof fetch;
    const fetcher = sharingFetcher(undefined, send, new Map([[URL, cache]]));
    const mutation = { method: 'POST', headers: { authorization: 'Bearer a', [WRITE_HEADER]: '1' }, body: '{"query":"mutation{login}"}' };
    await fetcher(URL, entityFetch('a', 'OPERATOR'));
    await fetcher(URL, mutation);
    await fetcher(URL, entityFetch('a', 'OPERATOR'));
    expect(s.sent).toEqual(['Bearer a', 'Bearer a']);
    changed = '1';
    await fetcher(URL, mutation);
    await fetcher(URL, entityFetch('a', 'OPERATOR'));
    expect(s.sent).toEqual(['Bearer a', 'Bearer a', 'Bearer a', 'Bearer a']);
    // An answer that says nothing may have changed anything.
    changed = undefined;
    await fetcher(URL, mutation);
    await fetcher(URL, entityFetch('a', 'OPERATOR'));
    expect(s.sent).toHaveLength(6);
  });

  it("should empty the cache when a mutation's fetch fails (it may have committed), and never make an offline cache live", async () => {
    const cache = new EntityCache();
    cache.changed();
    const s = subgraph();
    let fail = false;
    const send = (async (url: string, init: RequestInit & { headers: Record<string, string> }) => {
      if (fail) throw new Error('socket hang up');
      return s.send(url, init);
    }) as unknown as typeof fetch;
    const fetcher = sharingFetcher(undefined, send, new Map([[URL, cache]]));
    const mutation = { method: 'POST', headers: { authorization: 'Bearer a', [WRITE_HEADER]: '1' }, body: '{"query":"mutation{x}"}' };
    await fetcher(URL, entityFetch('a', 'OPERATOR'));
    fail = true;
    await expect(fetcher(URL, mutation)).rejects.toThrow(/hang up/);
    fail = false;
    expect(cache.stats().entries).toBe(0);
    cache.offline();
    fail = true;
    await expect(fetcher(URL, mutation)).rejects.toThrow(/hang up/);
    expect(cache.stats().live).toBe(false);
  });
});
