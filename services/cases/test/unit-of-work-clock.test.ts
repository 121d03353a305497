import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@registry/auth';
import { calendarFrom } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { auditEntries, cases } from '../src/db/schema.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';

const OP1: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000001', operatorId: 'OP0001', facilityId: 'F001' };
const SECRETARIAT: Viewer = { roles: ['SECRETARIAT'], accountId: '00000000-0000-4000-8000-000000000301' };
const REGISTER = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }';
const SAVE = 'mutation($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }';

describe('cases writes on the subgraph’s clock (one unit of work)', () => {
  let h: SubgraphHarness<CasesService>;
  let now = new Date('2026-11-30T03:00:00Z');

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: calendarFrom(() => now) }));
    await announceDemoRoster(h.handle, h.service);
    const site = await h.as(SECRETARIAT, 'mutation($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }', {
      i: { facilityId: 'F001', ethicsApprovedOn: '2015-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' },
    });
    expect(site.errors).toBeUndefined();
  });
  afterAll(() => h.stop());

  it('should stamp the registration and each audited change of the case with the subgraph’s calendar at its unit [T14.1]', async () => {
    now = new Date('2026-12-01T23:30:00Z');
    const registered = await h.as<{ registerCase: { registrationNumber: string } }>(OP1, REGISTER, { input: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', procedureDate: '2026-11-02', patientCode: 'UOW-1' }) });
    expect(registered.errors).toBeUndefined();
    const n = registered.data!.registerCase.registrationNumber;
    now = new Date('2026-12-03T01:00:00Z');
    expect((await h.as(OP1, SAVE, { input: { registrationNumber: n, ...EXAMPLE_FORM } })).errors).toBeUndefined();

    const [row] = await h.handle.db.select({ registeredAt: cases.registeredAt }).from(cases).where(eq(cases.registrationNumber, n));
    expect(row?.registeredAt).toEqual(new Date('2026-12-01T23:30:00Z'));
    const trail = await h.handle.db.select({ at: auditEntries.at }).from(auditEntries).where(eq(auditEntries.registrationNumber, n)).orderBy(asc(auditEntries.seq));
    const saved = trail.filter((e) => e.at.getTime() === new Date('2026-12-03T01:00:00Z').getTime());
    expect(saved.length).toBeGreaterThan(0);
    // One unit, one instant: every entry of the save carries the same `at`.
    expect(new Set(trail.slice(-saved.length).map((e) => e.at.toISOString()))).toEqual(new Set(['2026-12-03T01:00:00.000Z']));
  });

  it('should judge a registration\'s dates against the same instant as its unit: the procedure day is "not in the future" by the subgraph\'s calendar [T5.3][R14]', async () => {
    // 23:30 UTC on 4 December is 5 December in Japan: a procedure that day is today, the next day is the future.
    now = new Date('2026-12-04T23:30:00Z');
    const today = await h.as<{ registerCase: { registrationNumber: string } }>(OP1, REGISTER, { input: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', procedureDate: '2026-12-05', patientCode: 'UOW-2' }) });
    expect(today.errors).toBeUndefined();
    const [row] = await h.handle.db.select({ registeredAt: cases.registeredAt }).from(cases).where(eq(cases.registrationNumber, today.data!.registerCase.registrationNumber));
    expect(row?.registeredAt).toEqual(now);
    const tomorrow = await h.as(OP1, REGISTER, { input: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', procedureDate: '2026-12-06', patientCode: 'UOW-3' }) });
    expect(tomorrow.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(tomorrow.errors?.[0]?.extensions?.['field']).toBe('input.procedureDate');
    expect((await h.handle.db.select({ n: cases.registrationNumber }).from(cases).where(eq(cases.patientCode, 'UOW-3')))).toEqual([]);
  });
});
