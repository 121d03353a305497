import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from '../database.ts';
import type { DatabaseHandle } from '../open.ts';
import { deserializeError, isDbMessage, type DbReplyMessage, type DbRequest, type QueryOptions } from './protocol.ts';

type Results = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type Sender = (message: unknown) => void;

/**
 * The embedded database of the parent process, as seen from a child it started (`npm
 * start`): drizzle's PGlite dialect over a client whose every statement goes to the parent
 * over IPC. A transaction holds the parent's one connection from `begin` to its end, as
 * PGlite does in one process; the parent rolls it back if this process dies or holds it
 * too long. NOTIFYs reach `listen` through the parent.
 */
export function openParentDatabase(): DatabaseHandle {
  if (!process.send) throw new Error('the embedded database over IPC needs a parent process (child_process.fork)');
  const send: Sender = (message) => {
    if (!process.connected) throw new Error('the parent process holding the database is gone');
    process.send!(message);
  };
  const channel = new ParentChannel(send);
  const onMessage = (message: unknown) => channel.receive(message);
  const onDisconnect = () => channel.disconnected();
  process.on('message', onMessage);
  process.on('disconnect', onDisconnect);
  const client = new RemoteClient(channel);
  const db = drizzle({ client: client as never }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    async listen(name, onPayload, onListen) {
      await channel.listen(name, onPayload);
      // The parent's LISTEN lives as long as the parent, which outlives this process.
      onListen?.();
      return () => channel.unlisten(name, onPayload);
    },
    // One connection in the parent: nothing runs beside a transaction, as in one process.
    withAdvisoryLock: (_key, fn) => fn(db),
    async ping() {
      await client.query('select 1', [], {});
    },
    async close() {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      channel.disconnected();
    },
  };
}

class ParentChannel {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  private gone = false;

  constructor(private readonly send: Sender) {}

  request<T>(request: DbRequest): Promise<T> {
    if (this.gone) return Promise.reject(new Error('the parent process holding the database is gone'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.send({ registryDb: 'request', id, request });
      } catch (err) {
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  receive(message: unknown): void {
    if (!isDbMessage(message)) return;
    const reply = message as DbReplyMessage;
    if (reply.registryDb === 'notify') {
      for (const listener of this.listeners.get(reply.channel) ?? []) listener(reply.payload);
      return;
    }
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.result);
    else waiter.reject(deserializeError(reply.error));
  }

  disconnected(): void {
    this.gone = true;
    for (const waiter of this.pending.values()) waiter.reject(new Error('the parent process holding the database is gone'));
    this.pending.clear();
  }

  async listen(channel: string, listener: (payload: string) => void): Promise<void> {
    let set = this.listeners.get(channel);
    if (!set) {
      this.listeners.set(channel, (set = new Set()));
      await this.request({ op: 'listen', channel });
    }
    set.add(listener);
  }

  async unlisten(channel: string, listener: (payload: string) => void): Promise<void> {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    await this.request({ op: 'unlisten', channel }).catch(() => undefined);
  }
}

/** What drizzle's PGlite session calls on its client; parsers cannot cross IPC, so only their type OIDs do. */
function remoteOptions(options: { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> } | undefined): QueryOptions {
  return {
    ...(options?.rowMode ? { rowMode: options.rowMode } : {}),
    ...(options?.parsers ? { raw: Object.keys(options.parsers).map(Number) } : {}),
  };
}

class RemoteClient {
  constructor(
    private readonly channel: ParentChannel,
    private readonly tx?: number,
  ) {}

  query(sql: string, params: unknown[] = [], options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> }): Promise<Results> {
    return this.channel.request({ op: 'query', sql, params, options: remoteOptions(options), ...(this.tx ? { tx: this.tx } : {}) });
  }

  exec(sql: string): Promise<Results[]> {
    return this.channel.request({ op: 'exec', sql, ...(this.tx ? { tx: this.tx } : {}) });
  }

  /** PGlite's `transaction` contract: commit when `fn` resolves, roll back when it throws or calls `rollback`. */
  async transaction<T>(fn: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const id = await this.channel.request<number>({ op: 'begin' });
    const tx = new RemoteTransaction(this.channel, id);
    try {
      const result = await fn(tx);
      if (!tx.closed) {
        tx.closed = true;
        await this.channel.request({ op: 'commit', tx: id });
      }
      return result;
    } catch (err) {
      if (!tx.closed) {
        tx.closed = true;
        await this.channel.request({ op: 'rollback', tx: id }).catch(() => undefined);
      }
      throw err;
    }
  }
}

class RemoteTransaction extends RemoteClient {
  closed = false;

  constructor(
    private readonly txChannel: ParentChannel,
    private readonly id: number,
  ) {
    super(txChannel, id);
  }

  override query(sql: string, params?: unknown[], options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> }): Promise<Results> {
    if (this.closed) return Promise.reject(new Error('Transaction is closed'));
    return super.query(sql, params, options);
  }

  async rollback(): Promise<void> {
    if (this.closed) throw new Error('Transaction is closed');
    this.closed = true;
    await this.txChannel.request({ op: 'rollback', tx: this.id });
  }
}
