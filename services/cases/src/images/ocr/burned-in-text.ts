import { ForwardReader, type StoredFile, TruncatedFile } from './byte-reader.ts';
import { readFrames, type StoredFrame } from './frame-reader.ts';
import { type ImageHeader, NotCheckable, readImageHeader } from './image-header.ts';
import { decodeJpeg, decodeRle, toGrey } from './pixels.ts';
import { cropScaled, ReadTiles, type Region, regionsOf, TILE, textTiles } from './text-regions.ts';
import { type RecognizedWord, sharedRecognizer, type TextRecognizer } from './text-recognizer.ts';

export type BurnedInTextStatus = 'TEXT_FOUND' | 'NO_TEXT' | 'NOT_CHECKABLE';

export interface BurnedInTextResult {
  status: BurnedInTextStatus;
  /** The frames read, numbered from 1 as DICOM numbers them. */
  framesChecked: number[];
  /** Images OCR was given (whole first frame, then the new text-like regions): the cost. */
  ocrImages: number;
  /** For the data center. Never the recognised text: it may be the patient's name. */
  reason: string;
}

export interface BurnedInTextOptions {
  /** Frames read at most from the first (default: every frame). */
  maxFrames?: number;
  /** A word this sure (0–100) is text (default 60). */
  minConfidence?: number;
  maxHeaderBytes?: number;
  /** One frame's bytes held at most; a larger frame is not checkable (default 64 MiB). */
  maxFrameBytes?: number;
  /** OCR images at most per file; a file needing more is not checkable (default 400). */
  maxOcrImages?: number;
  recognizer?: TextRecognizer;
}

/**
 * minConfidence was tuned on 43 frames without text (ultrasound-like speckle in IVUS discs and
 * sectors, 256–1024 px; real MR, XA and the echo with its overlay masked) and 41 with captions
 * (9–18 px, grey 140–255, Latin and Japanese, and the real echo and SC test pattern): no
 * text-free frame reached 60 (the highest was 55), clear overlays read at 80–96.
 */
const DEFAULTS = { maxFrames: Number.POSITIVE_INFINITY, minConfidence: 60, maxHeaderBytes: 16 * 1024 * 1024, maxFrameBytes: 64 * 1024 * 1024, maxOcrImages: 400 };
/** Strokes at least this bright (of 255) are kept in the second look; overlays are drawn near full scale. */
const BRIGHT = 160;
/** Regions are enlarged this much before OCR: 8–9 px capitals become 24–27 px, which LSTM models read. */
const REGION_SCALE = 3;

/**
 * [R31] Reads every frame of a stored (already de-identified) DICOM file for burned-in text.
 * The first frame is read whole by OCR (two looks); then every frame, the first included, is
 * looked at by cheap tile statistics (text-regions.ts), and each text-like region not read
 * before is enlarged and read by OCR: a name on one frame of a cine, or in small type, is
 * read where it appears; a static overlay is read once. TEXT_FOUND and NOT_CHECKABLE both
 * mean: hold the file for the data center. Memory is one frame and its images.
 */
export async function findBurnedInText(file: StoredFile, options: BurnedInTextOptions = {}): Promise<BurnedInTextResult> {
  const o = { ...DEFAULTS, ...options };
  const recognizer = options.recognizer ?? sharedRecognizer;
  const reader = new ForwardReader(file);
  const checked: number[] = [];
  let ocrImages = 0;
  const ocr = async (image: Buffer, frame: number): Promise<number | undefined> => {
    if (++ocrImages > o.maxOcrImages) throw new NotCheckable(`more than ${o.maxOcrImages} text-like regions to read`);
    return strongestText(await recognizeText(recognizer, image, frame), o.minConfidence);
  };
  try {
    const header = await readImageHeader(reader, o.maxHeaderBytes);
    const count = Math.min(header.frames, o.maxFrames);
    const wanted = Array.from({ length: count }, (_, i) => i);
    const read = new ReadTiles(Math.ceil(header.columns / TILE));
    for await (const frame of readFrames(reader, header, wanted, o.maxFrameBytes)) {
      const number = frame.index + 1;
      const grey = greyOf(frame, header);
      const found = (confidence: number | undefined, where: string): BurnedInTextResult | undefined =>
        confidence === undefined
          ? undefined
          : { status: 'TEXT_FOUND', framesChecked: [...checked, number], ocrImages, reason: `burned-in text found on frame ${number}${where} (confidence ${Math.round(confidence)})` };
      if (frame.index === 0) {
        for (const image of wholeFrame(grey, header)) {
          const hit = found(await ocr(image, number), '');
          if (hit) return hit;
        }
      }
      const unread = read.unread(textTiles(grey, header.columns, header.rows));
      for (const region of regionsOf(unread, header.columns, header.rows)) {
        for (const image of regionImages(grey, header.columns, region)) {
          const hit = found(await ocr(image, number), ` at ${region.x},${region.y}`);
          if (hit) return hit;
        }
      }
      read.markRead(unread);
      checked.push(number);
    }
    // Fewer frames than there are: the fragments could not be told apart, so the rest went unread.
    if (checked.length < count) throw new NotCheckable(`only ${checked.length} of the ${count} frames could be found`);
    return { status: 'NO_TEXT', framesChecked: checked, ocrImages, reason: `no burned-in text found on ${checked.length === 1 ? 'its one frame' : `any of its ${checked.length} frames`} (${ocrImages} images read)` };
  } catch (err) {
    if (err instanceof NotCheckable) return { status: 'NOT_CHECKABLE', framesChecked: checked, ocrImages, reason: err.message };
    if (err instanceof TruncatedFile) return { status: 'NOT_CHECKABLE', framesChecked: checked, ocrImages, reason: 'the file ends before its pixel data does' };
    throw err;
  } finally {
    await reader.close();
  }
}

function greyOf(frame: StoredFrame, h: ImageHeader): Uint8Array {
  if (h.encoding === 'jpeg') return decodeJpeg(frame.bytes, h);
  return toGrey(h.encoding === 'rle' ? decodeRle(frame.bytes, h) : frame.bytes, h, h.encoding === 'rle' || h.planarConfiguration === 1);
}

/**
 * What OCR reads of a whole frame: the grey frame, then only its bright strokes, dark on white.
 * Speckle next to a caption can swallow it into an "image" region in the first look; with
 * the mid-grey speckle gone the caption stands alone (on the tuning set: 29 of 41 captions
 * found, 5 of them only by the second look, and no speckle-only frame either way).
 */
function* wholeFrame(grey: Uint8Array, h: ImageHeader): Generator<Buffer> {
  yield pgm(grey, h.columns, h.rows);
  yield pgm(
    grey.map((v) => (v >= BRIGHT ? 0 : 255)),
    h.columns,
    h.rows,
  );
}

/**
 * What OCR reads of a text-like region: the region enlarged, as grey, then its strokes alone
 * (pixels of the strokes' own colour, however dim) dark on white.
 */
function* regionImages(grey: Uint8Array, width: number, region: Region): Generator<Buffer> {
  const big = cropScaled(grey, width, region, REGION_SCALE);
  yield pgm(big.pixels, big.width, big.height);
  const near = Math.max(24, Math.round(region.colour / 4));
  yield pgm(
    big.pixels.map((v) => (Math.abs(v - region.colour) <= near ? 0 : 255)),
    big.width,
    big.height,
  );
}

/**
 * Binary PGM, which Leptonica reads from memory. The comment pads the header past 500 bytes:
 * tesseract.js looks for an EXIF orientation in an image's first 500 bytes, and pixel values
 * there could otherwise read as one and turn the frame.
 */
function pgm(grey: Uint8Array, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n#${' '.repeat(512)}\n${width} ${height}\n255\n`, 'latin1'), grey]);
}

async function recognizeText(recognizer: TextRecognizer, image: Buffer, frame: number): Promise<RecognizedWord[]> {
  try {
    return await recognizer.recognize(image);
  } catch {
    throw new NotCheckable(`OCR could not read frame ${frame}`);
  }
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/gu;
const KANJI_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * The confidence of the surest word that counts as text, if any reaches `min`. A word counts
 * with weight 3: three Latin letters or digits, or two kanji/kana (a Japanese name is often
 * two characters). Speckle reads as one- or two-letter words or punctuation, rarely surely.
 */
export function strongestText(words: RecognizedWord[], min: number): number | undefined {
  let best: number | undefined;
  for (const w of words) {
    const weight = (w.text.match(LATIN_OR_DIGIT)?.length ?? 0) + 2 * (w.text.match(KANJI_OR_KANA)?.length ?? 0);
    if (weight >= 3 && w.confidence >= min && (best === undefined || w.confidence > best)) best = w.confidence;
  }
  return best;
}
