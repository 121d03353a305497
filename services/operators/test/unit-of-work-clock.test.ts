import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, recommendations } from '../src/db/schema.ts';
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
});
