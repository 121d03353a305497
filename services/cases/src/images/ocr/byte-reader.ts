
/**
 * A stored file read by byte range: a file on disk, or an object store's ranged GET.
 * The header, then one frame at a time: a 1 GB cine never costs more than a frame in memory.
 */
export interface RangeSource {
  size: number;
  /** Bytes [start, end); fewer only where the file ends. */
  read(start: number, end: number): Promise<Buffer>;
}

/** Where the checked file comes from: ranges when the store can, else one pass over a stream. */
export type StoredFile = RangeSource | AsyncIterable<Buffer | Uint8Array>;

export class TruncatedFile extends Error {
  constructor() {
    super('The file ends early');
    this.name = 'TruncatedFile';
  }
}

/** Small reads (item headers, the header) share one ranged read of this size. */
const READ_AHEAD = 64 * 1024;

/** A stream has a `read` method too: what iterates is a stream. */
const isRange = (f: StoredFile): f is RangeSource => !(Symbol.asyncIterator in f);

/**
 * A forward-only cursor over a stored file. Skipped bytes are never fetched from a range
 * source, and are dropped as they pass from a stream, so memory is what was asked for plus
 * one chunk, whatever the file size.
 */
export class ForwardReader {
  private pending: Buffer = Buffer.alloc(0);
  /** Absolute offset of pending[0]. */
  private at = 0;
  private readonly iterator: AsyncIterator<Buffer | Uint8Array> | undefined;

  constructor(private readonly file: StoredFile) {
    this.iterator = isRange(file) ? undefined : file[Symbol.asyncIterator]();
  }

  get position(): number {
    return this.at;
  }

  /** The bytes from `start` (a range source) or the stream's next chunk; undefined at the end. */
  private async pull(start: number, want: number): Promise<Buffer | undefined> {
    if (this.iterator) {
      const r = await this.iterator.next();
      if (r.done) return undefined;
      return Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    }
    const { size } = this.file as RangeSource;
    if (start >= size) return undefined;
    const chunk = await (this.file as RangeSource).read(start, Math.min(size, start + Math.max(want, READ_AHEAD)));
    return chunk.length > 0 ? chunk : undefined;
  }

  /** Up to n bytes from the cursor, not consumed; fewer only at the end of the file. */
  async peek(n: number): Promise<Buffer> {
    if (this.pending.length < n) {
      const parts = [this.pending];
      let have = this.pending.length;
      while (have < n) {
        const chunk = await this.pull(this.at + have, n - have);
        if (!chunk) break;
        parts.push(chunk);
        have += chunk.length;
      }
      this.pending = Buffer.concat(parts);
    }
    return this.pending.subarray(0, n);
  }

  /** Exactly n bytes, consumed. */
  async read(n: number): Promise<Buffer> {
    const bytes = await this.peek(n);
    if (bytes.length < n) throw new TruncatedFile();
    this.pending = this.pending.subarray(n);
    this.at += n;
    return bytes;
  }

  async skip(n: number): Promise<void> {
    const held = Math.min(n, this.pending.length);
    this.pending = this.pending.subarray(held);
    this.at += held;
    let left = n - held;
    if (left === 0) return;
    if (!this.iterator) {
      if (this.at + left > (this.file as RangeSource).size) throw new TruncatedFile();
      this.at += left;
      return;
    }
    while (left > 0) {
      const chunk = await this.pull(this.at, 0);
      if (!chunk) throw new TruncatedFile();
      const used = Math.min(left, chunk.length);
      this.at += used;
      left -= used;
      this.pending = chunk.subarray(used);
    }
  }

  /** Lets a stream go (a file stream closes its descriptor); a range source needs nothing. */
  async close(): Promise<void> {
    await this.iterator?.return?.();
  }
}
