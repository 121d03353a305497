import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { auditEntries, imageInstances } from '../src/db/schema.ts';
import type { CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import { registerSampleCases, SITE_F001, startImagesSubgraph } from './support/images.ts';
import { MASKED_DEVICE, speckleFrame, ultrasoundFile } from './support/ultrasound-clips.ts';

const UPLOADS = graphql(`query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }`);

/**
 * [R18] An upload's bytes are staged in the content store before its unit of work; they are
 * no registry write until that commits (docs/architecture.md, "Image uploads: staging and
 * the unit of work"). Here the unit of work fails after the bytes are staged (the burned-in
 * text check, which reads the staged file, is down).
 */
describe('image upload staging [R18]', () => {
  let h: SubgraphHarness<CasesService>;
  let storeDir: string;
  let stow: (viewer: typeof SITE_F001, n: string, kind: string, files: Buffer[]) => Promise<Response>;
  let domestic: string;
  const checked: string[] = [];

  beforeAll(async () => {
    ({ h, stow, storeDir } = await startImagesSubgraph({
      burnedInText: async (key) => {
        checked.push(key);
        throw new Error('The OCR screen is unavailable');
      },
    }));
    ({ domestic } = await registerSampleCases(h, 'STAGE'));
  });
  afterAll(() => h.stop());

  const storedFiles = async () => (await readdir(path.join(storeDir), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  it('[R18] should leave no record, no audit entry, no event and no staged file when an upload fails after its bytes were staged', async () => {
    const eventsBefore = (await h.bus.read('cases', 0, 100)).length;
    const clip = Array.from({ length: 3 }, (_, i) => speckleFrame(i + 1));
    const res = await stow(SITE_F001, domestic, 'IVUS', [ultrasoundFile(clip, MASKED_DEVICE, { instance: 1, studyDate: '19940130' })]);
    expect(res.status).toBe(500);
    // The bytes had reached the store: the check was asked about them.
    expect(checked).toHaveLength(1);
    expect(await storedFiles()).not.toContain(checked[0]);
    expect(await storedFiles()).toEqual([]);
    expect(await h.handle.db.select().from(imageInstances).where(eq(imageInstances.registrationNumber, domestic))).toEqual([]);
    const audited = await h.handle.db.select().from(auditEntries).where(eq(auditEntries.registrationNumber, domestic));
    expect(audited.filter((e) => e.action === 'IMAGE_STORED')).toEqual([]);
    expect((await h.bus.read('cases', 0, 100)).length).toBe(eventsBefore);
    // The progress row says why, as progress, not as data.
    const uploads = (await h.as(SITE_F001, UPLOADS)).data!.myImageUploads;
    expect(uploads).toContainEqual({ state: 'FAILED', refusals: [{ code: 'INTERNAL_ERROR' }], instancesStored: 0 });
  });
});
