import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../open.ts';
import { serveDatabase, type DatabaseServer } from './parent.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILDREN = 'test/support/children';

/** A child process on the parent's embedded database, and the messages it sent. */
class Child {
  readonly process: ChildProcess;
  private readonly seen: unknown[] = [];
  private readonly waiters: { match(m: unknown): boolean; resolve(m: unknown): void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(server: DatabaseServer, script: string, args: string[]) {
    this.process = fork(`${CHILDREN}/${script}`, args, { cwd: ROOT, execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    server.attach(this.process);
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.process.on('message', (m) => {
      if (typeof m === 'object' && m && 'registryDb' in m) return;
      const waiter = this.waiters.find((w) => w.match(m));
      if (!waiter) return void this.seen.push(m);
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(m);
    });
  }

  next(match: (m: unknown) => boolean): Promise<unknown> {
    const found = this.seen.find(match);
    if (found !== undefined) {
      this.seen.splice(this.seen.indexOf(found), 1);
      return Promise.resolve(found);
    }
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  said(text: string): Promise<unknown> {
    return this.next((m) => m === text);
  }

  async outcome(): Promise<string> {
    return ((await this.next((m) => typeof m === 'string' && m.startsWith('done '))) as string).slice(5);
  }

  tell(order: string): void {
    this.process.send(order);
  }
}

const stored = async (handle: DatabaseHandle) => ((await handle.db.execute(sql`select v from ipc_probe order by v`)) as unknown as { rows: { v: string }[] }).rows.map((r) => r.v);

describe('the embedded database served to child processes over IPC [15.1]', () => {
  let handle: DatabaseHandle;
  let server: DatabaseServer;
  let a: Child;
  let b: Child;
  let victim: Child;

  beforeAll(async () => {
    handle = await openDatabase({});
    await handle.db.execute(sql`create table ipc_probe (v text not null)`);
    await handle.db.execute(sql`create table ipc_unique (k text constraint ipc_unique_k unique)`);
    // A short bound, for the stalled child; ample for the rest.
    server = serveDatabase(handle.embedded!, { transactionTimeoutMs: 3_000 });
    [a, b, victim] = ['a', 'b', 'victim'].map(() => new Child(server, 'ipc-transaction.ts', [])) as [Child, Child, Child];
    await Promise.all([a, b, victim].map((c) => c.said('ready')));
  });

  afterAll(async () => {
    for (const child of [a, b, victim]) child.process.kill('SIGTERM');
    await Promise.all([a, b, victim].map((c) => c.exited));
    await handle.close();
  });

  it('[15.1] should not interleave two children\'s transactions: one\'s rollback leaves the other\'s write', async () => {
    await handle.db.execute(sql`delete from ipc_probe`);
    a.tell('begin a');
    await a.said('inside');
    // B's transaction waits behind A's: its insert cannot land inside A's transaction.
    b.tell('begin b');
    await new Promise((resolve) => setTimeout(resolve, 300));
    a.tell('rollback');
    await b.said('inside');
    b.tell('commit');
    expect(await a.outcome()).toMatch(/^refused: Rollback/);
    expect(await b.outcome()).toBe('committed');
    expect(await stored(handle)).toEqual(['b']);
  });

  it('[15.1] should roll back the transaction of a child killed mid-transaction (kill -9) and serve the others', async () => {
    await handle.db.execute(sql`delete from ipc_probe`);
    victim.tell('begin victim');
    await victim.said('inside');
    b.tell('begin other');
    victim.process.kill('SIGKILL');
    await victim.exited;
    await b.said('inside');
    b.tell('commit');
    expect(await b.outcome()).toBe('committed');
    expect(await stored(handle)).toEqual(['other']);
    expect(server.openTransactions()).toBe(0);
  });

  it('[15.1] should roll back a transaction held past the bound, refuse its later statements and serve the others', async () => {
    await handle.db.execute(sql`delete from ipc_probe`);
    a.tell('begin staller');
    await a.said('inside');
    b.tell('begin other');
    // The staller never ends its transaction: the bound does, and the other goes on.
    await b.said('inside');
    b.tell('commit');
    expect(await b.outcome()).toBe('committed');
    a.tell('late');
    expect(await a.outcome()).toMatch(/^refused: /);
    expect(await stored(handle)).toEqual(['other']);
  });

  it('[15.1] should forward every NOTIFY to every listening child, and a database error\'s code and constraint', async () => {
    for (const child of [a, b]) {
      expect(await child.next((m) => typeof m === 'object' && m !== null && 'refusal' in m)).toEqual({ refusal: { code: '23505', constraint: 'ipc_unique_k' } });
    }
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('cto_bus', '1|probe')`);
      await tx.execute(sql`select pg_notify('cto_bus', '2|probe')`);
    });
    for (const child of [a, b]) {
      expect(await child.next((m) => (m as { heard?: string }).heard === '1|probe')).toBeTruthy();
      expect(await child.next((m) => (m as { heard?: string }).heard === '2|probe')).toBeTruthy();
    }
  });
});
