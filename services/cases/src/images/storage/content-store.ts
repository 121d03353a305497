import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, link, mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Bytes `start` (inclusive) to `end` (exclusive) of a stored file; clamped to the file's size. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where de-identified files live: content-addressed by their SHA-256, written once and
 * never overwritten. A file becomes visible only complete: it is written to a temporary
 * name and put into place under its digest, and the temporary copy is removed whatever happens.
 */
export interface ContentStore {
  /**
   * Streams `chunks` into the store. `digest` is read after the stream has ended and names
   * the file; when `chunks` fails, its error comes out unchanged and nothing stays behind.
   */
  put(chunks: AsyncIterable<Buffer>, digest: () => Promise<string>): Promise<{ key: string; created: boolean }>;
  /**
   * The file, or a range of it (frames, OCR). Returns at once: a missing file or a failing
   * read is an error on the stream.
   */
  open(key: string, range?: ByteRange): Readable;
  /** The file's length in bytes; rejects when it is not stored. */
  size(key: string): Promise<number>;
  has(key: string): Promise<boolean>;
  /**
   * Removes a file this process staged and no record took up (image-uploads.ts `store`):
   * gone or never there, it resolves the same.
   */
  discard(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{64}$/;

/** `sha256/ab/cd/<key>`: two levels of fan-out keep directories (and S3 listings) small. */
export function contentPath(key: string): string {
  if (!KEY.test(key)) throw new Error('Not a content key');
  return `sha256/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
}

/** Refuses a malformed range at the call, not later on the stream: it is the caller's mistake. */
export function checkRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Not a byte range: [${start}, ${end})`);
  }
}

export function emptyStream(): Readable {
  return Readable.from([], { objectMode: false });
}

/** The default store: a directory (in the data directory in production, a temp dir in tests). */
export class FileContentStore implements ContentStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, ...contentPath(key).split('/'));
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

  open(key: string, range?: ByteRange): Readable {
    const file = this.pathOf(key);
    if (!range) return createReadStream(file);
    checkRange(range);
    // createReadStream's `end` is inclusive and may not precede `start`: an empty range reads nothing.
    if (range.end === range.start) return emptyStream();
    return createReadStream(file, { start: range.start, end: range.end - 1 });
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  async has(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async discard(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }
}
