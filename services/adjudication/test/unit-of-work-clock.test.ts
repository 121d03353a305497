import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { calendarFrom } from '@registry/calendar';
import { casesTopic } from '@registry/contracts';
import { startSubgraph, type SubgraphHarness, type TypedDocument } from '../../../test/support/subgraph-harness.ts';
import { matters } from '../src/db/schema.ts';
import { createAdjudicationService, migrateAdjudication, type AdjudicationService } from '../src/server.ts';
import { graphql } from './gql/index.ts';

const CASE = 'CTO-2026-00001';
const RAISE = graphql(`mutation AdjudicationClockRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }`);
const SCREEN = graphql(`mutation AdjudicationClockScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id } }`);
const APPOINT = graphql(`mutation AdjudicationClockAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }`);

describe('adjudication writes on the subgraph’s clock (one unit of work)', () => {
  let h: SubgraphHarness<AdjudicationService>;
  let now = new Date('2026-03-31T14:59:00Z');
  const operator: Viewer = { accountId: randomUUID(), roles: [Role.Operator], operatorId: 'OP0003' };
  const steering: Viewer = { accountId: randomUUID(), roles: [Role.Operator, Role.Steering], operatorId: 'OP0001' };
  const ok = async <T, V>(viewer: Viewer, query: TypedDocument<T, V>, ...variables: Record<string, never> extends V ? [V?] : [V]) => {
    const res = await h.as(viewer, query, ...variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    h = await startSubgraph('adjudication', migrateAdjudication, (deps) => createAdjudicationService({ ...deps, calendar: calendarFrom(() => now) }));
    await h.handle.db.transaction(async (tx) => {
      await publish(tx, casesTopic, 'CaseRegistered.v1', { registrationNumber: CASE, operatorId: 'OP0003', facilityId: 'F003', domestic: true, registeredOn: '2026-01-10' });
      await publish(tx, casesTopic, 'OfficialResultRecorded.v1', { registrationNumber: CASE, operatorId: 'OP0003', year: 2026, technicalSuccess: false, procedureSuccess: false, complication: false, indicationAppropriate: true });
    });
    await h.service.catchUp();
  });
  afterAll(() => h.stop());

  it('should date each write by the subgraph’s calendar at the moment of its unit [R45][R44]', async () => {
    const { raiseObjection } = await ok(operator, RAISE, { n: CASE, g: 'The final run shows TIMI 3.' });
    now = new Date('2026-03-31T15:01:00Z');
    await ok(steering, SCREEN, { m: raiseObjection.id, d: 'ACCEPT' });
    const [matter] = await h.handle.db.select({ createdAt: matters.createdAt, screenedAt: matters.screenedAt }).from(matters).where(eq(matters.id, raiseObjection.id));
    expect(matter).toEqual({ createdAt: new Date('2026-03-31T14:59:00Z'), screenedAt: new Date('2026-03-31T15:01:00Z') });

    const member = randomUUID();
    await ok(steering, APPOINT, { i: { accountId: member, seat: 'EXTERNAL_EXPERT' } });
    const seats = (await h.bus.read('adjudication', 0, 1000)).filter((e) => e.type === 'CommitteeSeatChanged.v1');
    // 15:01 UTC on 31 March is 1 April in Japan [R14].
    expect(seats.map((e) => e.payload)).toEqual([{ accountId: member, seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-01' }]);
  });
});
