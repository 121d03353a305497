import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The registry secret that keys UIDs and date shifts [R31]. It must outlive restarts (the
 * same original UID must map to the same new one in every file of a case), so it is made
 * once into `DATA_DIR/keys/image-uid.secret` (mode 0600), like the development token keys.
 */
export async function loadImageSecret(dataDir: string): Promise<Buffer> {
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
