import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { auditLog } from '../src/db/schema.ts';
import { DEMO_PASSWORD, seedOperators } from '../src/seed/demo.ts';
import { createOperatorsService, migrateOperators, type OperatorsService } from '../src/server.ts';
import { graphql } from './gql/index.ts';

const LOGIN = graphql(`mutation OperatorsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token viewer { loginId roles operator { id } } } }`);
const anonymous = { roles: [] };

describe('operators subgraph API', () => {
  let h: SubgraphHarness<OperatorsService>;
  let accounts: Map<string, string>;

  beforeAll(async () => {
    h = await startSubgraph('operators', migrateOperators, createOperatorsService);
    accounts = await seedOperators(h.service);
  });
  afterAll(() => h.stop());

  it('should sign in a certified operator as OPERATOR, with steering roles from the account [R11]', async () => {
    const res = await h.as(anonymous, LOGIN, { id: 'OP0001', pw: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.viewer).toEqual({ loginId: 'OP0001', roles: ['COMMITTEE_MEMBER', 'OPERATOR', 'STEERING'], operator: { id: 'OP0001' } });
  });

  it('should sign in an associate without the certified operator role [R11]', async () => {
    const res = await h.as(anonymous, LOGIN, { id: 'OP0007', pw: DEMO_PASSWORD });
    expect(res.data!.login.viewer!.roles).toEqual(['ASSOCIATE']);
  });

  it('should lock an account after five failures, with the same generic error, and audit each try [T14.1]', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await h.as(anonymous, LOGIN, { id: 'OP0005', pw: 'wrong' });
      expect(res.errors?.[0]?.message).toBe('Invalid operator ID or password');
    }
    const locked = await h.as(anonymous, LOGIN, { id: 'OP0005', pw: DEMO_PASSWORD });
    expect(locked.errors?.[0]).toMatchObject({ message: 'Invalid operator ID or password', extensions: { code: 'UNAUTHENTICATED' } });
    const rows = await h.handle.db.select().from(auditLog).where(eq(auditLog.actorAccountId, accounts.get('OP0005')!));
    expect(rows.filter((r) => r.action === 'LOGIN_FAILED')).toHaveLength(6);
  });

  it('should show a certified operator to anyone but an associate only to registry members [R12]', async () => {
    const q = graphql(`query OperatorsEntities { _entities(representations: [{ __typename: "Operator", id: "OP0007" }, { __typename: "Operator", id: "OP0003" }]) { ... on Operator { id name } } }`);
    const publicView = await h.as(anonymous, q);
    expect(publicView.data!._entities[1]).toEqual({ id: 'OP0003', name: 'Kenji Sato' });
    expect(publicView.data!._entities[0]).toBeNull();
    expect(publicView.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const member = await h.as({ roles: ['OPERATOR'] }, q);
    expect(member.data!._entities[0]).toEqual({ id: 'OP0007', name: 'Ryo Nakamura' });
  });

  it('should resolve no operator, facility or person for the core lab, by entity reference either [R25][R33]', async () => {
    const q = graphql(`query OperatorsCoreLabEntities($person: _Any!) { _entities(representations: [
      { __typename: "Operator", id: "OP0003" }, { __typename: "Facility", id: "F001" }, $person
    ]) { ... on Operator { name } ... on Facility { name } ... on Person { name } } }`);
    const res = await h.as({ roles: ['CORE_LAB_READER'] }, q, { person: { __typename: 'Person', id: accounts.get('OP0003') } });
    expect(res.data!._entities).toEqual([null, null, null]);
    expect(res.errors?.map((e) => e.extensions!['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('should count each completed registration once per operator and year, overseas included [R14]', async () => {
    const completed = (n: string, domestic: boolean) =>
      h.handle.db.transaction((tx) =>
        publish(tx, casesTopic, 'RegistrationCompleted.v1', { registrationNumber: n, operatorId: 'OP0004', completedOn: '2026-03-01', domestic }),
      );
    await completed('CTO-2026-00901', true);
    await completed('CTO-2026-00902', false);
    await completed('CTO-2026-00901', true);
    await h.service.catchUp();
    const count = await h.service.repos.caseCounts.forOperatorYear('OP0004', 2026);
    expect(count).toMatchObject({ domestic: 1, overseas: 1 });
  });
});
