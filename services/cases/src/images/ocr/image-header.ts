import dicomParser from 'dicom-parser';
import type { ForwardReader } from './byte-reader.ts';

const PIXEL_DATA = 'x7fe00010';
const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1']);
const RLE = '1.2.840.10008.1.2.5';
/** JPEG baseline and extended, 8-bit only: what jpeg-js decodes. */
const JPEG = new Set(['1.2.840.10008.1.2.4.50', '1.2.840.10008.1.2.4.51']);
const PHOTOMETRIC = new Set(['MONOCHROME1', 'MONOCHROME2', 'RGB', 'YBR_FULL', 'YBR_FULL_422', 'PALETTE COLOR']);

/** The file cannot be checked: the caller keeps it quarantined, with this reason. */
export class NotCheckable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotCheckable';
  }
}

export type PixelEncoding = 'native' | 'rle' | 'jpeg';

/** What decoding a frame needs to know; nothing identifying is kept. */
export interface ImageHeader {
  encoding: PixelEncoding;
  transferSyntaxUid: string;
  rows: number;
  columns: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  bitsStored: number;
  signed: boolean;
  photometric: string;
  planarConfiguration: number;
  frames: number;
  /** PALETTE COLOR: the grey level of every stored value (0..2^bitsAllocated-1). */
  paletteGrey?: Uint8Array;
  /** Bytes of one native frame. */
  frameBytes: number;
  /** The Pixel Data value's length; undefined when encapsulated. */
  pixelDataLength?: number;
}

/**
 * Reads the header (everything before the top-level Pixel Data) in growing peeks and leaves
 * the reader at the first byte of the Pixel Data value. The stored file's header was written
 * by the de-identifier, so it is small; `maxHeaderBytes` bounds it anyway.
 */
export async function readImageHeader(reader: ForwardReader, maxHeaderBytes: number): Promise<ImageHeader> {
  for (let want = 64 * 1024; ; want *= 2) {
    const head = await reader.peek(Math.min(want, maxHeaderBytes));
    const ended = head.length < Math.min(want, maxHeaderBytes);
    const dataSet = tryParse(head);
    const pixel = dataSet?.elements[PIXEL_DATA];
    if (dataSet && pixel) {
      const header = describe(dataSet, pixel);
      await reader.skip(pixel.dataOffset);
      return header;
    }
    if (ended) throw new NotCheckable('not a DICOM image: no pixel data found');
    if (want >= maxHeaderBytes) throw new NotCheckable(`no pixel data within the first ${maxHeaderBytes} bytes`);
  }
}

function tryParse(head: Buffer): dicomParser.DataSet | undefined {
  if (head.length < 132 || head.toString('latin1', 128, 132) !== 'DICM') throw new NotCheckable('not a DICOM Part 10 file');
  try {
    return dicomParser.parseDicom(new Uint8Array(head.buffer, head.byteOffset, head.length), { untilTag: PIXEL_DATA });
  } catch {
    // Most often the peek ended inside an element: read more.
    return undefined;
  }
}

function describe(ds: dicomParser.DataSet, pixel: dicomParser.Element): ImageHeader {
  const transferSyntaxUid = (ds.string('x00020010') ?? '').replace(/\0/g, '').trim();
  const encoding: PixelEncoding | undefined = NATIVE.has(transferSyntaxUid) ? 'native' : transferSyntaxUid === RLE ? 'rle' : JPEG.has(transferSyntaxUid) ? 'jpeg' : undefined;
  if (!encoding) throw new NotCheckable(`transfer syntax ${transferSyntaxUid || '(none)'} cannot be decoded for the check`);
  const photometric = (ds.string('x00280004') ?? '').trim().toUpperCase();
  if (!PHOTOMETRIC.has(photometric)) throw new NotCheckable(`photometric interpretation ${photometric || '(none)'} cannot be decoded for the check`);
  const rows = ds.uint16('x00280010') ?? 0;
  const columns = ds.uint16('x00280011') ?? 0;
  const samplesPerPixel = ds.uint16('x00280002') ?? 1;
  const bitsAllocated = ds.uint16('x00280100') ?? 0;
  const bitsStored = ds.uint16('x00280101') ?? bitsAllocated;
  const frames = Number.parseInt(ds.string('x00280008') ?? '1', 10) || 1;
  if (rows === 0 || columns === 0) throw new NotCheckable('the image has no rows or columns');
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) throw new NotCheckable(`${samplesPerPixel} samples per pixel cannot be decoded for the check`);
  if (bitsAllocated !== 8 && bitsAllocated !== 16) throw new NotCheckable(`${bitsAllocated} bits allocated cannot be decoded for the check`);
  if (encoding === 'jpeg' && bitsAllocated !== 8) throw new NotCheckable('JPEG with more than 8 bits cannot be decoded for the check');
  // A native YBR_FULL_422 frame holds two luma samples and one chroma pair per two pixels.
  const samples = photometric === 'YBR_FULL_422' && encoding === 'native' ? 2 : samplesPerPixel;
  const header: ImageHeader = {
    encoding,
    transferSyntaxUid,
    rows,
    columns,
    samplesPerPixel,
    bitsAllocated,
    bitsStored: Math.min(bitsStored || bitsAllocated, bitsAllocated),
    signed: ds.uint16('x00280103') === 1,
    photometric,
    planarConfiguration: ds.uint16('x00280006') ?? 0,
    frames,
    frameBytes: rows * columns * samples * (bitsAllocated / 8),
  };
  if (encoding === 'native') {
    header.pixelDataLength = pixel.length;
    if (pixel.length < header.frameBytes * frames) throw new NotCheckable('the pixel data is shorter than its frames');
  }
  if (photometric === 'PALETTE COLOR') header.paletteGrey = paletteGrey(ds, bitsAllocated);
  return header;
}

/** The palette's luma per stored value, so a palette frame becomes grey in one lookup. */
function paletteGrey(ds: dicomParser.DataSet, bitsAllocated: number): Uint8Array {
  if (ds.elements['x00281221']) throw new NotCheckable('segmented palettes cannot be decoded for the check');
  const channels = ['1', '2', '3'].map((c) => lutOf(ds, c));
  const size = 1 << bitsAllocated;
  const grey = new Uint8Array(size);
  for (let v = 0; v < size; v++) {
    const [r, g, b] = channels.map((lut) => lut.values[Math.min(Math.max(v - lut.first, 0), lut.values.length - 1)] ?? 0) as [number, number, number];
    grey[v] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return grey;
}

/** One palette channel, 8-bit: descriptor (0028,110x) and data (0028,120x). */
function lutOf(ds: dicomParser.DataSet, channel: string): { first: number; values: Uint8Array } {
  const descriptor = `x0028110${channel}`;
  const data = ds.elements[`x0028120${channel}`];
  if (!ds.elements[descriptor] || !data) throw new NotCheckable('the palette is missing');
  const entries = ds.uint16(descriptor, 0) || 65536;
  const first = ds.uint16(descriptor, 1) ?? 0;
  const bits = ds.uint16(descriptor, 2) ?? 16;
  const bytes = Buffer.from(ds.byteArray.buffer, ds.byteArray.byteOffset + data.dataOffset, data.length);
  const values = new Uint8Array(entries);
  // The standard stores 8-bit entries as bytes, but some writers put them in 16-bit words.
  const words = bytes.length >= entries * 2;
  for (let i = 0; i < entries && (words ? 2 * i + 1 : i) < bytes.length; i++) {
    const w = words ? bytes.readUInt16LE(2 * i) : bytes[i]!;
    values[i] = bits === 16 || w > 255 ? w >> 8 : w;
  }
  return { first, values };
}
