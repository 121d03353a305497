/** Resolves with the first value `probe` gives that is neither undefined nor false, polling every 50 ms; fails after `timeoutMs` naming `what`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until `count()` reaches `target`, for as long as it keeps rising: it fails only
 * when the count has not moved for `stallMs`, naming how far it got (and `detail()`, e.g.
 * how many subscriptions errored). On a loaded machine a slow count still arrives; a stuck
 * one is reported as stuck, with its figure, instead of as a deadline missed.
 */
export async function untilCount(what: string, count: () => number, target: number, detail: () => string = () => '', stallMs = 30_000): Promise<void> {
  let reached = count();
  let movedAt = Date.now();
  while (reached < target) {
    if (Date.now() - movedAt > stallMs) {
      const more = detail();
      throw new Error(`${what}: reached ${reached} of ${target}, no progress for ${stallMs} ms${more ? `; ${more}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = count();
    if (now > reached) movedAt = Date.now();
    reached = now;
  }
}
