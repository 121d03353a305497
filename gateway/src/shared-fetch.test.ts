import { describe, expect, it } from 'vitest';
import { SHAREABLE_HEADER, sharingFetcher } from './shared-fetch.ts';

/** A subgraph that answers only when told, so that fetches are in flight at once by construction. */
function heldSubgraph() {
  const sent: { url: string; headers: Record<string, string>; body: string; answer: (body: string, status?: number) => void; fail: (e: Error) => void }[] = [];
  const send = ((url: string, init: RequestInit & { headers: Record<string, string>; body: string }) =>
    new Promise<Response>((resolve, reject) => {
      sent.push({ url, headers: init.headers, body: init.body, answer: (body, status = 200) => resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } })), fail: reject });
    })) as unknown as typeof fetch;
  return { sent, send };
}

const URL = 'http://127.0.0.1:4002/graphql';
const query = (token: string, body = '{"query":"query Q__cases__0{caseLibrary{totalCount}}"}') => ({
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', [SHAREABLE_HEADER]: '1' },
  body,
});
const mutation = (token: string) => ({ method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{"query":"mutation M__cases__0{saveForm{ok}}"}' });
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('identical query fetches in flight at once are sent once [#17.1]', () => {
  it('should send two identical fetches of one viewer scope once, and give each caller its own response', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const first = fetcher(URL, query('t1'));
    const second = fetcher(URL, query('t1'));
    await flush();
    expect(subgraph.sent).toHaveLength(1);
    subgraph.sent[0]!.answer('{"data":{"caseLibrary":{"totalCount":3}}}');
    const [a, b] = await Promise.all([first, second]);
    expect(a).not.toBe(b);
    expect(await a.json()).toEqual({ data: { caseLibrary: { totalCount: 3 } } });
    expect(await b.json()).toEqual({ data: { caseLibrary: { totalCount: 3 } } });
    expect(fetcher.inFlight).toMatchObject({ started: 1, joined: 1, size: 0 });
  });

  it('should never share between two viewer scopes (different internal tokens)', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const reader = fetcher(URL, query('core-lab-reader'));
    const operator = fetcher(URL, query('operator'));
    await flush();
    expect(subgraph.sent.map((s) => s.headers['authorization'])).toEqual(['Bearer core-lab-reader', 'Bearer operator']);
    subgraph.sent[0]!.answer('{"errors":[{"message":"Forbidden"}]}');
    subgraph.sent[1]!.answer('{"data":{"caseLibrary":{"totalCount":3}}}');
    expect(await (await reader).json()).toEqual({ errors: [{ message: 'Forbidden' }] });
    expect(await (await operator).json()).toEqual({ data: { caseLibrary: { totalCount: 3 } } });
  });

  it('should never share different variables or representations', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    void fetcher(URL, query('t', '{"query":"query E($r:[_Any!]!){_entities(representations:$r){__typename}}","variables":{"r":[{"id":"OP0001"}]}}'));
    void fetcher(URL, query('t', '{"query":"query E($r:[_Any!]!){_entities(representations:$r){__typename}}","variables":{"r":[{"id":"OP0002"}]}}'));
    await flush();
    expect(subgraph.sent).toHaveLength(2);
  });

  it('should send a mutation every time, without the marking header, and never share it', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    void fetcher(URL, mutation('t'));
    void fetcher(URL, mutation('t'));
    void fetcher(URL, query('t'));
    await flush();
    expect(subgraph.sent).toHaveLength(3);
    expect(subgraph.sent.every((s) => !(SHAREABLE_HEADER in s.headers))).toBe(true);
  });

  it('should not be a cache: a fetch after the answer is sent again', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const first = fetcher(URL, query('t'));
    await flush();
    subgraph.sent[0]!.answer('{"data":{"n":1}}');
    await first;
    const again = fetcher(URL, query('t'));
    await flush();
    expect(subgraph.sent).toHaveLength(2);
    subgraph.sent[1]!.answer('{"data":{"n":2}}');
    expect(await (await again).json()).toEqual({ data: { n: 2 } });
  });

  it('should not let a read sent after a write join a fetch that started before the write committed', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const before = fetcher(URL, query('t'));
    const write = fetcher(URL, mutation('t'));
    await flush();
    subgraph.sent[1]!.answer('{"data":{"saveForm":{"ok":true}}}');
    await write;
    const after = fetcher(URL, query('t'));
    await flush();
    expect(subgraph.sent).toHaveLength(3);
    subgraph.sent[0]!.answer('{"data":{"n":"before the write"}}');
    subgraph.sent[2]!.answer('{"data":{"n":"after the write"}}');
    expect(await (await before).json()).toEqual({ data: { n: 'before the write' } });
    expect(await (await after).json()).toEqual({ data: { n: 'after the write' } });
  });

  it('should pass a failure to every waiter and send the next fetch afresh', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const a = fetcher(URL, query('t'));
    const b = fetcher(URL, query('t'));
    await flush();
    subgraph.sent[0]!.fail(new Error('ECONNREFUSED'));
    await expect(a).rejects.toThrow('ECONNREFUSED');
    await expect(b).rejects.toThrow('ECONNREFUSED');
    void fetcher(URL, query('t'));
    await flush();
    expect(subgraph.sent).toHaveLength(2);
  });

  it('should keep the status and headers of a shared answer (a 503 stays retriable for each waiter)', async () => {
    const subgraph = heldSubgraph();
    const fetcher = sharingFetcher(undefined, subgraph.send);
    const a = fetcher(URL, query('t'));
    const b = fetcher(URL, query('t'));
    await flush();
    subgraph.sent[0]!.answer('{"errors":[{"message":"unavailable"}]}', 503);
    for (const response of await Promise.all([a, b])) {
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });
});
