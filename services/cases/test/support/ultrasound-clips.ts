import { readFileSync } from 'node:fs';
import path from 'node:path';
import dcmjs from 'dcmjs';

/**
 * [R31] Synthetic ultrasound clips for the burned-in text screen: 640×480 8-bit MONOCHROME2,
 * native explicit little endian, a speckle sector that changes every frame, and text drawn
 * the way consoles draw it (a bitmap font in one flat colour). Nothing here is a real person
 * or place: the names are made up.
 */

export const WIDTH = 640;
export const HEIGHT = 480;

/** A 5×7 bitmap font (the classic dot-matrix glyphs), capitals, digits and a few signs. */
const FONT: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  D: ['11100', '10010', '10001', '10001', '10001', '10010', '11100'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  G: ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  J: ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
  K: ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '10001', '11001', '10101', '10011', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  V: ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  Y: ['10001', '10001', '10001', '01010', '00100', '00100', '00100'],
  Z: ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  ':': ['00000', '01100', '01100', '00000', '01100', '01100', '00000'],
  '/': ['00000', '00001', '00010', '00100', '01000', '10000', '00000'],
};

/** A frame: grey levels 0–255, row by row. */
export type Frame = Uint8Array;

/**
 * Draws `text` with its capitals `size` pixels tall (7 = the font's own; 8–9 px is what a
 * console's small status line uses), each dot scaled by nearest neighbour, in one flat grey.
 */
export function drawText(frame: Frame, text: string, x: number, y: number, size: number, grey = 255): { width: number; height: number } {
  const scaleX = Math.max(1, Math.round((size * 5) / 7)) / 5;
  const glyphWidth = Math.round(5 * scaleX);
  const gap = Math.max(1, Math.round(size / 7));
  let cx = x;
  for (const ch of text.toUpperCase()) {
    const glyph = FONT[ch] ?? FONT[' ']!;
    for (let py = 0; py < size; py++) {
      const row = glyph[Math.min(6, Math.floor((py * 7) / size))]!;
      for (let px = 0; px < glyphWidth; px++) {
        if (row[Math.min(4, Math.floor(px / scaleX))] !== '1') continue;
        const at = (y + py) * WIDTH + cx + px;
        if (cx + px < WIDTH && y + py < HEIGHT) frame[at] = grey;
      }
    }
    cx += glyphWidth + gap;
  }
  return { width: cx - x, height: size };
}

/** A made-up name in kanji, white on black, 16 px (rendered once with IPAPGothic); the OCR tests' own. */
const KANJI_PGM = readFileSync(path.join(import.meta.dirname, '../../src/images/ocr/testdata/kanji-caption.pgm'));

/** Draws the kanji caption at (x, y), its white taken to `grey`. */
export function drawKanji(frame: Frame, x: number, y: number, grey = 255): void {
  const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(KANJI_PGM.toString('latin1', 0, 20))!.map(Number) as [number, number, number];
  const caption = KANJI_PGM.subarray(KANJI_PGM.length - w * h);
  for (let yy = 0; yy < h; yy++) {
    for (let xx = 0; xx < w; xx++) {
      const v = caption[yy * w + xx]!;
      if (v > 0) frame[(y + yy) * WIDTH + x + xx] = Math.round((v * grey) / 255);
    }
  }
}

/** A linear congruential generator: the same clip every run. */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/**
 * An ultrasound frame: a sector of Rayleigh speckle (2-pixel grain, grey up to ~200) with a
 * brighter band (a vessel wall), on black, as a probe sees it; a new pattern every frame.
 */
export function speckleFrame(seed: number): Frame {
  const next = random(seed * 7919 + 17);
  const frame = new Uint8Array(WIDTH * HEIGHT);
  const apexX = WIDTH / 2;
  for (let y = 40; y < 440; y += 2) {
    for (let x = 0; x < WIDTH; x += 2) {
      const dy = y - 40;
      if (Math.abs(x - apexX) > dy * 0.75) continue;
      const wall = Math.abs(dy - 200 - 20 * Math.sin(x / 60)) < 12 ? 2.2 : 1;
      const v = Math.min(210, Math.round(wall * 32 * Math.sqrt(-2 * Math.log(Math.max(1e-9, next())))));
      for (const at of [y * WIDTH + x, y * WIDTH + x + 1, (y + 1) * WIDTH + x, (y + 1) * WIDTH + x + 1]) frame[at] = v;
    }
  }
  return frame;
}

export interface Device {
  manufacturer: string;
  model: string;
}

/** The test device with a mask entry in the registry's data (a banner across the top, 40 px). */
export const MASKED_DEVICE: Device = { manufacturer: 'Registry Test Systems', model: 'SIM-US 640' };
/** A device nobody has reviewed. */
export const UNKNOWN_DEVICE: Device = { manufacturer: 'Unreviewed Medical', model: 'Echo 1' };

const US_MULTIFRAME = '1.2.840.10008.5.1.4.1.1.3.1';
const EXPLICIT_LE = '1.2.840.10008.1.2.1';

/**
 * A Part 10 ultrasound file of the frames: the header written by dcmjs, then the Pixel Data
 * element (OB, defined length) and the frames as they are.
 */
export function ultrasoundFile(frames: Frame[], device: Device, options: { instance?: number; studyDate?: string } = {}): Buffer {
  const n = options.instance ?? 1;
  const uid = (k: number) => `2.25.${9_000_000_000 + k * 1000 + n}`;
  const v = (vr: string, ...Value: unknown[]) => ({ vr, Value });
  const meta = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': v('UI', US_MULTIFRAME),
    '00020003': v('UI', uid(3)),
    '00020010': v('UI', EXPLICIT_LE),
    '00020012': v('UI', '2.25.1234'),
  };
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = {
    '00080016': v('UI', US_MULTIFRAME),
    '00080018': v('UI', uid(3)),
    '00080020': v('DA', options.studyDate ?? '20260601'),
    '00080060': v('CS', 'US'),
    '00080070': v('LO', device.manufacturer),
    '00081090': v('LO', device.model),
    '00100010': v('PN', 'TEST^PATIENT'),
    '00100020': v('LO', 'TEST-0001'),
    '0020000D': v('UI', uid(1)),
    '0020000E': v('UI', uid(2)),
    '00280002': v('US', 1),
    '00280004': v('CS', 'MONOCHROME2'),
    '00280008': v('IS', String(frames.length)),
    '00280010': v('US', HEIGHT),
    '00280011': v('US', WIDTH),
    '00280100': v('US', 8),
    '00280101': v('US', 8),
    '00280102': v('US', 7),
    '00280103': v('US', 0),
  } as never;
  const head = Buffer.from(dict.write());
  const length = frames.length * WIDTH * HEIGHT;
  const element = Buffer.alloc(12);
  Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0]).copy(element);
  element.writeUInt32LE(length, 8);
  return Buffer.concat([head, element, ...frames.map((f) => Buffer.from(f.buffer, f.byteOffset, f.length))]);
}

export type Category = 'plain' | 'small-text' | 'one-frame' | 'kanji' | 'dim-text' | 'masked-region' | 'unknown-device';

export interface LabelledClip {
  name: string;
  category: Category;
  device: Device;
  frames: Frame[];
  /** True when the file must be held: text remains after the device's mask, or the device is unknown. */
  mustHold: boolean;
}

const NAMES = ['TOKYO HEART CLINIC', 'SAKURA GENERAL HOSP', 'MINATO CARDIO CTR', 'KITA MEDICAL CENTER', 'YAMADA TARO', 'SUZUKI HANAKO'];

/**
 * The labelled set: `perCategory` clips of `frames` frames in every category. Text is placed
 * outside the mask (bottom left, top right of the sector) unless the category is the mask's.
 */
export function labelledSet(perCategory = 3, frames = 10): LabelledClip[] {
  const clips: LabelledClip[] = [];
  const clip = (name: string, category: Category, draw: (f: Frame, i: number, k: number) => void, mustHold: boolean, device = MASKED_DEVICE) => {
    for (let k = 0; k < perCategory; k++) {
      const fs = Array.from({ length: frames }, (_, i) => {
        const f = speckleFrame(1000 * clips.length + i + 1);
        draw(f, i, k);
        return f;
      });
      clips.push({ name: `${name}-${k + 1}`, category, device, frames: fs, mustHold });
    }
  };
  clip('plain', 'plain', () => undefined, false);
  clip('small-text', 'small-text', (f, _i, k) => void drawText(f, NAMES[k % NAMES.length]!, 12, 452, 8 + (k % 2)), true);
  clip('one-frame', 'one-frame', (f, i, k) => void (i === 2 && drawText(f, NAMES[(k + 2) % NAMES.length]!, 24, 400 - 40 * k, 12)), true);
  clip('kanji', 'kanji', (f, _i, k) => drawKanji(f, 12 + 40 * k, 448), true);
  clip('dim-text', 'dim-text', (f, _i, k) => void drawText(f, NAMES[(k + 4) % NAMES.length]!, 440, 452, 10, 90 + 10 * k), true);
  clip('masked-region', 'masked-region', (f, _i, k) => void drawText(f, NAMES[k % NAMES.length]!, 8 + 30 * k, 14, 12), false);
  clip('unknown-device', 'unknown-device', () => undefined, true, UNKNOWN_DEVICE);
  return clips;
}
