import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Rect = z.object({ x: z.number().int().min(0), y: z.number().int().min(0), width: z.number().int().positive(), height: z.number().int().positive() });
const Entry = z.object({
  manufacturer: z.string().min(1),
  model: z.string(),
  rows: z.number().int().positive(),
  columns: z.number().int().positive(),
  regions: z.array(Rect),
  reviewed: z.string().min(1),
});
const MaskFile = z.object({ about: z.string(), source: z.string(), revision: z.string(), devices: z.array(Entry) });

export type MaskRegion = z.infer<typeof Rect>;
export type DeviceEntry = z.infer<typeof Entry>;

export interface DeviceIdentity {
  manufacturer: string;
  model: string;
  rows: number;
  columns: number;
}

export interface DeviceMasks {
  revision: string;
  sha256: string;
  /** The entry of a device, or undefined when the device is not known. */
  lookup(device: DeviceIdentity): DeviceEntry | undefined;
}

const normal = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();

/** A device list from its JSON: entries match on manufacturer and model (case and spacing aside) and exact size. */
export function deviceMasks(json: string): DeviceMasks {
  const file = MaskFile.parse(JSON.parse(json));
  const key = (d: DeviceIdentity) => `${normal(d.manufacturer)}\u0000${normal(d.model)}\u0000${d.rows}x${d.columns}`;
  const entries = new Map<string, DeviceEntry>();
  for (const e of file.devices) {
    if (entries.has(key(e))) throw new Error(`device-masks: ${e.manufacturer} ${e.model} ${e.columns}x${e.rows} is listed twice`);
    for (const r of e.regions) if (r.x + r.width > e.columns || r.y + r.height > e.rows) throw new Error(`device-masks: a region of ${e.manufacturer} ${e.model} lies outside the image`);
    entries.set(key(e), e);
  }
  return { revision: file.revision, sha256: createHash('sha256').update(json).digest('hex'), lookup: (d) => entries.get(key(d)) };
}

const FILE = path.join(import.meta.dirname, 'device-masks.json');

/**
 * [R31] The registry's device list (device-masks.json), read once. Its SHA-256 is recorded
 * beside it (device-masks.json.sha256): an edit that does not record its checksum stops the
 * service, so a changed list is always a deliberate, reviewed change.
 */
export function registryDeviceMasks(): DeviceMasks {
  const json = readFileSync(FILE, 'utf8');
  const masks = deviceMasks(json);
  const recorded = readFileSync(`${FILE}.sha256`, 'utf8').trim();
  if (masks.sha256 !== recorded) throw new Error(`device-masks.json has SHA-256 ${masks.sha256}, not the recorded ${recorded}`);
  return masks;
}
