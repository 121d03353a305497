import { readFileSync } from 'node:fs';
import { queryRows } from '@registry/db';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { terminateRecognizer } from '../src/images/ocr/text-recognizer.ts';
import type { CasesService } from '../src/server.ts';
import { DC, registerSampleCases, SITE_F001, startImagesSubgraph } from './support/images.ts';
import { drawText, HEIGHT, MASKED_DEVICE, speckleFrame, ultrasoundFile, UNKNOWN_DEVICE, WIDTH, type Device, type Frame } from './support/ultrasound-clips.ts';
import { graphql } from './gql/index.ts';

const IMAGES = graphql(`query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }`);
const CLEAN_DEVICE: Device = { manufacturer: MASKED_DEVICE.manufacturer, model: 'SIM-US 640 CLEAN' };

const clip = (frames: number, draw: (f: Frame, i: number) => void = () => undefined, seed = 0): Frame[] =>
  Array.from({ length: frames }, (_, i) => {
    const f = speckleFrame(seed * 100 + i + 1);
    draw(f, i);
    return f;
  });

describe('burned-in text at upload: every frame, device masks, unknown devices held [R31]', () => {
  let h: SubgraphHarness<CasesService>;
  let storeDir: string;
  let stow: (viewer: Viewer, n: string, kind: string, files: Buffer[]) => Promise<Response>;
  let domestic: string;
  let instance = 0;

  /** Uploads one clip as IVUS to the domestic case (study day 1994-01-30) and answers the stored instance. */
  const upload = async (frames: Frame[], device: Device) => {
    const file = ultrasoundFile(frames, device, { instance: ++instance, studyDate: '19940130' });
    const res = await stow(SITE_F001, domestic, 'IVUS', [file]);
    expect([200, 202]).toContain(res.status);
    const body = (await res.json()) as Record<string, { Value: Record<string, { Value: string[] }>[] }>;
    const uid = body['00081199']!.Value[0]!['00081155']!.Value[0]!;
    const series = (await h.as(SITE_F001, IMAGES, { n: domestic })).data!.case!.images;
    return series.flatMap((s) => s.instances).find((i) => i.sopInstanceUid === uid)!;
  };

  beforeAll(async () => {
    ({ h, stow, storeDir } = await startImagesSubgraph());
    ({ domestic } = await registerSampleCases(h, 'OCR'));
  });
  afterAll(async () => {
    await terminateRecognizer();
    await h.stop();
  });

  it('should hold a 10-frame clip of a known device whose name is on frame 3 only [R31]', async () => {
    const stored = await upload(clip(10, (f, i) => i === 2 && void drawText(f, 'MINATO CARDIO CTR', 24, 400, 12), 1), MASKED_DEVICE);
    expect(stored).toMatchObject({ status: 'QUARANTINED', quarantineReason: expect.stringMatching(/^BURNED_IN_TEXT_FOUND: burned-in text found on frame 3 at \d+,\d+ \(confidence \d+\)/) });
    // The OCR engine starts here (its models load once per process).
  }, 180_000);

  it('should hold an 8–9 px institution name shown from the second frame on, read by OCR of the enlarged region [R31]', async () => {
    // Not on frame 1, which OCR also reads whole: only the tile screen and the 3× region can find it.
    const stored = await upload(clip(10, (f, i) => i > 0 && void drawText(f, 'SAKURA GENERAL HOSP', 12, 452, 8 + (i % 2)), 2), MASKED_DEVICE);
    expect(stored).toMatchObject({ status: 'QUARANTINED', quarantineReason: expect.stringMatching(/^BURNED_IN_TEXT_FOUND: burned-in text found on frame 2 at \d+,\d+/) });
  });

  it('should blank a known device\'s mask region in the stored file, record it, and publish the clip [R31]', async () => {
    const stored = await upload(clip(10, (f) => void drawText(f, 'TOKYO HEART CLINIC  YAMADA TARO', 8, 14, 12), 3), MASKED_DEVICE);
    expect(stored).toMatchObject({ status: 'PUBLISHED', quarantineReason: null });
    const [row] = await queryRows<{ content_key: string; record: { pixelMask?: unknown } }>(h.handle.db, sql`select content_key, record from cases.image_instances where sop_instance_uid = ${stored.sopInstanceUid}`);
    expect(row!.record.pixelMask).toEqual({ deviceMasks: '2026-12-01', regions: '0,0,640x40' });
    const key = row!.content_key;
    const file = readFileSync(path.join(storeDir, 'sha256', key.slice(0, 2), key.slice(2, 4), key));
    const ds = dicomParser.parseDicom(new Uint8Array(file));
    expect(ds.string('x00280301')).toBe('NO');
    expect(ds.string('x00120063')).toContain('Pixels blanked at 0,0,640x40');
    const codes = ds.elements['x00120064']!.items!.map((i) => i.dataSet!.string('x00080100'));
    expect(codes).toContain('113101');
    const pixels = ds.elements['x7fe00010']!;
    const frames = Buffer.from(file.buffer, file.byteOffset + pixels.dataOffset, pixels.length);
    for (let f = 0; f < 10; f++) {
      const frame = frames.subarray(f * WIDTH * HEIGHT, (f + 1) * WIDTH * HEIGHT);
      expect(frame.subarray(0, 40 * WIDTH).every((v) => v === 0)).toBe(true);
      // The sector below the banner is as it was sent.
      expect(frame.subarray(40 * WIDTH).some((v) => v > 0)).toBe(true);
    }
  });

  it('should publish a clean clip from a known device, masked or marked clean [R31]', async () => {
    expect(await upload(clip(10, () => undefined, 4), MASKED_DEVICE)).toMatchObject({ status: 'PUBLISHED', quarantineReason: null });
    expect(await upload(clip(10, () => undefined, 5), CLEAN_DEVICE)).toMatchObject({ status: 'PUBLISHED', quarantineReason: null });
  });

  it('should hold a clean clip from a device the registry does not know, for the data center to release [R31]', async () => {
    const stored = await upload(clip(10, () => undefined, 6), UNKNOWN_DEVICE);
    expect(stored).toMatchObject({ status: 'QUARANTINED', quarantineReason: expect.stringMatching(/^BURNED_IN_TEXT_DEVICE_UNKNOWN: /) });
    const held = (await h.as(DC, graphql(`query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }`))).data!.heldImages;
    expect(held).toContainEqual({ sopInstanceUid: stored.sopInstanceUid, quarantineReason: stored.quarantineReason });
  });
});
