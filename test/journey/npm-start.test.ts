import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../../scripts/fault/proc.ts';
import { gql, login, Writer } from '../../scripts/fault/workload.ts';
import { until } from '../support/until.ts';
import { freePorts } from '../support/free-ports.ts';

/**
 * `npm start` itself (scripts/start-embedded.ts), issue 15.1: migrate, seed and run one
 * child process per service, supervised; here on free ports and its own DATA_DIR. On the
 * embedded database the parent holds it and serves it to the children over IPC; when the
 * run has DATABASE_URL (CI's PostgreSQL run), the same journey runs on a new, empty
 * database of that server, which every child connects to itself.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASE = 'CTO-2026-00001';
const RUN = `npm-start-${Date.now().toString(36)}`;
const SERVER = process.env['DATABASE_URL'];
const DATABASE = SERVER ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database';
/** Migrating, seeding through the services and four process start-ups (tsx compiles each): 2.5 min measured at a load average of 20 on two cores. */
const START_BOUND_MS = 240_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The service processes (`…/src/main.ts`) `npm start` runs; esbuild's helper is not one. */
const servicesOf = (pid: number) => childrenOf(pid, '/src/main.ts');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Reads that need only cases and operators, one at a time, each recorded with when it ended. */
class Reader {
  readonly results: { doneAt: number; ok: boolean }[] = [];
  private stopped = false;
  private done: Promise<void> | undefined;

  constructor(private readonly url: string, private readonly token: string) {}

  start(): void {
    this.done = (async () => {
      while (!this.stopped) {
        const res = await gql<{ case: { registrationNumber: string }; viewer: { __typename: string } }>(this.url, `{ case(registrationNumber: "${CASE}") { registrationNumber } viewer { __typename } }`, {}, this.token).catch(() => undefined);
        this.results.push({ doneAt: performance.now(), ok: res?.status === 200 && res.data?.case.registrationNumber === CASE && !res.errors });
        await sleep(30);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  between(from: number, to: number) {
    return this.results.filter((r) => r.doneAt >= from && r.doneAt <= to);
  }
}

/** A new, empty database on the server of DATABASE_URL, as a first `npm start` finds it; dropped afterwards. */
async function freshServerDatabase(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `npm_start_${randomBytes(6).toString('hex')}`;
  const admin = postgres(server, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = postgres(server, { max: 1, onnotice: () => undefined });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

describe(`npm start: one supervised child process per service on ${DATABASE} [15.1]`, () => {
  let dataDir: string;
  let database: { url: string; drop(): Promise<void> } | undefined;
  let parent: ChildProcess;
  let exited: Promise<number | null>;
  let output = '';
  let pids: Record<string, number> = {};
  let url: string;
  let chosen: Record<string, number> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-npm-start-'));
    const [gateway, operators, cases, adjudication] = (await freePorts(4)) as [number, number, number, number];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      PORT: String(gateway),
      OPERATORS_PORT: String(operators),
      CASES_PORT: String(cases),
      ADJUDICATION_PORT: String(adjudication),
    };
    chosen = { gateway, operators, cases, adjudication };
    for (const name of ['DATABASE_URL', 'OPERATORS_URL', 'CASES_URL', 'ADJUDICATION_URL']) delete env[name];
    if (SERVER) {
      database = await freshServerDatabase(SERVER);
      env['DATABASE_URL'] = database.url;
    }
    parent = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-embedded.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => parent.once('exit', (code) => resolve(code)));
    parent.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    parent.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ready = await until('the registry ready', () => output.split('\n').find((line) => line.includes('"registry ready at')), START_BOUND_MS).catch((err: Error) => {
      throw new Error(`${err.message}; it said:\n${output.split('\n').slice(-15).join('\n')}`);
    });
    pids = (JSON.parse(ready) as { pids: Record<string, number> }).pids;
    // The banner follows the ready record on the same stdout, but a pipe may hand it over in a later chunk.
    await until('the banner after the ready record', () => (output.includes('    stop              Ctrl-C') ? true : undefined), 10_000);
    url = `http://127.0.0.1:${gateway}/graphql`;
  }, START_BOUND_MS + 10_000);

  afterAll(async () => {
    if (parent.exitCode === null) parent.kill('SIGKILL');
    await until('every child gone', () => (servicesOf(parent.pid!).length === 0 ? true : undefined), 10_000).catch(() => undefined);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[15.1] should print one banner with the URLs and where the demo accounts are', () => {
    expect(output).toContain(`web application   ${url.replace(/graphql$/, '')}`);
    expect(output).toContain('demo accounts     README.md');
    expect(output).toContain(SERVER ? 'is running (PostgreSQL)' : 'is running (embedded database in');
    expect(Object.keys(pids).sort()).toEqual(['adjudication', 'cases', 'gateway', 'operators']);
    expect(servicesOf(parent.pid!).sort()).toEqual(Object.values(pids).sort());
  });

  it('[17.4] should run the gateway and each subgraph on the port its variable chose', async () => {
    for (const [service, port] of Object.entries(chosen)) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect({ service, status: res.status, body: await res.json() }).toEqual({ service, status: 200, body: { status: 'ok', service } });
    }
    for (const name of ['operators', 'cases', 'adjudication']) expect(output).toContain(`http://127.0.0.1:${chosen[name]}/graphql`);
  });

  it('[15.1] should restart the adjudication child after kill -9, cases and operators answering meanwhile, every acknowledged post stored once', async () => {
    const reader = new Reader(url, await login(url, 'OP0001'));
    reader.start();
    const poster = await login(url, 'OP0003');
    const thread = await gql<{ case: { discussion: { id: string } } }>(url, `{ case(registrationNumber: "${CASE}") { discussion { id } } }`, {}, poster);
    const threadId = thread.data!.case.discussion.id;
    const posts = new Writer('post', (n) => {
      const body = `${RUN}-post-${n}`;
      return { key: body, request: () => gql(url, 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { t: threadId, b: body }, poster) };
    }, 20);
    posts.start();
    await until('posts before the fault', () => posts.acknowledged().length >= 3, 90_000);

    process.kill(pids['adjudication']!, 'SIGKILL');
    const killedAt = performance.now();
    const recovered = await until('a post sent after the kill and acknowledged', () => posts.firstSentAndAcknowledgedAfter(killedAt), 90_000);
    await posts.stop();
    await reader.stop();

    const now = servicesOf(parent.pid!);
    expect(now).not.toContain(pids['adjudication']);
    expect(now).toEqual(expect.arrayContaining([pids['operators'], pids['cases'], pids['gateway']]));
    expect(now).toHaveLength(4);
    const outage = reader.between(killedAt, killedAt + recovered);
    expect(outage.length).toBeGreaterThan(0);
    expect(outage.filter((r) => !r.ok)).toEqual([]);

    const stored: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = await gql<{ thread: { posts: { body: string; cursor: string }[] } }>(url, 'query($t: ID!, $after: String) { thread(id: $t) { posts(first: 100, after: $after) { body cursor } } }', { t: threadId, after }, poster);
      const list = page.data!.thread.posts;
      stored.push(...list.map((p) => p.body).filter((body) => body.startsWith(RUN)));
      if (list.length < 100) break;
      after = list.at(-1)!.cursor;
    }
    expect(new Set(stored).size).toBe(stored.length);
    expect(posts.acknowledged().filter((body) => !stored.includes(body))).toEqual([]);
  }, 180_000);

  it('[15.1] should end every child and itself on SIGTERM, each child draining within the bound', async () => {
    const children = servicesOf(parent.pid!);
    expect(children).toHaveLength(4);
    parent.kill('SIGTERM');
    // 0: the parent's own 5 s bound (exit 1) did not fire.
    expect(await exited).toBe(0);
    expect(children.filter(alive)).toEqual([]);
    expect(output).not.toContain('did not stop in time');
  });
});
