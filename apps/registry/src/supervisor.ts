import { fork, type ChildProcess } from 'node:child_process';
import type { DatabaseServer } from '@registry/db';
import type { Logger } from '@registry/logging';

export interface ChildSpec {
  name: string;
  /** A TypeScript entry point, run as production runs it: `node --import tsx <entry>`. */
  entry: string;
  /** The child's own V8 heap ceiling: one service exhausting it takes only itself down. */
  maxOldSpaceMb: number;
  env: Record<string, string>;
}

export interface SupervisorOptions {
  children: ChildSpec[];
  cwd: string;
  logger: Logger;
  /** Environment every child starts from (then its spec's `env`). */
  baseEnv?: NodeJS.ProcessEnv;
  /** Serves the parent's embedded database to every child; absent when they connect to a server. */
  database?: DatabaseServer | undefined;
  /** The children's stdout and stderr: the terminal's (`npm start`), or nowhere (tests). */
  output?: 'inherit' | 'ignore';
  /** The longest wait before a restart (the first restart is immediate). */
  maxBackoffMs?: number;
  /** Children told to stop first (the gateway: its clients go while the subgraphs still answer it), the rest when these have exited or at half the bound. */
  stopFirst?: string[];
}

export interface ChildExit {
  name: string;
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** How long it had run. */
  uptimeMs: number;
  /** When it will be started again (ms from now); undefined while stopping. */
  restartInMs: number | undefined;
}

/** A child that ran this long before exiting is treated as healthy: its next restart is immediate again. */
const HEALTHY_UPTIME_MS = 10_000;
const FIRST_BACKOFF_MS = 250;

/**
 * Runs one child process per service and keeps them running: a child that exits for any
 * reason (a crash, an out-of-memory, kill -9) is started again, at once the first time,
 * then after 250 ms, 500 ms, … up to `maxBackoffMs` (5 s) while it keeps failing. `stop`
 * sends SIGTERM to every child (each drains within its own 5 s bound) and SIGKILLs any
 * still there at the end of the given bound.
 */
export class Supervisor {
  private readonly running = new Map<string, { child: ChildProcess; startedAt: number; exited: Promise<void> }>();
  private readonly failures = new Map<string, number>();
  private readonly restartCounts = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly exitListeners = new Set<(exit: ChildExit) => void>();
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {}

  start(): void {
    for (const spec of this.options.children) this.spawn(spec);
  }

  pid(name: string): number | undefined {
    return this.running.get(name)?.child.pid;
  }

  restarts(name: string): number {
    return this.restartCounts.get(name) ?? 0;
  }

  pids(): Record<string, number | undefined> {
    return Object.fromEntries(this.options.children.map((c) => [c.name, this.pid(c.name)]));
  }

  onExit(listener: (exit: ChildExit) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  private spawn(spec: ChildSpec): void {
    const output = this.options.output ?? 'inherit';
    const child = fork(spec.entry, [], {
      cwd: this.options.cwd,
      env: { ...(this.options.baseEnv ?? process.env), ...spec.env },
      execArgv: ['--import', 'tsx', `--max-old-space-size=${spec.maxOldSpaceMb}`],
      // Structured clone over IPC: the database's dates, bytes and bigints arrive as such.
      serialization: 'advanced',
      stdio: [output === 'inherit' ? 'inherit' : 'ignore', output, output, 'ipc'],
      // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which
      // then stops each child once (a second signal would make a child skip its drain).
      detached: true,
    });
    const startedAt = Date.now();
    this.options.database?.attach(child);
    const exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve();
        this.running.delete(spec.name);
        this.exited(spec, child, code, signal, Date.now() - startedAt);
      });
    });
    child.on('error', (err) => this.options.logger.error({ err, service: spec.name }, 'child process error'));
    this.running.set(spec.name, { child, startedAt, exited });
    this.options.logger.debug({ service: spec.name, pid: child.pid }, 'started');
  }

  private exited(spec: ChildSpec, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null, uptimeMs: number): void {
    let restartInMs: number | undefined;
    if (!this.stopping) {
      const failures = uptimeMs >= HEALTHY_UPTIME_MS ? 1 : (this.failures.get(spec.name) ?? 0) + 1;
      this.failures.set(spec.name, failures);
      restartInMs = failures === 1 ? 0 : Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 2), this.options.maxBackoffMs ?? 5_000);
      this.options.logger.warn({ service: spec.name, pid: child.pid, code, signal, uptimeMs, restartInMs }, `${spec.name} exited: restarting`);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (this.stopping) return;
        this.restartCounts.set(spec.name, this.restarts(spec.name) + 1);
        this.spawn(spec);
      }, restartInMs);
      this.timers.add(timer);
    }
    for (const listener of this.exitListeners) listener({ name: spec.name, pid: child.pid, code, signal, uptimeMs, restartInMs });
  }

  /**
   * SIGTERM to the `stopFirst` children, then (once they exited, or at half the bound) to
   * the rest; SIGKILL to those still running after `boundMs`. Resolves when all have exited.
   */
  async stop(boundMs = 4_500): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const first = new Set(this.options.stopFirst ?? []);
    const all = [...this.running.entries()];
    const wave = (names: (name: string) => boolean) => all.filter(([name]) => names(name)).map(([, r]) => r);
    const deadline = Date.now() + boundMs;
    const within = (ms: number, done: Promise<unknown>) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, ms))));
      return Promise.race([done.then(() => 'done' as const), late]).finally(() => clearTimeout(timer));
    };
    const leading = wave((name) => first.has(name));
    for (const { child } of leading) child.kill('SIGTERM');
    await within(boundMs / 2, Promise.all(leading.map((r) => r.exited)));
    const rest = wave((name) => !first.has(name));
    for (const { child } of rest) child.kill('SIGTERM');
    const exited = Promise.all(all.map(([, r]) => r.exited));
    if ((await within(deadline - Date.now(), exited)) === 'late') {
      for (const [name, { child }] of all) {
        if (child.exitCode === null && child.signalCode === null) {
          this.options.logger.error({ service: name, pid: child.pid }, 'child did not stop in time: killing it');
          child.kill('SIGKILL');
        }
      }
      await exited;
    }
  }
}
