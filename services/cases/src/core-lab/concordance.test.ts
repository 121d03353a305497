import { describe, expect, it } from 'vitest';
import { compareReads, isFinalWithoutSupervisor, resolve } from './concordance.ts';
import type { CoreLabJudgement } from './read-fields.ts';

const read: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED',
  bluntStump: true,
  calcification: false,
  bending: false,
  occlusionLength20mm: true,
  retryLesion: false,
  timiBefore: 0,
  timiAfter: 3,
  residualStenosis: 10,
  sideBranchLoss: false,
  technicalSuccess: true,
  perforation: 'NONE',
  noReflow: false,
  dissection: false,
};

describe('core-lab concordance [R26]', () => {
  it('should make the result final when both reads agree on every field [R26]', () => {
    const c = compareReads(read, { ...read, residualStenosis: 16 });
    expect(isFinalWithoutSupervisor(c)).toBe(true);
    expect(resolve(c, {}).judgement).toEqual({ ...read, residualStenosis: 13 });
  });

  it('should send only the discordant fields to the supervisor [R26]', () => {
    const c = compareReads(read, { ...read, timiAfter: 2, calcification: true, residualStenosis: 40 });
    expect(c.discordant).toEqual(['calcification', 'timiAfter', 'residualStenosis']);
    expect(c.agreed.ctoStatus).toBe('CTO_CONFIRMED');
  });

  it('should record the supervisor as the decider of each discordant field [R26]', () => {
    const c = compareReads(read, { ...read, timiAfter: 2 });
    const final = resolve(c, { timiAfter: 3 });
    expect(final.judgement.timiAfter).toBe(3);
    expect(final.provenance.timiAfter).toBe('SUPERVISOR');
    expect(final.provenance.ctoStatus).toBe('AGREED');
  });

  it('should refuse a supervisor decision on a field the readers agreed on [R26]', () => {
    const c = compareReads(read, { ...read, timiAfter: 2 });
    expect(() => resolve(c, { timiAfter: 3, ctoStatus: 'SUBTOTAL' })).toThrow(/ctoStatus was not discordant/);
  });

  it('should refuse a resolution that leaves a discordant field undecided [R26]', () => {
    const c = compareReads(read, { ...read, timiAfter: 2, perforation: 'ELLIS_II' });
    expect(() => resolve(c, { timiAfter: 3 })).toThrow(/must decide perforation/);
  });

  it('should treat residual stenosis more than ten points apart as discordant', () => {
    expect(compareReads(read, { ...read, residualStenosis: 21 }).discordant).toEqual(['residualStenosis']);
    expect(compareReads(read, { ...read, residualStenosis: 20 }).discordant).toEqual([]);
  });
});
