import { describe, expect, it } from 'vitest';
import { eligibleMembers, isRecused } from './recusal.ts';

describe('recusal', () => {
  it('should recuse the member who operated the case [R49]', () => {
    expect(isRecused('OP0003', 'OP0003')).toBe(true);
  });

  it('should not recuse another operator, an external expert without an operator ID, or a matter without a case [R49]', () => {
    expect(isRecused('OP0004', 'OP0003')).toBe(false);
    expect(isRecused(undefined, 'OP0003')).toBe(false);
    expect(isRecused('OP0003', undefined)).toBe(false);
  });

  it('should leave the case operator out of the members entitled to an opinion [R48][R49]', () => {
    const members = [{ id: 'a', operatorId: 'OP0003' }, { id: 'b', operatorId: 'OP0004' }, { id: 'c' }];
    expect(eligibleMembers(members, 'OP0003').map((m) => m.id)).toEqual(['b', 'c']);
    expect(eligibleMembers(members, undefined)).toHaveLength(3);
  });
});
