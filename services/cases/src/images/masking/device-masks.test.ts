import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DicomDataset } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import type { HeaderFacts } from '../dicom/stream-deidentify.ts';
import { deviceMasks, registryDeviceMasks } from './device-masks.ts';
import { holdDecision } from '../upload/hold-decision.ts';
import { blankRegions, planMask } from './pixel-mask.ts';

const JSON_TEXT = readFileSync(path.join(import.meta.dirname, 'device-masks.json'), 'utf8');
const facts = (transferSyntaxUid = '1.2.840.10008.1.2.1'): HeaderFacts => ({ transferSyntaxUid, sopClassUid: '1.2.840.10008.5.1.4.1.1.3.1', modality: 'US', studyDate: undefined, burnedInAnnotation: undefined });
const header = (manufacturer: string, model: string, rows = 480, columns = 640): DicomDataset => ({
  '00080070': { vr: 'LO', Value: [manufacturer] },
  '00081090': { vr: 'LO', Value: [model] },
  '00280010': { vr: 'US', Value: [rows] },
  '00280011': { vr: 'US', Value: [columns] },
  '00280002': { vr: 'US', Value: [1] },
  '00280100': { vr: 'US', Value: [8] },
  '00280004': { vr: 'CS', Value: ['MONOCHROME2'] },
});

describe('device masks: known annotation areas per manufacturer, model and size [R31]', () => {
  it('should load the registry\'s device list with its recorded checksum, and match devices case and spacing aside [R31]', () => {
    const masks = registryDeviceMasks();
    expect(masks.sha256).toBe(readFileSync(path.join(import.meta.dirname, 'device-masks.json.sha256'), 'utf8').trim());
    expect(masks.lookup({ manufacturer: 'registry  test systems', model: 'sim-us 640', rows: 480, columns: 640 })?.regions).toEqual([{ x: 0, y: 0, width: 640, height: 40 }]);
    // Another size of the same model is another screen layout: not known.
    expect(masks.lookup({ manufacturer: 'Registry Test Systems', model: 'SIM-US 640', rows: 600, columns: 800 })).toBeUndefined();
    expect(masks.lookup({ manufacturer: 'Registry Test Systems', model: '', rows: 480, columns: 640 })).toBeUndefined();
  });

  it('should refuse a list with a device twice or a region outside its image [R31]', () => {
    const file = JSON.parse(JSON_TEXT) as { devices: { regions: { x: number }[] }[] };
    expect(() => deviceMasks(JSON.stringify({ ...file, devices: [file.devices[0], file.devices[0]] }))).toThrow(/listed twice/);
    file.devices[0]!.regions[0]!.x = 10;
    expect(() => deviceMasks(JSON.stringify(file))).toThrow(/outside the image/);
  });

  it('should blank the regions in every frame, however the pixel value arrives in chunks [R31]', () => {
    // Three frames of 4×3 RGB, planar and interleaved; a 2×2 region at (1,1).
    for (const planarConfiguration of [0, 1]) {
      const g = { rows: 3, columns: 4, samplesPerPixel: 3, bitsAllocated: 8, planarConfiguration };
      const value = Buffer.alloc(3 * 36, 7);
      const edit = blankRegions([{ x: 1, y: 1, width: 2, height: 2 }], g);
      // The first chunk starts with the element's 12-byte header, which is never touched.
      const stream = Buffer.concat([Buffer.alloc(12, 9), value]);
      for (let at = 0; at < stream.length; at += 5) edit(stream.subarray(at, at + 5), at - 12);
      expect(stream.subarray(0, 12).every((b) => b === 9)).toBe(true);
      const out = stream.subarray(12);
      const blanked = (frame: number, x: number, y: number, s: number) =>
        out[frame * 36 + (planarConfiguration ? s * 12 + y * 4 + x : (y * 4 + x) * 3 + s)] === 0;
      for (let f = 0; f < 3; f++) {
        for (let y = 0; y < 3; y++) {
          for (let x = 0; x < 4; x++) for (let s = 0; s < 3; s++) expect(blanked(f, x, y, s)).toBe(x >= 1 && x <= 2 && y >= 1);
        }
      }
    }
  });

  it('should plan a blank for a known device, and a hold for an unknown one or compressed pixels it cannot blank [R31]', () => {
    const masks = registryDeviceMasks();
    expect(planMask(header('Registry Test Systems', 'SIM-US 640'), facts(), true, masks)).toMatchObject({ kind: 'known', edit: expect.any(Function) });
    expect(planMask(header('Registry Test Systems', 'SIM-US 640 CLEAN'), facts(), true, masks)).toMatchObject({ kind: 'known', edit: undefined });
    expect(planMask(header('Unreviewed Medical', 'Echo 1'), facts(), true, masks)).toMatchObject({ kind: 'unknown-device' });
    expect(planMask(header('Registry Test Systems', 'SIM-US 640'), facts('1.2.840.10008.1.2.4.50'), true, masks)).toMatchObject({
      kind: 'not-applicable',
      reason: 'the pixel data is compressed (1.2.840.10008.1.2.4.50) and cannot be blanked in place',
    });
    // A clean device's compressed file needs no blanking: it is screened as it is.
    expect(planMask(header('Registry Test Systems', 'SIM-US 640 CLEAN'), facts('1.2.840.10008.1.2.4.50'), true, masks)).toMatchObject({ kind: 'known' });
    expect(planMask(header('Unreviewed Medical', 'Echo 1'), facts(), false, masks)).toEqual({ kind: 'not-screened' });
  });

  it('should hold an unknown device\'s file and a known one\'s unblankable file without OCR, and screen a known device\'s file [R31]', async () => {
    const masks = registryDeviceMasks();
    const screen = async () => 'BURNED_IN_TEXT_FOUND: burned-in text found on frame 3 at 0,392 (confidence 89); awaiting the data center';
    const noOcr = () => Promise.reject(new Error('OCR must not run'));
    const plan = (model: string, ts?: string) => planMask(header('Registry Test Systems', model), facts(ts), true, masks);
    expect(await holdDecision(noOcr, 'k', facts(), planMask(header('Unreviewed Medical', 'Echo 1'), facts(), true, masks))).toMatch(/^BURNED_IN_TEXT_DEVICE_UNKNOWN: /);
    expect(await holdDecision(noOcr, 'k', facts('1.2.840.10008.1.2.4.50'), plan('SIM-US 640', '1.2.840.10008.1.2.4.50'))).toBe(
      'BURNED_IN_TEXT_MASK_NOT_APPLIED: the pixel data is compressed (1.2.840.10008.1.2.4.50) and cannot be blanked in place; awaiting the data center',
    );
    expect(await holdDecision(noOcr, 'k', { ...facts(), burnedInAnnotation: 'YES' }, plan('SIM-US 640'))).toMatch(/^BURNED_IN_ANNOTATION_DECLARED: /);
    expect(await holdDecision(screen, 'k', facts(), plan('SIM-US 640'))).toMatch(/^BURNED_IN_TEXT_FOUND: /);
    expect(await holdDecision(async () => null, 'k', facts(), plan('SIM-US 640 CLEAN'))).toBeNull();
    // An angiogram is neither masked nor screened.
    const xa = { ...facts(), modality: 'XA', sopClassUid: '1.2.840.10008.5.1.4.1.1.12.1' };
    expect(await holdDecision(noOcr, 'k', xa, { kind: 'not-screened' })).toBeNull();
  });
});
