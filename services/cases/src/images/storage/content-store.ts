import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, link, mkdir, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where de-identified files live: content-addressed by their SHA-256, written once and
 * never overwritten. A file becomes visible only complete: it is written to a temporary
 * name and linked into place, and the temporary file is removed whatever happens.
 */
export interface ContentStore {
  /**
   * Streams `chunks` into the store. `digest` is read after the stream has ended and names
   * the file; when `chunks` fails, nothing stays behind.
   */
  put(chunks: AsyncIterable<Buffer>, digest: () => Promise<string>): Promise<{ key: string; created: boolean }>;
  open(key: string): Readable;
  has(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

/** The default store: a directory (in the data directory in production, a temp dir in tests). */
export class FileContentStore implements ContentStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('Not a content key');
    return path.join(this.root, 'sha256', key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(chunks: AsyncIterable<Buffer>, digest: () => Promise<string>): Promise<{ key: string; created: boolean }> {
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${randomUUID()}.part`);
    // The temporary file exists before the first byte is read, so a failing stream can never
    // leave it created behind the cleanup below (a lazily opened write stream could).
    const handle = await open(tmp, 'wx');
    try {
      await pipeline(chunks, handle.createWriteStream());
      const key = await digest();
      const final = this.pathOf(key);
      await mkdir(path.dirname(final), { recursive: true });
      try {
        // link() fails when the name exists: content-addressed files are never overwritten.
        await link(tmp, final);
        return { key, created: true };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { key, created: false };
        throw err;
      }
    } finally {
      await handle.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
    }
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async has(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
