import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { isDbMessage, serializeError, type DbReplyMessage, type DbRequest, type DbRequestMessage, type QueryOptions } from './protocol.ts';

/** The IPC end of a child process (a `ChildProcess` from `fork`). */
export interface DatabaseChild {
  readonly pid?: number | undefined;
  readonly connected: boolean;
  send(message: DbReplyMessage): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit' | 'disconnect', listener: () => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

export interface DatabaseServerOptions {
  /** A transaction still open this long after its `begin` is rolled back (its child stalled). */
  transactionTimeoutMs?: number;
  onTransactionAborted?(info: { pid: number | undefined; reason: string }): void;
}

export interface DatabaseServer {
  /** Serves this child's statements until it exits; its open transactions are then rolled back. */
  attach(child: DatabaseChild): void;
  /** Transactions open now (tests, logs). */
  openTransactions(): number;
}

type Command = { id: number; request: Extract<DbRequest, { tx?: number }> | Extract<DbRequest, { op: 'commit' | 'rollback' }> };

const DEFAULT_TRANSACTION_TIMEOUT_MS = 30_000;

function parsersFor(options: QueryOptions): { rowMode?: 'array' | 'object'; parsers?: Record<number, (value: string) => string> } {
  return {
    ...(options.rowMode ? { rowMode: options.rowMode } : {}),
    ...(options.raw ? { parsers: Object.fromEntries(options.raw.map((oid) => [oid, (value: string) => value])) } : {}),
  };
}

/**
 * One child's open transaction in the parent: PGlite's own `transaction` holds the
 * connection (every other statement and transaction waits behind it, as in one process)
 * while this feeds it the child's statements, until commit, rollback, the child's exit or
 * the time bound.
 */
class OpenTransaction {
  private readonly queue: Command[] = [];
  private waiter: { resolve(command: Command): void; reject(error: Error): void } | undefined;
  private abortedBy: Error | undefined;

  push(command: Command): void {
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.resolve(command);
    } else this.queue.push(command);
  }

  abort(reason: Error): void {
    this.abortedBy ??= reason;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(reason);
  }

  get aborted(): Error | undefined {
    return this.abortedBy;
  }

  next(): Promise<Command> {
    if (this.abortedBy) return Promise.reject(this.abortedBy);
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }
}

export function serveDatabase(client: PGlite, options: DatabaseServerOptions = {}): DatabaseServer {
  const timeoutMs = options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
  let nextTx = 1;
  let open = 0;
  const channels = new Map<string, { children: Set<DatabaseChild>; unlisten: Promise<() => Promise<void>> }>();

  const notify = (channel: string, payload: string) => {
    for (const child of channels.get(channel)?.children ?? []) {
      if (child.connected) child.send({ registryDb: 'notify', channel, payload });
    }
  };

  return {
    openTransactions: () => open,
    attach(child) {
      const transactions = new Map<number, OpenTransaction>();
      const listening = new Set<string>();
      const reply = (message: DbReplyMessage) => {
        if (child.connected) child.send(message);
      };
      const ok = (id: number, result: unknown) => reply({ registryDb: 'reply', id, ok: true, result });
      const fail = (id: number, error: unknown) => reply({ registryDb: 'reply', id, ok: false, error: serializeError(error) });

      const begin = (id: number) => {
        const txId = nextTx++;
        const tx = new OpenTransaction();
        transactions.set(txId, tx);
        let finishing: Command | undefined;
        let started = false;
        client
          .transaction(async (ptx: PgliteTransaction) => {
            started = true;
            open++;
            const timer = setTimeout(() => tx.abort(new Error(`transaction held longer than ${timeoutMs} ms: rolled back`)), timeoutMs);
            try {
              ok(id, txId);
              for (;;) {
                const command = await tx.next();
                const request = command.request;
                if (request.op === 'commit') return void (finishing = command);
                if (request.op === 'rollback') {
                  finishing = command;
                  return void (await ptx.rollback());
                }
                try {
                  if (request.op === 'query') ok(command.id, await ptx.query(request.sql, request.params, parsersFor(request.options)));
                  else if (request.op === 'exec') ok(command.id, await ptx.exec(request.sql));
                } catch (err) {
                  fail(command.id, err);
                }
              }
            } finally {
              clearTimeout(timer);
              open--;
            }
          })
          .then(
            () => finishing && ok(finishing.id, null),
            (err: unknown) => {
              if (!started) fail(id, err);
              else if (finishing) fail(finishing.id, err);
              else options.onTransactionAborted?.({ pid: child.pid, reason: (err as Error).message });
            },
          )
          .finally(() => transactions.delete(txId));
      };

      const handle = async ({ id, request }: DbRequestMessage) => {
        try {
          switch (request.op) {
            case 'begin':
              return begin(id);
            case 'commit':
            case 'rollback':
            case 'query':
            case 'exec': {
              if ('tx' in request && request.tx !== undefined) {
                const tx = transactions.get(request.tx);
                if (!tx) {
                  // Already ended (the time bound): a rollback has nothing left to do.
                  if (request.op === 'rollback') return ok(id, null);
                  return fail(id, new Error('the transaction is no longer open (held too long, rolled back)'));
                }
                if (tx.aborted) return fail(id, tx.aborted);
                return tx.push({ id, request });
              }
              if (request.op === 'query') return ok(id, await client.query(request.sql, request.params, parsersFor(request.options)));
              if (request.op === 'exec') return ok(id, await client.exec(request.sql));
              return fail(id, new Error(`${request.op} outside a transaction`));
            }
            case 'listen': {
              listening.add(request.channel);
              let entry = channels.get(request.channel);
              if (!entry) {
                entry = { children: new Set(), unlisten: client.listen(request.channel, (payload) => notify(request.channel, payload)) };
                channels.set(request.channel, entry);
              }
              entry.children.add(child);
              await entry.unlisten;
              return ok(id, null);
            }
            case 'unlisten':
              listening.delete(request.channel);
              channels.get(request.channel)?.children.delete(child);
              return ok(id, null);
          }
        } catch (err) {
          fail(id, err);
        }
      };

      const onMessage = (message: unknown) => {
        if (isDbMessage(message) && message.registryDb === 'request') void handle(message as DbRequestMessage);
      };
      child.on('message', onMessage);
      let gone = false;
      const onGone = () => {
        if (gone) return;
        gone = true;
        child.off('message', onMessage);
        // The child died mid-transaction: roll its work back and let the others through.
        for (const tx of transactions.values()) tx.abort(new Error('the child process holding the transaction exited'));
        for (const channel of listening) channels.get(channel)?.children.delete(child);
      };
      child.on('exit', onGone);
      child.on('disconnect', onGone);
    },
  };
}
