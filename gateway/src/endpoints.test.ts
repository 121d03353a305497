import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWN_MS, failoverFetch, SubgraphEndpoints } from './endpoints.ts';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the processes of a subgraph, and failing over between them (#17, replicas)', () => {
  let served = 0;
  let cut = 0;
  const up = http.createServer((req, res) => {
    served++;
    req.resume();
    req.on('end', () => res.end('{"data":{}}'));
  });
  // Takes the request and drops the connection without answering: the request may have run.
  const dropping = http.createServer((req) => {
    cut++;
    req.socket.destroy();
  });
  let upUrl: string;
  let droppingUrl: string;
  let deadUrl: string;

  beforeAll(async () => {
    for (const s of [up, dropping]) await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    upUrl = `http://127.0.0.1:${(up.address() as AddressInfo).port}/graphql`;
    droppingUrl = `http://127.0.0.1:${(dropping.address() as AddressInfo).port}/graphql`;
    deadUrl = `http://127.0.0.1:${await closedPort()}/graphql`;
  });
  afterAll(async () => {
    for (const s of [up, dropping]) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  it('should take turns among the healthy processes, and try one that refused a connection only after the others', () => {
    let now = 0;
    const endpoints = new SubgraphEndpoints({ adjudication: ['a', 'b', 'c'], cases: 'x' }, () => now);
    expect([endpoints.order('a'), endpoints.order('a'), endpoints.order('a')]).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
    ]);
    endpoints.down('b');
    expect(endpoints.order('a')).toEqual(['a', 'c', 'b']);
    expect(endpoints.next('adjudication')).toBe('c');
    now += DOWN_MS + 1;
    expect(endpoints.order('a')).toContain('b');
    expect(endpoints.order('a')[0]).not.toBe(undefined);
    expect(endpoints.order('x')).toEqual(['x']);
    // A URL that is no subgraph's primary is used as it is.
    expect(endpoints.order('http://elsewhere/')).toEqual(['http://elsewhere/']);
  });

  it('should send a call refused by one process to the next, a mutation included, since it never reached the first', async () => {
    const endpoints = new SubgraphEndpoints({ adjudication: [deadUrl, upUrl] });
    const send = failoverFetch(endpoints);
    const before = served;
    const response = await send(deadUrl, { method: 'POST', body: '{"query":"mutation { postToThread }"}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(served - before).toBe(1);
    // The refusing process is now tried last.
    expect(endpoints.order(deadUrl)[0]).toBe(upUrl);
  });

  it('should never send a call twice when the connection dropped after the request left: it may have run', async () => {
    const endpoints = new SubgraphEndpoints({ adjudication: [droppingUrl, upUrl] });
    const send = failoverFetch(endpoints);
    const before = served;
    await expect(send(droppingUrl, { method: 'POST', body: '{"query":"mutation { x }"}' })).rejects.toThrow();
    expect(cut).toBeGreaterThan(0);
    expect(served - before).toBe(0);
  });

  it('should fail with the last refusal when every process refuses', async () => {
    const endpoints = new SubgraphEndpoints({ adjudication: [deadUrl, `http://127.0.0.1:${await closedPort()}/graphql`] });
    await expect(failoverFetch(endpoints)(deadUrl, { method: 'POST', body: '{}' })).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });
});
