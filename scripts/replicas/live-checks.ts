/**
 * What the live client of the thread must have received: each stored post once, in the
 * order of its cursors (the topic's sequence) and, within one poster, in the order sent;
 * and how long after its acknowledgement on gateway A each post reached gateway B.
 */
import type { Writer } from '../fault/workload.ts';
import type { Receipt } from './follower.ts';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const ms = (n: number) => `${Number.isFinite(n) ? Math.round(n) : '—'} ms`;

/** `received` and `stored` are the run's posts; a post's key is `<run>-p<poster>-<n>`. */
export function checkLive(received: readonly Receipt[], stored: readonly string[]) {
  const keys = received.map((r) => r.key);
  const got = new Set(keys);
  const cursors = received.map((r) => Number(r.cursor));
  const byPoster = new Map<string, number[]>();
  for (const k of keys) {
    const at = k.lastIndexOf('-');
    byPoster.set(k.slice(0, at), [...(byPoster.get(k.slice(0, at)) ?? []), Number(k.slice(at + 1))]);
  }
  return {
    received: keys.length,
    missed: stored.filter((k) => !got.has(k)).length,
    duplicated: keys.length - got.size,
    outOfOrder: cursors.filter((c, i) => i > 0 && !(c > cursors[i - 1]!)).length,
    outOfOrderWithinAPoster: [...byPoster.values()].reduce((sum, ns) => sum + ns.filter((n, j) => j > 0 && !(n > ns[j - 1]!)).length, 0),
  };
}

/** Acknowledged (between `from` and `to`) → received through the first gateway of the follower's list, sorted. */
export function crossReplicaLatency(received: readonly Receipt[], posters: readonly Writer[], from: number, to: number): number[] {
  const ackAt = new Map(posters.flatMap((p) => p.attempts.filter((a) => a.outcome === 'acknowledged').map((a) => [a.key, a.doneAt] as const)));
  return received
    .filter((r) => r.via === 0 && ackAt.has(r.key) && ackAt.get(r.key)! >= from && ackAt.get(r.key)! < to)
    .map((r) => Math.max(0, r.at - ackAt.get(r.key)!))
    .sort((x, y) => x - y);
}
