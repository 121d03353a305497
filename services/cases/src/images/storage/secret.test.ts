import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadImageSecret } from './secret.ts';

describe('the image UID secret [R31]', () => {
  const dirs: string[] = [];
  const dataDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'secret-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

  it('should be the same for two processes given the same IMAGE_UID_SECRET, whatever their data directories (replicas) [R31]', async () => {
    const given = randomBytes(32).toString('base64');
    const [a, b] = [await loadImageSecret(await dataDir(), given), await loadImageSecret(await dataDir(), given)];
    expect(a.equals(b)).toBe(true);
    expect(a).toHaveLength(32);
  });

  it('should be made once and kept in the data directory when none is given', async () => {
    const dir = await dataDir();
    const first = await loadImageSecret(dir);
    expect((await loadImageSecret(dir)).equals(first)).toBe(true);
  });

  it('should refuse a given secret that is not 32 bytes of base64', async () => {
    await expect(loadImageSecret(await dataDir(), 'c2hvcnQ=')).rejects.toThrow(/IMAGE_UID_SECRET must be the base64 of 32 random bytes/);
  });
});
