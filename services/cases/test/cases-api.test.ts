import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localYearOf } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { requiredSeries } from '../src/images/required-series.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';
import { graphql } from './gql/index.ts';

const operator = { roles: ['OPERATOR' as const], accountId: '6b1f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d', operatorId: 'OP0001', facilityId: 'F001' };
const secretariat = { roles: ['SECRETARIAT' as const], accountId: '7c2f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d' };
/** Images received on media are recorded by the data center [R18]. */
const dataCenter = { roles: ['DATA_CENTER' as const], accountId: '8d3f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d' };
const input = (patientCode: string) => exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode, procedureDate: '2026-04-02' });

describe('cases subgraph API', () => {
  let h: SubgraphHarness<CasesService>;

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, createCasesService);
    await announceDemoRoster(h.handle, h.service);
    await h.service.contextFor(secretariat).sites.record({ facilityId: 'F001', ethicsApprovedOn: '2025-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' });
  });
  afterAll(() => h.stop());

  it('should issue registration numbers in the registry\'s own format, in order within a year [R31]', async () => {
    const ctx = h.service.contextFor(operator);
    const a = await ctx.cases.register(input('F001-X1'));
    const b = await ctx.cases.register(input('F001-X2'));
    expect(a).toMatchObject({ verdict: 'ELIGIBLE', registrationNumber: 'CTO-2026-00001' });
    expect(b.registrationNumber).toBe('CTO-2026-00002');
  });

  it('should refuse the same procedure (patient, date, vessel) twice at one facility, writing nothing [T5.3]', async () => {
    const ctx = h.service.contextFor(operator);
    await expect(ctx.cases.register(input('F001-X1'))).rejects.toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'T5.3', field: 'input.patient.code' } });
    expect(await h.service.registrationNumbers()).toEqual(['CTO-2026-00001', 'CTO-2026-00002']);
  });

  it('should refuse a registration for another facility [R16]', async () => {
    const ctx = h.service.contextFor(operator);
    await expect(ctx.cases.register({ ...input('F002-X1'), facilityId: 'F002' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('should complete a registration once the form and the images are in, announcing it once on the durable bus [R18]', async () => {
    const ctx = h.service.contextFor(operator);
    await ctx.forms.save({ registrationNumber: 'CTO-2026-00001', ...EXAMPLE_FORM });
    const media = h.service.contextFor(dataCenter);
    for (const kind of requiredSeries(true)) await media.images.recordSeries('CTO-2026-00001', kind);
    // Recording a series again, or saving the form again, completes nothing twice.
    await media.images.recordSeries('CTO-2026-00001', 'IVUS');
    await ctx.forms.save({ registrationNumber: 'CTO-2026-00001', procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: 230 } });
    const events = await h.bus.read('cases', 0, 10);
    expect(events.map((e) => e.type)).toEqual(['CaseRegistered.v1', 'CaseRegistered.v1', 'RegistrationCompleted.v1']);
    expect(events[2]!.payload).toEqual({ registrationNumber: 'CTO-2026-00001', operatorId: 'OP0001', completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), domestic: true });
    expect(JSON.stringify(events)).not.toContain('F001-X1');
    expect(JSON.stringify(events)).not.toContain('T.Y.');
  });

  it('should tell the operator that overseas cases are required while the year\'s domestic count is under 50 [R13]', async () => {
    const year = localYearOf(new Date());
    const q = graphql(`query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }`);
    const own = await h.as(operator, q, { y: year });
    expect(own.data!.registrationYear).toEqual({ operatorId: 'OP0001', year, domesticCompleted: 1, overseasCompleted: 0, overseasRequired: true });
    expect((await h.as(dataCenter, q, { y: year, op: 'OP0001' })).data!.registrationYear.domesticCompleted).toBe(1);
    const other = { roles: ['OPERATOR' as const], accountId: '9e4f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d', operatorId: 'OP0003', facilityId: 'F003' };
    expect((await h.as(other, q, { y: year, op: 'OP0001' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await h.as({ roles: ['CORE_LAB_READER'], accountId: secretariat.accountId }, q, { y: year, op: 'OP0001' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should resolve a case reference for the core lab to nothing: the library names operators [R25]', async () => {
    const res = await h.as({ roles: ['CORE_LAB_READER'] }, graphql(`query CasesCoreLabEntity { _entities(representations: [{ __typename: "Case", registrationNumber: "CTO-2026-00001" }]) { ... on Case { operator { id } } } }`));
    expect(res.data!._entities).toEqual([null]);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
