/**
 * `npm run bench`: the figures of docs/performance.md. Runs the whole registry in this
 * process on the embedded database and, when DATABASE_URL is set, again on that server.
 * Prints a Markdown table and writes .bench/results.json. Then the de-identification bench
 * (./deidentify.ts), which writes .bench/deidentify.json, and the lifecycle figures
 * (./lifecycle.ts: slow clients, subscription memory, shutdown, restarts), .bench/lifecycle.json.
 *
 * Then the burned-in text screen (./ocr.ts), which writes .bench/ocr.json, and the web
 * application's first load in Chromium (./web-first-load.ts), .bench/web.json.
 *
 * Then a data release of a thousand cases and its download (./release.ts), .bench/release.json.
 *
 * `npm run bench -- federation`, `-- deidentify`, `-- ocr`, `-- lifecycle`, `-- web` or `-- release` runs one section alone.
 * The federation section ends with the peer gateways over the same subgraphs (./peers/compare.ts),
 * installed on demand into `.cache/bench-peers/` (`BENCH_PEERS=ours-process,hive,hive-rust,grafbase`, `none`; `ours-process` is our own gateway in a process of its own, as a peer runs).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeys, type Role, signInternalToken } from '@registry/auth';
import { exampleRegistration } from '@registry/cases';
import { openDatabase } from '@registry/db';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { deidentifyBench, deidentifyReport } from './deidentify.ts';
import { fanout, type FanoutResult } from './fanout.ts';
import { httpLoad, type LoadResult } from './http-load.ts';
import { lifecycleBench, lifecycleReport } from './lifecycle.ts';
import { ocrBench, ocrReport } from './ocr.ts';
import { releaseBench, releaseReport } from './release.ts';
import { comparePeers, type PeerRow, peersReport } from './peers/compare.ts';
import { benchViewerTokens } from './peers/viewers.ts';
import { ms } from './stats.ts';
import { webFirstLoadBench, webFirstLoadReport } from './web-first-load.ts';

const PAGE_DIRECT = '{ caseLibrary(first: 50) { totalCount nodes { registrationNumber registeredOn procedureDate vessel status } } }';
const PAGE_FEDERATED = `{ caseLibrary(first: 50) { totalCount nodes { registrationNumber registeredOn procedureDate vessel status
  operator { id name facility { name } } discussion { id posts { id body createdAt author { id name } } } } } }`;
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 2_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 200);
/** Empty for none: the fan-out is skipped. */
const FANOUT_SIZES = (process.env['BENCH_FANOUT'] ?? '1000,5000').split(',').filter(Boolean).map(Number);
const PEERS = process.env['BENCH_PEERS'] === 'none' ? [] : process.env['BENCH_PEERS']?.split(',');
const MANY_VIEWERS = 16;
const FANOUT_EVENTS = Number(process.env['BENCH_FANOUT_EVENTS'] ?? 20);

interface DatabaseRun {
  database: string;
  direct: LoadResult;
  gateway: LoadResult;
  federated: LoadResult;
  /** The same federated page with in-flight sharing turned off, in the same run [#17.1]. */
  federatedUnshared: LoadResult;
  /** Of the measured federated requests: subgraph calls sent per request, and fetches answered by an identical one in flight [#17.1]. */
  federatedCalls: { sentPerRequest: number; sharedPerRequest: number; entityCacheHitRatio: number };
  fanout: FanoutResult[];
  /** Ours, the floor and each peer gateway over the same subgraphs, both workloads [#17.3]. */
  peers: PeerRow[];
}

async function runOn(databaseUrl: string | undefined): Promise<DatabaseRun> {
  // Embedded: a fresh in-memory PGlite; server: a fresh database on it.
  const handle = databaseUrl ? await createTestDatabase(databaseUrl) : await openDatabase({});
  await migrateAll(handle);
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'bench-keys-'));
  const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: keysDir });
  const registry = await startRegistry({
    handle,
    keys,
    logger: createLogger('bench', 'warn'),
    subscriberQueueLimit: 10_000,
    // Every bench client is one person on loopback: the per-address and per-person caps would refuse the fan-out.
    gatewayHttp: { maxConnectionsPerClient: 0 },
    subscriptionLimits: { perPerson: 10_000 },
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-data-')),
  });
  try {
    await seedDemo(registry, 'test');
    const operator = { roles: ['OPERATOR' as Role], operatorId: 'OP0006', facilityId: 'F001' };
    const ctx = registry.cases.contextFor({ ...operator, accountId: '00000000-0000-0000-0000-000000000006' });
    for (let i = 0; i < 86; i++) {
      await ctx.cases.register(exampleRegistration({ facilityId: 'F001', operatorId: 'OP0006', patientCode: `BENCH-${i}`, initials: 'B.N.', procedureDate: '2026-06-01' }));
    }
    await registry.settle();
    const login = async () => {
      const res = await fetch(registry.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(operatorId: "OP0003", password: "demo-password") { token } }' }),
      });
      return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    };
    const token = await login();
    const internal = await signInternalToken({ accountId: '00000000-0000-0000-0000-000000000003', roles: ['OPERATOR'], operatorId: 'OP0003', facilityId: 'F003' }, 'cases', keys.internalPrivate!);
    const load = (url: string, auth: string, query: string, onMeasured?: () => void) =>
      httpLoad({ url, headers: { authorization: `Bearer ${auth}` }, body: JSON.stringify({ query }), requests: REQUESTS, concurrency: CONCURRENCY, warmup: WARMUP, ...(onMeasured ? { onMeasured } : {}) });
    const metrics = registry.gateway.metrics;
    const sentCalls = () => Object.values(metrics.fetches).reduce((a, b) => a + b, 0);
    const cacheCounts = () => Object.values(metrics.entityCaches()).reduce((a, c) => ({ hits: a.hits + c.hits, misses: a.misses + c.misses }), { hits: 0, misses: 0 });
    let mark = { sent: 0, joined: 0, hits: 0, misses: 0 };
    const direct = await load(registry.subgraphUrls.cases, internal, PAGE_DIRECT);
    const gateway = await load(registry.gatewayUrl, token, PAGE_DIRECT);
    const federated = await load(registry.gatewayUrl, token, PAGE_FEDERATED, () => (mark = { sent: sentCalls(), joined: metrics.shared().joined, ...cacheCounts() }));
    const looked = cacheCounts();
    const lookups = looked.hits - mark.hits + (looked.misses - mark.misses);
    const federatedCalls = {
      sentPerRequest: (sentCalls() - mark.sent) / federated.requests,
      sharedPerRequest: (metrics.shared().joined - mark.joined) / federated.requests,
      entityCacheHitRatio: lookups > 0 ? (looked.hits - mark.hits) / lookups : 0,
    };
    registry.gateway.subgraphFetcher.share = false;
    const federatedUnshared = await load(registry.gatewayUrl, token, PAGE_FEDERATED);
    registry.gateway.subgraphFetcher.share = true;

    const database = handle.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL server';
    const peers = await comparePeers({
      registry,
      keys,
      hotToken: await login(),
      manyTokens: await benchViewerTokens(registry, MANY_VIEWERS),
      page: PAGE_FEDERATED,
      floorPage: PAGE_DIRECT,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      warmup: WARMUP,
      ...(PEERS ? { peers: PEERS } : {}),
      workDir: path.resolve('.bench', 'peers', handle.kind),
      keysDir,
    });
    // A user token lives 15 minutes, and on a busy machine the figures above take longer:
    // the fan-out's subscribers connect with a fresh one (a refused one would be waited for forever).
    const fanToken = await login();
    const threadRes = await fetch(registry.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fanToken}` },
      body: JSON.stringify({ query: '{ case(registrationNumber: "CTO-2026-00011") { discussion { id } } }' }),
    });
    const threadId = ((await threadRes.json()) as any).data.case.discussion.id as string;
    const fan: FanoutResult[] = [];
    for (const size of FANOUT_SIZES) {
      fan.push(await fanout({ gatewayUrl: registry.gatewayUrl, token: fanToken, threadId, subscribers: size, events: FANOUT_EVENTS, operatorsFetches: () => registry.gateway.metrics.fetches['operators'] ?? 0 }));
    }
    return { database, direct, gateway, federated, federatedCalls, federatedUnshared, fanout: fan, peers };
  } finally {
    await registry.stop();
    await handle.close();
  }
}

function report(runs: DatabaseRun[]): string {
  const lines = [
    `Requests per HTTP figure: ${REQUESTS} after ${WARMUP} warm-up, at concurrency ${CONCURRENCY}; fan-out: ${FANOUT_EVENTS} events per size.`,
    '',
    '| database | query | p50 | p99 | req/s |',
    '|---|---|---|---|---|',
  ];
  for (const r of runs) {
    lines.push(`| ${r.database} | caseLibrary(50), straight to cases | ${ms(r.direct.p50)} | ${ms(r.direct.p99)} | ${r.direct.throughput.toFixed(0)} |`);
    lines.push(`| ${r.database} | same query through the gateway | ${ms(r.gateway.p50)} | ${ms(r.gateway.p99)} | ${r.gateway.throughput.toFixed(0)} |`);
    lines.push(`| ${r.database} | federated page (operator, facility, discussion, authors) | ${ms(r.federated.p50)} | ${ms(r.federated.p99)} | ${r.federated.throughput.toFixed(0)} |`);
    lines.push(`| ${r.database} | the same page, in-flight sharing off | ${ms(r.federatedUnshared.p50)} | ${ms(r.federatedUnshared.p99)} | ${r.federatedUnshared.throughput.toFixed(0)} |`);
    lines.push(`| ${r.database} | federated page, sharing on / off req/s | ${(r.federated.throughput / r.federatedUnshared.throughput).toFixed(2)}× | | |`);
    lines.push(`| ${r.database} | gateway / direct p50 ratio | ${(r.gateway.p50 / r.direct.p50).toFixed(2)}× | | |`);
  }
  lines.push('', '| database | federated page: subgraph calls sent per request | fetches shared with an identical one in flight, per request | entity cache hit ratio |', '|---|---|---|---|');
  for (const r of runs) lines.push(`| ${r.database} | ${r.federatedCalls.sentPerRequest.toFixed(2)} | ${r.federatedCalls.sharedPerRequest.toFixed(2)} | ${(r.federatedCalls.entityCacheHitRatio * 100).toFixed(0)} % |`);
  lines.push('', '| database | subscribers | delivered / expected | commit → last receive p50 | p99 | max | operators fetches per event |', '|---|---|---|---|---|---|---|');
  for (const r of runs) {
    for (const f of r.fanout) {
      lines.push(`| ${r.database} | ${f.subscribers} | ${f.delivered} / ${f.expected} | ${ms(f.p50)} | ${ms(f.p99)} | ${ms(f.max)} | ${f.operatorsFetchesPerEvent.toFixed(2)} |`);
    }
  }
  for (const r of runs) lines.push('', `### ${r.database}: the peers`, '', peersReport(r.peers, MANY_VIEWERS));
  return lines.join('\n');
}

const SECTIONS = ['federation', 'deidentify', 'ocr', 'lifecycle', 'web', 'release'];
const selected = process.argv.slice(2);
const unknown = selected.filter((s) => !SECTIONS.includes(s));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}, or none for all\n`);
  process.exit(2);
}
const wants = (section: string) => selected.length === 0 || selected.includes(section);
mkdirSync('.bench', { recursive: true });

if (wants('federation')) {
  const runs = [await runOn(undefined)];
  if (process.env['DATABASE_URL']) runs.push(await runOn(process.env['DATABASE_URL']));
  writeFileSync('.bench/results.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs }, null, 2));
  process.stdout.write(`${report(runs)}\n`);
}
if (wants('lifecycle')) {
  const runs = [await lifecycleBench(undefined)];
  if (process.env['DATABASE_URL']) runs.push(await lifecycleBench(process.env['DATABASE_URL']));
  writeFileSync('.bench/lifecycle.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs }, null, 2));
  process.stdout.write(`\n${lifecycleReport(runs)}\n`);
}
if (wants('release')) {
  const bench = await releaseBench();
  writeFileSync('.bench/release.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...bench }, null, 2));
  process.stdout.write(`\n${releaseReport(bench)}\n`);
}
if (wants('deidentify')) {
  const bench = deidentifyBench();
  writeFileSync('.bench/deidentify.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...bench }, null, 2));
  process.stdout.write(`\n${deidentifyReport(bench)}\n`);
}
if (wants('ocr')) {
  const bench = await ocrBench();
  writeFileSync('.bench/ocr.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...bench }, null, 2));
  process.stdout.write(`\n${ocrReport(bench)}\n`);
}
if (wants('web')) {
  const bench = await webFirstLoadBench();
  writeFileSync('.bench/web.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...bench }, null, 2));
  process.stdout.write(`\n${webFirstLoadReport(bench)}\n`);
}
process.exit(0);
