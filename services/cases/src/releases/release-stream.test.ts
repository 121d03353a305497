import { describe, expect, it } from 'vitest';
import type { ReleaseCase } from './data-dictionary.ts';
import { releaseContent, type PseudonymizedCase, type ReleaseSpec } from './release-package.ts';
import { emptyManifest, packageText } from './release-stream.ts';

const judgement = { ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false, timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false } as const;
const aCase = (n: number, over: Partial<ReleaseCase> = {}): PseudonymizedCase => ({
  pseudonym: `P-${String(n).padStart(10, '0')}`,
  case: { registrationNumber: `CTO-2025-${String(n).padStart(5, '0')}`, operatorId: 'OP0001', facilityId: 'F001', procedureDate: `2025-0${1 + (n % 9)}-17`, birthDate: '1950-08-01', vessel: 'RCA', background: null, lesion: { segment: 2 }, procedure: null, outcome: null, judgement, official: { indicationAppropriate: true, technicalSuccess: n % 3 > 0, complication: false, procedureSuccess: true }, ...over },
});
const spec: ReleaseSpec = { releaseId: 'r1', title: 'A "quoted", <title> 日本語', items: ['procedureDate', 'ageAtProcedure', 'jctoScore', 'technicalSuccess', 'sex'], years: [2025], fullDates: false, identity: false, createdAt: new Date('2026-12-03T03:00:00Z') };

async function text(cases: PseudonymizedCase[], pageSize: number) {
  const manifest = emptyManifest();
  const pages = async function* () {
    for (let i = 0; i < cases.length; i += pageSize) yield cases.slice(i, i + pageSize);
  };
  let out = '';
  for await (const piece of packageText(spec, cases.length, pages, manifest)) out += piece;
  return { out, manifest };
}

describe('a release package written a page at a time [#11][T7.2]', () => {
  it('should write exactly the JSON of the whole content, whatever the page size', async () => {
    const cases = Array.from({ length: 23 }, (_, i) => aCase(i + 1, i === 4 ? { procedureDate: '2025-02-03' } : {}));
    const whole = JSON.stringify(releaseContent(spec, cases));
    for (const size of [1, 5, 23, 100]) expect((await text(cases, size)).out).toBe(whole);
    expect((await text([], 10)).out).toBe(JSON.stringify(releaseContent(spec, [])));
  });

  it('should count what it wrote, for the provision record [T7.2]', async () => {
    const { manifest } = await text([aCase(1), aCase(2), aCase(3)], 2);
    expect(manifest).toEqual({ items: spec.items, rows: 3, files: ['data.csv', 'dictionary.csv', 'aggregates.csv', 'odm.xml', 'README.txt'] });
  });

  it('should refuse pages that do not hold the cases counted', async () => {
    const pages = async function* () {
      yield [aCase(1)];
    };
    await expect(async () => {
      for await (const piece of packageText(spec, 2, pages, emptyManifest())) void piece;
    }).rejects.toThrow(/1 rows written for 2 cases/);
  });
});
