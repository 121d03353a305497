import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localYearOf } from '@registry/calendar';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { graphql } from '../gql/index.ts';

/**
 * The annual report through the gateway [R27][R41]: GraphQL and the CSV download at the
 * path the report names, with the user's token, refused to whoever may not read it. The
 * demo's cases are of the current year, so the report is a draft here; presenting and the
 * freeze are tested on the cases subgraph (services/cases/test/annual-report-api.test.ts).
 */
describe('the annual report through the gateway [R27][R41]', () => {
  let t: TestRegistry;
  let base: string;
  const get = (token: string | null, pathname: string) => fetch(`${base}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestRegistry();
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t?.stop());

  it('should let the secretariat read the year and download its CSV at the path the report gives [R41]', async () => {
    const token = await t.login('secretariat');
    // The registry's year is Japan's [R14]; the demo's cases are of it.
    const year = localYearOf(new Date());
    const res = await t.gql(graphql(`query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }`), { token, variables: { y: year } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.annualReport).toMatchObject({ year, csvPath: `/reports/annual/${year}.csv` });
    const csv = await get(token, res.data!.annualReport.csvPath);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain(`cto-pci-annual-report-${year}.csv`);
    const { numerator, denominator } = res.data!.annualReport.overall.technicalSuccess;
    expect((await csv.text()).split('\r\n')).toContain(`${year},${res.data!.annualReport.status},,OVERALL,ALL,TECHNICAL_SUCCESS,CORE_LAB,${numerator},${denominator},${denominator === 0 ? '' : Math.round((numerator * 1000) / denominator) / 10},,,,`);
  });

  it('should show the demo past years 2024 and 2025 presented, frozen with their SHA-256, and every J-CTO category and approach counted [R27][R41]', async () => {
    const token = await t.login('secretariat');
    for (const [year, cases] of [[2024, 35], [2025, 41]] as const) {
      const res = await t.gql(graphql(`query AnnualReportPastYears($y: Int!) { annualReport(year: $y) { status sha256 overall { cases technicalSuccess { numerator denominator } complications { kind rate { numerator } } } byJctoCategory { category figures { cases } } byApproach { approach figures { cases } } } }`), { token, variables: { y: year } });
      expect(res.errors).toBeUndefined();
      const r = res.data!.annualReport;
      // One case a year withdrew consent before the year was presented: never adopted [T8].
      expect(r).toMatchObject({ status: 'PRESENTED', overall: { cases } });
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.overall.technicalSuccess.numerator).toBeLessThan(cases);
      for (const c of r.byJctoCategory) expect(c.figures.cases).toBeGreaterThan(0);
      expect(r.byApproach.filter((a) => a.figures.cases > 0)).toHaveLength(2);
      expect(r.overall.complications.find((c) => c.kind === 'PERFORATION')!.rate.numerator).toBeGreaterThan(0);
    }
  });

  it('should refuse the CSV without a token and to an operator, as the query is refused', async () => {
    expect((await get(null, '/reports/annual/2026.csv')).status).toBe(401);
    // OP0003 is a certified operator and committee member, not on the steering committee.
    const operator = await t.login('OP0003');
    const refused = await get(operator, '/reports/annual/2026.csv');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'FORBIDDEN' });
  });
});
