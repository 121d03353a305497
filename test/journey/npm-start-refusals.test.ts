import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePorts } from '../support/free-ports.ts';

/**
 * `npm start` (scripts/start-embedded.ts) refusing its ports before anything starts, issue
 * 17.4: a bad value or a taken port ends it with one line naming the variable, the service
 * and the port — exit 1, no stack trace, no child started.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-npm-start-refusals-'));

async function npmStart(ports: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, ...ports };
  for (const name of ['DATABASE_URL', 'OPERATORS_URL', 'CASES_URL', 'ADJUDICATION_URL']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-embedded.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr };
}

describe('npm start: its ports refused before anything starts [17.4]', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('[17.4] should end with a message naming the variable for a value that is not a port', async () => {
    const { code, stderr } = await npmStart({ CASES_PORT: 'forty' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('npm start: CASES_PORT=forty is not a port: a whole number from 1 to 65535');
  }, 120_000);

  it('[17.4] should end with a message naming both services for two on one port', async () => {
    const [port] = (await freePorts(1)) as [number];
    const { code, stderr } = await npmStart({ PORT: String(port), ADJUDICATION_PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`npm start: the gateway (PORT=${port}) and the adjudication subgraph (ADJUDICATION_PORT=${port}) would both listen on ${port}: give each its own port`);
  }, 120_000);

  it('[17.4] should end with a message naming the service and the port already in use', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const held = (holder.address() as net.AddressInfo).port;
    const [gateway, operators, adjudication] = (await freePorts(3)) as [number, number, number];
    try {
      const { code, stderr } = await npmStart({ PORT: String(gateway), OPERATORS_PORT: String(operators), CASES_PORT: String(held), ADJUDICATION_PORT: String(adjudication) });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`npm start: the cases subgraph's port ${held} on 127.0.0.1 (from CASES_PORT) is already in use: stop what holds it or choose another port (README.md, "Configuration")`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 120_000);
});
