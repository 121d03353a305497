/**
 * `npm run soak`: the gateway's memory over a long run (issue 15.6). The registry runs as
 * four processes (scripts/fault/processes.ts) on a fresh database of DATABASE_URL's server;
 * this process drives loopback traffic through the gateway (a mix of queries, posts and
 * token renewals at SOAK_RPS) and keeps SOAK_SUBSCRIPTIONS live subscriptions open with
 * churn, for SOAK_SECONDS. Bounded in time and in requests in flight.
 *
 * Measured: every process's resident set every 10 s (/proc), and two heap snapshots of
 * the gateway (`--heapsnapshot-signal`, which collects garbage first), one after the
 * warm-up and one at the end, under the same load: the live heap and what grew, by
 * constructor. Prints a Markdown table and writes .bench/soak.json.
 *
 *   DATABASE_URL=postgres://… SOAK_SECONDS=1800 npm run soak
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';
import { KINDS, sleep, Stack, type Kind } from '../fault/processes.ts';
import { gql, login } from '../fault/workload.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 600);
const WARMUP_SECONDS = Number(process.env['SOAK_WARMUP_SECONDS'] ?? 60);
const RPS = Number(process.env['SOAK_RPS'] ?? 20);
const SUBSCRIPTIONS = Number(process.env['SOAK_SUBSCRIPTIONS'] ?? 50);
const BASE_PORT = Number(process.env['SOAK_BASE_PORT'] ?? 4130);
const MAX_IN_FLIGHT = 32;
const OPERATORS = ['OP0003', 'OP0004', 'OP0005', 'OP0006'];
const THREAD_CASES = ['CTO-2026-00001', 'CTO-2026-00002', 'CTO-2026-00003'];
const PAGE = `{ caseLibrary(first: 20) { totalCount nodes { registrationNumber operator { name facility { name } }
  discussion { id posts { body author { name } } } } } }`;
const SUBSCRIPTION = 'subscription($t: ID!) { threadPostAdded(threadId: $t) { id body author { name } } }';

const server = process.env['DATABASE_URL'];
if (!server) throw new Error('DATABASE_URL is required: the soak runs the registry as separate processes on a server');

interface Sample {
  at: number;
  rssMb: Record<Kind, number>;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** A heap snapshot's live objects, summed by type and constructor name. */
function heapOf(file: string): { totalMb: number; byName: Map<string, number> } {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snapshot.snapshot.meta.node_types[0];
  const byName = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const size = snapshot.nodes[i + sizeAt]!;
    total += size;
    const key = `${types[snapshot.nodes[i + typeAt]!]}:${snapshot.strings[snapshot.nodes[i + nameAt]!]?.slice(0, 60)}`;
    byName.set(key, (byName.get(key) ?? 0) + size);
  }
  return { totalMb: total / 1048576, byName };
}

async function takeSnapshot(stack: Stack, dir: string): Promise<string> {
  const before = new Set(readdirSync(dir));
  process.kill(stack.pid('gateway')!, 'SIGUSR2');
  for (let i = 0; i < 600; i++) {
    const fresh = readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    // Complete when it is whole JSON (it ends with the closing brace) and stops growing.
    if (fresh[0]) {
      const file = path.join(dir, fresh[0]);
      let size = -1;
      for (;;) {
        await sleep(2_000);
        const now = statSync(file).size;
        if (now === size && readFileSync(file, 'utf8').trimEnd().endsWith('}')) return file;
        size = now;
      }
    }
    await sleep(500);
  }
  throw new Error('the gateway wrote no heap snapshot');
}

async function main(): Promise<void> {
  const name = `soak_${randomBytes(4).toString('hex')}`;
  const admin = postgres(server!, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-soak-'));
  const env = { NODE_ENV: 'development', DATABASE_URL: url.toString(), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const stack = new Stack({ root: ROOT, basePort: BASE_PORT, env, logDir: dataDir, nodeArgs: { gateway: ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dataDir}`] } });
  const clients = new Set<Client>();
  try {
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    for (const kind of KINDS) stack.start(kind);
    for (const kind of KINDS) await stack.ready(kind);
    const gateway = stack.url('gateway');
    const tokens = new Map<string, string>();
    for (const op of OPERATORS) tokens.set(op, await login(gateway, op));
    const threads: string[] = [];
    for (const c of THREAD_CASES) {
      const res = await gql<{ case: { discussion: { id: string } } }>(gateway, `{ case(registrationNumber: "${c}") { discussion { id } } }`, {}, tokens.get('OP0003'));
      threads.push(res.data!.case.discussion.id);
    }

    const counts = { requests: 0, errors: 0, status5xx: 0, subscriptionsOpened: 0, events: 0 };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const openSubscription = () => {
      const client = createClient({
        url: gateway.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
        connectionParams: { authorization: `Bearer ${tokens.get(pick(OPERATORS))}` },
      });
      client.subscribe({ query: SUBSCRIPTION, variables: { t: pick(threads) } }, { next: () => void counts.events++, error: () => undefined, complete: () => undefined });
      clients.add(client);
      counts.subscriptionsOpened++;
    };
    const closeOne = async () => {
      const client = pick([...clients]);
      clients.delete(client);
      await client.dispose();
    };
    for (let i = 0; i < SUBSCRIPTIONS; i++) openSubscription();

    let inFlight = 0;
    let posts = 0;
    const request = async () => {
      const roll = Math.random();
      const op = pick(OPERATORS);
      const res =
        roll < 0.4
          ? await gql(gateway, PAGE, {}, tokens.get(op))
          : roll < 0.7
            ? await gql(gateway, '{ certifiedOperators { name facility { name location } } }', {})
            : roll < 0.92
              ? await gql(gateway, `{ case(registrationNumber: "${pick(THREAD_CASES)}") { registrationNumber vessel operator { name } } }`, {}, tokens.get(op))
              : await gql(gateway, 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { t: pick(threads), b: `soak post ${posts++}` }, tokens.get(op));
      counts.requests++;
      if (res.errors?.length) counts.errors++;
      if (res.status >= 500) counts.status5xx++;
    };

    const samples: Sample[] = [];
    const sample = () => {
      const rss = {} as Record<Kind, number>;
      for (const kind of KINDS) rss[kind] = rssMb(stack.pid(kind));
      samples.push({ at: Math.round(performance.now() / 1000), rssMb: rss });
      process.stderr.write(`[soak] ${Math.round(elapsed())} s: ${KINDS.map((k) => `${k} ${rss[k]} MB`).join(', ')}; ${counts.requests} requests, ${counts.errors} errors\n`);
    };
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    let snapshotA: string | undefined;
    let lastSample = -Infinity;
    let lastChurn = 0;
    let lastLogin = 0;
    const interval = 1000 / RPS;
    for (let tick = 0; elapsed() < SECONDS; tick++) {
      if (inFlight < MAX_IN_FLIGHT) {
        inFlight++;
        void request()
          .catch(() => void counts.errors++)
          .finally(() => inFlight--);
      }
      if (elapsed() - lastSample >= 10) {
        sample();
        lastSample = elapsed();
      }
      if (elapsed() - lastChurn >= 5) {
        lastChurn = elapsed();
        for (let i = 0; i < Math.ceil(SUBSCRIPTIONS / 10); i++) await closeOne();
        while (clients.size < SUBSCRIPTIONS) openSubscription();
      }
      if (elapsed() - lastLogin >= 60) {
        lastLogin = elapsed();
        for (const op of OPERATORS) tokens.set(op, await login(gateway, op));
      }
      if (!snapshotA && elapsed() >= WARMUP_SECONDS) snapshotA = await takeSnapshot(stack, dataDir);
      const due = started + (tick + 1) * interval;
      await sleep(Math.max(0, due - performance.now()));
    }
    sample();
    const snapshotB = await takeSnapshot(stack, dataDir);
    while (inFlight > 0) await sleep(50);

    const a = heapOf(snapshotA!);
    const b = heapOf(snapshotB);
    const growth = [...b.byName]
      .map(([key, size]) => ({ key, mb: (size - (a.byName.get(key) ?? 0)) / 1048576 }))
      .sort((x, y) => y.mb - x.mb)
      .slice(0, 8);
    const first = samples.find((s) => s.at - samples[0]!.at >= WARMUP_SECONDS) ?? samples[0]!;
    const last = samples.at(-1)!;
    const peak = (kind: Kind) => Math.max(...samples.map((s) => s.rssMb[kind]));
    const lines = [
      `Soak: ${SECONDS} s at ${RPS} req/s, ${SUBSCRIPTIONS} subscriptions with churn; ${counts.requests} requests, ${counts.errors} with errors, ${counts.status5xx} 5xx; ${counts.subscriptionsOpened} subscriptions opened, ${counts.events} events received`,
      '',
      '| process | RSS after warm-up | RSS at end | peak | growth |',
      '|---|---|---|---|---|',
      ...KINDS.map((k) => `| ${k} | ${first.rssMb[k]} MB | ${last.rssMb[k]} MB | ${peak(k)} MB | ${(((last.rssMb[k] - first.rssMb[k]) / first.rssMb[k]) * 100).toFixed(1)} % |`),
      '',
      `Gateway live heap (snapshots): ${a.totalMb.toFixed(1)} MB after warm-up → ${b.totalMb.toFixed(1)} MB at end (${(((b.totalMb - a.totalMb) / a.totalMb) * 100).toFixed(1)} %)`,
      'Largest growth by constructor:',
      ...growth.map((g) => `- ${g.key}: ${g.mb >= 0 ? '+' : ''}${g.mb.toFixed(2)} MB`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
    writeFileSync(path.join(ROOT, '.bench/soak.json'), JSON.stringify({ seconds: SECONDS, rps: RPS, subscriptions: SUBSCRIPTIONS, counts, samples, heapMb: { afterWarmup: a.totalMb, end: b.totalMb }, growth }, null, 2));
  } finally {
    await Promise.all([...clients].map((c) => c.dispose()));
    stack.killAll();
    await sleep(500);
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
