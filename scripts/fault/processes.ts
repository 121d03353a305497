/**
 * The registry as four separate processes (three subgraphs and the gateway, each
 * `node --import tsx <main.ts>` as `npx tsx` would run it, but with the service itself as
 * the child so a signal reaches it and not a wrapper), and the fault script's own
 * PostgreSQL cluster, driven through scripts/ci/start-postgres.sh.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import path from 'node:path';

export type Kind = 'operators' | 'cases' | 'adjudication' | 'gateway';
export const KINDS: readonly Kind[] = ['operators', 'cases', 'adjudication', 'gateway'];

const MAIN: Record<Kind, string> = {
  operators: 'services/operators/src/main.ts',
  cases: 'services/cases/src/main.ts',
  adjudication: 'services/adjudication/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

export interface StackOptions {
  root: string;
  basePort: number;
  env: Record<string, string>;
  logDir: string;
  /** Extra node flags per kind (the soak's heap snapshots on a signal). */
  nodeArgs?: Partial<Record<Kind, string[]>>;
}

const PORT_OFFSET: Record<Kind, number> = { gateway: 0, operators: 1, cases: 2, adjudication: 3 };

export function portOf(kind: Kind, basePort: number): number {
  return basePort + PORT_OFFSET[kind];
}

/** One process of `kind`, its output appended to `logPath`. */
export function spawnService(root: string, kind: Kind, env: NodeJS.ProcessEnv, logPath: string, nodeArgs: string[] = []): ChildProcess {
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', MAIN[kind]], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** What a script started and must leave behind by no way it ends: its processes, its cluster, its logs. */
export interface ScriptResources {
  /** The script's name in its messages (`[fault]`, `[replicas]`). */
  name: string;
  pg: Postgres;
  /** The processes' logs and data: removed after a pass, kept (and named) otherwise. */
  dataDir: string;
  /** The processes started so far, if any (a Stack, a ReplicaSet). */
  processes(): { killAll(): void } | undefined;
}

/**
 * Runs a script that starts the registry as processes on a cluster of its own, and exits
 * with `main`'s code: 1, with `<NAME> FAILED (the script could not run: …)` as the last line,
 * when it throws. Whichever way it ends (done, failed, interrupted by SIGINT, stopped by
 * `.ci/run`'s time limit with SIGTERM), its processes are killed and its cluster stopped;
 * the logs are removed after a pass and kept, and named, otherwise.
 */
export async function runScript(resources: ScriptResources, main: () => Promise<number>): Promise<never> {
  const cleanUp = (keepLogs: boolean) => {
    resources.processes()?.killAll();
    try {
      resources.pg.stop();
    } catch {
      // Already stopped, or never started: nothing to leave behind.
    }
    if (keepLogs) process.stderr.write(`[${resources.name}] the processes' logs are in ${resources.dataDir}\n`);
    else rmSync(resources.dataDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp(true);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  let code = 1;
  try {
    code = await main();
  } catch (err) {
    process.stdout.write(`${resources.name.toUpperCase()} FAILED (the script could not run: ${(err as Error).message})\n`);
  } finally {
    cleanUp(code !== 0);
  }
  // The last lines of the processes' output, still in the pipes, reach their logs.
  await sleep(500);
  process.exit(code);
}

export class Stack {
  private readonly children = new Map<Kind, ChildProcess>();

  constructor(private readonly o: StackOptions) {}

  url(kind: Kind, route = '/graphql'): string {
    return `http://127.0.0.1:${portOf(kind, this.o.basePort)}${route}`;
  }

  start(kind: Kind): void {
    const env = {
      ...process.env,
      ...this.o.env,
      PORT: String(portOf(kind, this.o.basePort)),
      HOST: '127.0.0.1',
      OPERATORS_URL: this.url('operators'),
      CASES_URL: this.url('cases'),
      ADJUDICATION_URL: this.url('adjudication'),
    };
    this.children.set(kind, spawnService(this.o.root, kind, env, path.join(this.o.logDir, `${kind}.log`), this.o.nodeArgs?.[kind]));
  }

  /** Sends the signal; resolves with how long the process took to exit (SIGKILL after `graceMs`). */
  async stop(kind: Kind, signal: NodeJS.Signals, graceMs = 8_000): Promise<{ exitMs: number; forced: boolean }> {
    const child = this.children.get(kind);
    if (!child || child.exitCode !== null || child.signalCode !== null) return { exitMs: 0, forced: false };
    const started = performance.now();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    let forced = false;
    const timer = setTimeout(() => {
      forced = true;
      child.kill('SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(timer);
    this.children.delete(kind);
    return { exitMs: performance.now() - started, forced };
  }

  /** Waits until the process answers `/readyz` (the gateway: every subgraph ready too). */
  async ready(kind: Kind, timeoutMs = Number(process.env['FAULT_READY_TIMEOUT_MS'] ?? 120_000)): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const child = this.children.get(kind);
      if (!child || child.exitCode !== null) throw new Error(`${kind} exited while starting (see its log in ${this.o.logDir})`);
      const ok = await fetch(this.url(kind, '/readyz'), { signal: AbortSignal.timeout(1_000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`${kind} not ready after ${timeoutMs} ms`);
  }

  pid(kind: Kind): number | undefined {
    return this.children.get(kind)?.pid;
  }

  killAll(): void {
    for (const child of this.children.values()) child.kill('SIGKILL');
    this.children.clear();
  }
}

/** The fault script's own cluster: scripts/ci/start-postgres.sh on its own port and directory. */
export class Postgres {
  constructor(
    private readonly root: string,
    private readonly port: number,
    private readonly dir: string,
  ) {}

  private run(command: string): string {
    const result = spawnSync(path.join(this.root, 'scripts/ci/start-postgres.sh'), [command], {
      env: { ...process.env, PGPORT_CI: String(this.port), PG_CI_DIR: this.dir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) throw new Error(`start-postgres.sh ${command} failed: ${result.stderr}`);
    return result.stdout;
  }

  start(): string {
    const match = /DATABASE_URL=(\S+)/.exec(this.run('start'));
    if (!match?.[1]) throw new Error('start-postgres.sh printed no DATABASE_URL');
    return match[1];
  }

  crash(): void {
    this.run('crash');
  }

  resume(): void {
    this.run('resume');
  }

  stop(): void {
    this.run('stop');
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
