/**
 * `npm run replicas`: the registry as two gateways and two processes of each subgraph on
 * one PostgreSQL (issue 17, "Replicas"), on a cluster of its own (like `npm run fault`).
 *
 * - Posters (REPLICAS_POSTERS, 4) write to a case discussion through gateway A (B if A
 *   refuses the connection); a live client follows the thread through gateway B. Every
 *   stored post must reach it exactly once and in order; the time from a post's
 *   acknowledgement on A to its receipt on B is the cross-replica delivery latency.
 * - Meanwhile cases are registered and facilities recorded through both gateways: their
 *   events are applied by the durable consumers `adjudication.case-projection` and
 *   `cases.roster`, each with two processes of its service running. A trigger in
 *   PostgreSQL counts every row their handlers write (scripts/replicas/probe.ts): each
 *   event must take effect exactly once.
 * - Mid-load, kill -9 of adjudication-a, cases-a, operators-a and then gateway B: the live
 *   client resubscribes through gateway A with `after` its last cursor. No acknowledged
 *   write may be lost or stored twice, no live post missed or received twice.
 * - Before the load, a session opened through gateway A is refreshed through B, and a
 *   spent refresh token replayed through either ends the family.
 *
 * The last line is the summary (`.ci/run` shows it); exits non-zero on any failed check.
 * Loopback only. Ports: REPLICAS_BASE_PORT (4140–4147) and REPLICAS_PG_PORT (55434, its
 * own cluster in REPLICAS_PG_DIR, stopped and removed at the end).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { exampleRegistration } from '@registry/cases';
import { Postgres, sleep, type Kind } from '../fault/processes.ts';
import { gql, login, Writer } from '../fault/workload.ts';
import { openCommitteeSession, votingAct } from './committee.ts';
import { Follower } from './follower.ts';
import { applied, HANDLED, installProbe, lags, positions, PROBED } from './probe.ts';
import { BOTH, ReplicaSet, type Which } from './replica-set.ts';
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

/** Answers after which a client tries again: the request may not have been handled. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'TypeError', 'TimeoutError', '502', '503', '0']);

const pg = new Postgres(ROOT, PG_PORT, PG_DIR);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-replicas-'));
let set: ReplicaSet | undefined;

function cleanUp(keepLogs: boolean): void {
  set?.killAll();
  try {
    pg.stop();
  } catch {
    // Already stopped, or never started.
  }
  if (keepLogs) process.stderr.write(`[replicas] the processes' logs are in ${dataDir}\n`);
  else rmSync(dataDir, { recursive: true, force: true });
}
// Interrupted, or stopped by `.ci/run`'s time limit: leave no process or cluster behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp(true);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const log = (line: string) => process.stderr.write(`[replicas] ${line}\n`);

function refused(err: unknown): boolean {
  return (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
}

/** A client behind a load balancer: the first gateway, the next when one refuses the connection (the request never left). */
async function either<T>(urls: readonly string[], query: string, variables: Record<string, unknown>, token: string) {
  let last: unknown;
  for (const url of urls) {
    try {
      return await gql<T>(url, query, variables, token);
    } catch (err) {
      if (!refused(err)) throw err;
      last = err;
    }
  }
  throw last;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => `${Number.isFinite(n) ? Math.round(n) : '—'} ms`;

async function main(): Promise<number> {
  const t0 = performance.now();
  const databaseUrl = pg.start();
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  // Durable, as a real cluster is (the CI tuning turns fsync off): see scripts/fault/run.ts.
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await admin.unsafe(`alter system set ${setting} = on`);
  await admin.unsafe('select pg_reload_conf()');
  const env = { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: process.env['REPLICAS_LOG_LEVEL'] ?? 'warn' };
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  const seededMs = performance.now() - t0;
  await installProbe(admin);
  const [casesHead] = await admin<{ head: string }[]>`select head from bus.topics where topic = 'cases'`;
  const [operatorsHead] = await admin<{ head: string }[]>`select head from bus.topics where topic = 'operators'`;

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
  // A member whose vote was not acknowledged (its process killed under it) votes again, as
  // a person would; a vote stored without an answer is then refused as a second one [R48].
  const votes: { key: string; acknowledged: boolean; tries: string[] }[] = [];
  const voting = (async () => {
    for (let n = 0; ; n++) {
      const act = votingAct(committee, n);
      if (!act) return;
      await sleep(VOTE_GAP_MS);
      const vote = { key: act.key, acknowledged: false, tries: [] as string[] };
      votes.push(vote);
      for (let attempt = 0; attempt < 5 && !vote.acknowledged; attempt++) {
        const res = await either(AB, act.query, act.variables, act.token).catch((err: Error) => ({ status: 0, data: undefined, errors: [{ extensions: { code: err.name } }] }));
        vote.acknowledged = res.status === 200 && !!res.data && !res.errors;
        const code = res.errors?.[0]?.extensions?.code;
        if (vote.acknowledged) break;
        vote.tries.push(code ?? String(res.status));
        if (code && !TRANSIENT.has(code)) break;
        await sleep(300);
      }
    }
  })();

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
  const votesAcked = votes.filter((v) => v.acknowledged).length;
  const tallyOk = tallyCursors.join() === tallyEvents.join() && tallyEvents.length >= votesAcked;
  const tallyResumedOnA = tallies.resumes.some((r) => r.at >= gatewayKillAt() && r.via === 1);

  // Posts: acknowledged ⊆ stored, stored once each; the live client got each stored post once, in order.
  const storedSet = new Set(stored);
  const acked = posters.flatMap((p) => p.acknowledged());
  const postsLost = acked.filter((k) => !storedSet.has(k));
  const received = ours();
  const receivedKeys = received.map((r) => r.key);
  const receivedSet = new Set(receivedKeys);
  const missed = stored.filter((k) => !receivedSet.has(k));
  const liveDup = receivedKeys.length - receivedSet.size;
  const cursors = received.map((r) => Number(r.cursor));
  const outOfOrder = cursors.filter((c, i) => i > 0 && !(c > cursors[i - 1]!)).length;
  const perPosterOutOfOrder = posters.reduce((sum, _, i) => {
    const ns = receivedKeys.filter((k) => k.startsWith(`${RUN}-p${i}-`)).map((k) => Number(k.slice(k.lastIndexOf('-') + 1)));
    return sum + ns.filter((n, j) => j > 0 && !(n > ns[j - 1]!)).length;
  }, 0);

  // Cross-replica latency: acknowledged on A → received on B.
  const ackAt = new Map(posters.flatMap((p) => p.attempts.filter((a) => a.outcome === 'acknowledged').map((a) => [a.key, a.doneAt] as const)));
  const latency = (from: number, to: number) =>
    received
      .filter((r) => r.via === 0 && ackAt.has(r.key) && ackAt.get(r.key)! >= from && ackAt.get(r.key)! < to)
      .map((r) => Math.max(0, r.at - ackAt.get(r.key)!))
      .sort((x, y) => x - y);
  const steady = latency(loadStart + WARM_UP_MS, firstKill);
  const underKills = latency(firstKill, kills.at(-1)!.at);
  const gatewayKill = gatewayKillAt();
  const resumedOnA = follower.resumes.some((r) => r.at >= gatewayKill && r.via === 1) && received.some((r) => r.at > gatewayKill && r.via === 1);

  // Cases and facilities: acknowledged ⊆ stored, once each; each event applied once by the two processes.
  const storedCases = await sql<{ code: string }[]>`select patient_code as code from cases.cases where patient_code like ${`R%-${RUN}`}`;
  const storedFacilities = await sql<{ name: string }[]>`select name from operators.facilities where name like ${`${RUN} %`}`;
  const tally = (acks: string[], rows: string[]) => {
    const s = new Set(rows);
    return { acknowledged: acks.length, stored: rows.length, lost: acks.filter((k) => !s.has(k)).length, duplicated: rows.length - s.size };
  };
  const caseTally = tally(cases.acknowledged(), storedCases.map((r) => r.code));
  const facilityTally = tally(facilities.acknowledged(), storedFacilities.map((r) => r.name));
  const heads = { cases: Number(casesHead!.head), operators: Number(operatorsHead!.head) };
  const effects = [];
  for (const p of PROBED) {
    const a = await applied(sql, p.table);
    const events = (await sql<{ k: string }[]>`select payload ->> ${p.field} as k from bus.events where topic = ${p.topic} and type = ${p.event} and seq > ${heads[p.topic]}`).map((r) => r.k);
    const lag = await lags(sql, p.table, p.topic, p.event, p.field, heads[p.topic]);
    effects.push({
      lag,
      ...p,
      events: events.length,
      once: events.filter((k) => a.times.get(k) === 1).length,
      never: events.filter((k) => !a.times.has(k)).length,
      twice: [...a.times.values()].filter((n) => n > 1).length,
      by: a.by,
    });
  }
  const handled = await Promise.all(HANDLED.map(async (h) => `${h.table} ${JSON.stringify((await applied(sql, h.table)).by)}`));
  const caughtUp = await positions(sql);
  await sql.end();
  await admin.end();
  set.killAll();

  const out: string[] = [''];
  out.push(`load ${(loadMs / 1000).toFixed(1)} s, ${POSTERS} posters through gateway A, a live client on gateway B; kill -9 of ${kills.map((k) => k.name).join(', ')} from +${ms(firstKill - loadStart)}`);
  out.push('', '| writes | acknowledged | stored | lost | duplicated | not acknowledged |', '|---|---|---|---|---|---|');
  const outcomes = (ws: Writer[]) => {
    const sum: Record<string, number> = {};
    for (const w of ws) for (const [k, v] of Object.entries(w.outcomes())) if (k !== 'ok') sum[k] = (sum[k] ?? 0) + v;
    return JSON.stringify(sum);
  };
  out.push(`| posts | ${acked.length} | ${stored.length} | ${postsLost.length} | ${stored.length - storedSet.size} | ${outcomes(posters)} |`);
  out.push(`| cases | ${caseTally.acknowledged} | ${caseTally.stored} | ${caseTally.lost} | ${caseTally.duplicated} | ${outcomes([cases])} |`);
  out.push(`| facilities | ${facilityTally.acknowledged} | ${facilityTally.stored} | ${facilityTally.lost} | ${facilityTally.duplicated} | ${outcomes([facilities])} |`);
  out.push('', `live on B (then A): ${received.length} received, ${missed.length} missed, ${liveDup} duplicated, ${outOfOrder} out of order (${perPosterOutOfOrder} within a poster); resumed ${follower.resumes.length}× (${follower.resumes.map((r) => `after ${r.after}`).join(', ') || 'never'}), through A after gateway B's kill: ${resumedOnA ? 'yes' : 'no'}`);
  out.push(`votes on B (then A): ${votes.length} acts (${votesAcked} acknowledged; tried again: ${votes.filter((v) => v.tries.length).map((v) => `${v.key} after ${v.tries.join(', ')}${v.acknowledged ? '' : ', never acknowledged'}`).join('; ') || 'none'}), ${tallyEvents.length} tally events stored, ${tallyCursors.length} received${tallyOk ? ', each once and in order' : `: ${tallyCursors.join(',')} ≠ ${tallyEvents.join(',')}`}; resumed through A: ${tallyResumedOnA ? 'yes' : 'no'}`);
  out.push(`handled by: ${handled.join('; ')}`);
  const roundTrips = posters.flatMap((p) => p.attempts.filter((a) => a.outcome === 'acknowledged').map((a) => a.doneAt - a.at)).sort((x, y) => x - y);
  out.push(`a post's own round trip through gateway A: p50 ${ms(percentile(roundTrips, 50))} p99 ${ms(percentile(roundTrips, 99))}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  out.push(`cross-replica delivery (acknowledged on A → received on B): steady (after a ${WARM_UP_MS / 1000} s warm-up) p50 ${ms(percentile(steady, 50))} p99 ${ms(percentile(steady, 99))} (n=${steady.length}); during the subgraph kills p50 ${ms(percentile(underKills, 50))} p99 ${ms(percentile(underKills, 99))} (n=${underKills.length})`);
  out.push('', '| consumer | effect | events | applied once | never | twice | written by | commit → effect p50 / max |', '|---|---|---|---|---|---|---|---|');
  for (const e of effects) out.push(`| ${e.consumer} | ${e.table} | ${e.events} | ${e.once} | ${e.never} | ${e.twice} | ${JSON.stringify(e.by)} | ${ms(percentile(e.lag, 50))} / ${ms(e.lag.at(-1) ?? NaN)} |`);
  out.push(`positions: ${caughtUp.map((p) => `${p.consumer} ${p.position}/${p.head}`).join(', ')}`);
  out.push(`sessions: ${sessions.steps.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n\n`);

  const failures: string[] = [];
  if (postsLost.length || caseTally.lost || facilityTally.lost) failures.push('acknowledged writes lost');
  if (stored.length !== storedSet.size || caseTally.duplicated || facilityTally.duplicated) failures.push('writes duplicated');
  if (missed.length || liveDup || outOfOrder || perPosterOutOfOrder) failures.push('live posts missed, duplicated or out of order');
  if (!resumedOnA) failures.push('the live client did not resume through gateway A');
  if (!tallyOk) failures.push('tally updates missed, duplicated or out of order');
  if (!tallyResumedOnA) failures.push('the tally subscriber did not resume through gateway A');
  if (steady.length === 0) failures.push('no post measured across the gateways');
  for (const e of effects) {
    if (e.events === 0) failures.push(`no event for ${e.consumer}`);
    if (e.never || e.twice || e.once !== e.events) failures.push(`${e.consumer}: ${e.never} events never applied, ${e.twice} applied twice (${e.table})`);
  }
  if (caughtUp.some((p) => p.position < p.head)) failures.push('a consumer did not catch up');
  if (!sessions.ok) failures.push('sessions across gateways');
  const summary =
    `posts ${acked.length} acked/${stored.length} stored/${postsLost.length} lost; live ${received.length} received/${missed.length} missed/${liveDup} dup/${outOfOrder} out of order; ` +
    `cross-replica p50 ${ms(percentile(steady, 50))} p99 ${ms(percentile(steady, 99))}; ` +
    `tallies ${tallyCursors.length}/${tallyEvents.length} received once; cases ${caseTally.acknowledged}/${caseTally.stored}/${caseTally.lost} lost; ` +
    effects.map((e) => `${e.table} ${e.once}/${e.events} once`).join(', ') +
    `; 4 kill -9; sessions ${sessions.ok ? 'ok' : 'FAILED'}; ${((performance.now() - t0) / 1000).toFixed(0)} s`;
  process.stdout.write(failures.length ? `REPLICAS FAILED (${failures.join('; ')}): ${summary}\n` : `REPLICAS PASSED: ${summary}\n`);
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  process.stdout.write(`REPLICAS FAILED (the script could not run: ${(err as Error).message})\n`);
} finally {
  cleanUp(code !== 0);
}
// The last lines of the processes' output, still in the pipes, reach their logs.
await sleep(500);
process.exit(code);
