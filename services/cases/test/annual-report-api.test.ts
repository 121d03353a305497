import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, signInternalToken, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { adjudicationTopic } from '@registry/contracts';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CoreLabJudgement } from '../src/core-lab/read-fields.ts';
import { DEMO_CASES } from '../src/seed/demo.ts';
import type { CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { AnnualReportPresentMutation } from './gql/graphql.ts';
import { refusalOf, rowsOf, startEndedYear } from './support/ended-year.ts';

const SECRETARIAT: Viewer = { roles: [Role.Secretariat], accountId: randomUUID() };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: randomUUID() };
const OPERATOR: Viewer = { roles: [Role.Operator], accountId: randomUUID(), operatorId: 'OP0001', facilityId: 'F001' };

const REPORT = graphql(`query AnnualReportReport($y: Int!) { annualReport(year: $y) { year status sha256 content presentedAt csvPath
  adoption { domesticCases adopted notComplete awaitingOfficialResult consentWithdrawn }
  overall { cases technicalSuccess { numerator denominator percent } procedureSuccess { numerator denominator } indicationAppropriate { numerator denominator } complications { kind source rate { numerator denominator } } }
  byJctoCategory { category figures { cases technicalSuccess { numerator denominator } } }
  byApproach { approach figures { cases } } byExperienceBand { band figures { cases } }
  corrections { registrationNumber field from to rulingId changedAt } } }`);
const PRESENT = graphql(`mutation AnnualReportPresent($y: Int!) { presentAnnualReport(year: $y) { year status sha256 content } }`);
const FEES = graphql(`query AnnualReportFees { feeStatement(facilityId: "F001", year: 2026) { lines { case { registrationNumber } total } } }`);
const OFFICIAL = graphql(`query AnnualReportOfficial($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } } } }`);

describe('the annual report: official results only, frozen once presented [R20][R27][R28b][R41]', () => {
  let h: SubgraphHarness<CasesService>;
  let numbers: string[];
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
  const rows = (query: string) => rowsOf(h.handle, query);
  const written = async () => ({
    reports: (await rows('select count(*)::int as n from cases.annual_reports'))[0]!['n'],
    cases: (await rows('select count(*)::int as n from cases.annual_report_cases'))[0]!['n'],
    adopted: (await rows('select count(*)::int as n from cases.cases where report_year is not null'))[0]!['n'],
    audit: (await rows(`select count(*)::int as n from cases.audit_entries where action = 'ADOPTED_FOR_ANNUAL_REPORT'`))[0]!['n'],
  });
  const refusal = (statement: string) => refusalOf(h.handle, statement);
  const ruling = async (registrationNumber: string, field: 'technicalSuccess' | 'complication', from: boolean, to: boolean) => {
    const rulingId = randomUUID();
    await h.handle.db.transaction((tx) => publish(tx, adjudicationTopic, 'RulingChangedResult.v1', { registrationNumber, matterId: randomUUID(), rulingId, changes: [{ field, from, to }] }));
    await h.service.catchUp();
    return rulingId;
  };
  beforeAll(async () => {
    // The registry stands in February 2027: 2026, the demo's year, has ended.
    // Ten complete domestic cases (three are incomplete, one overseas); eight get an official result.
    const reads: Partial<CoreLabJudgement>[] = [{}, {}, { technicalSuccess: false }, { perforation: 'ELLIS_II' }, { bluntStump: false }, { calcification: true, bending: true }, { ctoStatus: 'SUBTOTAL' }, {}];
    let completeDomestic: string[];
    ({ h, numbers, completeDomestic } = await startEndedYear(reads));
    expect(completeDomestic).toHaveLength(10);
  });
  afterAll(() => h?.stop());

  it('should show a draft of an ended year from the official results, each figure with numerator and denominator [R27]', async () => {
    const res = await h.as(DATA_CENTER, REPORT, { y: 2026 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.annualReport;
    expect(r).toMatchObject({ year: 2026, status: 'DRAFT', sha256: null, presentedAt: null, corrections: [], csvPath: '/reports/annual/2026.csv' });
    expect(r.adoption).toEqual({ domesticCases: 13, adopted: 8, notComplete: 3, awaitingOfficialResult: 2, consentWithdrawn: 0 });
    expect(r.overall).toMatchObject({ cases: 8, technicalSuccess: { numerator: 7, denominator: 8, percent: 87.5 }, procedureSuccess: { numerator: 6, denominator: 8 }, indicationAppropriate: { numerator: 7, denominator: 8 } });
    const kind = (k: string) => r.overall.complications.find((c) => c.kind === k);
    expect(kind('PERFORATION_ELLIS_II')).toEqual({ kind: 'PERFORATION_ELLIS_II', source: 'CORE_LAB', rate: { numerator: 1, denominator: 8 } });
    expect(kind('DEATH')).toMatchObject({ source: 'CASE_REPORT_FORM', rate: { numerator: 0, denominator: 8 } });
    expect(r.byJctoCategory.map((g) => [g.category, g.figures.cases])).toEqual([['EASY', 1], ['INTERMEDIATE', 6], ['DIFFICULT', 0], ['VERY_DIFFICULT', 1]]);
    // The demo form tries antegrade, then crosses retrograde.
    expect(r.byApproach.map((g) => [g.approach, g.figures.cases])).toEqual([['ANTEGRADE', 0], ['RETROGRADE', 8], ['NOT_RECORDED', 0]]);
    expect(r.byExperienceBand.map((g) => [g.band, g.figures.cases])).toEqual([['NONE_BEFORE', 8], ['UNDER_50', 0], ['FROM_50_TO_149', 0], ['FROM_150', 0]]);
  });

  it('should let only the secretariat, the data center and the steering committee read it [R41]', async () => {
    expect(code(await h.as(OPERATOR, REPORT, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as({ roles: [Role.CoreLabReader], accountId: randomUUID() }, REPORT, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.as({ roles: [Role.Steering], accountId: randomUUID() }, REPORT, { y: 2026 })).data!.annualReport.status).toBe('DRAFT');
  });

  it('should refuse to present a year not ended, a future one, one with no case, or by anyone but the secretariat, writing nothing [R27][R41]', async () => {
    const before = await written();
    expect(code(await h.as(SECRETARIAT, PRESENT, { y: 2027 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(SECRETARIAT, PRESENT, { y: 2031 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(SECRETARIAT, PRESENT, { y: 1999 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(SECRETARIAT, PRESENT, { y: 2025 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'year' });
    expect(code(await h.as(DATA_CENTER, PRESENT, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(DATA_CENTER, REPORT, { y: 2031 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await written()).toEqual(before);
  });

  let presented: AnnualReportPresentMutation['presentAnnualReport'];
  let rulingBefore: string;
  let draftOverall: unknown;

  it('should present a year once: adopt its cases, store the content with its SHA-256 and freeze it [R20][R27]', async () => {
    // A ruling before presenting is part of the official result the report counts [R28b].
    const first = numbers.filter((_, i) => DEMO_CASES[i]!.complete && DEMO_CASES[i]!.domestic)[0]!;
    rulingBefore = await ruling(first, 'technicalSuccess', true, false);
    draftOverall = (await h.as(DATA_CENTER, REPORT, { y: 2026 })).data!.annualReport.overall;
    expect(draftOverall).toMatchObject({ technicalSuccess: { numerator: 6, denominator: 8 } });

    const res = await h.as(SECRETARIAT, PRESENT, { y: 2026 });
    expect(res.errors).toBeUndefined();
    presented = res.data!.presentAnnualReport;
    expect(presented).toMatchObject({ year: 2026, status: 'PRESENTED' });
    expect(presented.sha256).toBe(createHash('sha256').update(presented.content, 'utf8').digest('hex'));
    const [stored] = await rows('select content, sha256, presented_by from cases.annual_reports where year = 2026');
    expect(stored).toEqual({ content: presented.content, sha256: presented.sha256, presented_by: SECRETARIAT.accountId });
    expect(createHash('sha256').update(String(stored!['content']), 'utf8').digest('hex')).toBe(stored!['sha256']);
    expect(await written()).toMatchObject({ reports: 1, cases: 8, adopted: 8, audit: 8 });
    // The fees now count the adopted cases [R20]: F001's adopted ones appear on its statement.
    const statement = await h.as(SECRETARIAT, FEES);
    expect(statement.data!.feeStatement.lines.length).toBeGreaterThan(0);
  });

  it('should refuse to present a frozen year again, writing nothing [R27]', async () => {
    const before = await written();
    expect(code(await h.as(SECRETARIAT, PRESENT, { y: 2026 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'year' });
    expect(await written()).toEqual(before);
  });

  it('should have the database refuse any UPDATE, DELETE or TRUNCATE of a frozen snapshot [R27]', async () => {
    for (const statement of [
      `update cases.annual_reports set content = '{}', sha256 = 'x' where year = 2026`,
      `delete from cases.annual_reports where year = 2026`,
      `truncate cases.annual_reports cascade`,
      `update cases.annual_report_cases set applied_changes = '{}'`,
      `delete from cases.annual_report_cases`,
      `truncate cases.annual_report_cases`,
    ]) {
      expect(await refusal(statement)).toMatch(/frozen/);
    }
    const [stored] = await rows('select content, sha256 from cases.annual_reports where year = 2026');
    expect(stored).toEqual({ content: presented.content, sha256: presented.sha256 });
    expect(await written()).toMatchObject({ reports: 1, cases: 8 });
  });

  it('should list a ruling after the freeze as a correction and keep the figures as presented [R28b]', async () => {
    const adopted = numbers.filter((_, i) => DEMO_CASES[i]!.complete && DEMO_CASES[i]!.domestic);
    const rulingAfter = await ruling(adopted[1]!, 'technicalSuccess', true, false);
    const res = await h.as(SECRETARIAT, REPORT, { y: 2026 });
    const r = res.data!.annualReport;
    expect(r).toMatchObject({ status: 'PRESENTED', sha256: presented.sha256, content: presented.content });
    expect(r.overall).toEqual(draftOverall);
    expect(r.corrections).toEqual([{ registrationNumber: adopted[1], field: 'technicalSuccess', from: 'true', to: 'false', rulingId: rulingAfter, changedAt: expect.any(String) }]);
    expect(r.corrections.map((c) => c.rulingId)).not.toContain(rulingBefore);
    // The case itself shows the ruling: only the frozen report does not.
    const c = await h.as(DATA_CENTER, OFFICIAL, { n: adopted[1]! });
    expect(c.data!.case!.officialResult!.outcomes.technicalSuccess).toBe(false);
  });

  it('should serve the report as CSV with every figure\'s numerator and denominator, to those who may read it [R27][R41]', async () => {
    const get = async (viewer: Viewer | null, path = '/reports/annual/2026.csv') => {
      const headers: Record<string, string> = viewer ? { authorization: `Bearer ${await signInternalToken(viewer, 'cases', h.keys.internalPrivate!)}` } : {};
      return fetch(new URL(path, h.url), { headers });
    };
    const res = await get(DATA_CENTER);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('year,status,sha256,breakdown,group,figure,source,numerator,denominator,percent,from,to,ruling_id,changed_at');
    expect(lines).toContain(`2026,PRESENTED,${presented.sha256},OVERALL,ALL,TECHNICAL_SUCCESS,CORE_LAB,6,8,75,,,,`);
    expect(lines).toContain(`2026,PRESENTED,${presented.sha256},JCTO_CATEGORY,DIFFICULT,TECHNICAL_SUCCESS,CORE_LAB,0,0,,,,,`);
    expect(lines.filter((l) => l.includes(',POST_FREEZE_CORRECTION,'))).toHaveLength(1);
    expect((await get(null)).status).toBe(401);
    expect(await (await get(OPERATOR)).json()).toMatchObject({ error: 'FORBIDDEN' });
    expect(await (await get(DATA_CENTER, '/reports/annual/2031.csv')).json()).toMatchObject({ error: 'BAD_USER_INPUT', field: 'year' });
  });
});
