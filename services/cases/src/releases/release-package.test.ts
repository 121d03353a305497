import { describe, expect, it } from 'vitest';
import type { ReleaseCase } from './data-dictionary.ts';
import { aggregates, odmXml, releaseContent, SMALL_CELL_THRESHOLD, type PseudonymizedCase, type ReleaseSpec } from './release-package.ts';

const judgement = { ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false, timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false } as const;
const aCase = (n: number, over: Partial<ReleaseCase> = {}): PseudonymizedCase => ({
  pseudonym: `P-${String(n).padStart(10, '0')}`,
  case: { registrationNumber: `CTO-2025-${String(n).padStart(5, '0')}`, operatorId: 'OP0001', facilityId: 'F001', procedureDate: '2025-06-17', birthDate: '1950-08-01', vessel: 'RCA', background: null, lesion: { segment: 2 }, procedure: null, outcome: null, judgement, official: { indicationAppropriate: true, technicalSuccess: true, complication: false, procedureSuccess: true }, ...over },
});
const spec = (over: Partial<ReleaseSpec> = {}): ReleaseSpec => ({ releaseId: 'r1', title: 'A "quoted", title', items: ['procedureDate', 'ageAtProcedure', 'jctoScore', 'technicalSuccess', 'sex'], years: [2025], fullDates: false, identity: false, createdAt: new Date('2026-12-03T03:00:00Z'), ...over });

describe('a release package [R21a][T7.2]', () => {
  it('should hold the requested items only, under pseudonyms, with dates reduced to year and month unless the plan needs the day [T7.2]', () => {
    const content = releaseContent(spec(), [aCase(1)]);
    expect(content.files['data.csv']).toBe('pseudonym,procedureDate,ageAtProcedure,jctoScore,technicalSuccess,sex\r\nP-0000000001,2025-06,74,1,true,\r\n');
    expect(JSON.stringify(content)).not.toContain('CTO-2025-00001');
    expect(releaseContent(spec({ fullDates: true }), [aCase(1)]).files['data.csv']).toContain(',2025-06-17,');
    expect(content.files['dictionary.csv']).toContain('procedureDate,Procedure date,date (YYYY-MM),REGISTRATION,');
  });

  it(`should suppress an aggregate cell of 1 to ${SMALL_CELL_THRESHOLD - 1} cases and show 0 and ${SMALL_CELL_THRESHOLD} or more [T7.2]`, () => {
    const four = [1, 2, 3, 4].map((n) => aCase(n));
    const five = [5, 6, 7, 8, 9].map((n) => aCase(n, { procedureDate: '2024-03-01' }));
    const rows = aggregates([...four, ...five], [2024, 2025]);
    expect(rows).toContainEqual([2025, 1, 'true', '<5']);
    expect(rows).toContainEqual([2024, 1, 'true', 5]);
    expect(rows).toContainEqual([2025, 0, 'true', 0]);
  });

  it('should write ODM 1.3.2 with one subject per pseudonym, a reduced date as partialDate and no empty item', () => {
    const xml = odmXml(spec(), [aCase(1), aCase(2)]);
    expect(xml).toContain('ODMVersion="1.3.2"');
    expect(xml).toContain('<ItemDef OID="IT.procedureDate" Name="Procedure date" DataType="partialDate">');
    expect(xml.match(/<SubjectData SubjectKey="P-000000000[12]">/g)).toHaveLength(2);
    expect(xml).not.toContain('IT.sex" Value');
    expect(xml).toContain('<StudyName>A &quot;quoted&quot;, title</StudyName>');
  });
});
