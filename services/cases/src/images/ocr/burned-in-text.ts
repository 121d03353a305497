import { ForwardReader, type StoredFile, TruncatedFile } from './byte-reader.ts';
import { readFrames, sampleFrames, type StoredFrame } from './frame-reader.ts';
import { type ImageHeader, NotCheckable, readImageHeader } from './image-header.ts';
import { decodeJpeg, decodeRle, toGrey } from './pixels.ts';
import { type RecognizedWord, sharedRecognizer, type TextRecognizer } from './text-recognizer.ts';

export type BurnedInTextStatus = 'TEXT_FOUND' | 'NO_TEXT' | 'NOT_CHECKABLE';

export interface BurnedInTextResult {
  status: BurnedInTextStatus;
  /** The frames read, numbered from 1 as DICOM numbers them. */
  framesChecked: number[];
  /** For the data center. Never the recognised text: it may be the patient's name. */
  reason: string;
}

export interface BurnedInTextOptions {
  /** Frames read at most, first and last among them (default 4). */
  maxFrames?: number;
  /** A word this sure (0–100) is text (default 60). */
  minConfidence?: number;
  maxHeaderBytes?: number;
  /** One frame's bytes held at most; a larger frame is not checkable (default 64 MiB). */
  maxFrameBytes?: number;
  recognizer?: TextRecognizer;
}

/**
 * minConfidence was tuned on 43 frames without text (ultrasound-like speckle in IVUS discs and
 * sectors, 256–1024 px; real MR, XA and the echo with its overlay masked) and 41 with captions
 * (9–18 px, grey 140–255, Latin and Japanese, and the real echo and SC test pattern): no
 * text-free frame reached 60 (the highest was 55), clear overlays read at 80–96.
 */
const DEFAULTS = { maxFrames: 4, minConfidence: 60, maxHeaderBytes: 16 * 1024 * 1024, maxFrameBytes: 64 * 1024 * 1024 };
/** Strokes at least this bright (of 255) are kept in the second look; overlays are drawn near full scale. */
const BRIGHT = 160;

/**
 * [R31] Reads sampled frames of a stored (already de-identified) DICOM file for burned-in
 * text. TEXT_FOUND and NOT_CHECKABLE both mean: hold the file for the data center.
 * Only the header and the sampled frames are read; memory is one frame and its images.
 */
export async function findBurnedInText(file: StoredFile, options: BurnedInTextOptions = {}): Promise<BurnedInTextResult> {
  const o = { ...DEFAULTS, ...options };
  const recognizer = options.recognizer ?? sharedRecognizer;
  const reader = new ForwardReader(file);
  const checked: number[] = [];
  try {
    const header = await readImageHeader(reader, o.maxHeaderBytes);
    const wanted = sampleFrames(header.frames, o.maxFrames);
    for await (const frame of readFrames(reader, header, wanted, o.maxFrameBytes)) {
      const number = frame.index + 1;
      for (const image of imagesOf(frame, header)) {
        const confidence = await recognizeText(recognizer, image, number).then((words) => strongestText(words, o.minConfidence));
        if (confidence !== undefined) {
          return { status: 'TEXT_FOUND', framesChecked: [...checked, number], reason: `burned-in text found on frame ${number} (confidence ${Math.round(confidence)})` };
        }
      }
      checked.push(number);
    }
    // Fewer frames than sampled: the fragments could not be told apart, so the rest went unread.
    if (checked.length < wanted.length) throw new NotCheckable(`only ${checked.length} of the ${wanted.length} sampled frames could be found`);
    return { status: 'NO_TEXT', framesChecked: checked, reason: `no burned-in text found on frames ${checked.join(', ')} of ${header.frames}` };
  } catch (err) {
    if (err instanceof NotCheckable) return { status: 'NOT_CHECKABLE', framesChecked: checked, reason: err.message };
    if (err instanceof TruncatedFile) return { status: 'NOT_CHECKABLE', framesChecked: checked, reason: 'the file ends before its pixel data does' };
    throw err;
  } finally {
    await reader.close();
  }
}

/**
 * What OCR reads of a frame: the grey frame, then only its bright strokes, dark on white.
 * Speckle next to a caption can swallow it into an "image" region in the first look; with
 * the mid-grey speckle gone the caption stands alone (on the tuning set: 29 of 41 captions
 * found, 5 of them only by the second look, and no speckle-only frame either way).
 */
function* imagesOf(frame: StoredFrame, h: ImageHeader): Generator<Buffer> {
  const grey =
    h.encoding === 'jpeg' ? decodeJpeg(frame.bytes, h) : toGrey(h.encoding === 'rle' ? decodeRle(frame.bytes, h) : frame.bytes, h, h.encoding === 'rle' || h.planarConfiguration === 1);
  yield pgm(grey, h.columns, h.rows);
  yield pgm(
    grey.map((v) => (v >= BRIGHT ? 0 : 255)),
    h.columns,
    h.rows,
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
