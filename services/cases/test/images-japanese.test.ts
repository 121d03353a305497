import { Readable } from 'node:stream';
import type { DicomDataset } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { deidentifyDataset } from '../src/images/deidentify/deidentify.ts';
import { caseKeys } from '../src/images/deidentify/keyed.ts';
import { deidentifyStream, readHeader } from '../src/images/dicom/stream-deidentify.ts';
import { XA } from './support/images.ts';
import {
  ANNEX_H_IR13_IR87_NAME,
  ANNEX_H_IR87_NAME,
  CATHETER_IR13,
  HEART_CATHETER_IR87,
  japaneseFile,
  SUPPLEMENTARY_KANJI_IR159,
  TOSHIBA_IR13_IR87,
  TOSHIBA_IR87,
} from './support/japanese.ts';

const CASE = 'CTO-2026-00042';
const LIMITS = { maxBytes: 2 * 1024 ** 3, maxHeaderBytes: 8 * 1024 * 1024 };
const keys = caseKeys(Buffer.from('japanese-test-secret-0123456789abcdef'), CASE);

async function rewritten(file: Buffer, deidentify: boolean): Promise<{ bytes: Buffer; dict: DicomDataset }> {
  const { chunks, outcome } = deidentifyStream(Readable.from([file]), LIMITS, () => undefined, (ds) => {
    if (deidentify) deidentifyDataset(ds, { registrationNumber: CASE, operatorId: 'OP0001', keys });
  });
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  await outcome;
  const bytes = Buffer.concat(parts);
  // Read back as the registry reads a stored file (dcmjs alone mis-decodes sequence items).
  const { dict } = await readHeader(Readable.from([bytes]), LIMITS.maxHeaderBytes);
  return { bytes, dict };
}

const header = (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00])));
const value = (dict: DicomDataset, tag: string) => dict[tag]?.Value?.[0];

describe('Japanese Specific Character Sets, decoded and written as UTF-8 [R31]', () => {
  it('should decode PS3.5 Annex H example 1 (ISO 2022 IR 87) to Yamada^Tarou=山田^太郎=やまだ^たろう', async () => {
    const file = japaneseFile(XA, '\\ISO 2022 IR 87', { '00100010': { vr: 'PN', bytes: ANNEX_H_IR87_NAME }, '00080070': { vr: 'LO', bytes: TOSHIBA_IR87 } });
    const { bytes, dict } = await rewritten(file, false);
    expect(value(dict, '00100010')).toEqual({ Alphabetic: 'Yamada^Tarou', Ideographic: '山田^太郎', Phonetic: 'やまだ^たろう' });
    expect(value(dict, '00080070')).toBe('東芝メディカル');
    expect(dict['00080005']?.Value).toEqual(['ISO_IR 192']);
    expect(header(bytes).includes(Buffer.from('\x1b$B', 'latin1'))).toBe(false);
    expect(header(bytes).includes(Buffer.from('山田^太郎=やまだ^たろう', 'utf8'))).toBe(true);
  });

  it('should decode PS3.5 Annex H example 2 (ISO 2022 IR 13 + IR 87) with its half-width katakana', async () => {
    const file = japaneseFile(XA, 'ISO 2022 IR 13\\ISO 2022 IR 87', {
      '00100010': { vr: 'PN', bytes: ANNEX_H_IR13_IR87_NAME },
      '00080070': { vr: 'LO', bytes: TOSHIBA_IR13_IR87 },
      '00081090': { vr: 'LO', bytes: CATHETER_IR13 },
    });
    const { bytes, dict } = await rewritten(file, false);
    expect(value(dict, '00100010')).toEqual({ Alphabetic: 'ﾔﾏﾀﾞ^ﾀﾛｳ', Ideographic: '山田^太郎', Phonetic: 'やまだ^たろう' });
    expect(value(dict, '00080070')).toBe('東芝メディカル');
    expect(value(dict, '00081090')).toBe('ｶﾃｰﾃﾙ');
    expect(dict['00080005']?.Value).toEqual(['ISO_IR 192']);
    expect(header(bytes).includes(Buffer.from('\x1b$B', 'latin1'))).toBe(false);
  });

  it('should decode half-width katakana of ISO_IR 13 alone', async () => {
    const { dict } = await rewritten(japaneseFile(XA, 'ISO_IR 13', { '00081090': { vr: 'LO', bytes: CATHETER_IR13 } }), false);
    expect(value(dict, '00081090')).toBe('ｶﾃｰﾃﾙ');
    expect(dict['00080005']?.Value).toEqual(['ISO_IR 192']);
  });

  it('should decode supplementary kanji of ISO 2022 IR 159 (JIS X 0212)', async () => {
    const { dict } = await rewritten(japaneseFile(XA, '\\ISO 2022 IR 87\\ISO 2022 IR 159', { '00081090': { vr: 'LO', bytes: SUPPLEMENTARY_KANJI_IR159 } }), false);
    expect(value(dict, '00081090')).toBe('丂');
  });

  it('should keep the kept attributes decoded through de-identification: manufacturer, model and a code meaning in a sequence [R31]', async () => {
    const file = japaneseFile(
      XA,
      'ISO 2022 IR 13\\ISO 2022 IR 87',
      { '00100010': { vr: 'PN', bytes: ANNEX_H_IR13_IR87_NAME }, '00080070': { vr: 'LO', bytes: TOSHIBA_IR13_IR87 }, '00081090': { vr: 'LO', bytes: CATHETER_IR13 } },
      { '00080104': { vr: 'LO', bytes: Buffer.from(HEART_CATHETER_IR87.toString('latin1').replace('\x1b(B', '\x1b(J'), 'latin1') } },
    );
    const { bytes, dict } = await rewritten(file, true);
    expect(value(dict, '00080070')).toBe('東芝メディカル');
    expect(value(dict, '00081090')).toBe('ｶﾃｰﾃﾙ');
    expect(value(dict['00082218']?.Value?.[0] as DicomDataset, '00080104')).toBe('心臓カテーテル');
    // The patient's name is the registration number; the Japanese name is gone in every form.
    expect(value(dict, '00100010')).toEqual({ Alphabetic: CASE });
    expect(header(bytes).includes(Buffer.from('山田', 'utf8'))).toBe(false);
    expect(header(bytes).includes(Buffer.from(';3ED', 'latin1'))).toBe(false);
    expect(dict['00080005']?.Value).toEqual(['ISO_IR 192']);
  });

  it('should leave an ASCII file without a character set as it was', async () => {
    const { dict } = await rewritten(XA, true);
    expect(dict['00080005']).toBeUndefined();
  });
});
