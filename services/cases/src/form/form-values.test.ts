import { describe, expect, it } from 'vitest';
import { canonicalJson, mergePatch } from './form-values.ts';

describe('form values [T14.1]', () => {
  it('should keep a saved field that a resent section leaves out [T14.1]', () => {
    expect(mergePatch({ finalTimiFlow: 3, comment: 'Collateral from septal' }, { finalTimiFlow: 2 })).toEqual({ finalTimiFlow: 2, comment: 'Collateral from septal' });
    expect(mergePatch({ devices: { stentCount: 2, ivusUsed: true } }, { devices: { stentCount: 3 } })).toEqual({ devices: { stentCount: 3, ivusUsed: true } });
  });

  it('should clear a field sent as null, and replace arrays whole [T14.1]', () => {
    expect(mergePatch({ comment: 'x' }, { comment: null })).toEqual({ comment: null });
    expect(mergePatch({ strategies: [1, 2] }, { strategies: [2] })).toEqual({ strategies: [2] });
    expect(mergePatch(undefined, { a: 1 })).toEqual({ a: 1 });
  });

  it('should give equal values one text whatever their key order, and keep a sequence\'s order [T14.1]', () => {
    expect(canonicalJson([{ strategy: 'RETROGRADE', crossed: true }])).toBe(canonicalJson([{ crossed: true, strategy: 'RETROGRADE' }]));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});
