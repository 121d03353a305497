import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, recommendations } from '../src/db/schema.ts';
import { graphql } from './gql/index.ts';
import { movableCalendar, startOperators, viewers, type Harness } from './kit.ts';

const FILE = 'mutation($input: ApplicationInput!) { fileApplication(input: $input) { id } }';
const RECOMMEND = 'mutation($id: ID!) { recommendApplication(applicationId: $id, letter: "Careful and skilled.") { id } }';

describe('operators writes on the subgraph’s clock (one unit of work)', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  const calendar = movableCalendar('2026-06-01T03:00:00Z');

  beforeAll(async () => {
    const started = await startOperators(calendar);
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(() => h.stop());

  it('should date an application and its recommendation by the subgraph’s calendar in Japan [R14][R50a]', async () => {
    // 15:30 UTC on 31 December is 1 January in Japan.
    calendar.set('2026-12-31T15:30:00Z');
    const filed = await h.as<{ fileApplication: { id: string } }>(v.anonymous, FILE, { input: { applicantName: 'Mio Hara', facilityId: 'F004', ctoExperience: 400 } });
    expect(filed.errors).toBeUndefined();
    const id = filed.data!.fileApplication.id;
    calendar.set('2027-01-05T01:00:00Z');
    expect((await h.as(v.op3, RECOMMEND, { id })).errors).toBeUndefined();
    const [application] = await h.handle.db.select({ filedOn: applications.filedOn }).from(applications).where(eq(applications.id, id));
    const [recommendation] = await h.handle.db.select({ givenOn: recommendations.givenOn }).from(recommendations).where(eq(recommendations.applicationId, id));
    expect({ filedOn: application?.filedOn, givenOn: recommendation?.givenOn }).toEqual({ filedOn: '2027-01-01', givenOn: '2027-01-05' });
  });

  it('[T14.1] should write each audit entry through the unit of work: its actor (or none) at its instant on the subgraph\'s calendar', async () => {
    calendar.set('2027-02-01T02:00:00Z');
    const registered = await h.as(v.secretariat, graphql(`mutation ClockRegisterFacility($input: FacilityInput!) { registerFacility(input: $input) { id } }`), { input: { name: 'Clock Heart Centre', prefecture: 'Tokyo', location: 'Minato' } });
    expect(registered.errors).toBeUndefined();
    calendar.set('2027-02-02T02:00:00Z');
    await h.as(v.anonymous, graphql(`mutation ClockLoginUnknown($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }`), { id: 'OP9999', pw: 'not-a-password' });
    const entries = await h.handle.db.select({ at: auditLog.at, actor: auditLog.actorAccountId, action: auditLog.action, subject: auditLog.subject }).from(auditLog);
    expect(entries.filter((e) => e.action === 'FACILITY_REGISTERED')).toEqual([{ at: new Date('2027-02-01T02:00:00Z'), actor: v.secretariat.accountId, action: 'FACILITY_REGISTERED', subject: registered.data!.registerFacility.id }]);
    expect(entries.filter((e) => e.action === 'LOGIN_FAILED')).toEqual([{ at: new Date('2027-02-02T02:00:00Z'), actor: null, action: 'LOGIN_FAILED', subject: null }]);
  });
});
