import { describe, expect, it } from 'vitest';
import { ACCESS, CAPABILITIES, can, mayHold } from './access.ts';
import { CORE_LAB_ROLES, Role } from './viewer.ts';

const operator = { accountId: 'a', roles: [Role.Operator], operatorId: 'OP0001', facilityId: 'F001' };
const expert = { accountId: 'b', roles: [Role.CommitteeMember] };

describe('the access table', () => {
  it('should give the facility capability only for the viewer\'s own facility [R18][R30]', () => {
    expect(can(operator, 'case:readAsFacility', { facilityId: 'F001' })).toBe(true);
    expect(can(operator, 'case:readAsFacility', { facilityId: 'F002' })).toBe(false);
    expect(mayHold(operator, 'case:readAsFacility')).toBe(true);
  });

  it('should let a committee member read a case by the seat, never by the token role alone [R28a][R45]', () => {
    expect(can(expert, 'case:readAsCommittee', { seated: true })).toBe(true);
    expect(can(expert, 'case:readAsCommittee', { seated: false })).toBe(false);
    expect(can(expert, 'case:readAsCommittee')).toBe(false);
  });

  it('should let a steering member decide only while the term covers today [R36]', () => {
    const steering = { accountId: 'c', roles: [Role.Steering] };
    expect(can(steering, 'steering:decide', { sitting: true })).toBe(true);
    expect(can(steering, 'steering:decide', { sitting: false })).toBe(false);
  });

  it('should register a case only for the operator at their own facility [R16]', () => {
    expect(can(operator, 'case:registerOwn', { operatorId: 'OP0001', facilityId: 'F001' })).toBe(true);
    expect(can(operator, 'case:registerOwn', { operatorId: 'OP0001', facilityId: 'F002' })).toBe(false);
  });

  it('should grant the core lab nothing that names an operator or a facility [R25][R33]', () => {
    const named = CAPABILITIES.filter((c) => !c.startsWith('corelab:'));
    for (const role of CORE_LAB_ROLES) {
      const held = named.filter((c) => (ACCESS[c].roles as readonly string[]).includes(role) && !('relation' in ACCESS[c]));
      expect(held, role).toEqual([]);
    }
  });

  it('should grant nothing to an anonymous visitor', () => {
    expect(CAPABILITIES.filter((c) => mayHold({ roles: [] }, c))).toEqual([]);
  });
});
