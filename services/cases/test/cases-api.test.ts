import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';

const operator = { roles: ['OPERATOR' as const], accountId: '6b1f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d', operatorId: 'OP0001', facilityId: 'F001' };
const input = (patientCode: string) => ({
  facilityId: 'F001',
  operatorId: 'OP0001',
  patientCode,
  patientInitials: 'T.Y.',
  domestic: true,
  procedureDate: '2026-04-02',
  vessel: 'RCA' as const,
});

describe('cases subgraph API', () => {
  let h: SubgraphHarness<CasesService>;

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, createCasesService);
  });
  afterAll(() => h.stop());

  it('should issue registration numbers in the registry\'s own format, in order within a year [R31]', async () => {
    const ctx = h.service.contextFor(operator);
    const a = await ctx.cases.register(input('F001-X1'));
    const b = await ctx.cases.register(input('F001-X2'));
    expect(a.registrationNumber).toBe('CTO-2026-00001');
    expect(b.registrationNumber).toBe('CTO-2026-00002');
  });

  it('should refuse the same patient code twice at one facility, writing nothing [T5.3]', async () => {
    const ctx = h.service.contextFor(operator);
    await expect(ctx.cases.register(input('F001-X1'))).rejects.toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'T5.3' } });
    expect(await h.service.registrationNumbers()).toEqual(['CTO-2026-00001', 'CTO-2026-00002']);
  });

  it('should refuse a registration for another facility [R16]', async () => {
    const ctx = h.service.contextFor(operator);
    await expect(ctx.cases.register({ ...input('F002-X1'), facilityId: 'F002' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('should announce a completed registration once, on the durable bus [R18]', async () => {
    const ctx = h.service.contextFor(operator);
    await ctx.cases.complete('CTO-2026-00001', new Date('2026-04-03T00:00:00Z'));
    await expect(h.service.contextFor(operator).cases.complete('CTO-2026-00001')).rejects.toMatchObject({ extensions: { rule: 'R18' } });
    const events = await h.bus.read('cases', 0, 10);
    expect(events.map((e) => e.type)).toEqual(['CaseRegistered', 'CaseRegistered', 'RegistrationCompleted']);
    expect(events[2]!.payload).toEqual({ registrationNumber: 'CTO-2026-00001', operatorId: 'OP0001', completedOn: '2026-04-03', domestic: true });
    expect(JSON.stringify(events)).not.toContain('F001-X1');
  });

  it('should resolve a case reference for the core lab to nothing: the library names operators [R25]', async () => {
    const res = await h.as<any>({ roles: ['CORE_LAB_READER'] }, '{ _entities(representations: [{ __typename: "Case", registrationNumber: "CTO-2026-00001" }]) { ... on Case { operator { id } } } }');
    expect(res.data._entities).toEqual([null]);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
