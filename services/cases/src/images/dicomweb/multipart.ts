/**
 * A streaming reader of multipart/related bodies (RFC 2387), as STOW-RS sends them
 * (PS3.18 10.5): each part's body is an async iterable consumed before the next part is
 * read, so a part of any size passes through with one chunk in memory.
 */
export interface Part {
  headers: Record<string, string>;
  body: AsyncIterable<Buffer>;
}

export function boundaryOf(contentType: string): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  return m?.[1];
}

const MAX_PART_HEADERS = 16 * 1024;
/** What may come before the first boundary (RFC 2046 5.1.1 preamble); more is not this body's boundary. */
const MAX_PREAMBLE = 64 * 1024;

/** The body is not the multipart/related its Content-Type announces: the client's mistake, a 400. */
export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

export async function* readParts(source: AsyncIterable<Buffer>, boundary: string): AsyncGenerator<Part> {
  const iterator = source[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let ended = false;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const r = await iterator.next();
    if (r.done) {
      ended = true;
      return false;
    }
    buf = buf.length === 0 ? r.value : Buffer.concat([buf, r.value]);
    return true;
  };
  const first = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);

  // Preamble, then the first boundary line.
  let at: number;
  while ((at = buf.indexOf(first)) < 0) {
    if (buf.length > MAX_PREAMBLE + first.length) {
      // The client is still sending: the rest is read and dropped, so it receives the answer.
      while (await more()) buf = buf.subarray(-first.length);
      throw new MultipartError('The body holds no part with the boundary its Content-Type names');
    }
    if (!(await more())) throw new MultipartError(buf.length === 0 ? 'The body is empty: no part was sent' : 'The body holds no part with the boundary its Content-Type names');
  }
  buf = buf.subarray(at + first.length);
  for (;;) {
    while (buf.length < 2) if (!(await more())) throw new MultipartError('The body ends without its closing delimiter (--boundary--)');
    if (buf.subarray(0, 2).toString('latin1') === '--') return;
    let end: number;
    while ((end = buf.indexOf('\r\n\r\n')) < 0) {
      if (buf.length > MAX_PART_HEADERS || !(await more())) throw new MultipartError('A part\'s headers do not end (no blank line after them)');
    }
    const headers: Record<string, string> = {};
    for (const line of buf.subarray(0, end).toString('latin1').split('\r\n')) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    buf = buf.subarray(end + 4);
    let finished = false;
    const body = async function* (): AsyncGenerator<Buffer> {
      for (;;) {
        const d = buf.indexOf(delimiter);
        if (d >= 0) {
          if (d > 0) yield buf.subarray(0, d);
          buf = buf.subarray(d + delimiter.length);
          finished = true;
          return;
        }
        // Keep a tail that could be the start of the delimiter.
        const keep = Math.min(buf.length, delimiter.length - 1);
        if (buf.length > keep) {
          const out = buf.subarray(0, buf.length - keep);
          buf = buf.subarray(buf.length - keep);
          yield out;
        }
        if (!(await more())) throw new MultipartError('The body ends inside a part, without its closing delimiter (--boundary--)');
      }
    };
    yield { headers, body: body() };
    if (!finished) throw new Error('multipart: a part was not read to its end');
  }
}
