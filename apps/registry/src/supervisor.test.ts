import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@registry/logging';
import { until } from '../../../test/support/until.ts';
import { freePorts } from '../../../test/support/free-ports.ts';
import { Supervisor, type ChildExit } from './supervisor.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILDREN = 'test/support/children';

describe('the supervisor of npm start\'s child processes [15.1]', () => {
  let dir: string;
  let port: number;
  let supervisor: Supervisor;
  const exits: ChildExit[] = [];
  const trigger = () => path.join(dir, 'hog-now');
  const echo = () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.text(), () => undefined);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'registry-supervisor-'));
    [port] = (await freePorts(1)) as [number];
    supervisor = new Supervisor({
      cwd: ROOT,
      logger: createLogger('test', 'silent'),
      output: 'ignore',
      maxBackoffMs: 500,
      children: [
        { name: 'hog', entry: `${CHILDREN}/heap-hog.ts`, maxOldSpaceMb: 32, env: { HOG_TRIGGER: trigger() } },
        { name: 'echo', entry: `${CHILDREN}/http-echo.ts`, maxOldSpaceMb: 64, env: { PORT: String(port) } },
        { name: 'crash', entry: `${CHILDREN}/crash.ts`, maxOldSpaceMb: 64, env: {} },
      ],
    });
    supervisor.onExit((exit) => exits.push(exit));
    supervisor.start();
    await until('the echo child', echo);
  });

  afterAll(async () => {
    await supervisor.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('[15.1] should restart a child that exhausts its heap while the others go on answering', async () => {
    const hog = supervisor.pid('hog')!;
    const sibling = await echo();
    writeFileSync(trigger(), '');
    // V8 aborts the process on "JavaScript heap out of memory".
    const exit = await until('the hog\'s exit', () => exits.find((e) => e.name === 'hog'));
    expect(exit).toMatchObject({ pid: hog, signal: 'SIGABRT', restartInMs: 0 });
    expect(await echo()).toBe(sibling);
    await until('the hog restarted', () => supervisor.restarts('hog') === 1 && supervisor.pid('hog'));
    expect(supervisor.pid('hog')).not.toBe(hog);
    expect(await echo()).toBe(sibling);
  });

  it('[15.1] should restart a failing child at once, then with a doubling back-off up to its bound', async () => {
    await until('four failures', () => exits.filter((e) => e.name === 'crash').length >= 4, 90_000);
    expect(exits.filter((e) => e.name === 'crash').slice(0, 4).map((e) => [e.code, e.restartInMs])).toEqual([[3, 0], [3, 250], [3, 500], [3, 500]]);
  });

  it('[15.1] should stop every child on stop, restarting none', async () => {
    const running = [supervisor.pid('hog'), supervisor.pid('echo')];
    await supervisor.stop();
    expect(await echo()).toBeUndefined();
    expect(supervisor.pids()).toEqual({ hog: undefined, echo: undefined, crash: undefined });
    expect(exits.filter((e) => running.includes(e.pid)).map((e) => e.restartInMs)).toEqual([undefined, undefined]);
  });
});
