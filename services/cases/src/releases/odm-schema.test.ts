import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { DATA_DICTIONARY, type ReleaseCase } from './data-dictionary.ts';
import { odmXml, type PseudonymizedCase, type ReleaseSpec } from './release-package.ts';

/** CDISC's ODM 1.3.2 schemas, copied unchanged and pinned (test/fixtures/odm-1.3.2/README.md). */
const DIR = new URL('../../test/fixtures/odm-1.3.2/', import.meta.url);
const PINNED = {
  'ODM1-3-2.xsd': 'ebc22b9eceb41db5e2af500182e3a5dfa20c8ec4aea711ddf22c978a62643fc5',
  'ODM1-3-2-foundation.xsd': '3f94ee334d63757430054d160990e3ad4588400a35c5b06f8dba6302b317764c',
  'xml.xsd': '258ac9c0f078fc9692735140f2d21541e8bf16941bed42833c1a5f965b52c6dc',
  'xmldsig-core-schema.xsd': '111a972ccb9916cb95df9af4b6c1775307292463639de69d6fe63516bb2d850e',
  'xlink.xsd': 'e4b134b25c547bc74808bbcc0818febd2f4a58b759556443999365ec4d53d594',
} as const;
const file = (name: keyof typeof PINNED) => readFileSync(new URL(name, DIR), 'utf8');

const judgement = { ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false, timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false } as const;
const aCase = (n: number, over: Partial<ReleaseCase> = {}): PseudonymizedCase => ({
  pseudonym: `P-${String(n).padStart(10, '0')}`,
  case: { registrationNumber: `CTO-2025-${String(n).padStart(5, '0')}`, operatorId: 'OP0001', facilityId: 'F001', procedureDate: '2025-06-17', birthDate: '1950-08-01', vessel: 'RCA', background: null, lesion: { segment: 2 }, procedure: null, outcome: null, judgement, official: { indicationAppropriate: true, technicalSuccess: true, complication: false, procedureSuccess: true }, ...over },
});
const spec = (over: Partial<ReleaseSpec> = {}): ReleaseSpec => ({ releaseId: 'r1', title: 'Retrograde <approach> & outcome', items: DATA_DICTIONARY.map((i) => i.id), years: [2025], fullDates: false, identity: true, createdAt: new Date('2026-12-03T03:00:00Z'), ...over });

async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'odm.xml', contents: xml }],
    schema: [{ fileName: 'ODM1-3-2.xsd', contents: file('ODM1-3-2.xsd') }],
    preload: (['ODM1-3-2-foundation.xsd', 'xml.xsd', 'xmldsig-core-schema.xsd', 'xlink.xsd'] as const).map((fileName) => ({ fileName, contents: file(fileName) })),
  });
}

describe('the release package’s ODM 1.3.2 against CDISC’s schema [T7.2]', () => {
  it('should hold the schemas exactly as pinned', () => {
    for (const [name, sum] of Object.entries(PINNED)) {
      expect(createHash('sha256').update(readFileSync(new URL(name, DIR))).digest('hex'), name).toBe(sum);
    }
  });

  it('should validate with every dictionary item, dates reduced or whole [T7.2]', async () => {
    for (const fullDates of [false, true]) {
      const result = await validate(odmXml(spec({ fullDates }), [aCase(1), aCase(2, { procedureDate: '2025-11-30' })]));
      expect(result.errors, `fullDates ${fullDates}`).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('should refuse a document the schema does not allow (the validation is real)', async () => {
    const broken = odmXml(spec(), [aCase(1)]).replace('ODMVersion="1.3.2"', 'ODMVersion="9.9"');
    expect((await validate(broken)).valid).toBe(false);
  });
});
