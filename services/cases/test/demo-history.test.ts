import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { fixedCalendar } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { seedHistory } from '../src/seed/history-seed.ts';
import { DEMO_CORRECTION } from '../src/seed/history-writer.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';
import { graphql } from './gql/index.ts';

const accounts = new Map(['secretariat', 'datacenter', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'].map((l) => [l, randomUUID()]));
const SECRETARIAT: Viewer = { roles: [Role.Secretariat], accountId: accounts.get('secretariat') };
const REPORT = graphql(`query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }`);

describe("the demo's past years [R27][R28b]", () => {
  let h: SubgraphHarness<CasesService>;
  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2026-12-03T03:00:00Z') }));
    await announceDemoRoster(h.handle, h.service);
    await seedHistory(h.service, accounts);
  }, 120_000);
  afterAll(() => h?.stop());

  it('[R28b] should show a ruling after 2025 was presented as a correction beside its frozen report, the figures as presented', async () => {
    const last = await h.as(SECRETARIAT, REPORT, { y: 2025 });
    expect(last.errors).toBeUndefined();
    expect(last.data!.annualReport).toMatchObject({ status: 'PRESENTED', overall: { cases: 41 } });
    expect(last.data!.annualReport!.corrections).toEqual([{ registrationNumber: expect.stringMatching(/^CTO-2025-\d{5}$/), field: 'complication', from: 'false', to: 'true', rulingId: DEMO_CORRECTION.rulingId, changedAt: '2026-03-16T03:00:00.000Z' }]);
    // The frozen snapshot is the one presented: its recorded SHA-256 is the report's.
    const r = await h.handle.db.execute(sql`select sha256 from cases.annual_reports where year = 2025`);
    const stored = (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { sha256: string }[];
    expect(stored[0]!.sha256).toBe(last.data!.annualReport!.sha256);
    const first = await h.as(SECRETARIAT, REPORT, { y: 2024 });
    expect(first.data!.annualReport!.corrections).toEqual([]);
  });

  it('[R28b] should name no person as the actor of the change a ruling made in the audit trail, and ask the operators subgraph for none', async () => {
    const n = (await h.as(SECRETARIAT, REPORT, { y: 2025 })).data!.annualReport!.corrections[0]!.registrationNumber;
    const trail = await h.as({ roles: [Role.DataCenter], accountId: accounts.get('datacenter') }, graphql(`query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }`), { n });
    expect(trail.errors).toBeUndefined();
    const byRuling = trail.data!.case!.auditTrail!.filter((e) => e.field === 'officialResult.complication');
    expect(byRuling.length).toBeGreaterThan(0);
    for (const entry of byRuling) expect(entry.actor).toBeNull();
  });

  it('[R28b] should seed once: a second run writes no second correction', async () => {
    await seedHistory(h.service, accounts);
    expect((await h.as(SECRETARIAT, REPORT, { y: 2025 })).data!.annualReport!.corrections).toHaveLength(1);
  });
});
