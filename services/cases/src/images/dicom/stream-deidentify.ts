import { createHash } from 'node:crypto';
import dicomParser from 'dicom-parser';
import dcmjs, { type DicomDataset } from 'dcmjs';
import { decodeTextValues, labelCharacterSet } from './character-set.ts';
import { DicomRefusal } from './refusal.ts';

dcmjs.log.setLevel('silent');

const PIXEL_DATA = 'x7fe00010';
const IMPLICIT_LE = '1.2.840.10008.1.2';
const EXPLICIT_LE = '1.2.840.10008.1.2.1';
/** Encapsulated syntaxes: JPEG family (…1.2.4.x) and RLE (…1.2.5); their data sets are explicit little endian. */
const ENCAPSULATED = /^1\.2\.840\.10008\.1\.2\.(4\.\d+|5)$/;
const REGISTRY_IMPLEMENTATION_UID = '2.25.183591462870150946471466245307417530817';
const REGISTRY_IMPLEMENTATION_VERSION = 'JCTOPCI_DEID_1';
const OUTPUT_BATCH_BYTES = 1 << 20;

/** What the header says, for the checks that decide whether the file is accepted. */
export interface HeaderFacts {
  transferSyntaxUid: string;
  sopClassUid: string;
  modality: string | undefined;
  /** The original study date (YYYYMMDD), before any shift; read, never stored. */
  studyDate: string | undefined;
  burnedInAnnotation: string | undefined;
}

/**
 * Rewrites native pixel bytes in place as they pass [R31]: `valueOffset` is where `bytes`
 * starts in the Pixel Data value (negative while the element's own header passes).
 */
export type PixelEdit = (bytes: Buffer, valueOffset: number) => void;

export interface StreamLimits {
  maxBytes: number;
  /** The header is held in memory: bounded, whatever the file size. */
  maxHeaderBytes: number;
}

export interface RewriteOutcome {
  inputSha256: string;
  outputSha256: string;
  bytesIn: number;
  bytesOut: number;
  headerBytesIn: number;
  headerBytesOut: number;
  /** Bytes after the Pixel Data element (signatures, padding), dropped. */
  trailingBytesRemoved: number;
  /** Where the pixel data sits in the output, for frame retrieval without reading frames. */
  pixelData: PixelDataLayout;
}

/** Offsets are from the start of the output file. */
export interface PixelDataLayout {
  /** The first byte of the Pixel Data value. */
  valueOffset: number;
  /** The value length when defined (native pixels); null when encapsulated. */
  valueLength: number | null;
  /** Encapsulated: every item after the offset table, its value's offset, length and first two bytes (hex). */
  fragments: { offset: number; length: number; head: string }[];
  /** The Basic Offset Table's entries; empty when the table is. */
  basicOffsetTable: number[];
}

/**
 * Rewrites a DICOM Part 10 stream: the header (everything before the top-level Pixel Data)
 * is parsed, handed to `rewrite` and re-encoded; the Pixel Data element is passed through
 * byte for byte, so memory is the header plus one chunk whatever the file size. The output
 * is produced as an async iterable, so the consumer's pace (a file write) paces the input.
 * `checks` may refuse the file before a single byte is produced. `rewrite` may answer a
 * PixelEdit, applied to a native (defined-length) Pixel Data value as it passes.
 */
export function deidentifyStream(
  input: AsyncIterable<Buffer | Uint8Array>,
  limits: StreamLimits,
  checks: (facts: HeaderFacts) => void,
  rewrite: (dataset: DicomDataset, facts: HeaderFacts) => PixelEdit | void,
): { chunks: AsyncIterable<Buffer>; outcome: Promise<RewriteOutcome> } {
  let settle!: (o: RewriteOutcome) => void;
  let fail!: (e: unknown) => void;
  const outcome = new Promise<RewriteOutcome>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  outcome.catch(() => undefined);

  async function* run(): AsyncGenerator<Buffer> {
    const inHash = createHash('sha256');
    const outHash = createHash('sha256');
    let bytesIn = 0;
    let bytesOut = 0;
    const iterator = input[Symbol.asyncIterator]();
    const next = async (): Promise<Buffer | undefined> => {
      const r = await iterator.next();
      if (r.done) return undefined;
      const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      bytesIn += chunk.length;
      if (bytesIn > limits.maxBytes) throw new DicomRefusal('TOO_LARGE', `The file is larger than ${limits.maxBytes} bytes`);
      inHash.update(chunk);
      return chunk;
    };
    const emit = (chunk: Buffer): Buffer => {
      bytesOut += chunk.length;
      outHash.update(chunk);
      return chunk;
    };

    // 1. Gather the header up to the top-level Pixel Data element.
    let head: Buffer = Buffer.alloc(0);
    let located: { pixelStart: number; headerLength: number; transferSyntaxUid: string } | undefined;
    let ended = false;
    while (!located) {
      const chunk = await next();
      if (!chunk) {
        ended = true;
      } else {
        head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
      }
      located = locatePixelData(head, ended);
      if (!located && ended) throw new DicomRefusal('TRUNCATED', 'The file ends before its pixel data');
      if (!located && head.length > limits.maxHeaderBytes) throw new DicomRefusal('HEADER_TOO_LARGE', `No pixel data within the first ${limits.maxHeaderBytes} bytes`);
    }

    // 2. Rewrite the header. A header the readers choke on is refused with a fixed message:
    // their own messages may quote the values (names, IDs), which must not reach a log [R31].
    const { headerOut, edit } = rewriteHeader(head.subarray(0, located.pixelStart), located.transferSyntaxUid, checks, rewrite);
    yield emit(headerOut);

    // 3. Pass the Pixel Data element through unchanged; drop anything after it.
    const pixel = new PixelDataPassThrough(located.headerLength);
    let pending: Buffer | undefined = head.subarray(located.pixelStart);
    head = Buffer.alloc(0);
    let trailing = 0;
    // Network and file reads arrive in 16–64 KiB pieces; handing them on in ~1 MiB batches
    // cuts the per-chunk cost of hashing and writing (docs/performance.md) for 1 MiB of memory.
    let batch: Buffer[] = [];
    let batched = 0;
    while (pending || !ended) {
      const chunk: Buffer | undefined = pending ?? (await next());
      pending = undefined;
      if (!chunk) break;
      const at = pixel.passed;
      const { pass, rest } = pixel.take(chunk);
      trailing += rest;
      if (pass.length === 0) continue;
      if (edit && pixel.native) edit(pass, at - located.headerLength);
      batch.push(pass);
      batched += pass.length;
      if (batched >= OUTPUT_BATCH_BYTES) {
        yield emit(Buffer.concat(batch, batched));
        batch = [];
        batched = 0;
      }
    }
    if (!pixel.done) throw new DicomRefusal('TRUNCATED', 'The pixel data ends early: the file is truncated');
    if (batched > 0) yield emit(Buffer.concat(batch, batched));
    const layout = pixel.layout(headerOut.length);
    settle({
      pixelData: layout,
      inputSha256: inHash.digest('hex'),
      outputSha256: outHash.digest('hex'),
      bytesIn,
      bytesOut,
      headerBytesIn: located.pixelStart,
      headerBytesOut: headerOut.length,
      trailingBytesRemoved: trailing,
    });
  }

  async function* guarded(): AsyncGenerator<Buffer> {
    try {
      yield* run();
    } catch (err) {
      fail(err);
      throw err;
    }
  }
  return { chunks: guarded(), outcome };
}

/** Parses, checks and rewrites the header; anything but a refusal becomes UNREADABLE_HEADER. */
function rewriteHeader(
  headerIn: Buffer,
  transferSyntaxUid: string,
  checks: (facts: HeaderFacts) => void,
  rewrite: (dataset: DicomDataset, facts: HeaderFacts) => PixelEdit | void,
): { headerOut: Buffer; edit: PixelEdit | undefined } {
  try {
    const parsed = dcmjs.data.DicomMessage.readFile(toArrayBuffer(headerIn), { ignoreErrors: true });
    const dataset = parsed.dict;
    // dcmjs decodes one character set only; the text is decoded again from its bytes (ISO 2022 code extensions).
    const bytes = new Uint8Array(headerIn.buffer, headerIn.byteOffset, headerIn.length);
    decodeTextValues(dataset, dicomParser.parseDicom(bytes), bytes);
    const str = (tag: string) => {
      const v = dataset[tag]?.Value?.[0];
      return typeof v === 'string' ? v.trim() : undefined;
    };
    const facts: HeaderFacts = {
      transferSyntaxUid,
      sopClassUid: String(parsed.meta['00020002']?.Value?.[0] ?? str('00080016') ?? ''),
      modality: str('00080060'),
      studyDate: str('00080020'),
      burnedInAnnotation: str('00280301'),
    };
    checks(facts);
    const edit = rewrite(dataset, facts) ?? undefined;
    labelCharacterSet(dataset);
    const meta: DicomDataset = {
      '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
      '00020002': { vr: 'UI', Value: [dataset['00080016']?.Value?.[0] ?? facts.sopClassUid] },
      // The file meta's Media Storage SOP Instance UID follows the rewritten SOP Instance UID [R31].
      '00020003': { vr: 'UI', Value: [dataset['00080018']?.Value?.[0] ?? ''] },
      '00020010': { vr: 'UI', Value: [transferSyntaxUid] },
      '00020012': { vr: 'UI', Value: [REGISTRY_IMPLEMENTATION_UID] },
      '00020013': { vr: 'SH', Value: [REGISTRY_IMPLEMENTATION_VERSION] },
    };
    const out = new dcmjs.data.DicomDict(meta);
    out.dict = dataset;
    const headerOut = Buffer.from(out.write({ allowInvalidVRLength: true }));
    return { headerOut, edit };
  } catch (err) {
    if (err instanceof DicomRefusal) throw err;
    throw new DicomRefusal('UNREADABLE_HEADER', 'The DICOM header could not be read or rewritten');
  }
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
}

/**
 * Finds the top-level Pixel Data element in what has arrived so far, or undefined when more
 * is needed. The preamble and file meta are checked first, so a wrong file is refused early.
 */
function locatePixelData(head: Buffer, ended: boolean): { pixelStart: number; headerLength: number; transferSyntaxUid: string } | undefined {
  if (head.length >= 132 && head.toString('latin1', 128, 132) !== 'DICM') throw new DicomRefusal('NOT_DICOM', 'Not a DICOM Part 10 file (no DICM prefix)');
  if (head.length < 132) {
    if (ended) throw new DicomRefusal('NOT_DICOM', 'Not a DICOM Part 10 file (too short)');
    return undefined;
  }
  const bytes = new Uint8Array(head.buffer, head.byteOffset, head.length);
  let transferSyntaxUid: string;
  try {
    const meta = dicomParser.readPart10Header(bytes);
    transferSyntaxUid = (meta.string('x00020010') ?? '').replace(/\0/g, '').trim();
  } catch {
    if (ended) throw new DicomRefusal('NOT_DICOM', 'The DICOM file meta information is unreadable');
    return undefined;
  }
  if (transferSyntaxUid !== IMPLICIT_LE && transferSyntaxUid !== EXPLICIT_LE && !ENCAPSULATED.test(transferSyntaxUid)) {
    throw new DicomRefusal(
      'UNSUPPORTED_TRANSFER_SYNTAX',
      `Transfer syntax ${transferSyntaxUid || '(none)'} is not accepted: send little endian (implicit, explicit or encapsulated), not deflated or big endian`,
    );
  }
  let dataSet: ReturnType<typeof dicomParser.parseDicom>;
  try {
    dataSet = dicomParser.parseDicom(bytes, { untilTag: PIXEL_DATA });
  } catch {
    return undefined;
  }
  const el = dataSet.elements[PIXEL_DATA];
  if (!el) {
    if (ended) throw new DicomRefusal('NO_PIXEL_DATA', 'The file has no pixel data: only images are accepted');
    return undefined;
  }
  const headerLength = transferSyntaxUid === IMPLICIT_LE ? 8 : 12;
  return { pixelStart: el.dataOffset - headerLength, headerLength, transferSyntaxUid };
}

/** The Basic Offset Table is kept only up to this size (4 bytes a frame: a million frames). */
const MAX_OFFSET_TABLE = 4 << 20;

/**
 * Walks the Pixel Data element as its bytes pass: a defined length is counted down; an
 * undefined length (encapsulated frames) is followed item by item to its delimiter.
 * Only the small item headers, the offset table and each fragment's first two bytes are
 * looked at, never the frames; where each item sits is noted for frame retrieval.
 */
class PixelDataPassThrough {
  private elementHeader: Buffer | undefined = Buffer.alloc(0);
  /** Value bytes still to pass in the current defined-length element or item. */
  private remaining = 0;
  private encapsulated = false;
  private itemHeader = Buffer.alloc(0);
  /** Bytes of the element passed so far. */
  private position = 0;
  private valueLength: number | null = null;
  private readonly items: { offset: number; length: number; head: Buffer }[] = [];
  done = false;

  constructor(private readonly headerLength: number) {}

  /** Bytes of the element passed so far, its header included. */
  get passed(): number {
    return this.position;
  }

  /** A defined-length value (native pixels), once the element's header has passed. */
  get native(): boolean {
    return !this.elementHeader && !this.encapsulated;
  }

  layout(elementOffset: number): PixelDataLayout {
    const [table, ...fragments] = this.items;
    const bot = table && table.head.length === table.length ? table.head : Buffer.alloc(0);
    const basicOffsetTable: number[] = [];
    for (let at = 0; at + 4 <= bot.length; at += 4) basicOffsetTable.push(bot.readUInt32LE(at));
    return {
      valueOffset: elementOffset + this.headerLength,
      valueLength: this.valueLength,
      fragments: fragments.map((f) => ({ offset: elementOffset + f.offset, length: f.length, head: f.head.subarray(0, 2).toString('hex') })),
      basicOffsetTable,
    };
  }

  take(chunk: Buffer): { pass: Buffer; rest: number } {
    const passed: Buffer[] = [];
    let at = 0;
    const pass = (part: Buffer) => {
      passed.push(part);
      at += part.length;
      this.position += part.length;
    };
    while (at < chunk.length && !this.done) {
      if (this.elementHeader) {
        const part = chunk.subarray(at, at + this.headerLength - this.elementHeader.length);
        this.elementHeader = Buffer.concat([this.elementHeader, part]);
        pass(part);
        if (this.elementHeader.length === this.headerLength) {
          const length = this.elementHeader.readUInt32LE(this.headerLength - 4);
          this.encapsulated = length === 0xffffffff;
          this.remaining = this.encapsulated ? 0 : length;
          this.valueLength = this.encapsulated ? null : length;
          this.elementHeader = undefined;
          if (!this.encapsulated && length === 0) this.done = true;
        }
        continue;
      }
      if (this.remaining > 0) {
        const part = chunk.subarray(at, at + Math.min(this.remaining, chunk.length - at));
        if (this.encapsulated) this.noteItemBytes(part);
        pass(part);
        this.remaining -= part.length;
        if (this.remaining === 0 && !this.encapsulated) this.done = true;
        continue;
      }
      // Encapsulated: an item header (FFFE,E000 + length) or the sequence delimiter (FFFE,E0DD).
      const part = chunk.subarray(at, at + (8 - this.itemHeader.length));
      this.itemHeader = Buffer.concat([this.itemHeader, part]);
      pass(part);
      if (this.itemHeader.length < 8) continue;
      const group = this.itemHeader.readUInt16LE(0);
      const element = this.itemHeader.readUInt16LE(2);
      const length = this.itemHeader.readUInt32LE(4);
      this.itemHeader = Buffer.alloc(0);
      if (group !== 0xfffe || (element !== 0xe000 && element !== 0xe0dd)) throw new DicomRefusal('INVALID_PIXEL_DATA', 'The encapsulated pixel data is malformed');
      if (element === 0xe0dd) {
        this.done = true;
      } else {
        this.remaining = length;
        this.items.push({ offset: this.position, length, head: Buffer.alloc(0) });
      }
    }
    return { pass: passed.length === 1 ? passed[0]! : Buffer.concat(passed), rest: chunk.length - at };
  }

  /** Keeps the offset table (the first item) whole, and the first two bytes of every fragment. */
  private noteItemBytes(part: Buffer): void {
    const item = this.items[this.items.length - 1]!;
    const keep = this.items.length === 1 ? Math.min(item.length, MAX_OFFSET_TABLE) : 2;
    if (item.head.length < keep) item.head = Buffer.concat([item.head, part.subarray(0, keep - item.head.length)]);
  }
}

/** Reads a stored file's header (everything before Pixel Data) and stops: frames are never read. */
export async function readHeader(input: AsyncIterable<Buffer> & { destroy?(): void }, maxHeaderBytes: number): Promise<{ meta: DicomDataset; dict: DicomDataset }> {
  let head: Buffer = Buffer.alloc(0);
  let located: ReturnType<typeof locatePixelData>;
  try {
    for await (const chunk of input) {
      head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
      located = locatePixelData(head, false);
      if (located || head.length > maxHeaderBytes) break;
    }
  } finally {
    input.destroy?.();
  }
  if (!located) throw new DicomRefusal('TRUNCATED', 'The stored file has no readable header');
  const headerBytes = head.subarray(0, located.pixelStart);
  const parsed = dcmjs.data.DicomMessage.readFile(toArrayBuffer(headerBytes), { ignoreErrors: true });
  const bytes = new Uint8Array(headerBytes.buffer, headerBytes.byteOffset, headerBytes.length);
  decodeTextValues(parsed.dict, dicomParser.parseDicom(bytes), bytes);
  return { meta: parsed.meta, dict: parsed.dict };
}
