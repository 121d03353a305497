import { describe, expect, it } from 'vitest';
import type { CoreLabJudgement } from '../core-lab/read-fields.ts';
import { summarize } from '../core-lab/official-summary.ts';
import { annualReportContent, approachOf, experienceBand, figuresOf, type ReportCase } from './annual-report-figures.ts';
import { adoptionSummary, adoptionVerdict } from './adoption-rules.ts';

const READ: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: false, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};
const NO_EVENTS = { death: false, myocardialInfarction: false, stroke: false, perforation: null, tamponade: false, emergencyCabg: false, donorVesselInjury: false, contrastNephropathy: false, accessSiteComplication: false };
const ANTEGRADE = { strategies: [{ strategy: 'ANTEGRADE_WIRE_ESCALATION' as const, crossed: true }] };
const RETROGRADE = { strategies: [{ strategy: 'ANTEGRADE_WIRE_ESCALATION' as const, crossed: false }, { strategy: 'RETROGRADE' as const, crossed: true }] };

let n = 0;
function aCase(judgement: Partial<CoreLabJudgement> = {}, o: Partial<ReportCase> & { overrides?: Parameters<typeof summarize>[1] } = {}): ReportCase {
  const j = { ...READ, ...judgement };
  const { overrides, ...rest } = o;
  return { registrationNumber: `CTO-2026-${String(++n).padStart(5, '0')}`, judgement: j, outcomes: summarize(j, overrides), procedure: ANTEGRADE, outcome: { complications: NO_EVENTS }, operatorCasesBefore: 0, ...rest };
}
const figure = (f: ReturnType<typeof figuresOf>, kind: string) => f.complications.find((c) => c.kind === kind);

describe('annual report figures [R27][R41]', () => {
  it('should give every figure as numerator over denominator, from the official result [R27]', () => {
    const f = figuresOf([aCase(), aCase({ technicalSuccess: false }), aCase({ ctoStatus: 'SUBTOTAL' }), aCase({ perforation: 'ELLIS_II' })]);
    expect(f.cases).toBe(4);
    expect(f.technicalSuccess).toEqual({ numerator: 3, denominator: 4 });
    expect(f.procedureSuccess).toEqual({ numerator: 2, denominator: 4 });
    expect(f.indicationAppropriate).toEqual({ numerator: 3, denominator: 4 });
    expect(figure(f, 'PERFORATION_ELLIS_II')).toEqual({ kind: 'PERFORATION_ELLIS_II', source: 'CORE_LAB', numerator: 1, denominator: 4 });
    expect(figure(f, 'PERFORATION_ELLIS_I')).toMatchObject({ numerator: 0, denominator: 4 });
    expect(figure(f, 'ANGIOGRAPHIC')).toMatchObject({ numerator: 1, denominator: 4 });
  });

  it('should apply a committee ruling: overturned success counts, an overturned complication takes its perforation out [R28b]', () => {
    const ruled = aCase({ perforation: 'ELLIS_III', technicalSuccess: false }, { overrides: { technicalSuccess: true, complication: false } });
    const f = figuresOf([ruled]);
    expect(f.technicalSuccess).toEqual({ numerator: 1, denominator: 1 });
    expect(f.procedureSuccess).toEqual({ numerator: 1, denominator: 1 });
    expect(figure(f, 'PERFORATION')).toMatchObject({ numerator: 0 });
    expect(figure(f, 'PERFORATION_ELLIS_III')).toMatchObject({ numerator: 0 });
    const found = figuresOf([aCase({}, { overrides: { complication: true } })]);
    expect(figure(found, 'ANGIOGRAPHIC')).toMatchObject({ numerator: 1 });
    expect(figure(found, 'PERFORATION')).toMatchObject({ numerator: 0 });
  });

  it('should count in-hospital events from the form over the cases whose outcome is entered', () => {
    const f = figuresOf([aCase({}, { outcome: { complications: { ...NO_EVENTS, death: true, emergencyCabg: true } } }), aCase({}, { outcome: null }), aCase()]);
    expect(figure(f, 'DEATH')).toEqual({ kind: 'DEATH', source: 'CASE_REPORT_FORM', numerator: 1, denominator: 2 });
    expect(figure(f, 'EMERGENCY_CABG')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figure(f, 'TAMPONADE')).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('should break the year down by the core lab\'s J-CTO category, the approach and the operator\'s experience, every group listed', () => {
    const cases = [
      aCase({ bluntStump: true, calcification: true, bending: true }, { procedure: RETROGRADE, operatorCasesBefore: 200 }),
      aCase({ bluntStump: true }, { operatorCasesBefore: 49 }),
      aCase({}, { operatorCasesBefore: 50, procedure: null }),
    ];
    const r = annualReportContent(2026, adoptionSummary(['ADOPTED', 'ADOPTED', 'ADOPTED']), cases);
    expect(r.byJctoCategory.map((g) => [g.category, g.figures.cases])).toEqual([['EASY', 1], ['INTERMEDIATE', 1], ['DIFFICULT', 0], ['VERY_DIFFICULT', 1]]);
    expect(r.byApproach.map((g) => [g.approach, g.figures.cases])).toEqual([['ANTEGRADE', 1], ['RETROGRADE', 1], ['NOT_RECORDED', 1]]);
    expect(r.byExperienceBand.map((g) => [g.band, g.figures.cases])).toEqual([['NONE_BEFORE', 0], ['UNDER_50', 1], ['FROM_50_TO_149', 1], ['FROM_150', 1]]);
    expect(r.byJctoCategory[2]!.figures.technicalSuccess).toEqual({ numerator: 0, denominator: 0 });
    expect(r.overall.cases).toBe(3);
  });

  it('should give the same content whatever order the cases come in', () => {
    const cases = [aCase(), aCase({ technicalSuccess: false }, { procedure: RETROGRADE })];
    const adoption = adoptionSummary(['ADOPTED', 'ADOPTED']);
    expect(annualReportContent(2026, adoption, [...cases].reverse())).toEqual(annualReportContent(2026, adoption, cases));
  });

  it('should call a case retrograde when a retrograde attempt was made, antegrade otherwise', () => {
    expect(approachOf(RETROGRADE)).toBe('RETROGRADE');
    expect(approachOf(ANTEGRADE)).toBe('ANTEGRADE');
    expect(approachOf(null)).toBe('NOT_RECORDED');
  });

  it('should band operators by their registered cases before the year [R14]', () => {
    expect([0, 1, 49, 50, 149, 150].map(experienceBand)).toEqual(['NONE_BEFORE', 'UNDER_50', 'UNDER_50', 'FROM_50_TO_149', 'FROM_50_TO_149', 'FROM_150']);
  });
});

describe('adoption for the annual report [R20][R27]', () => {
  const facts = { consentWithdrawn: false, complete: true, hasOfficialResult: true };
  it('should adopt a complete domestic case with an official result', () => {
    expect(adoptionVerdict(facts)).toBe('ADOPTED');
  });

  it('should leave out a withdrawn, an incomplete and a case the core lab has not finished, saying why [T7.3][R18][R26]', () => {
    expect(adoptionVerdict({ ...facts, consentWithdrawn: true })).toBe('CONSENT_WITHDRAWN');
    expect(adoptionVerdict({ ...facts, complete: false, hasOfficialResult: false })).toBe('NOT_COMPLETE');
    expect(adoptionVerdict({ ...facts, hasOfficialResult: false })).toBe('AWAITING_OFFICIAL_RESULT');
    expect(adoptionSummary(['ADOPTED', 'NOT_COMPLETE', 'CONSENT_WITHDRAWN', 'ADOPTED'])).toEqual({ domesticCases: 4, adopted: 2, notComplete: 1, awaitingOfficialResult: 0, consentWithdrawn: 1 });
  });
});
