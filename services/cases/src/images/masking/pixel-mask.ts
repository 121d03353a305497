import type { DicomDataset } from 'dcmjs';
import type { HeaderFacts, PixelEdit } from '../dicom/stream-deidentify.ts';
import type { DeviceEntry, DeviceIdentity, DeviceMasks, MaskRegion } from './device-masks.ts';

const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1']);

export interface PixelGeometry {
  rows: number;
  columns: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  /** 1: each colour sample in its own plane. */
  planarConfiguration: number;
}

/**
 * Blanks (sets to 0) the regions in every frame of a native Pixel Data value as it streams:
 * each frame is the same byte ranges, so a chunk is edited range by range, never held.
 */
export function blankRegions(regions: MaskRegion[], g: PixelGeometry): PixelEdit {
  const sample = g.bitsAllocated / 8;
  const pixel = g.planarConfiguration === 1 ? sample : sample * g.samplesPerPixel;
  const planes = g.planarConfiguration === 1 ? g.samplesPerPixel : 1;
  const planeBytes = g.rows * g.columns * pixel;
  const frameBytes = planeBytes * planes;
  const ranges: [number, number][] = [];
  for (let p = 0; p < planes; p++) {
    for (const r of regions) {
      const x1 = Math.min(g.columns, r.x + r.width);
      for (let y = r.y; y < Math.min(g.rows, r.y + r.height); y++) ranges.push([p * planeBytes + (y * g.columns + r.x) * pixel, p * planeBytes + (y * g.columns + x1) * pixel]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return (bytes, valueOffset) => {
    const start = Math.max(0, valueOffset);
    const end = valueOffset + bytes.length;
    for (let frame = Math.floor(start / frameBytes); frame * frameBytes < end; frame++) {
      const base = frame * frameBytes;
      for (const [s, e] of ranges) {
        const from = Math.max(base + s, start);
        const to = Math.min(base + e, end);
        if (from < to) bytes.fill(0, from - valueOffset, to - valueOffset);
      }
    }
  };
}

export type MaskPlan =
  /** Neither ultrasound nor secondary capture: no mask, no screen. */
  | { kind: 'not-screened' }
  | { kind: 'unknown-device'; device: DeviceIdentity }
  /** A known device: its regions (perhaps none) are blanked as the file is stored. */
  | { kind: 'known'; device: DeviceIdentity; entry: DeviceEntry; edit: PixelEdit | undefined }
  /** A known device with regions this file's pixels cannot have blanked (compressed, 4:2:2). */
  | { kind: 'not-applicable'; device: DeviceIdentity; entry: DeviceEntry; reason: string };

const text = (ds: DicomDataset, tag: string) => String(ds[tag]?.Value?.[0] ?? '').trim();
const num = (ds: DicomDataset, tag: string, fallback = 0) => Number(ds[tag]?.Value?.[0] ?? fallback);

export function deviceOf(ds: DicomDataset): DeviceIdentity {
  return { manufacturer: text(ds, '00080070'), model: text(ds, '00081090'), rows: num(ds, '00280010'), columns: num(ds, '00280011') };
}

/**
 * [R31] What a screened file's device means for its pixels: unknown (held), known with
 * regions blanked in the stored file, or known with regions that cannot be blanked here
 * (held). Read from the header before de-identification; manufacturer and model are kept
 * by the Basic Profile, so the stored file says the same.
 */
export function planMask(ds: DicomDataset, facts: HeaderFacts, screened: boolean, masks: DeviceMasks): MaskPlan {
  if (!screened) return { kind: 'not-screened' };
  const device = deviceOf(ds);
  const entry = device.manufacturer ? masks.lookup(device) : undefined;
  if (!entry) return { kind: 'unknown-device', device };
  if (entry.regions.length === 0) return { kind: 'known', device, entry, edit: undefined };
  const g: PixelGeometry = {
    rows: device.rows,
    columns: device.columns,
    samplesPerPixel: num(ds, '00280002', 1),
    bitsAllocated: num(ds, '00280100'),
    planarConfiguration: num(ds, '00280006'),
  };
  if (!NATIVE.has(facts.transferSyntaxUid)) return { kind: 'not-applicable', device, entry, reason: `the pixel data is compressed (${facts.transferSyntaxUid}) and cannot be blanked in place` };
  if (g.bitsAllocated % 8 !== 0 || g.bitsAllocated === 0) return { kind: 'not-applicable', device, entry, reason: `${g.bitsAllocated}-bit pixels cannot be blanked` };
  if (text(ds, '00280004').toUpperCase() === 'YBR_FULL_422') return { kind: 'not-applicable', device, entry, reason: 'YBR_FULL_422 pixels cannot be blanked by region' };
  return { kind: 'known', device, entry, edit: blankRegions(entry.regions, g) };
}

const regionText = (r: MaskRegion) => `${r.x},${r.y},${r.width}x${r.height}`;

/**
 * The record in the stored file of what was blanked (PS3.3 C.7.6.1.1.3, C.12.1.1.7): Burned
 * In Annotation NO (the device's known annotation areas are gone; the OCR screen decides the
 * rest), the regions in De-identification Method, and the Clean Pixel Data Option (DCM
 * 113101) in its code sequence.
 */
export function recordBlanking(ds: DicomDataset, plan: Extract<MaskPlan, { kind: 'known' }>, revision: string): string {
  // One LO value (64 characters at most) per region; the device is in the file already.
  const notes = plan.entry.regions.map((r) => `Pixels blanked at ${regionText(r)} (device-masks ${revision})`);
  ds['00280301'] = { vr: 'CS', Value: ['NO'] };
  const method = ds['00120063']?.Value ?? [];
  ds['00120063'] = { vr: 'LO', Value: [...method, ...notes] };
  const codes = ds['00120064']?.Value ?? [];
  ds['00120064'] = {
    vr: 'SQ',
    Value: [...codes, { '00080100': { vr: 'SH', Value: ['113101'] }, '00080102': { vr: 'SH', Value: ['DCM'] }, '00080104': { vr: 'LO', Value: ['Clean Pixel Data Option'] } }],
  };
  return plan.entry.regions.map(regionText).join('; ');
}
