/**
 * `npm run replicas`: the registry as two gateways and two processes of each subgraph on
 * one PostgreSQL (issue 17, "Replicas"), on a cluster of its own (like `npm run fault`).
 *
 * - Posters (REPLICAS_POSTERS, 4) write to a case discussion through gateway A (B if A
 *   refuses the connection); a live client follows the thread through gateway B. Every
 *   stored post must reach it exactly once and in order; the time from a post's
 *   acknowledgement on A to its receipt on B is the cross-replica delivery latency.
 * - A committee session is opened from the demo data and its members vote through gateway
 *   A (scripts/replicas/committee.ts); a second live client follows the tally through B
 *   and must receive every stored tally update once, in order.
 * - Meanwhile cases are registered and facilities recorded through both gateways: their
 *   events are applied by the durable consumers `adjudication.case-projection` and
 *   `cases.roster`, each with two processes of its service running. A trigger in
 *   PostgreSQL counts every row their handlers write (scripts/replicas/probe.ts): each
 *   event must take effect exactly once.
 * - Mid-load, kill -9 of adjudication-a, cases-a, operators-a and then gateway B: the live
 *   clients resubscribe through gateway A with `after` their last cursor. No acknowledged
 *   write may be lost or stored twice, no live post missed or received twice.
 * - Before the load, a session opened through gateway A is refreshed through B, and a
 *   spent refresh token replayed through either ends the family; five wrong passwords
 *   through A lock the account for a login through B, and a series of failures split
 *   between A and B locks it too (scripts/replicas/lockout.ts) [T14.1].
 *
 * The last line is the summary (`.ci/run` shows it); exits non-zero on any failed check.
 * Loopback only. Ports: REPLICAS_BASE_PORT (4140–4147) and REPLICAS_PG_PORT (55434, its
 * own cluster in REPLICAS_PG_DIR, stopped and removed at the end).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { exampleRegistration } from '@registry/cases';
import { Postgres, runScript, sleep, type Kind } from '../fault/processes.ts';
import { gql, login, Writer } from '../fault/workload.ts';
import { openCommitteeSession } from './committee.ts';
import { Follower } from './follower.ts';
import { checkLive, crossReplicaLatency, ms } from './live-checks.ts';
import { either, startVoting } from './load.ts';
import { applied, effects as countEffects, HANDLED, installProbe, positions, topicHeads } from './probe.ts';
import { BOTH, ReplicaSet, type Which } from './replica-set.ts';
import { report } from './report.ts';
import { lockoutAcrossGateways } from './lockout.ts';
import { sessionsAcrossGateways } from './sessions.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE_PORT = Number(process.env['REPLICAS_BASE_PORT'] ?? 4140);
const PG_PORT = Number(process.env['REPLICAS_PG_PORT'] ?? 55434);
const PG_DIR = process.env['REPLICAS_PG_DIR'] ?? path.join(os.tmpdir(), `registry-replicas-postgres-${PG_PORT}`);
const POSTERS = Number(process.env['REPLICAS_POSTERS'] ?? 4);
/** Load before the first kill (the cross-replica latency is measured there), between kills, and after the last. */
const STEADY_MS = Number(process.env['REPLICAS_STEADY_MS'] ?? 10_000);
const KILL_GAP_MS = 2_500;
/** The 19 acts of the committee's voting, one every VOTE_GAP_MS from the start of the load. */
const VOTE_GAP_MS = 600;
/** The first posts after start-up are slower (plans, JIT): left out of the steady latency. */
const WARM_UP_MS = 2_000;
const TAIL_MS = 3_000;
const CASE = 'CTO-2026-00001';
const RUN = `replicas-${Date.now().toString(36)}`;
const KILLS: [Kind, Which][] = [
  ['adjudication', 'a'],
  ['cases', 'a'],
  ['operators', 'a'],
  ['gateway', 'b'],
];

const pg = new Postgres(ROOT, PG_PORT, PG_DIR);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-replicas-'));
let set: ReplicaSet | undefined;

const log = (line: string) => process.stderr.write(`[replicas] ${line}\n`);

async function main(): Promise<number> {
  const t0 = performance.now();
  const databaseUrl = pg.start();
  const env = { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: process.env['REPLICAS_LOG_LEVEL'] ?? 'warn' };
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  // Durable from here on, as a real cluster is (the CI tuning turns fsync off: see
  // scripts/fault/run.ts); the demo data, seeded without, is flushed by the checkpoint.
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await admin.unsafe(`alter system set ${setting} = on`);
  await admin.unsafe('select pg_reload_conf()');
  await admin.unsafe('checkpoint');
  const seededMs = performance.now() - t0;
  await installProbe(admin);
  const heads = await topicHeads(admin);

  set = new ReplicaSet({ root: ROOT, basePort: BASE_PORT, databaseUrl, env, logDir: dataDir });
  const kinds: Kind[] = ['operators', 'cases', 'adjudication', 'gateway'];
  for (const kind of kinds) for (const which of BOTH) set.start(kind, which);
  await Promise.all(kinds.flatMap((kind) => BOTH.map((which) => set!.ready(kind, which))));
  const startedMs = performance.now() - t0;
  log(`PostgreSQL started and seeded in ${ms(seededMs)}; 8 processes ready ${ms(startedMs - seededMs)} later`);
  const A = set.url('gateway', 'a');
  const B = set.url('gateway', 'b');
  const AB = [A, B];

  const sessions = await sessionsAcrossGateways(A, B, 'OP0002');
  log(`sessions: ${sessions.steps.join(', ')}`);
  const lockoutStart = performance.now();
  const lockout = await lockoutAcrossGateways(A, B, admin, { alone: 'sponsor', split: 'researcher' });
  log(`lockout (${ms(performance.now() - lockoutStart)}): ${lockout.steps.join('; ')}`);

  const posterTokens = await Promise.all(['OP0003', 'OP0004', 'OP0005', 'OP0006'].map((id) => login(A, id)));
  const followerToken = await login(B, 'OP0002');
  const site = await login(A, 'site-f001');
  const secretariat = await login(B, 'secretariat');
  const thread = await gql<{ case: { discussion: { id: string; posts: { cursor: string }[] } } }>(B, `{ case(registrationNumber: "${CASE}") { discussion { id posts { cursor } } } }`, {}, followerToken);
  const discussion = thread.data?.case.discussion;
  if (!discussion) throw new Error(`no discussion for ${CASE}: ${JSON.stringify(thread.errors)}`);

  const follower = new Follower<{ threadPostAdded: { body: string; cursor: string } }>({
    urls: [B, A].map((u) => u.replace(/^http/, 'ws')),
    token: followerToken,
    query: 'subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor } }',
    variables: (after) => ({ t: discussion.id, after }),
    pick: (d) => ({ key: d.threadPostAdded.body, cursor: d.threadPostAdded.cursor }),
    after: discussion.posts.at(-1)?.cursor ?? '0',
  });
  const committee = await openCommitteeSession(A);
  const tallyTopic = `matter:${committee.matterId}:tally`;
  const tallies = new Follower<{ matterTallyUpdated: { event: string; round: number; cursor: string; tally: { cast: number } } }>({
    urls: [B, A].map((u) => u.replace(/^http/, 'ws')),
    token: followerToken,
    query: 'subscription($m: ID!, $after: String) { matterTallyUpdated(matterId: $m, after: $after) { event round cursor tally { cast } } }',
    variables: (after) => ({ m: committee.matterId, after }),
    pick: (d) => ({ key: `${d.matterTallyUpdated.event} r${d.matterTallyUpdated.round} cast ${d.matterTallyUpdated.tally.cast}`, cursor: d.matterTallyUpdated.cursor }),
    after: null,
  });
  follower.start();
  tallies.start();
  await sleep(1_000);

  const posters = Array.from({ length: POSTERS }, (_, i) => {
    const token = posterTokens[i % posterTokens.length]!;
    return new Writer(`poster-${i}`, (n) => {
      const body = `${RUN}-p${i}-${n}`;
      return { key: body, request: () => either(AB, 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { t: discussion.id, b: body }, token) };
    }, 60);
  });
  // Cases and facilities through the two gateways in turn (the other when one refuses).
  const cases = new Writer('case', (n) => {
    const code = `R${n}-${RUN}`;
    const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0006', patientCode: code, procedureDate: '2026-04-02' });
    return { key: code, request: () => either(n % 2 ? [B, A] : AB, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }', { i: input }, site) };
  }, 100);
  const facilities = new Writer('facility', (n) => {
    const name = `${RUN} Heart Center ${n}`;
    return { key: name, request: () => either(n % 2 ? [B, A] : AB, 'mutation($i: FacilityInput!) { registerFacility(input: $i) { id } }', { i: { name, prefecture: 'Miyagi', location: 'Sendai, Miyagi' } }, secretariat) };
  }, 300);
  const writers = [...posters, cases, facilities];
  const loadStart = performance.now();
  for (const w of writers) w.start();
  const { votes, done: voting } = startVoting(committee, AB, VOTE_GAP_MS);

  await sleep(STEADY_MS);
  const firstKill = performance.now();
  const kills: { name: string; at: number }[] = [];
  const gatewayKillAt = () => kills.find((k) => k.name === 'gateway-b')!.at;
  for (const [kind, which] of KILLS) {
    kills.push({ name: `${kind}-${which}`, at: performance.now() });
    await set.kill(kind, which);
    log(`kill -9 ${kind}-${which} at +${ms(performance.now() - loadStart)}`);
    await sleep(KILL_GAP_MS);
  }
  await sleep(TAIL_MS);
  for (const w of writers) await w.stop();
  await voting;
  const loadMs = performance.now() - loadStart;

  // Let the live client and the consumers catch up.
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  const storedPosts = async () => (await sql<{ body: string }[]>`select body from adjudication.posts where body like ${`${RUN}-p%`}`).map((r) => r.body);
  const ours = () => follower.received.filter((r) => r.key.startsWith(`${RUN}-p`));
  const storedTallies = async () => (await sql<{ seq: string }[]>`select seq from bus.events where topic = ${tallyTopic} order by seq`).map((r) => String(r.seq));
  const settleUntil = Date.now() + 20_000;
  let stored = await storedPosts();
  while (Date.now() < settleUntil) {
    const caughtUp = (await positions(sql)).every((p) => p.position >= p.head);
    if (caughtUp && new Set(ours().map((r) => r.key)).size >= stored.length && new Set(tallies.received.map((r) => r.cursor)).size >= (await storedTallies()).length) break;
    await sleep(200);
  }
  await follower.stop();
  await tallies.stop();
  stored = await storedPosts();
  const tallyEvents = await storedTallies();
  const tallyCursors = tallies.received.map((r) => r.cursor);
  const gatewayKill = gatewayKillAt();
  const received = ours();

  // Writes: acknowledged ⊆ stored, stored once each.
  const tally = (name: string, writers: Writer[], rows: string[]) => {
    const acks = writers.flatMap((w) => w.acknowledged());
    const s = new Set(rows);
    return { name, writers, acknowledged: acks.length, stored: rows.length, lost: acks.filter((k) => !s.has(k)).length, duplicated: rows.length - s.size };
  };
  const storedCases = await sql<{ code: string }[]>`select patient_code as code from cases.cases where patient_code like ${`R%-${RUN}`}`;
  const storedFacilities = await sql<{ name: string }[]>`select name from operators.facilities where name like ${`${RUN} %`}`;
  const writes = [tally('posts', posters, stored), tally('cases', [cases], storedCases.map((r) => r.code)), tally('facilities', [facilities], storedFacilities.map((r) => r.name))];
  const effects = await countEffects(sql, heads);
  const handled = await Promise.all(HANDLED.map(async (h) => `${h.table} ${JSON.stringify((await applied(sql, h.table)).by)}`));
  const caughtUp = await positions(sql);
  await sql.end();
  await admin.end();
  set.killAll();

  const { text, failed } = report({
    loadMs,
    posters,
    kills: kills.map((k) => k.name),
    firstKillAfterMs: firstKill - loadStart,
    writes,
    live: checkLive(received, stored),
    resumes: follower.resumes,
    resumedOnA: follower.resumes.some((r) => r.at >= gatewayKill && r.via === 1) && received.some((r) => r.at > gatewayKill && r.via === 1),
    votes,
    tallyEvents,
    tallyCursors,
    tallyResumedOnA: tallies.resumes.some((r) => r.at >= gatewayKill && r.via === 1),
    handled,
    warmUpMs: WARM_UP_MS,
    steady: crossReplicaLatency(received, posters, loadStart + WARM_UP_MS, firstKill),
    underKills: crossReplicaLatency(received, posters, firstKill, kills.at(-1)!.at),
    effects,
    positions: caughtUp,
    sessions,
    lockout,
    totalMs: performance.now() - t0,
  });
  process.stdout.write(text);
  return failed ? 1 : 0;
}

await runScript({ name: 'replicas', pg, dataDir, processes: () => set }, main);
