/**
 * Two processes of each kind (gateways a and b, and a and b of each subgraph) on one
 * PostgreSQL, each started as the fault script starts one (scripts/fault/processes.ts).
 * Every gateway is given both URLs of each subgraph (gateway/src/endpoints.ts); every
 * process connects with its own `application_name` (`adjudication-a`…), so PostgreSQL
 * can say which process applied an event.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sleep, spawnService, type Kind } from '../fault/processes.ts';

export type Which = 'a' | 'b';
export const BOTH: readonly Which[] = ['a', 'b'];
export type ReplicaName = `${Kind}-${Which}`;

const SLOT: Record<Kind, number> = { gateway: 0, operators: 2, cases: 4, adjudication: 6 };

export interface ReplicaSetOptions {
  root: string;
  /** Gateway a on basePort, b on +1; operators +2/+3, cases +4/+5, adjudication +6/+7. */
  basePort: number;
  databaseUrl: string;
  env: Record<string, string>;
  logDir: string;
}

export class ReplicaSet {
  private readonly children = new Map<ReplicaName, ChildProcess>();

  constructor(private readonly o: ReplicaSetOptions) {}

  url(kind: Kind, which: Which, route = '/graphql'): string {
    return `http://127.0.0.1:${this.o.basePort + SLOT[kind] + (which === 'a' ? 0 : 1)}${route}`;
  }

  private both(kind: Kind): string {
    return BOTH.map((w) => this.url(kind, w)).join(',');
  }

  start(kind: Kind, which: Which): void {
    const name: ReplicaName = `${kind}-${which}`;
    const databaseUrl = new URL(this.o.databaseUrl);
    databaseUrl.searchParams.set('application_name', name);
    const env = {
      ...process.env,
      ...this.o.env,
      DATABASE_URL: databaseUrl.toString(),
      PORT: new URL(this.url(kind, which)).port,
      HOST: '127.0.0.1',
      OPERATORS_URL: this.both('operators'),
      CASES_URL: this.both('cases'),
      ADJUDICATION_URL: this.both('adjudication'),
    };
    this.children.set(name, spawnService(this.o.root, kind, env, path.join(this.o.logDir, `${name}.log`)));
  }

  /** Waits until the process answers `/readyz`. */
  async ready(kind: Kind, which: Which, timeoutMs = Number(process.env['REPLICAS_READY_TIMEOUT_MS'] ?? 120_000)): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const child = this.children.get(`${kind}-${which}`);
      if (!child || child.exitCode !== null) throw new Error(`${kind}-${which} exited while starting (see its log in ${this.o.logDir})`);
      const ok = await fetch(this.url(kind, which, '/readyz'), { signal: AbortSignal.timeout(1_000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`${kind}-${which} not ready after ${timeoutMs} ms`);
  }

  /** kill -9; resolves once the process is gone. */
  async kill(kind: Kind, which: Which): Promise<void> {
    const name: ReplicaName = `${kind}-${which}`;
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.children.delete(name);
  }

  killAll(): void {
    for (const child of this.children.values()) child.kill('SIGKILL');
    this.children.clear();
  }
}
