import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The registry secret that keys UIDs and date shifts [R31]. It must outlive restarts and be
 * the same in every process of the cases subgraph (the same original UID must map to the
 * same new one in every file of a case, whichever replica stored it). Given as
 * `IMAGE_UID_SECRET` (base64 of 32 bytes: a Kubernetes Secret for replicas), it is used as
 * it is; otherwise it is made once into `DATA_DIR/keys/image-uid.secret` (mode 0600), like
 * the development token keys, which serves one process or replicas sharing that directory.
 */
export async function loadImageSecret(dataDir: string, given?: string): Promise<Buffer> {
  if (given !== undefined) {
    const secret = Buffer.from(given.trim(), 'base64');
    if (secret.length !== 32) throw new Error('IMAGE_UID_SECRET must be the base64 of 32 random bytes (openssl rand -base64 32)');
    return secret;
  }
  const file = path.join(dataDir, 'keys', 'image-uid.secret');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(path.dirname(file), { recursive: true });
    const secret = randomBytes(32);
    await writeFile(file, secret.toString('base64'), { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
