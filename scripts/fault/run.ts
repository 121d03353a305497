/**
 * `npm run fault`: the registry as four processes on its own PostgreSQL, under faults,
 * during writes and a live subscription (issue 15, "What held"). For each kind of process
 * (the gateway and each subgraph) a kill -9 and a SIGTERM, each restarted at once; then an
 * immediate stop of PostgreSQL, down for FAULT_PG_DOWN_MS, and back. Meanwhile one writer
 * posts to a case discussion and one saves the case report form, one request in flight
 * each, and a live client follows the thread, reconnecting with `after`.
 *
 * Prints acknowledged / stored / lost / duplicated writes, delivered / missed / duplicated
 * live posts and the time to recover after each fault, and exits non-zero on any loss of
 * an acknowledged write, any duplicate, any missed or duplicated live delivery, a fault
 * never recovered from, or a recovery from PostgreSQL's restart slower than
 * FAULT_MAX_PG_RECOVERY_MS (10 s; the summary says whether the 2 s direction was met). The last line
 * of the output is the summary (`.ci/run` shows it).
 *
 * Loopback only. Ports: FAULT_BASE_PORT (4130: gateway, +1 operators, +2 cases,
 * +3 adjudication) and FAULT_PG_PORT (55433, its own cluster in FAULT_PG_DIR, stopped and
 * removed at the end). Most of its time is the ten process start-ups (tsx compiles each):
 * 14 minutes measured on two cores shared at a load average of 25, far less when alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { EXAMPLE_FORM } from '@registry/cases';
import { KINDS, Postgres, runScript, sleep, Stack, type Kind } from './processes.ts';
import { gql, LiveFollower, login, Writer } from './workload.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE_PORT = Number(process.env['FAULT_BASE_PORT'] ?? 4130);
const PG_PORT = Number(process.env['FAULT_PG_PORT'] ?? 55433);
const PG_DIR = process.env['FAULT_PG_DIR'] ?? path.join(os.tmpdir(), `registry-fault-postgres-${PG_PORT}`);
const PG_DOWN_MS = Number(process.env['FAULT_PG_DOWN_MS'] ?? 3_000);
/** The direction of issue 15.4 (reported against), and the bound that fails the run: timing on a shared CI machine is noisy. */
const PG_RECOVERY_DIRECTION_MS = 2_000;
const MAX_PG_RECOVERY_MS = Number(process.env['FAULT_MAX_PG_RECOVERY_MS'] ?? 10_000);
const STEADY_MS = 1_500;
const CASE = 'CTO-2026-00001';
const RUN = `fault-${Date.now().toString(36)}`;
const STARTED = new Date();

interface FaultResult {
  fault: string;
  /** Signal sent → the process exited. */
  exitMs?: number;
  forced?: boolean;
  /** Back (process ready, or PostgreSQL accepting) → first acknowledged write of each writer, first live delivery. */
  post?: number;
  form?: number;
  live?: number;
}

const pg = new Postgres(ROOT, PG_PORT, PG_DIR);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-fault-'));
let stack: Stack | undefined;

const fmt = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(2)} s`);

async function main(): Promise<number> {
  const databaseUrl = pg.start();
  // The cluster is tuned for throw-away test data (fsync and synchronous_commit off): a
  // crash would then lose commits PostgreSQL had acknowledged, which is no test of the
  // registry. This cluster is the script's own: make it durable, as a real one is.
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await admin.unsafe(`alter system set ${setting} = on`);
  await admin.unsafe('select pg_reload_conf()');
  await admin.end();
  const env = { NODE_ENV: 'development', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  // The demo data (and the development keys every process then shares, in DATA_DIR).
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  stack = new Stack({ root: ROOT, basePort: BASE_PORT, env, logDir: dataDir });
  for (const kind of KINDS) stack.start(kind);
  for (const kind of KINDS) await stack.ready(kind);
  const url = stack.url('gateway');

  const poster = await login(url, 'OP0003');
  const formOwner = await login(url, 'OP0001');
  const follower = await login(url, 'OP0004');
  const thread = await gql<{ case: { discussion: { id: string; posts: { cursor: string }[] } } }>(url, `{ case(registrationNumber: "${CASE}") { discussion { id posts { cursor } } } }`, {}, poster);
  const discussion = thread.data?.case.discussion;
  if (!discussion) throw new Error(`no discussion for ${CASE}: ${JSON.stringify(thread.errors)}`);

  const posts = new Writer('post', (n) => {
    const body = `${RUN}-post-${n}`;
    return { key: body, request: () => gql(url, 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { t: discussion.id, b: body }, poster) };
  });
  const forms = new Writer('form', (n) => {
    const weightKg = Number((40 + n / 10).toFixed(1));
    return {
      key: JSON.stringify(weightKg),
      request: () =>
        gql(url, 'mutation($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }', { input: { registrationNumber: CASE, background: { ...EXAMPLE_FORM.background, weightKg } } }, formOwner),
    };
  });
  const live = new LiveFollower(url.replace(/^http/, 'ws'), follower, discussion.id, discussion.posts.at(-1)?.cursor ?? '0');
  live.start();
  posts.start();
  forms.start();

  const results: FaultResult[] = [];
  const recovery = async (result: FaultResult, back: number) => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (posts.firstAcknowledgedAfter(back) === undefined || forms.firstAcknowledgedAfter(back) === undefined || live.firstReceivedAfter(back) === undefined)) {
      await sleep(100);
    }
    Object.assign(result, { post: posts.firstAcknowledgedAfter(back), form: forms.firstAcknowledgedAfter(back), live: live.firstReceivedAfter(back) });
    results.push(result);
    process.stderr.write(`[fault] ${result.fault}: writes back after post ${fmt(result.post)}, form ${fmt(result.form)}; live ${fmt(result.live)}\n`);
  };

  await sleep(STEADY_MS);
  const order: Kind[] = ['adjudication', 'cases', 'operators', 'gateway'];
  for (const kind of order) {
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const { exitMs, forced } = await stack.stop(kind, signal);
      stack.start(kind);
      await stack.ready(kind);
      await recovery({ fault: `${signal === 'SIGKILL' ? 'kill -9' : 'SIGTERM'} ${kind}`, exitMs, forced }, performance.now());
      await sleep(STEADY_MS);
    }
  }
  pg.crash();
  await sleep(PG_DOWN_MS);
  pg.resume();
  await recovery({ fault: `PostgreSQL immediate stop, ${PG_DOWN_MS / 1000} s down` }, performance.now());
  await sleep(STEADY_MS);

  await posts.stop();
  await forms.stop();

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  const storedPosts = (await sql<{ body: string }[]>`select body from adjudication.posts where body like ${`${RUN}-post-%`}`).map((r) => r.body);
  const storedForms = (await sql<{ new_value: string }[]>`select new_value from cases.audit_entries where registration_number = ${CASE} and field = 'background.weightKg' and at >= ${STARTED}`).map((r) => r.new_value);
  await sql.end();

  // Live: every stored post exactly once. Give the follower a moment to catch up first.
  const deadline = Date.now() + 15_000;
  const ours = () => live.received.filter((r) => r.body.startsWith(`${RUN}-post-`));
  while (Date.now() < deadline && new Set(ours().map((r) => r.body)).size < storedPosts.length) await sleep(100);
  await live.stop();
  stack.killAll();

  const tally = (acked: string[], stored: string[]) => {
    const storedSet = new Set(stored);
    const lost = acked.filter((k) => !storedSet.has(k));
    if (lost.length) process.stderr.write(`[fault] acknowledged but not stored: ${lost.slice(0, 10).join(', ')}\n`);
    return { acknowledged: acked.length, stored: stored.length, lost: lost.length, duplicated: stored.length - storedSet.size };
  };
  const postTally = tally(posts.acknowledged(), storedPosts);
  const formTally = tally(forms.acknowledged(), storedForms);
  const delivered = ours().map((r) => r.body);
  const deliveredSet = new Set(delivered);
  const liveTally = {
    delivered: delivered.length,
    missed: storedPosts.filter((b) => !deliveredSet.has(b)).length,
    duplicated: delivered.length - deliveredSet.size,
    unknown: [...deliveredSet].filter((b) => !storedPosts.includes(b)).length,
  };
  const pgResult = results.at(-1)!;
  const pgRecovery = Math.max(pgResult.post ?? Infinity, pgResult.form ?? Infinity);

  const out: string[] = [];
  out.push('', `| fault | exit | post back | form back | live back |`, '|---|---|---|---|---|');
  for (const r of results) {
    out.push(`| ${r.fault} | ${r.exitMs === undefined ? '—' : `${(r.exitMs / 1000).toFixed(2)} s${r.forced ? ' (killed after 8 s)' : ''}`} | ${fmt(r.post)} | ${fmt(r.form)} | ${fmt(r.live)} |`);
  }
  out.push('', '| writes | acknowledged | stored | lost | duplicated | not acknowledged |', '|---|---|---|---|---|---|');
  out.push(`| posts | ${postTally.acknowledged} | ${postTally.stored} | ${postTally.lost} | ${postTally.duplicated} | ${JSON.stringify(posts.outcomes())} |`);
  out.push(`| form saves | ${formTally.acknowledged} | ${formTally.stored} | ${formTally.lost} | ${formTally.duplicated} | ${JSON.stringify(forms.outcomes())} |`);
  out.push('', `live: ${liveTally.delivered} delivered, ${liveTally.missed} missed, ${liveTally.duplicated} duplicated, ${liveTally.unknown} not stored; ${live.reconnects} reconnections`);
  process.stdout.write(`${out.join('\n')}\n\n`);

  const failures: string[] = [];
  if (postTally.lost || formTally.lost) failures.push('acknowledged writes lost');
  if (postTally.duplicated || formTally.duplicated) failures.push('writes duplicated');
  if (liveTally.missed || liveTally.duplicated || liveTally.unknown) failures.push('live deliveries missed or duplicated');
  if (results.some((r) => r.post === undefined || r.form === undefined || r.live === undefined)) failures.push('a fault was never recovered from');
  if (!(pgRecovery <= MAX_PG_RECOVERY_MS)) failures.push(`PostgreSQL back → first write ${fmt(pgRecovery)} > ${fmt(MAX_PG_RECOVERY_MS)}`);
  const summary =
    `${results.length} faults; posts ${postTally.acknowledged} acked/${postTally.stored} stored/${postTally.lost} lost/${postTally.duplicated} dup; ` +
    `forms ${formTally.acknowledged}/${formTally.stored}/${formTally.lost}/${formTally.duplicated}; ` +
    `live ${liveTally.delivered} delivered/${liveTally.missed} missed/${liveTally.duplicated} dup; ` +
    `PG back → write ${fmt(pgRecovery)} (direction ≤ ${fmt(PG_RECOVERY_DIRECTION_MS)}: ${pgRecovery <= PG_RECOVERY_DIRECTION_MS ? 'met' : 'missed'})`;
  process.stdout.write(failures.length ? `FAULT FAILED (${failures.join('; ')}): ${summary}\n` : `FAULT PASSED: ${summary}\n`);
  return failures.length ? 1 : 0;
}

await runScript({ name: 'fault', pg, dataDir, processes: () => stack }, main);
