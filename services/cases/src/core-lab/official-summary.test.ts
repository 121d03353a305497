import { describe, expect, it } from 'vitest';
import { compareWithOperator } from './comparison.ts';
import { summarize } from './official-summary.ts';
import type { CoreLabJudgement } from './read-fields.ts';

const judgement: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};

describe('the official summary [R15][R27]', () => {
  it('should derive the four outcomes from the core-lab judgement, not the operator\'s report [R28a]', () => {
    expect(summarize(judgement)).toEqual({ indicationAppropriate: true, technicalSuccess: true, complication: false, procedureSuccess: true });
    expect(summarize({ ...judgement, perforation: 'ELLIS_III' })).toMatchObject({ complication: true, procedureSuccess: false });
    expect(summarize({ ...judgement, ctoStatus: 'SUBTOTAL' }).indicationAppropriate).toBe(false);
  });

  it('should let a committee ruling overturn an outcome [R28b]', () => {
    expect(summarize(judgement, { technicalSuccess: false })).toMatchObject({ technicalSuccess: false, procedureSuccess: false });
  });
});

describe('the operator\'s comparison [R28a]', () => {
  it('should mark only the fields where the operator\'s own judgement differs', () => {
    const rows = compareWithOperator(judgement, { trueChronicTotalOcclusion: true, finalTimiFlow: 2, residualStenosisPercent: 15, calcification: true }, 10);
    const differing = rows.filter((r) => r.differs).map((r) => r.field);
    expect(differing).toEqual(['timiAfter', 'calcification']);
    expect(rows.find((r) => r.field === 'bluntStump')).toEqual({ field: 'bluntStump', official: 'true', operator: null, differs: false });
  });
});
