/**
 * What `npm run replicas` prints, and which of its checks failed. The last line is the
 * summary `.ci/run` shows: `REPLICAS PASSED: …` or `REPLICAS FAILED (what failed): …`.
 */
import os from 'node:os';
import type { Writer } from '../fault/workload.ts';
import type { checkLive } from './live-checks.ts';
import { ms, percentile } from './live-checks.ts';
import type { Vote } from './load.ts';
import type { Effect } from './probe.ts';

export interface WriteTally {
  name: string;
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  /** The writers whose unacknowledged outcomes are listed. */
  writers: readonly Writer[];
}

export interface RunResult {
  loadMs: number;
  posters: readonly Writer[];
  kills: readonly string[];
  firstKillAfterMs: number;
  writes: readonly WriteTally[];
  live: ReturnType<typeof checkLive>;
  resumes: readonly { after: string | null }[];
  resumedOnA: boolean;
  votes: readonly Vote[];
  tallyEvents: readonly string[];
  tallyCursors: readonly string[];
  tallyResumedOnA: boolean;
  handled: readonly string[];
  warmUpMs: number;
  steady: readonly number[];
  underKills: readonly number[];
  effects: readonly Effect[];
  positions: readonly { consumer: string; position: number; head: number }[];
  sessions: { ok: boolean; steps: readonly string[] };
  lockout: { ok: boolean; steps: readonly string[] };
  totalMs: number;
}

const latency = (sample: readonly number[]) => `p50 ${ms(percentile(sample, 50))} p99 ${ms(percentile(sample, 99))} (n=${sample.length})`;

function notAcknowledged(writers: readonly Writer[]): string {
  const sum: Record<string, number> = {};
  for (const w of writers) for (const [k, v] of Object.entries(w.outcomes())) if (k !== 'ok') sum[k] = (sum[k] ?? 0) + v;
  return JSON.stringify(sum);
}

export function report(r: RunResult): { text: string; failed: boolean } {
  const votesAcked = r.votes.filter((v) => v.acknowledged).length;
  const tallyOk = r.tallyCursors.join() === r.tallyEvents.join() && r.tallyEvents.length >= votesAcked;
  const roundTrips = r.posters.flatMap((p) => p.attempts.filter((a) => a.outcome === 'acknowledged').map((a) => a.doneAt - a.at)).sort((x, y) => x - y);
  const retried = r.votes.filter((v) => v.tries.length).map((v) => `${v.key} after ${v.tries.join(', ')}${v.acknowledged ? '' : ', never acknowledged'}`);

  const out: string[] = [''];
  out.push(`load ${(r.loadMs / 1000).toFixed(1)} s, ${r.posters.length} posters through gateway A, a live client on gateway B; kill -9 of ${r.kills.join(', ')} from +${ms(r.firstKillAfterMs)}`);
  out.push('', '| writes | acknowledged | stored | lost | duplicated | not acknowledged |', '|---|---|---|---|---|---|');
  for (const w of r.writes) out.push(`| ${w.name} | ${w.acknowledged} | ${w.stored} | ${w.lost} | ${w.duplicated} | ${notAcknowledged(w.writers)} |`);
  out.push('', `live on B (then A): ${r.live.received} received, ${r.live.missed} missed, ${r.live.duplicated} duplicated, ${r.live.outOfOrder} out of order (${r.live.outOfOrderWithinAPoster} within a poster); resumed ${r.resumes.length}× (${r.resumes.map((x) => `after ${x.after}`).join(', ') || 'never'}), through A after gateway B's kill: ${r.resumedOnA ? 'yes' : 'no'}`);
  out.push(`votes on B (then A): ${r.votes.length} acts (${votesAcked} acknowledged; tried again: ${retried.join('; ') || 'none'}), ${r.tallyEvents.length} tally events stored, ${r.tallyCursors.length} received${tallyOk ? ', each once and in order' : `: ${r.tallyCursors.join(',')} ≠ ${r.tallyEvents.join(',')}`}; resumed through A: ${r.tallyResumedOnA ? 'yes' : 'no'}`);
  out.push(`handled by: ${r.handled.join('; ')}`);
  out.push(`a post's own round trip through gateway A: p50 ${ms(percentile(roundTrips, 50))} p99 ${ms(percentile(roundTrips, 99))}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  out.push(`cross-replica delivery (acknowledged on A → received on B): steady (after a ${r.warmUpMs / 1000} s warm-up) ${latency(r.steady)}; during the subgraph kills ${latency(r.underKills)}`);
  out.push('', '| consumer | effect | events | applied once | never | twice | written by | commit → effect p50 / max |', '|---|---|---|---|---|---|---|---|');
  for (const e of r.effects) out.push(`| ${e.consumer} | ${e.table} | ${e.events} | ${e.once} | ${e.never} | ${e.twice} | ${JSON.stringify(e.by)} | ${ms(percentile(e.lag, 50))} / ${ms(e.lag.at(-1) ?? NaN)} |`);
  out.push(`positions: ${r.positions.map((p) => `${p.consumer} ${p.position}/${p.head}`).join(', ')}`);
  out.push(`sessions: ${r.sessions.steps.join(', ')}`);
  out.push(`lockout [T14.1]: ${r.lockout.steps.join('; ')}`, '');

  const failures: string[] = [];
  if (r.writes.some((w) => w.lost)) failures.push('acknowledged writes lost');
  if (r.writes.some((w) => w.duplicated)) failures.push('writes duplicated');
  if (r.live.missed || r.live.duplicated || r.live.outOfOrder || r.live.outOfOrderWithinAPoster) failures.push('live posts missed, duplicated or out of order');
  if (!r.resumedOnA) failures.push('the live client did not resume through gateway A');
  if (!tallyOk) failures.push('tally updates missed, duplicated or out of order');
  if (!r.tallyResumedOnA) failures.push('the tally subscriber did not resume through gateway A');
  if (r.steady.length === 0) failures.push('no post measured across the gateways');
  for (const e of r.effects) {
    if (e.events === 0) failures.push(`no event for ${e.consumer}`);
    if (e.never || e.twice || e.once !== e.events) failures.push(`${e.consumer}: ${e.never} events never applied, ${e.twice} applied twice (${e.table})`);
  }
  if (r.positions.some((p) => p.position < p.head)) failures.push('a consumer did not catch up');
  if (!r.sessions.ok) failures.push('sessions across gateways');
  if (!r.lockout.ok) failures.push('login lockout across gateways');
  const posts = r.writes[0]!;
  const cases = r.writes[1]!;
  const summary =
    `posts ${posts.acknowledged} acked/${posts.stored} stored/${posts.lost} lost; live ${r.live.received} received/${r.live.missed} missed/${r.live.duplicated} dup/${r.live.outOfOrder} out of order; ` +
    `cross-replica p50 ${ms(percentile(r.steady, 50))} p99 ${ms(percentile(r.steady, 99))}; ` +
    `tallies ${r.tallyCursors.length}/${r.tallyEvents.length} received once; cases ${cases.acknowledged}/${cases.stored}/${cases.lost} lost; ` +
    r.effects.map((e) => `${e.table} ${e.once}/${e.events} once`).join(', ') +
    `; ${r.kills.length} kill -9; sessions ${r.sessions.ok ? 'ok' : 'FAILED'}; lockout ${r.lockout.ok ? 'ok' : 'FAILED'}; ${(r.totalMs / 1000).toFixed(0)} s`;
  out.push(failures.length ? `REPLICAS FAILED (${failures.join('; ')}): ${summary}` : `REPLICAS PASSED: ${summary}`);
  return { text: `${out.join('\n')}\n`, failed: failures.length > 0 };
}
