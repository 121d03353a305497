import type { ExecutionResult } from 'graphql';

/**
 * One client's queue of events. Bounded: when a client does not read (its socket's send
 * buffer is full, so graphql-ws stops pulling from us) and the queue reaches `limit`,
 * the subscriber is cut off with `onOverflow` instead of letting the gateway's memory grow.
 * The client reconnects with `after` and loses nothing.
 */
export class Subscriber implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private wake: (() => void) | undefined;
  private closed = false;
  private ending = false;

  constructor(
    private readonly limit: number,
    private readonly onOverflow: () => void,
    private readonly onClose: (subscriber: Subscriber) => void,
  ) {}

  push(result: ExecutionResult): void {
    if (this.closed || this.ending) return;
    if (this.queue.length >= this.limit) {
      this.close();
      this.onOverflow();
      return;
    }
    this.queue.push(result);
    this.signal();
  }

  get queued(): number {
    return this.queue.length;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const value = this.queue.shift();
      if (value) return { done: false, value };
      if (this.ending) this.close();
      if (this.closed) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  /** Delivers a last result (an upstream refusal), if any, then ends. */
  finish(result?: ExecutionResult): void {
    if (this.closed || this.ending) return;
    if (result) this.queue.push(result);
    this.ending = true;
    this.signal();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.onClose(this);
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
