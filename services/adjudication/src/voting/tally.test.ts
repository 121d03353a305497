import { describe, expect, it } from 'vitest';
import { hasQuorum, tally } from './tally.ts';

describe('the tally of a point at issue', () => {
  it('should decide in the first round when every opinion agrees [R48]', () => {
    expect(tally(1, ['YES', 'YES', 'ABSTAIN'], 3)).toMatchObject({ yes: 2, no: 0, abstain: 1, complete: true, outcome: 'ADOPTED' });
    expect(tally(1, ['NO', 'NO'], 2).outcome).toBe('REJECTED');
  });

  it('should call a first round with differing opinions split, to be asked again [R48]', () => {
    expect(tally(1, ['YES', 'NO', 'YES'], 3)).toMatchObject({ outcome: 'SPLIT', complete: true, tie: false });
  });

  it('should treat a first round where everyone abstained as split: nobody decided anything [R48]', () => {
    expect(tally(1, ['ABSTAIN', 'ABSTAIN'], 2).outcome).toBe('SPLIT');
  });

  it('should let the majority decide a second round that is still split [R48]', () => {
    expect(tally(2, ['YES', 'NO', 'YES'], 3)).toMatchObject({ outcome: 'ADOPTED', tie: false });
    expect(tally(2, ['NO', 'NO', 'YES', 'ABSTAIN'], 4).outcome).toBe('REJECTED');
  });

  it('should leave things as they are on a second-round tie, abstentions not counting [R48]', () => {
    expect(tally(2, ['YES', 'NO', 'ABSTAIN'], 3)).toMatchObject({ outcome: 'REJECTED', tie: true });
    expect(tally(2, ['ABSTAIN'], 1)).toMatchObject({ outcome: 'REJECTED', tie: true });
  });

  it('should be complete only when every eligible member has given an opinion [R48]', () => {
    expect(tally(1, ['YES', 'YES'], 3).complete).toBe(false);
    expect(tally(1, ['YES', 'YES', 'NO'], 3).complete).toBe(true);
  });

  it('should require more than half of the eligible members to close a round early', () => {
    expect(hasQuorum({ cast: 5, eligible: 10 })).toBe(false);
    expect(hasQuorum({ cast: 6, eligible: 10 })).toBe(true);
    expect(hasQuorum({ cast: 0, eligible: 0 })).toBe(false);
  });
});
