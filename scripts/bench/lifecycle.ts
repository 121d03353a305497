/**
 * `npm run bench -- lifecycle`: slow clients, subscription memory, shutdown and restart
 * figures of docs/performance.md (issue #15 items 2, 3 and 5). Everything in this process
 * on a fresh database, on loopback.
 */
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAdjudicationService } from '@registry/adjudication';
import { loadKeys, verifyUserToken } from '@registry/auth';
import { openDatabase } from '@registry/db';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { GATEWAY_SUBSCRIPTION_LIMITS } from '@registry/gateway';
import { DEFAULT_LIMITS } from '@registry/http-host';
import { migrateAll, type Registry, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { percentile } from './stats.ts';
import { cyclesReport, subscriptionCycles, type CyclesResult } from './subscription-cycles.ts';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SLOW_CLIENTS = Number(process.env['BENCH_SLOW_CLIENTS'] ?? 50);
const SUBSCRIPTIONS = Number(process.env['BENCH_SUBSCRIPTIONS'] ?? 1_000);
const RESTARTS = Number(process.env['BENCH_RESTARTS'] ?? 10);
const DEFAULT_SOCKET_CAP = GATEWAY_SUBSCRIPTION_LIMITS.perSocket;
const POSTS_ADDED = 'subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }';

export interface LifecycleResult {
  database: string;
  slow: { clients: number; closed: number; answered408: number; lastClosedMs: number; bodyBoundMs: number };
  memory: { subscriptions: number; refusedBeyondDefaultCap: number; heapBeforeMb: number; heapOpenMb: number; heapAfterMb: number; upstreamOpen: number; busStreamsOpen: number; upstreamAfter: number; busStreamsAfter: number; releaseMs: number };
  shutdown: { webSockets: number; idleKeepAlive: number; inFlightCompleted: boolean; codes: Record<string, number>; gatewayMs: number; registryMs: number };
  restart: { runs: number; p50: number; max: number; delivered: number; expected: number; duplicates: number };
  cycles: CyclesResult;
}

const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(predicate: () => boolean, timeoutMs = 180_000, describe: () => unknown = () => ''): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`bench: condition not met in time ${JSON.stringify(describe())}`);
    await sleep(10);
  }
}

function wsClient(url: string, token: string, onClose?: (code: number) => void): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { closed: (event) => onClose?.((event as { code: number }).code) },
  });
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const send = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  // A kept-alive socket of a server stopped a moment ago (the same port, reused) answers a reset once.
  const res = await send().catch(() => send());
  return res.json();
}

async function start(databaseUrl: string | undefined, limits: { perSocket: number; perPerson: number }) {
  const handle = databaseUrl ? await createTestDatabase(databaseUrl) : await openDatabase({});
  await migrateAll(handle);
  const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-keys-')) });
  const registry = await startRegistry({ handle, keys, logger: createLogger('bench', 'error'), dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-data-')), subscriptionLimits: limits });
  await seedDemo(registry, 'test');
  const login = await fetch(registry.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(operatorId: "OP0003", password: "demo-password") { token } }' }) });
  const token = ((await login.json()) as any).data.login.token as string;
  const threadId = (await gql(registry.gatewayUrl, token, '{ case(registrationNumber: "CTO-2026-00011") { discussion { id } } }')).data.case.discussion.id as string;
  return { handle, keys, registry, token, threadId };
}

/** SLOW_CLIENTS requests to /graphql that send their body a byte a second, at the default bounds. */
async function slowClients(registry: Registry): Promise<LifecycleResult['slow']> {
  const { port } = new URL(registry.gatewayUrl);
  const started = performance.now();
  let answered408 = 0;
  let lastClosed = 0;
  await Promise.all(
    Array.from({ length: SLOW_CLIENTS }, () =>
      new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"');
        });
        const drip = setInterval(() => socket.writable && socket.write(' '), 1_000);
        let received = '';
        socket.on('data', (d) => (received += d.toString('latin1')));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(drip);
          if (received.startsWith('HTTP/1.1 408')) answered408++;
          lastClosed = performance.now() - started;
          resolve();
        });
      }),
    ),
  );
  return { clients: SLOW_CLIENTS, closed: SLOW_CLIENTS, answered408, lastClosedMs: lastClosed, bodyBoundMs: DEFAULT_LIMITS.timeouts.default.bodyMs };
}

/** One socket opens SUBSCRIPTIONS distinct subscriptions, then closes: what is held, and what is given back. */
async function subscriptionMemory(o: Awaited<ReturnType<typeof start>>): Promise<LifecycleResult['memory']> {
  const { registry, token, threadId } = o;
  const state = () => ({ upstream: registry.gateway.metrics.upstream().subscriptions, streams: registry.bus.stats().streams, shared: registry.gateway.metrics.subscriptions().sharedSubscriptions });
  await sleep(500);
  const heapBeforeMb = heapMb();
  const client = wsClient(registry.gatewayUrl, token);
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    client.subscribe({ query: POSTS_ADDED, variables: { t: threadId, after: String(i) } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  }
  await until(() => state().upstream >= SUBSCRIPTIONS && state().streams >= SUBSCRIPTIONS, 180_000, state);
  const open = state();
  const heapOpenMb = heapMb();
  const closedAt = performance.now();
  await client.dispose();
  await until(() => state().upstream === 0 && state().streams === 0 && state().shared === 0, 180_000, state);
  const releaseMs = performance.now() - closedAt;
  await sleep(500);
  const heapAfterMb = heapMb();
  const after = state();
  return { subscriptions: SUBSCRIPTIONS, refusedBeyondDefaultCap: 0, heapBeforeMb, heapOpenMb, heapAfterMb, upstreamOpen: open.upstream, busStreamsOpen: open.streams, upstreamAfter: after.upstream, busStreamsAfter: after.streams, releaseMs };
}

/** At the default caps: how many of SUBSCRIPTIONS on one socket are refused. */
async function refusedAtDefaults(o: Awaited<ReturnType<typeof start>>): Promise<number> {
  const client = wsClient(o.registry.gatewayUrl, o.token);
  let refused = 0;
  let settled = 0;
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    client.subscribe(
      { query: POSTS_ADDED, variables: { t: o.threadId, after: String(i) } },
      {
        next: () => undefined,
        error: (err) => {
          if (Array.isArray(err) && err[0]?.extensions?.code === 'TOO_MANY_SUBSCRIPTIONS') refused++;
          settled++;
        },
        complete: () => undefined,
      },
    );
  }
  await until(() => settled >= SUBSCRIPTIONS - DEFAULT_SOCKET_CAP);
  await client.dispose();
  return refused;
}

/** Stops the gateway and then the registry with live clients, idle keep-alive sockets and a request in flight. */
async function shutdown(o: Awaited<ReturnType<typeof start>>): Promise<LifecycleResult['shutdown']> {
  const { registry, token, threadId } = o;
  const codes: Record<string, number> = {};
  const clients = Array.from({ length: 100 }, () => wsClient(registry.gatewayUrl, token, (code) => (codes[code] = (codes[code] ?? 0) + 1)));
  for (const c of clients) c.subscribe({ query: POSTS_ADDED, variables: { t: threadId } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  await until(() => registry.gateway.metrics.subscriptions().subscribers >= clients.length);
  const { port } = new URL(registry.gatewayUrl);
  const idle = await Promise.all(
    Array.from({ length: 20 }, () =>
      new Promise<net.Socket>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1', () => s.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n'));
        s.once('data', () => resolve(s));
        s.on('error', () => undefined);
      }),
    ),
  );
  const inFlight = gql(registry.gatewayUrl, token, '{ caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name facility { name } } discussion { posts { body author { name } } } } } }');
  await sleep(5);
  const started = performance.now();
  await registry.gateway.stop();
  const gatewayMs = performance.now() - started;
  await registry.stop();
  const registryMs = performance.now() - started;
  const answer = await inFlight.catch(() => undefined);
  for (const s of idle) s.destroy();
  await Promise.all(clients.map((c) => c.dispose()));
  return { webSockets: clients.length, idleKeepAlive: idle.length, inFlightCompleted: Boolean(answer?.data?.caseLibrary), codes, gatewayMs, registryMs };
}

/** RESTARTS times: stop adjudication, post while it is away, start it again; time from listening to delivery. */
async function restarts(o: Awaited<ReturnType<typeof start>>): Promise<LifecycleResult['restart']> {
  const { registry, token, threadId, handle, keys } = o;
  const received: string[] = [];
  const client = wsClient(registry.gatewayUrl, token);
  client.subscribe<any>({ query: POSTS_ADDED, variables: { t: threadId } }, { next: (v) => v.data && received.push(v.data.threadPostAdded.body), error: () => undefined, complete: () => undefined });
  await until(() => registry.bus.stats().streams >= 1);
  const { viewer } = await verifyUserToken(token, keys.userPublic);
  const { port } = new URL(registry.subgraphUrls.adjudication);
  let current = registry.adjudication;
  const times: number[] = [];
  const expected: string[] = [];
  for (let run = 0; run < RESTARTS; run++) {
    await current.stop();
    const body = `restart ${run}`;
    await current.contextFor(viewer).discussion.post(threadId, body);
    expected.push(body);
    await sleep(300);
    current = await createAdjudicationService({ handle, bus: registry.bus, keys, logger: createLogger('bench', 'error') });
    await current.server.listen(Number(port));
    const back = performance.now();
    await until(() => received.includes(body), 30_000);
    times.push(performance.now() - back);
  }
  await sleep(500);
  await client.dispose();
  await current.stop();
  const delivered = received.filter((b) => expected.includes(b));
  return { runs: RESTARTS, p50: percentile(times, 50), max: Math.max(...times), delivered: new Set(delivered).size, expected: expected.length, duplicates: delivered.length - new Set(delivered).size };
}

export async function lifecycleBench(databaseUrl: string | undefined): Promise<LifecycleResult> {
  const wide = await start(databaseUrl, { perSocket: SUBSCRIPTIONS, perPerson: SUBSCRIPTIONS });
  let result: Omit<LifecycleResult, 'shutdown'>;
  try {
    const slow = await slowClients(wide.registry);
    process.stderr.write(`lifecycle: slow clients ${JSON.stringify(slow)}\n`);
    const memory = await subscriptionMemory(wide);
    process.stderr.write(`lifecycle: memory ${JSON.stringify(memory)}\n`);
    const cycles = await subscriptionCycles({ registry: wide.registry, threadId: wide.threadId, heapMb, client: () => wsClient(wide.registry.gatewayUrl, wide.token), until: (p) => until(p), query: POSTS_ADDED });
    process.stderr.write(`lifecycle: cycles ${JSON.stringify(cycles.cycles)}\n`);
    const restart = await restarts(wide);
    process.stderr.write(`lifecycle: restarts ${JSON.stringify(restart)}\n`);
    result = { database: wide.handle.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL server', slow, memory, restart, cycles };
  } finally {
    await wide.registry.stop();
    await wide.handle.close();
  }
  const defaults = await start(databaseUrl, GATEWAY_SUBSCRIPTION_LIMITS);
  try {
    result.memory.refusedBeyondDefaultCap = await refusedAtDefaults(defaults);
    return { ...result, shutdown: await shutdown(defaults) };
  } finally {
    await defaults.handle.close();
  }
}

const fixed = (n: number, d = 1) => n.toFixed(d);

export function lifecycleReport(runs: LifecycleResult[]): string {
  const lines = ['| database | slow-body clients on /graphql | closed | answered 408 | last closed after | body bound |', '|---|---|---|---|---|---|'];
  for (const r of runs) lines.push(`| ${r.database} | ${r.slow.clients} | ${r.slow.closed} | ${r.slow.answered408} | ${fixed(r.slow.lastClosedMs / 1000)} s | ${r.slow.bodyBoundMs / 1000} s |`);
  lines.push('', '| database | subscriptions on one socket | heap before | open | after close | upstream / bus streams open | after | released in | refused at the default cap |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of runs) {
    const m = r.memory;
    lines.push(`| ${r.database} | ${m.subscriptions} | ${fixed(m.heapBeforeMb)} MB | ${fixed(m.heapOpenMb)} MB | ${fixed(m.heapAfterMb)} MB | ${m.upstreamOpen} / ${m.busStreamsOpen} | ${m.upstreamAfter} / ${m.busStreamsAfter} | ${fixed(m.releaseMs, 0)} ms | ${m.refusedBeyondDefaultCap} of ${m.subscriptions} |`);
  }
  lines.push('', '| database | stop with | in-flight request completed | close codes seen by clients | gateway stopped in | whole registry stopped in |', '|---|---|---|---|---|---|');
  for (const r of runs) {
    const s = r.shutdown;
    lines.push(`| ${r.database} | ${s.webSockets} WebSockets, ${s.idleKeepAlive} idle keep-alive sockets, 1 request in flight | ${s.inFlightCompleted ? 'yes' : 'no'} | ${Object.entries(s.codes).map(([c, n]) => `${c} × ${n}`).join(', ')} | ${fixed(s.gatewayMs, 0)} ms | ${fixed(s.registryMs, 0)} ms |`);
  }
  lines.push('', '| database | adjudication restarts | subgraph listening → post written while away delivered: p50 | max | delivered / expected | duplicates |', '|---|---|---|---|---|---|');
  for (const r of runs) lines.push(`| ${r.database} | ${r.restart.runs} | ${fixed(r.restart.p50, 0)} ms | ${fixed(r.restart.max, 0)} ms | ${r.restart.delivered} / ${r.restart.expected} | ${r.restart.duplicates} |`);
  for (const r of runs) lines.push(...cyclesReport(r.database, r.cycles));
  return lines.join('\n');
}
