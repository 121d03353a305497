import { describe, expect, it } from 'vitest';
import { Role, rolesWith, type Viewer } from '@registry/auth';
import { canSeeOperator, canSeePerson } from '../src/operators/operator-policy.ts';
import { OperatorStatus } from '../src/operators/operator-status.ts';

/**
 * The gateway keeps the answers of Operator, Facility and Person by the viewer's roles alone
 * (`@cacheControl`, scope PUBLIC; gateway/src/entity-cache) [#17.1]. That is sound only while
 * who may see them reads roles and nothing of who the viewer is: these tests say so, and fail
 * the day a rule reads more (then the type's hint must become PRIVATE, or leave).
 */
const ROLES = Object.values(Role);
const STATUSES = Object.values(OperatorStatus);
const operator = (status: OperatorStatus) => ({ id: 'OP0001', name: 'Hanako Suzuki', facilityId: 'F001', status, statusSince: '2021-01-15' });

describe('the cached types are seen alike by every viewer of the same roles [#17.1]', () => {
  it('should grant every role that sees its own operator record by `operator:readOwn` the names by `person:readName` too', () => {
    const names = new Set(rolesWith('person:readName'));
    expect(rolesWith('operator:readOwn').filter((role) => !names.has(role))).toEqual([]);
  });

  it('should show an operator, in every status, to the operator itself exactly as to another viewer of the same role [R12][R25]', () => {
    for (const role of ROLES) {
      for (const status of STATUSES) {
        const self: Viewer = { accountId: 'a', roles: [role], operatorId: 'OP0001', facilityId: 'F001' };
        const other: Viewer = { accountId: 'b', roles: [role], operatorId: 'OP0002', facilityId: 'F002' };
        expect(canSeeOperator(self, operator(status)), `${role} ${status}`).toBe(canSeeOperator(other, operator(status)));
      }
    }
  });

  it('should name people to a viewer by role alone [R6]', () => {
    for (const role of ROLES) {
      expect(canSeePerson({ accountId: 'a', roles: [role], operatorId: 'OP0001' })).toBe(canSeePerson({ accountId: 'b', roles: [role] }));
    }
  });
});
