import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { fixedCalendar } from '@registry/calendar';
import { adjudicationTopic } from '@registry/contracts';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { FLAGGED_OPERATOR } from '../src/seed/history.ts';
import { seedHistory } from '../src/seed/history-seed.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import { announceDemoRoster } from './support/roster.ts';

// Risk-adjusted monitoring through the cases subgraph's API on the demo history (2024 and
// 2025 presented, the data center's model fitted on both at seeding) [R15][R27][R38].
const LOGINS = ['secretariat', 'datacenter', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'];
const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));
const STEERING: Viewer = { roles: [Role.Operator, Role.Steering], accountId: randomUUID(), operatorId: 'OP0002', facilityId: 'F002' };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: accounts.get('datacenter') };
const SECRETARIAT: Viewer = { roles: [Role.Secretariat], accountId: accounts.get('secretariat') };
const OPERATOR: Viewer = { roles: [Role.Operator], accountId: accounts.get('OP0005'), operatorId: 'OP0005', facilityId: 'F005' };
const ANYONE: Viewer = { roles: [] };

graphql(`fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }
  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }`);
const FIT = graphql(`mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }`);
const MODELS = graphql(`query RiskApiModels { riskModels { ...RiskModelApiFields } }`);
const REVIEW = graphql(`query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }
  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }
  overdispersion { operators phi pValue tau2 applied }
  funnel { cases lower95 upper95 lower998 upper998 } } }`);
const MODEL_IDS = graphql(`query RiskApiModelIds { riskModels { id years } }`);

describe('risk-adjusted monitoring of technical success [R15][R27][R38]', () => {
  let h: SubgraphHarness<CasesService>;
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
  const rows = async (query: string): Promise<Record<string, unknown>[]> => {
    const r = await h.handle.db.execute(sql.raw(query));
    return Array.isArray(r) ? (r as Record<string, unknown>[]) : (r as { rows: Record<string, unknown>[] }).rows;
  };
  /** The database's refusal, whichever driver: the messages down the error's causes. */
  const refusal = async (statement: string) => {
    try {
      await h.handle.db.execute(sql.raw(statement));
      return 'accepted';
    } catch (err) {
      const out: string[] = [];
      for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) out.push(String((e as Error).message));
      return out.join(' | ');
    }
  };
  const written = async () => (await rows('select (select count(*)::int from cases.risk_models) as models, (select count(*)::int from cases.risk_model_coefficients) as coefficients'))[0];

  beforeAll(async () => {
    // The registry stands on 3 December 2026: 2024 and 2025 are presented, 2026 is not.
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2026-12-03T03:00:00Z') }));
    await announceDemoRoster(h.handle, h.service);
    await seedHistory(h.service, accounts);
  });
  afterAll(() => h?.stop());

  it('[R15][R27] should fit the model only on frozen years: a year not presented is refused with its rule and path, and nothing is written', async () => {
    const before = await written();
    expect(code(await h.as(DATA_CENTER, FIT, { years: [2025, 2026] }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'years.1' });
    expect(code(await h.as(DATA_CENTER, FIT, { years: [2023] }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'years.0' });
    expect(await written()).toEqual(before);
  });

  it('[R15][R27] should store the coefficients with the years they came from, fitted on the cases those years adopted', async () => {
    const listed = await h.as(STEERING, MODELS);
    expect(listed.errors).toBeUndefined();
    const seeded = listed.data!.riskModels[0]!;
    // 2024 and 2025 adopted 35 and 41 cases (one withdrawal a year before presenting).
    expect(seeded).toMatchObject({ years: [2024, 2025], cases: 76 });
    expect(seeded.coefficients.map((c) => c.term)).toEqual(['INTERCEPT', 'JCTO_SCORE', 'PROGRESS_CTO_SCORE']);
    expect(seeded.coefficients.every((c) => c.years.join() === '2024,2025')).toBe(true);
    // A harder lesion lowers the odds of success in the demo's data (seed/history.ts).
    expect(seeded.coefficients[1]!.oddsRatio).toBeLessThan(1);
    const stored = await rows(`select term, years from cases.risk_model_coefficients where model_id = '${seeded.id}' order by term`);
    expect(stored).toEqual([
      { term: 'INTERCEPT', years: [2024, 2025] },
      { term: 'JCTO_SCORE', years: [2024, 2025] },
      { term: 'PROGRESS_CTO_SCORE', years: [2024, 2025] },
    ]);
    expect(seeded.calibration.groups.reduce((sum, g) => sum + g.cases, 0)).toBe(76);
    expect(seeded.calibration.pValue).toBeGreaterThan(0.05);
  });

  it('[R15][R27][R28b] should fit a frozen year on its results as they froze: a later ruling changes the monitoring, never the refitted model', async () => {
    const first = await h.as(DATA_CENTER, FIT, { years: [2024] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.fitRiskModel).toMatchObject({ years: [2024], cases: 35 });
    // In sample, a logistic model with an intercept expects exactly the successes it saw.
    const inSample = await h.as(STEERING, REVIEW, { year: 2024, modelId: first.data!.fitRiskModel.id });
    expect(inSample.data!.riskAdjustedMonitoring.expected).toBeCloseTo(inSample.data!.riskAdjustedMonitoring.observed, 6);
    // A ruling after the freeze overturns one 2024 success [R28b].
    const [success] = await rows(`select r.registration_number as n from cases.core_lab_results r join cases.annual_report_cases a using (registration_number) where a.year = 2024 and (r.judgement->>'technicalSuccess')::boolean order by 1 limit 1`);
    const registrationNumber = String(success!['n']);
    await h.handle.db.transaction((tx) => publish(tx, adjudicationTopic, 'RulingChangedResult.v1', { registrationNumber, matterId: randomUUID(), rulingId: randomUUID(), changes: [{ field: 'technicalSuccess', from: true, to: false }] }));
    await h.service.catchUp();
    const refitted = await h.as(DATA_CENTER, FIT, { years: [2024] });
    expect(refitted.data!.fitRiskModel.id).not.toBe(first.data!.fitRiskModel.id);
    expect(refitted.data!.fitRiskModel.coefficients.map((c) => c.estimate)).toEqual(first.data!.fitRiskModel.coefficients.map((c) => c.estimate));
    const after = await h.as(STEERING, REVIEW, { year: 2024, modelId: first.data!.fitRiskModel.id });
    expect(after.data!.riskAdjustedMonitoring.observed).toBe(inSample.data!.riskAdjustedMonitoring.observed - 1);
  });

  it('[R15] should keep a fitted model as fitted: the database refuses any UPDATE, DELETE or TRUNCATE of a model or its coefficients', async () => {
    for (const statement of [
      'update cases.risk_model_coefficients set estimate = 0',
      'delete from cases.risk_model_coefficients',
      'truncate cases.risk_model_coefficients',
      "update cases.risk_models set years = '{2026}'",
      'delete from cases.risk_models',
      'truncate cases.risk_models cascade',
    ]) {
      expect(await refusal(statement)).toMatch(/kept as fitted/);
    }
  });

  it('[R15][R38] should flag the operator beyond the 99.8 % limit for the steering committee, under the operator ID only', async () => {
    const res = await h.as(STEERING, REVIEW, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const m = res.data!.riskAdjustedMonitoring;
    const models = (await h.as(STEERING, MODEL_IDS)).data!.riskModels;
    // Without a model named, the latest fitted one.
    expect(m.model.id).toBe(models[0]!.id);
    const seeded = models.find((x) => x.years.join() === '2024,2025')!;
    const byDemoModel = (await h.as(DATA_CENTER, REVIEW, { year: 2025, modelId: seeded.id })).data!.riskAdjustedMonitoring;
    expect(byDemoModel.cases).toBe(41);
    const flagged = byDemoModel.operators.filter((o) => o.flaggedForReview);
    expect(flagged.map((o) => o.operatorId)).toEqual([FLAGGED_OPERATOR.operatorId]);
    const op = flagged[0]!;
    expect(op.position).toBe('BELOW_998');
    expect(op.observedToExpected).toBeLessThan(op.limits.lower998);
    expect(op.observedToExpected).toBeCloseTo(op.observed / op.expected, 10);
    expect(op.interval95.lower).toBeLessThan(op.observedToExpected);
    expect(op.interval95.upper).toBeGreaterThan(op.observedToExpected);
    expect(byDemoModel.funnel.at(-1)!.cases).toBeGreaterThanOrEqual(Math.max(...byDemoModel.operators.map((o) => o.cases)));
    // Six operators: overdispersion is estimated, never applied to so few (docs/monitoring.md).
    expect(byDemoModel.overdispersion).toMatchObject({ operators: 6, applied: false });
    expect(byDemoModel.overdispersion.phi).toBeGreaterThan(1);
    // The type has no field that would name the operator or the facility [R15].
    const sdl = parse(readFileSync(new URL('../../../schema/cases/risk-monitoring.graphql', import.meta.url), 'utf8'));
    const type = sdl.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'OperatorObservedExpected')!;
    expect(type.fields!.map((f) => f.name.value).join(' ')).not.toMatch(/name|facility|operator[^I]/i);
  });

  it('[R15][R38] should refuse the secretariat, an operator and an anonymous visitor, and fitting by anyone but the data center', async () => {
    for (const who of [SECRETARIAT, OPERATOR]) {
      expect(code(await h.as(who, REVIEW, { year: 2025 }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(code(await h.as(who, MODEL_IDS))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(code(await h.as(ANYONE, REVIEW, { year: 2025 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const before = await written();
    expect(code(await h.as(STEERING, FIT, { years: [2024] }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(SECRETARIAT, FIT, { years: [2024] }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(ANYONE, FIT, { years: [2024] }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await written()).toEqual(before);
  });

  it('[R15] should answer bad input with a code and the field path, writing nothing', async () => {
    const before = await written();
    expect(code(await h.as(DATA_CENTER, FIT, { years: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
    expect(code(await h.as(DATA_CENTER, FIT, { years: [2024, 2024] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years.1' });
    expect(code(await h.as(DATA_CENTER, FIT, { years: [1999] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years.0' });
    expect(await written()).toEqual(before);
    expect(code(await h.as(STEERING, REVIEW, { year: 2026 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(STEERING, REVIEW, { year: 1999 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(STEERING, REVIEW, { year: 2025, modelId: 'not-a-model' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modelId' });
    expect(code(await h.as(STEERING, REVIEW, { year: 2025, modelId: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
