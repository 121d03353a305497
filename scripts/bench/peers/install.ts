import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The peers are installed at bench time into a cache folder (`.cache/bench-peers/`,
 * git-ignored), never as dependencies of the project [#17.3]. A package already there at
 * the wanted version is not asked of the registry again.
 */
export const PEERS_CACHE = path.resolve(process.env['BENCH_PEERS_CACHE'] ?? '.cache/bench-peers');

const installedVersion = (cache: string, name: string): string | undefined => {
  const file = path.join(cache, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version : undefined;
};

/** `name@version` specs: parsed from the right, as scoped names start with `@`. */
const parseSpec = (spec: string) => {
  const at = spec.lastIndexOf('@');
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
};

/**
 * Installs what is missing of `specs` into the cache; resolves with undefined when all are
 * there, or the reason it could not (no network is a valid state for a user: the peer is skipped).
 */
export async function ensureInstalled(specs: string[], cache = PEERS_CACHE): Promise<string | undefined> {
  const missing = specs.filter((s) => {
    const { name, version } = parseSpec(s);
    return installedVersion(cache, name) !== version;
  });
  if (missing.length === 0) return undefined;
  mkdirSync(cache, { recursive: true });
  process.stderr.write(`bench: installing ${missing.join(' ')} into ${cache}\n`);
  return new Promise((resolve) => {
    execFile('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', '--loglevel=error', ...missing], { timeout: 10 * 60_000, maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      if (!error) return resolve(undefined);
      const first = stderr.trim().split('\n').filter(Boolean).slice(0, 2).join(' / ');
      resolve(`npm install ${missing.join(' ')} failed: ${first || error.message}`);
    });
  });
}
