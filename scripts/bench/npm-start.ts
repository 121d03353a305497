/**
 * `npm run bench:start`: `npm start` on the embedded database (its own DATA_DIR, ports
 * BENCH_BASE_PORT = 4230: gateway, +1 operators, +2 cases, +3 adjudication), measured:
 * each process's resident memory once ready and after one read of every page kind, then
 * BENCH_KILLS (3) kill -9s of the adjudication child — the time until the supervisor's
 * new child answers /readyz and until a query needing adjudication answers through the
 * gateway — and the time SIGTERM takes to end everything. Prints a Markdown table.
 * Loopback only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childrenOf } from '../fault/proc.ts';
import { gql, login } from '../fault/workload.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = Number(process.env['BENCH_BASE_PORT'] ?? 4230);
const KILLS = Number(process.env['BENCH_KILLS'] ?? 3);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 300_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out; npm start said:\n${output.split('\n').slice(-10).join('\n')}`);
    await sleep(20);
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-bench-start-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  DATA_DIR: dataDir,
  PORT: String(BASE),
  OPERATORS_PORT: String(BASE + 1),
  CASES_PORT: String(BASE + 2),
  ADJUDICATION_PORT: String(BASE + 3),
};
for (const name of ['DATABASE_URL', 'OPERATORS_URL', 'CASES_URL', 'ADJUDICATION_URL']) delete env[name];
const startedAt = performance.now();
const parent = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-embedded.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
const exited = new Promise<number | null>((resolve) => parent.once('exit', resolve));
try {
  const ready = await until(() => output.split('\n').find((line) => line.includes('"registry ready at')));
  const readyMs = performance.now() - startedAt;
  let pids = (JSON.parse(ready) as { pids: Record<string, number> }).pids;
  const url = `http://127.0.0.1:${BASE}/graphql`;
  const token = await login(url, 'OP0003');
  const adjudicated = async () => {
    const res = await gql<{ case: { discussion: { id: string } | null } }>(url, '{ case(registrationNumber: "CTO-2026-00001") { discussion { id } } }', {}, token, 2_000).catch(() => undefined);
    return res?.data?.case.discussion?.id && !res.errors ? true : undefined;
  };
  await until(adjudicated);
  const memory = { parent: rssMb(parent.pid!), ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)])) };

  const restarts: { ready: number; answered: number }[] = [];
  for (let i = 0; i < KILLS; i++) {
    const victim = pids['adjudication']!;
    process.kill(victim, 'SIGKILL');
    const killed = performance.now();
    await until(() => fetch(`http://127.0.0.1:${BASE + 3}/readyz`).then((r) => (r.ok ? true : undefined), () => undefined));
    const ready = performance.now() - killed;
    await until(adjudicated);
    restarts.push({ ready, answered: performance.now() - killed });
    // The next kill after the supervisor's healthy uptime: each restart is then immediate.
    await sleep(11_000);
    pids = { ...pids, adjudication: childrenOf(parent.pid!, 'adjudication/src/main.ts')[0]! };
  }
  const signalled = performance.now();
  parent.kill('SIGTERM');
  const code = await exited;
  const stopMs = performance.now() - signalled;

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const out = [
    `npm start ready (migrate, seed, four children) in ${s(readyMs)}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
    '',
    '| process | resident memory, ready |',
    '|---|---|',
    ...Object.entries(memory).map(([name, mb]) => `| ${name} | ${mb.toFixed(0)} MB |`),
    '',
    '| kill -9 adjudication | its /readyz 200 | a query needing it answers via the gateway |',
    '|---|---|---|',
    ...restarts.map((r, i) => `| ${i + 1} | ${s(r.ready)} | ${s(r.answered)} |`),
    '',
    `SIGTERM → every process gone: ${s(stopMs)} (exit code ${code})`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  if (parent.exitCode === null) parent.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
