import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { grafbaseToml, hiveGatewayConfig, type PeerSubgraph } from './configs.ts';
import { PEERS_CACHE } from './install.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

const HIVE_GATEWAY = '@graphql-hive/gateway@2.15.1';
const HIVE_ROUTER_RUNTIME = '@graphql-hive/router-runtime@1.4.23';
const GRAFBASE = '@grafbase/cli-x86_64-unknown-linux-musl@0.103.0';

/** What a peer is started with: this run's subgraphs (URLs, SDL files) and supergraph. */
export interface PeerSetup {
  subgraphs: PeerSubgraph[];
  /** The supergraph with this run's subgraph URLs written in. */
  supergraphPath: string;
  /** A directory of this run for the peer's config files. */
  workDir: string;
  /** The DATA_DIR holding this run's token keys (our gateway in its own process reads them there). */
  keysDir: string;
}

export interface PeerSpec {
  id: string;
  label: string;
  packages: string[];
  /**
   * What the bench sends: `internal`, the subgraphs' tokens our gateway would sign, one header
   * per subgraph (the peers); `user`, the viewer's own token (our gateway, which signs them).
   */
  auth: 'internal' | 'user';
  /** The command line, on `port`, with in-flight deduplication on (the peer's default) or off. */
  command(setup: PeerSetup, port: number, deduplication: boolean): PeerCommand;
}

interface PeerCommand {
  file: string;
  args: string[];
  /** Added to the bench's environment; the work directory unless `cwd`. */
  env?: Record<string, string>;
  cwd?: string;
}

const bin = (...parts: string[]) => path.join(PEERS_CACHE, 'node_modules', ...parts);

const hive = (routerRuntime: boolean): PeerSpec['command'] => (setup, port, deduplication) => {
  const config = path.join(setup.workDir, `hive-${deduplication ? 'dedup' : 'no-dedup'}.config.mjs`);
  writeFileSync(config, hiveGatewayConfig({ deduplication }));
  const args = [bin('@graphql-hive/gateway', 'dist', 'bin.js'), 'supergraph', setup.supergraphPath, '--host', '127.0.0.1', '--port', String(port), '-c', config];
  return { file: process.execPath, args: routerRuntime ? [...args, '--hive-router-runtime'] : args };
};

/**
 * The registry's own gateway (`gateway/src/main.ts`, as a deployment runs it) in a process of
 * its own over the bench's subgraphs, as each peer runs: the in-process rows share one event
 * loop with the subgraphs and PGlite, a peer has a core of its own. Deduplication off is the
 * peers' comparison mode: entity cache and sharing both off.
 */
const OURS_PROCESS: PeerSpec = {
  id: 'ours-process',
  label: "the registry's gateway, a process of its own",
  packages: [],
  auth: 'user',
  command(setup, port, deduplication) {
    const urlOf = (name: string) => setup.subgraphs.find((s) => s.name === name)!.url;
    const on = String(deduplication);
    return {
      file: process.execPath,
      // BENCH_GATEWAY_PROFILE=<dir>: a CPU profile of each run of it, written there as it stops.
      args: [...(process.env['BENCH_GATEWAY_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_GATEWAY_PROFILE']}`] : []), '--import', 'tsx', 'gateway/src/main.ts'],
      cwd: REPO_ROOT,
      env: {
        NODE_ENV: 'test',
        DATA_DIR: setup.keysDir,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        OPERATORS_URL: urlOf('operators'),
        CASES_URL: urlOf('cases'),
        ADJUDICATION_URL: urlOf('adjudication'),
        SUPERGRAPH_PATH: setup.supergraphPath,
        MAX_CONNECTIONS_PER_CLIENT: '0',
        ENTITY_CACHE: on,
        SUBGRAPH_FETCH_SHARING: on,
      },
    };
  },
};

export const PEERS: PeerSpec[] = [
  OURS_PROCESS,
  { id: 'hive', label: 'Hive Gateway 2.15 (JavaScript)', packages: [HIVE_GATEWAY], auth: 'internal', command: hive(false) },
  { id: 'hive-rust', label: 'Hive Gateway 2.15 + Rust query planner (router-runtime 1.4)', packages: [HIVE_GATEWAY, HIVE_ROUTER_RUNTIME], auth: 'internal', command: hive(true) },
  {
    id: 'grafbase',
    label: 'Grafbase 0.103 (`grafbase dev`, Rust)',
    packages: [GRAFBASE],
    auth: 'internal',
    command(setup, port, deduplication) {
      const config = path.join(setup.workDir, `grafbase-${deduplication ? 'dedup' : 'no-dedup'}.toml`);
      writeFileSync(config, grafbaseToml({ subgraphs: setup.subgraphs, deduplication }));
      return { file: bin('@grafbase', 'cli-x86_64-unknown-linux-musl', 'grafbase'), args: ['dev', '-c', config, '--listen-address', `127.0.0.1:${port}`] };
    },
  },
];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the peer and waits until it answers `{ __typename }`; its output is kept in the work dir. */
export async function startPeer(spec: PeerSpec, setup: PeerSetup, deduplication: boolean, timeoutMs = 120_000): Promise<RunningPeer> {
  mkdirSync(setup.workDir, { recursive: true });
  const port = await freePort();
  const { file, args, env, cwd } = spec.command(setup, port, deduplication);
  const logPath = path.join(setup.workDir, `${spec.id}-${deduplication ? 'dedup' : 'no-dedup'}.log`);
  const child: ChildProcess = spawn(file, args, { cwd: cwd ?? setup.workDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const stop = async () => {
    writeFileSync(logPath, Buffer.concat(output));
    if (exited !== undefined) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => (clearTimeout(timer), resolve()));
      child.kill('SIGTERM');
    });
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) break;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  const tail = Buffer.concat(output).toString('utf8').trim().split('\n').slice(-5).join('\n');
  throw new Error(`${spec.label} did not answer on ${url} (${exited !== undefined ? `exited ${exited}` : 'timed out'}):\n${tail}`);
}
