/**
 * `npm run bench:fanout`: the live fan-out across two gateway replicas on the PostgreSQL
 * server (issue 17, "Figures": 20,000 subscribers split across two gateways, p99 ≤ 250 ms,
 * every event delivered once; 5,000 on one gateway, p99 ≤ 100 ms), on a cluster of its
 * own like `npm run replicas`.
 *
 * Two gateways and one process of each subgraph, each a process of its own; N subscribers,
 * each on its own WebSocket, follow one case discussion, subscriber i through gateway
 * i mod G; FANOUT_EVENTS posts are made through gateway A one after another, and for each
 * the time from the mutation's answer (the commit is done) to the moment the last
 * subscriber holds it. The bench's clients run in this process, so on a small machine they
 * share its cores with the registry: the figures are an upper bound of the registry's own.
 *
 * Knobs: FANOUT_SIZES ("5000:1,19800:2": subscribers:gateways; 19,800 rather than 20,000
 * because every client socket is a file of this process, and a container's hard cap of
 * open files is often 20,000, with the process's own files beside), FANOUT_EVENTS (20),
 * FANOUT_BASE_PORT (4150–4157), FANOUT_PG_PORT (55435).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Postgres, runScript, type Kind } from '../fault/processes.ts';
import { gql, login } from '../fault/workload.ts';
import { ReplicaSet } from '../replicas/replica-set.ts';
import { fanout, type FanoutResult } from './fanout.ts';
import { ms } from './stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = (process.env['FANOUT_SIZES'] ?? '5000:1,19800:2').split(',').map((s) => {
  const [subscribers, gateways] = s.split(':').map(Number);
  if (!subscribers || !(gateways === 1 || gateways === 2)) throw new Error(`FANOUT_SIZES: not subscribers:gateways (1 or 2): ${s}`);
  return { subscribers, gateways };
});
const EVENTS = Number(process.env['FANOUT_EVENTS'] ?? 20);
const BASE_PORT = Number(process.env['FANOUT_BASE_PORT'] ?? 4150);
const PG_PORT = Number(process.env['FANOUT_PG_PORT'] ?? 55435);
const CASE = 'CTO-2026-00011';

const pg = new Postgres(ROOT, PG_PORT, path.join(os.tmpdir(), `registry-fanout-postgres-${PG_PORT}`));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-fanout-'));
let set: ReplicaSet | undefined;
const log = (line: string) => process.stderr.write(`[fanout] ${line}\n`);

async function main(): Promise<number> {
  const databaseUrl = pg.start();
  // Sockets from one address and one person by design here: both caps are lifted for the bench.
  const env = { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'warn', MAX_CONNECTIONS_PER_CLIENT: '0', SUBSCRIPTIONS_PER_PERSON: '100000' };
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  set = new ReplicaSet({ root: ROOT, basePort: BASE_PORT, databaseUrl, env, logDir: dataDir });
  const started: [Kind, 'a' | 'b'][] = [['operators', 'a'], ['cases', 'a'], ['adjudication', 'a'], ['gateway', 'a'], ['gateway', 'b']];
  for (const [kind, which] of started) set.start(kind, which);
  await Promise.all(started.map(([kind, which]) => set!.ready(kind, which)));
  const gateways = [set.url('gateway', 'a'), set.url('gateway', 'b')];
  const token = await login(gateways[0]!, 'OP0002');
  const thread = await gql<{ case: { discussion: { id: string } } }>(gateways[0]!, `{ case(registrationNumber: "${CASE}") { discussion { id } } }`, {}, token);
  const threadId = thread.data?.case.discussion.id;
  if (!threadId) throw new Error(`no discussion for ${CASE}: ${JSON.stringify(thread.errors)}`);

  const results: (FanoutResult & { gateways: number })[] = [];
  for (const { subscribers, gateways: g } of SIZES) {
    log(`${subscribers} subscribers over ${g} gateway(s), ${EVENTS} posts…`);
    const r = await fanout({ gatewayUrl: gateways[0]!, subscribeUrls: gateways.slice(0, g), token, threadId, subscribers, events: EVENTS });
    results.push({ ...r, gateways: g });
    log(`  delivered ${r.delivered}/${r.expected}, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`);
    for (const s of r.short) log(`  post #${s.event}: ${s.received} of the ${s.of} subscribers of gateway ${'AB'[s.gateway]} hold it`);
  }
  const pgVersion = spawnSync('psql', [databaseUrl, '-XAtc', 'show server_version'], { encoding: 'utf8' }).stdout.trim().split(' ')[0];
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  writeFileSync(path.join(ROOT, '.bench/fanout-replicas.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, postgres: pgVersion, results }, null, 2));
  const lines = [
    `Fan-out on PostgreSQL ${pgVersion}, ${EVENTS} posts per size, gateways and subgraphs each a process of its own, the clients in the bench's process (${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}):`,
    '',
    '| subscribers | gateways | delivered / expected | commit → last receipt p50 | p99 | max |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.subscribers} | ${r.gateways} | ${r.delivered} / ${r.expected} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return results.every((r) => r.delivered === r.expected) ? 0 : 1;
}

await runScript({ name: 'fanout', pg, dataDir, processes: () => set }, main);
