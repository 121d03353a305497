import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRegistration } from '@registry/cases';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const REGISTER_FACILITY = graphql(`mutation RosterRegisterFacility($i: FacilityInput!) { registerFacility(input: $i) { id name location } }`);
const SITE = graphql(`mutation RosterSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }`);
const REGISTER_CASE = graphql(`mutation RosterRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }`);
const site = (facilityId: string) => ({ facilityId, ethicsApprovedOn: '2025-12-01', approvalNumber: `IRB-${facilityId}`, contractStatus: 'SIGNED' as const });

/** Facilities and the operators' roster reach the cases subgraph by events [R11][R17]. */
describe('facilities and the roster across the federation', () => {
  let t: TestRegistry;
  let secretariat: string;
  let siteF001: string;

  beforeAll(async () => {
    t = await startTestRegistry();
    secretariat = await t.login('secretariat');
    siteF001 = await t.login('site-f001');
    // The whole federation with its demo data: slow on a shared machine.
  }, 600_000);
  afterAll(() => t.stop());

  it('should refuse a site approval for a facility the operators subgraph never announced [R17]', async () => {
    const res = await t.gql(SITE, { token: secretariat, variables: { i: site('F9224') } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.facilityId' });
  });

  it('should accept a site approval once the facility is registered [R17][R34]', async () => {
    const registered = await t.gql(REGISTER_FACILITY, { token: secretariat, variables: { i: { name: 'Aoba Heart Center', prefecture: 'Miyagi', location: 'Sendai, Miyagi' } } });
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerFacility.id;
    expect(id).toBe('F006');
    await t.registry.settle();
    const res = await t.gql(SITE, { token: secretariat, variables: { i: site(id) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSiteApproval.readyToRegister).toBe(true);
  });

  it('should refuse registerFacility to a role that may not call it, and a taken ID [R34]', async () => {
    const operator = await t.login('OP0003');
    const refused = await t.gql(REGISTER_FACILITY, { token: operator, variables: { i: { name: 'X', prefecture: 'Tokyo', location: 'Tokyo' } } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const taken = await t.gql(REGISTER_FACILITY, { token: secretariat, variables: { i: { id: 'F001', name: 'X', prefecture: 'Tokyo', location: 'Tokyo' } } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('should refuse a case for an operator ID that does not exist, and keep the library whole [R11]', async () => {
    const res = await t.gql(REGISTER_CASE, { token: siteF001, variables: { i: exampleRegistration({ facilityId: 'F001', operatorId: 'OP9999', patientCode: 'F001-R1', procedureDate: '2026-04-02' }) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11', field: 'input.operatorId' });
    const reader = await t.login('OP0003');
    const library = await t.gql(graphql(`query RosterLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { name } } } }`), { token: reader });
    expect(library.errors).toBeUndefined();
    expect(library.data!.caseLibrary.nodes.length).toBeGreaterThan(0);
  });

  it('should refuse a case for an operator of another facility, and accept one of its own [R11][R18]', async () => {
    const other = await t.gql(REGISTER_CASE, { token: siteF001, variables: { i: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0003', patientCode: 'F001-R2', procedureDate: '2026-04-02' }) } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', field: 'input.operatorId' });
    const own = await t.gql(REGISTER_CASE, { token: siteF001, variables: { i: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0006', patientCode: 'F001-R3', procedureDate: '2026-04-02' }) } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.registerCase.registrationNumber).toMatch(/^CTO-2026-\d{5}$/);
  });
});
