/**
 * `postinstall`: a guard postgres.js 3.4.9 still lacks (porsager/postgres#1208, fix proposed
 * in #1209, not released). When PostgreSQL goes away in the middle of a transaction,
 * postgres.js sends ROLLBACK on the closed connection; that write is deferred with
 * `setImmediate` and then dereferences the socket it has already dropped, throwing
 * "Cannot read properties of null (reading 'write')" from a timer: the whole process
 * dies. The fault script (scripts/fault/run.ts) hits it on every PostgreSQL restart.
 *
 * The guard settles such a write as the connection's own error (the query is rejected
 * with CONNECTION_CLOSED, which the registry answers as SERVICE_UNAVAILABLE), and a closed
 * connection forgets the bytes it had not sent, so its next connection starts clean.
 *
 * Each file is rewritten to a new file and renamed over the old one, never edited in place
 * (node_modules may be hard-linked copies). Idempotent; it fails loudly when the code it
 * guards has changed, so an upgrade of postgres.js is checked rather than silently unpatched.
 * Remove it once a release of postgres.js carries the fix.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const MARK = '/* cto-registry: guarded (porsager/postgres#1208) */';
const WRITE = `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)`;
const GUARDED_WRITE = `  function nextWrite(fn) {
    ${MARK}
    if (!socket) {
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`;
const CLOSED = `    clearImmediate(nextWriteTimer)
    socket.removeListener('data', data)`;
const GUARDED_CLOSED = `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    socket.removeListener('data', data)`;

const require = createRequire(import.meta.url);
let root;
try {
  // `postgres` exports no package.json; its CommonJS entry is <root>/cjs/src/index.js.
  root = path.resolve(path.dirname(require.resolve('postgres')), '../..');
} catch {
  process.exit(0); // postgres.js not installed (yet): nothing to guard.
}

for (const dir of ['src', 'cjs/src', 'cf/src']) {
  const file = path.join(root, dir, 'connection.js');
  if (!existsSync(file)) continue;
  const source = readFileSync(file, 'utf8');
  if (source.includes(MARK)) continue;
  if (!source.includes(WRITE) || !source.includes(CLOSED)) {
    throw new Error(`${file}: postgres.js changed; check whether porsager/postgres#1208 is fixed and update scripts/patch-dependencies.mjs`);
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, source.replace(WRITE, GUARDED_WRITE).replace(CLOSED, GUARDED_CLOSED));
  renameSync(temporary, file);
}
