import { randomUUID } from 'node:crypto';
import dicomParser from 'dicom-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases, DEMO_CASES } from '../src/seed/demo.ts';
import { demoAngiogram, onDay, seedDemoImages } from '../src/seed/demo-images.ts';
import { DC, OP3, startImagesSubgraph, XA, type ImagesHarness } from './support/images.ts';

const LOGINS = ['secretariat', 'datacenter', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006', 'OP0007'];

describe("npm start's demo angiogram for the viewer (issue 10) [R18][R31]", () => {
  let images: ImagesHarness;
  const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));

  beforeAll(async () => {
    images = await startImagesSubgraph();
    await seedCases(images.h.service, accounts);
    await images.h.service.catchUp();
  });
  afterAll(() => images.h.stop());

  it('should use the sample only when it is the recorded file (SHA-256), and move only its dates to the procedure day', () => {
    const sample = demoAngiogram();
    expect(sample?.equals(XA)).toBe(true);
    const moved = onDay(sample!, '20260110');
    expect(moved.length).toBe(sample!.length);
    const header = dicomParser.parseDicom(new Uint8Array(moved), { untilTag: 'x7fe00010' });
    expect(header.string('x00080020')).toBe('20260110');
    expect(header.string('x00280008')).toBe('96');
    const differing = [...moved].filter((b, i) => b !== sample![i]).length;
    expect(differing).toBeLessThanOrEqual(4 * 8);
  });

  it("should store the run as the first demo case's CTO-PCI series, de-identified and published for certified operators, once however often it runs [R5][R21a][R31]", async () => {
    const first = 'CTO-2026-00001';
    expect(await seedDemoImages(images.h.service, accounts, { ...DEMO_CASES[0]!, registrationNumber: first })).toBe(true);
    expect(await seedDemoImages(images.h.service, accounts, { ...DEMO_CASES[0]!, registrationNumber: first })).toBe(true);
    const { instances } = await images.h.service.contextFor(DC).imageLibrary.instancesOf(first);
    expect(instances.map((i) => ({ kind: i.kind, status: i.status, frames: i.numberOfFrames }))).toEqual([{ kind: 'CTO_PCI_ANGIO', status: 'PUBLISHED', frames: 96 }]);
    const series = await images.call(OP3, `/dicomweb/cases/${first}/series`);
    expect(series.status).toBe(200);
    const metadata = await images.call(OP3, `/dicomweb/cases/${first}/studies/${instances[0]!.studyInstanceUid}/series/${instances[0]!.seriesInstanceUid}/metadata`);
    const text = await metadata.text();
    expect(text).toContain('"00181063"');
    expect(text).not.toContain('Rubo DEMO');
  });
});
