import { describe, expect, it } from 'vitest';
import { compositionShortfalls, type SeatedMember } from './composition.ts';

const seat = (accountId: string, s: SeatedMember['seat'], isChair = false): SeatedMember => ({ accountId, seat: s, isChair });
const full: SeatedMember[] = [
  seat('chair', 'STEERING', true),
  seat('s1', 'STEERING'),
  ...['o1', 'o2', 'o3', 'o4'].map((id) => seat(id, 'CERTIFIED_OPERATOR')),
  ...['e1', 'e2', 'e3', 'e4'].map((id) => seat(id, 'EXTERNAL_EXPERT')),
];

describe('the committee composition', () => {
  it('should let a complete committee sit [R43][R44]', () => {
    expect(compositionShortfalls(full, undefined)).toEqual([]);
    expect(compositionShortfalls(full, ['chair', 's1'])).toEqual([]);
  });

  it('should name the missing chair [R43]', () => {
    expect(compositionShortfalls(full.map((m) => ({ ...m, isChair: false })), undefined)).toEqual([
      'a chair appointed by the steering committee [R43]',
    ]);
  });

  it('should count the certified operators and external experts still needed [R44]', () => {
    const short = full.filter((m) => m.accountId !== 'o4' && m.accountId !== 'e1' && m.accountId !== 'e2');
    expect(compositionShortfalls(short, undefined)).toEqual([
      '1 more certified operator(s): 3 of at least 4 [R44]',
      '2 more external expert(s): 2 of at least 4 [R44]',
    ]);
  });

  it('should require every current steering member once the steering terms are known [R44]', () => {
    expect(compositionShortfalls(full, ['chair', 's1', 's2'])).toEqual(['1 current steering member(s) not seated (s2) [R44]']);
  });

  it('should require the steering seats while no steering term is known [R44]', () => {
    const noSteering = full.filter((m) => m.seat !== 'STEERING').concat(seat('chair-expert', 'EXTERNAL_EXPERT', true));
    expect(compositionShortfalls(noSteering, undefined)).toEqual(['the steering committee members [R44]']);
  });
});
