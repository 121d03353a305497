import type { PixelDataLayout } from './stream-deidentify.ts';

/** One frame: the byte ranges [start, end) of the stored file that make it, in order. */
export type FrameRanges = [number, number][];

export interface ImagePixelModule {
  numberOfFrames: number;
  rows: number;
  columns: number;
  samplesPerPixel: number;
  bitsAllocated: number;
}

/** JPEG (SOI) and JPEG 2000 (SOC) code streams: how a frame's first fragment begins. */
const FRAME_STARTS = new Set(['ffd8', 'ff4f']);

/**
 * Where every frame of a stored file lies, computed once at upload from the layout the
 * de-identifying stream noted, so WADO-RS serves a frame by reading only its bytes
 * (PS3.18 frame retrieval; PS3.5 A.4 for encapsulated frames). Null when the frames cannot
 * be told apart: the file is then still served whole, only frame retrieval is refused.
 */
export function frameIndex(layout: PixelDataLayout, image: ImagePixelModule): FrameRanges[] | null {
  const frames = image.numberOfFrames;
  if (!Number.isInteger(frames) || frames < 1) return null;
  if (layout.valueLength !== null) return nativeFrames(layout.valueOffset, layout.valueLength, image);
  return encapsulatedFrames(layout, frames);
}

function nativeFrames(offset: number, length: number, image: ImagePixelModule): FrameRanges[] | null {
  // Single-bit pixels pack frames across byte boundaries; no viewer asks these of a cine run.
  if (image.bitsAllocated % 8 !== 0) return null;
  const size = image.rows * image.columns * image.samplesPerPixel * (image.bitsAllocated / 8);
  if (!(size > 0) || size * image.numberOfFrames > length) return null;
  return Array.from({ length: image.numberOfFrames }, (_, i): FrameRanges => [[offset + i * size, offset + (i + 1) * size]]);
}

function encapsulatedFrames(layout: PixelDataLayout, frames: number): FrameRanges[] | null {
  const fragments = layout.fragments;
  if (fragments.length === 0) return null;
  const range = (f: { offset: number; length: number }): [number, number] => [f.offset, f.offset + f.length];
  if (frames === 1) return [fragments.map(range)];
  if (layout.basicOffsetTable.length === frames) {
    // Table offsets count from the first fragment's item tag, 8 bytes before its value.
    const base = fragments[0]!.offset - 8;
    const starts = layout.basicOffsetTable.map((o) => base + o);
    const index = starts.map((start, i) => {
      const end = starts[i + 1] ?? Number.POSITIVE_INFINITY;
      return fragments.filter((f) => f.offset - 8 >= start && f.offset - 8 < end).map(range);
    });
    return index.every((f) => f.length > 0) ? index : null;
  }
  if (fragments.length === frames) return fragments.map((f) => [range(f)]);
  // No table, more fragments than frames: a frame starts where a code stream starts.
  const index: FrameRanges[] = [];
  for (const f of fragments) {
    if (FRAME_STARTS.has(f.head) || index.length === 0) index.push([range(f)]);
    else index[index.length - 1]!.push(range(f));
  }
  return index.length === frames ? index : null;
}
