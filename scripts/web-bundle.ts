/**
 * Builds the web application (web/) into web/dist when its sources changed since the last
 * build, so neither `npm start` nor the tests ever serve a stale bundle. The sources' hash
 * is written beside the bundle; the build goes to a temporary directory that replaces
 * web/dist only when complete, so the gateway never serves half a bundle.
 *
 *   npx tsx scripts/web-bundle.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const HASH_FILE = '.source-hash';
// The workspace packages the application imports are its sources too (a change rebuilds it).
const INPUTS = ['index.html', 'graphiql.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', '../packages/scores/src'];

function filesUnder(entry: string): string[] {
  const full = path.join(WEB_DIR, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** The part of Vite's API used here (its types live under web/, outside this tsconfig). */
type ViteBuild = (config: { root: string; configFile: string; mode: 'production'; logLevel: 'warn'; build: { outDir: string; emptyOutDir: boolean } }) => Promise<unknown>;

/** SHA-256 over every input file's path and bytes. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file.split(path.sep).join('/')).update('\0').update(readFileSync(path.join(WEB_DIR, file))).update('\0');
  }
  return hash.digest('hex');
}

function builtHash(): string | null {
  const file = path.join(WEB_DIST, HASH_FILE);
  return existsSync(file) && existsSync(path.join(WEB_DIST, 'index.html')) ? readFileSync(file, 'utf8').trim() : null;
}

/** Rebuilds web/dist unless it was built from exactly the current sources; returns whether it built. */
export async function ensureWebBundle(options: { force?: boolean; log?: (message: string) => void } = {}): Promise<boolean> {
  const hash = webSourceHash();
  if (!options.force && builtHash() === hash) return false;
  options.log?.('building the web application (web/ changed since the last build)');
  // Vite is the web workspace's dependency (installed under web/), resolved from there.
  const vitePath = createRequire(path.join(WEB_DIR, 'package.json')).resolve('vite');
  const { build } = (await import(pathToFileURL(vitePath).href)) as { build: ViteBuild };
  const staging = path.join(WEB_DIR, `.dist-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  // Vite derives more than the mode from NODE_ENV (vitest sets `test`): build as production,
  // so the tests and `npm start` in any environment serve the bundle production serves.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: WEB_DIR, configFile: path.join(WEB_DIR, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  writeFileSync(path.join(staging, HASH_FILE), `${hash}\n`);
  rmSync(WEB_DIST, { recursive: true, force: true });
  renameSync(staging, WEB_DIST);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureWebBundle({ force: process.argv.includes('--force'), log: (m) => process.stderr.write(`${m}\n`) });
}
