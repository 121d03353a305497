import { describe, expect, it } from 'vitest';
import { annualReportCsv, percentOf } from './annual-report-csv.ts';
import { annualReportContent } from './annual-report-figures.ts';
import { adoptionSummary } from './adoption-rules.ts';
import type { ReportView } from './annual-report-view.ts';

const content = annualReportContent(2025, adoptionSummary(['NOT_COMPLETE']), []);
const view = (v: Partial<ReportView> = {}): ReportView => ({ content, contentJson: '{}', status: 'PRESENTED', sha256: 'ab'.repeat(32), presentedAt: new Date(0), presentedBy: 'x', corrections: [], ...v });

describe('the annual report as CSV [R27][R41]', () => {
  it('should give each figure its numerator and denominator, the percentage beside them and empty over zero', () => {
    const lines = annualReportCsv(view()).split('\r\n');
    expect(lines[0]).toBe('year,status,sha256,breakdown,group,figure,source,numerator,denominator,percent,from,to,ruling_id,changed_at');
    expect(lines).toContain(`2025,PRESENTED,${'ab'.repeat(32)},ADOPTION,DOMESTIC_CASES,NOT_COMPLETE,REGISTRY,1,1,100,,,,`);
    expect(lines).toContain(`2025,PRESENTED,${'ab'.repeat(32)},OVERALL,ALL,TECHNICAL_SUCCESS,CORE_LAB,0,0,,,,,`);
    expect(lines.filter((l) => l.includes(',EXPERIENCE_BAND,'))).toHaveLength(4 * 20);
    expect(lines.at(-1)).toBe('');
  });

  it('should list a post-freeze correction after the figures [R28b]', () => {
    const csv = annualReportCsv(view({ corrections: [{ registrationNumber: 'CTO-2025-00001', field: 'technicalSuccess', from: true, to: false, rulingId: 'r1', matterId: 'm1', changedAt: new Date('2026-03-01T00:00:00Z') }] }));
    expect(csv.trimEnd().split('\r\n').at(-1)).toBe(`2025,PRESENTED,${'ab'.repeat(32)},POST_FREEZE_CORRECTION,CTO-2025-00001,technicalSuccess,RULING,,,,true,false,r1,2026-03-01T00:00:00.000Z`);
  });

  it('should round percentages to one decimal', () => {
    expect(percentOf({ numerator: 2, denominator: 3 })).toBe(66.7);
    expect(percentOf({ numerator: 0, denominator: 0 })).toBeNull();
  });
});
