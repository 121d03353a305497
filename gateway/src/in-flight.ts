/**
 * Identical requests in flight at the same moment share one answer [#17.1].
 *
 * The first caller of a key starts the work; later callers of the same key, while it runs,
 * wait for that work instead of starting their own. A key leaves as soon as its work
 * settles, so nothing is served after it was answered: this is not a cache, and a request
 * made after an answer always asks again.
 *
 * `seal()` forgets every key in flight (their work goes on for those already waiting): a
 * write calls it when it has committed, so a read sent after the write was acknowledged
 * never joins work that started before the write and may not see it.
 *
 * The answer is shared as it is, so it must be immutable (the gateway shares a response's
 * status, headers and body text, and each caller parses its own copy).
 */
export class InFlight<T> {
  private pending = new Map<string, Promise<T>>();

  /** Work started by a key's first caller. */
  started = 0;
  /** Callers that waited for another's work instead of starting their own. */
  joined = 0;

  /** Keys in flight now: never more than the requests in flight. */
  get size(): number {
    return this.pending.size;
  }

  run(key: string, work: () => Promise<T>): Promise<T> {
    const shared = this.pending.get(key);
    if (shared) {
      this.joined += 1;
      return shared;
    }
    this.started += 1;
    const pending = this.pending;
    const answer = work().finally(() => {
      if (pending.get(key) === answer) pending.delete(key);
    });
    pending.set(key, answer);
    return answer;
  }

  seal(): void {
    if (this.pending.size > 0) this.pending = new Map();
  }
}
