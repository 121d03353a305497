import type { ForwardReader } from './byte-reader.ts';
import { type ImageHeader, NotCheckable } from './image-header.ts';

/** One frame as stored: native pixels, an RLE frame or a JPEG stream. */
export interface StoredFrame {
  index: number;
  bytes: Buffer;
}

const ITEM = 0xe000;
const SEQUENCE_END = 0xe0dd;

/**
 * Yields the wanted frames in file order, reading nothing else: the reader must stand at the
 * start of the Pixel Data value. `maxFrameBytes` bounds what one frame may hold in memory.
 */
export async function* readFrames(reader: ForwardReader, header: ImageHeader, wanted: number[], maxFrameBytes: number): AsyncGenerator<StoredFrame> {
  if (header.encoding === 'native') {
    if (header.frameBytes > maxFrameBytes) throw new NotCheckable(`a frame is larger than ${maxFrameBytes} bytes`);
    const start = reader.position;
    for (const index of wanted) {
      await reader.skip(start + index * header.frameBytes - reader.position);
      yield { index, bytes: await reader.read(header.frameBytes) };
    }
    return;
  }
  yield* readEncapsulated(reader, header, new Set(wanted), maxFrameBytes);
}

async function readItem(reader: ForwardReader): Promise<{ end: boolean; length: number }> {
  const h = await reader.read(8);
  const element = h.readUInt16LE(2);
  if (h.readUInt16LE(0) !== 0xfffe || (element !== ITEM && element !== SEQUENCE_END)) throw new NotCheckable('the encapsulated pixel data is malformed');
  return { end: element === SEQUENCE_END, length: h.readUInt32LE(4) };
}

/**
 * Walks the fragments item by item. Frame boundaries come from the Basic Offset Table when it
 * lists every frame (and unwanted frames are then jumped over); otherwise a fragment that
 * opens with a JPEG start-of-image or an RLE header starts the next frame (an RLE frame is
 * one fragment, and JPEG's entropy-coded data cannot hold a start-of-image marker).
 */
async function* readEncapsulated(reader: ForwardReader, header: ImageHeader, wanted: Set<number>, maxFrameBytes: number): AsyncGenerator<StoredFrame> {
  const table = await readItem(reader);
  if (table.end) return;
  const offsets = table.length > 0 ? await readOffsets(reader, table.length) : [];
  const fragmentsStart = reader.position;
  // A table is trusted only when it lists every frame in order from the first fragment.
  const ordered = offsets[0] === 0 && offsets.every((o, i) => i === 0 || o > offsets[i - 1]!);
  const frameAt = offsets.length === header.frames && ordered ? new Map(offsets.map((o, i) => [o, i])) : undefined;
  const last = Math.max(...wanted);
  let frame = -1;
  let parts: Buffer[] | undefined;
  let held = 0;
  for (;;) {
    if (frameAt && !parts) {
      const next = [...wanted].filter((w) => w > frame).sort((a, b) => a - b)[0];
      if (next === undefined) return;
      const target = fragmentsStart + offsets[next]!;
      if (target > reader.position) await reader.skip(target - reader.position);
    }
    const item = await readItem(reader);
    if (item.end) break;
    const starts = frameAt ? frameAt.get(reader.position - 8 - fragmentsStart) : startsFrame(await reader.peek(Math.min(item.length, 16)), header, frame) ? frame + 1 : undefined;
    if (starts !== undefined) {
      if (parts) yield { index: frame, bytes: Buffer.concat(parts) };
      frame = starts;
      parts = wanted.has(frame) ? [] : undefined;
      held = 0;
      if (frame > last) return;
    }
    if (!parts) {
      await reader.skip(item.length);
      continue;
    }
    held += item.length;
    if (held > maxFrameBytes) throw new NotCheckable(`a frame is larger than ${maxFrameBytes} bytes`);
    parts.push(await reader.read(item.length));
  }
  if (parts) yield { index: frame, bytes: Buffer.concat(parts) };
}

async function readOffsets(reader: ForwardReader, length: number): Promise<number[]> {
  const bytes = await reader.read(length);
  return Array.from({ length: Math.floor(length / 4) }, (_, i) => bytes.readUInt32LE(4 * i));
}

function startsFrame(head: Buffer, header: ImageHeader, frame: number): boolean {
  if (header.frames === 1) return frame < 0;
  if (header.encoding === 'jpeg') return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  // An RLE frame opens with its 64-byte header: 1–15 segments, the first at offset 64.
  if (head.length < 8) return false;
  const segments = head.readUInt32LE(0);
  return segments >= 1 && segments <= 15 && head.readUInt32LE(4) === 64;
}
