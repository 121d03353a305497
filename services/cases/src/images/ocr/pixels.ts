import jpeg from 'jpeg-js';
import { type ImageHeader, NotCheckable } from './image-header.ts';

/**
 * Decodes one RLE Lossless frame (PS3.5 Annex G) into the native little-endian layout, each
 * colour sample in its own plane (as planar configuration 1). A segment holds one byte of
 * one sample for every pixel, most significant byte first.
 */
export function decodeRle(bytes: Buffer, h: ImageHeader): Buffer {
  const pixels = h.rows * h.columns;
  const bytesPerSample = h.bitsAllocated / 8;
  if (bytes.length < 64) throw new NotCheckable('an RLE frame is malformed');
  const segments = bytes.readUInt32LE(0);
  if (segments !== h.samplesPerPixel * bytesPerSample) throw new NotCheckable('an RLE frame has the wrong number of segments');
  const out = Buffer.alloc(pixels * segments);
  for (let s = 0; s < segments; s++) {
    const start = bytes.readUInt32LE(4 + 4 * s);
    const end = s + 1 < segments ? bytes.readUInt32LE(8 + 4 * s) : bytes.length;
    const plane = Math.floor(s / bytesPerSample) * pixels;
    const lowByte = bytesPerSample - 1 - (s % bytesPerSample);
    unpackBits(bytes, start, Math.min(end, bytes.length), pixels, (p, v) => {
      out[(plane + p) * bytesPerSample + lowByte] = v;
    });
  }
  return out;
}

/** PackBits: n ≥ 0 copies n+1 literal bytes; −127..−1 repeats the next byte 1−n times. */
function unpackBits(src: Buffer, start: number, end: number, count: number, put: (p: number, v: number) => void): void {
  let p = 0;
  let i = start;
  while (p < count && i < end) {
    const n = src.readInt8(i++);
    if (n >= 0) {
      for (let k = 0; k <= n && p < count && i + k < end; k++) put(p++, src[i + k]!);
      i += n + 1;
    } else if (n !== -128) {
      const v = src[i++] ?? 0;
      for (let k = 0; k < 1 - n && p < count; k++) put(p++, v);
    }
  }
}

/**
 * One JPEG baseline frame (8-bit, lossy) as 8-bit grey. Decoding here, not inside tesseract,
 * lets the frame take both looks (see burned-in-text.ts). jpeg-js applies the YCbCr
 * transform to three components by default; a DICOM "RGB" JPEG carries RGB as it is.
 */
export function decodeJpeg(bytes: Buffer, h: ImageHeader): Uint8Array {
  let image: { width: number; height: number; data: Uint8Array };
  try {
    const colorTransform = h.photometric === 'RGB' ? false : undefined;
    image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, colorTransform, maxResolutionInMP: 64, maxMemoryUsageInMB: 512 });
  } catch {
    throw new NotCheckable('a JPEG frame could not be decoded');
  }
  if (image.width !== h.columns || image.height !== h.rows) throw new NotCheckable('a JPEG frame does not match the image size');
  const rgb = image.data;
  const out = new Uint8Array(h.rows * h.columns);
  const invert = h.photometric === 'MONOCHROME1';
  for (let p = 0; p < out.length; p++) {
    const g = Math.round(0.299 * rgb[3 * p]! + 0.587 * rgb[3 * p + 1]! + 0.114 * rgb[3 * p + 2]!);
    out[p] = invert ? 255 - g : g;
  }
  return out;
}

/**
 * One decoded frame as 8-bit grey, what OCR reads: monochrome stretched over its own range
 * (text is drawn at or near the extreme), colour as luma, YBR as its Y, palette by lookup.
 */
export function toGrey(bytes: Buffer, h: ImageHeader, planar: boolean): Uint8Array {
  const n = h.rows * h.columns;
  const out = new Uint8Array(n);
  const wide = h.bitsAllocated === 16;
  if (h.paletteGrey) {
    const lut = h.paletteGrey;
    for (let p = 0; p < n; p++) out[p] = lut[wide ? bytes.readUInt16LE(2 * p) : bytes[p]!]!;
    return out;
  }
  if (h.samplesPerPixel === 1) return monochrome(bytes, h, out);
  if (wide) throw new NotCheckable('16-bit colour cannot be decoded for the check');
  if (h.photometric === 'YBR_FULL_422') {
    // Native 4:2:2 stores Y0 Y1 Cb Cr for each pair of pixels: the Ys are the grey.
    for (let p = 0; p < n; p++) out[p] = bytes[(p >> 1) * 4 + (p & 1)]!;
    return out;
  }
  const at = planar ? (s: number, p: number) => bytes[s * n + p]! : (s: number, p: number) => bytes[3 * p + s]!;
  const ybr = h.photometric === 'YBR_FULL';
  for (let p = 0; p < n; p++) out[p] = ybr ? at(0, p) : Math.round(0.299 * at(0, p) + 0.587 * at(1, p) + 0.114 * at(2, p));
  return out;
}

function monochrome(bytes: Buffer, h: ImageHeader, out: Uint8Array): Uint8Array {
  const n = out.length;
  const values = new Int32Array(n);
  const mask = h.bitsStored >= 32 ? -1 : (1 << h.bitsStored) - 1;
  const sign = 1 << (h.bitsStored - 1);
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < n; p++) {
    let v = (h.bitsAllocated === 16 ? bytes.readUInt16LE(2 * p) : bytes[p]!) & mask;
    if (h.signed && v & sign) v -= mask + 1;
    values[p] = v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min || 1;
  const invert = h.photometric === 'MONOCHROME1';
  for (let p = 0; p < n; p++) {
    const g = Math.round(((values[p]! - min) * 255) / range);
    out[p] = invert ? 255 - g : g;
  }
  return out;
}
