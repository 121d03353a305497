import { describe, expect, it } from 'vitest';
import { agreementStatistics } from './agreement.ts';
import { hasConflict, pickReaders } from './assignment.ts';
import type { CoreLabJudgement } from './read-fields.ts';

describe('reader assignment [R26]', () => {
  const parties = { operatorId: 'OP0001', facilityId: 'F001' };

  it('should never assign a reader who is the case\'s operator or works at its facility [R25][R26]', () => {
    expect(hasConflict({ accountId: 'a', operatorId: 'OP0001', openReads: 0 }, parties)).toBe(true);
    expect(hasConflict({ accountId: 'b', facilityId: 'F001', openReads: 0 }, parties)).toBe(true);
    expect(hasConflict({ accountId: 'c', facilityId: 'F002', openReads: 0 }, parties)).toBe(false);
  });

  it('should pick two different readers by load, skipping conflicts [R26]', () => {
    const picked = pickReaders(
      [
        { accountId: 'busy', openReads: 9 },
        { accountId: 'conflicted', facilityId: 'F001', openReads: 0 },
        { accountId: 'idle-2', openReads: 1 },
        { accountId: 'idle-1', openReads: 1 },
      ],
      parties,
    );
    expect(picked.map((r) => r.accountId)).toEqual(['idle-1', 'idle-2']);
  });
});

describe('agreement statistics', () => {
  const base: CoreLabJudgement = {
    ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
    timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
  };

  it('should rate each reader against the other reader and against the final result, per field', () => {
    const stats = agreementStatistics([
      { reads: [{ readerId: 'r1', judgement: base }, { readerId: 'r2', judgement: { ...base, timiAfter: 2 } }], final: base },
      { reads: [{ readerId: 'r1', judgement: base }, { readerId: 'r2', judgement: base }], final: base },
    ]);
    const rate = (reader: string, field: string) => stats.find((s) => s.readerId === reader)!.fields.find((f) => f.field === field)!;
    expect(rate('r2', 'timiAfter')).toEqual({ field: 'timiAfter', withOtherReader: 0.5, withFinal: 0.5, reads: 2 });
    expect(rate('r1', 'timiAfter')).toEqual({ field: 'timiAfter', withOtherReader: 0.5, withFinal: 1, reads: 2 });
    expect(rate('ALL', 'ctoStatus')).toEqual({ field: 'ctoStatus', withOtherReader: 1, withFinal: 1, reads: 4 });
    expect(stats[0]!.readerId).toBe('ALL');
  });
});
