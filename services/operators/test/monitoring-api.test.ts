import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import { codeOf, footprint, ruleOf, startOperators, travelTo, viewers, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';

const SET = graphql(`mutation MonitoringSet($input: MonitoringThresholdsInput!) { setMonitoringThresholds(input: $input) { fromYear maxComplicationRate setOn } }`);
const REVIEW = graphql(`query MonitoringReview($year: Int!) { monitoringReview(year: $year) { operatorId year cases complicationRate technicalSuccessRate deviations warning { reason } } }`);
const WARN = graphql(`mutation MonitoringWarn($op: ID!, $year: Int!) { issueWarning(operatorId: $op, year: $year, reason: "Complication rate above the published criterion") { operatorId year measures reason } }`);
const REVOKE = graphql(`mutation MonitoringRevoke($input: RevocationInput!) { revokeCertification(input: $input) { ground published decidedOn operator { id status } } }`);
const criteria = { minIndicationAppropriateRate: 80, maxComplicationRate: 10, minSuccessRate: 70 };

let serial = 0;

/** Publishes official results as the cases subgraph will (the contract in docs/architecture.md). */
async function officialResults(h: Harness, operatorId: string, year: number, good: number, withComplication: number): Promise<void> {
  await h.handle.db.transaction(async (tx) => {
    for (let i = 0; i < good + withComplication; i++) {
      serial += 1;
      await publish(tx, casesTopic, 'OfficialResultRecorded.v1', {
        registrationNumber: `CTO-${year}-${String(80000 + serial)}`,
        operatorId,
        year,
        technicalSuccess: true,
        procedureSuccess: i < good,
        complication: i >= good,
        indicationAppropriate: true,
      });
    }
  });
  await h.service.catchUp();
}

describe('monitoring, warnings and revocation through the operators API', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;

  beforeAll(async () => {
    travelTo('2026-06-01');
    const started = await startOperators();
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(async () => {
    await h.stop();
    vi.useRealTimers();
  });

  it('should refuse thresholds from someone without STEERING, or for a year that has ended, writing nothing [R38]', async () => {
    const before = await footprint(h);
    expect(codeOf(await h.as(v.op3, SET, { input: { fromYear: 2026, ...criteria } }))).toBe('FORBIDDEN');
    expect(ruleOf(await h.as(v.steering, SET, { input: { fromYear: 2025, ...criteria } }))).toBe('R38');
    expect(await footprint(h)).toEqual(before);
  });

  it('should let STEERING set thresholds and publish them to anyone [R38]', async () => {
    const res = await h.as(v.steering, SET, { input: { fromYear: 2026, ...criteria } });
    expect(res.data!.setMonitoringThresholds).toEqual({ fromYear: 2026, maxComplicationRate: 10, setOn: '2026-06-01' });
    const published = await h.as(v.anonymous, graphql(`query MonitoringThresholds { monitoringThresholds { fromYear minSuccessRate } }`));
    expect(published.data!.monitoringThresholds).toEqual([{ fromYear: 2026, minSuccessRate: 70 }]);
  });

  it('should refuse to judge a year before it ends [R15]', async () => {
    await officialResults(h, 'OP0003', 2026, 7, 3);
    await officialResults(h, 'OP0004', 2026, 10, 0);
    expect(ruleOf(await h.as(v.steering, REVIEW, { year: 2026 }))).toBe('R15');
  });

  it('should show STEERING the year-end deviations under the operator ID only [R15]', async () => {
    travelTo('2027-01-15');
    const res = await h.as(v.steering, REVIEW, { year: 2026 });
    expect(res.data!.monitoringReview).toEqual([{ operatorId: 'OP0003', year: 2026, cases: 10, complicationRate: 30, technicalSuccessRate: 100, deviations: ['COMPLICATION_RATE'], warning: null }]);
    for (const field of ['operator { name }', 'name', 'facility { name }']) {
      const probe = await h.as(v.steering, `{ monitoringReview(year: 2026) { operatorId ${field} } }`);
      expect(probe.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect((await h.as(v.op3, REVIEW, { year: 2026 })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should refuse a warning for figures within the criteria, or from someone without STEERING [R15][R38]', async () => {
    const before = await footprint(h);
    expect(ruleOf(await h.as(v.steering, WARN, { op: 'OP0004', year: 2026 }))).toBe('R15');
    expect(codeOf(await h.as(v.op4, WARN, { op: 'OP0003', year: 2026 }))).toBe('FORBIDDEN');
    expect(await footprint(h)).toEqual(before);
  });

  it('should warn a deviating operator with the reason, visible to that operator [R15][R38]', async () => {
    const res = await h.as(v.steering, WARN, { op: 'OP0003', year: 2026 });
    expect(res.data!.issueWarning).toEqual({ operatorId: 'OP0003', year: 2026, measures: ['COMPLICATION_RATE'], reason: 'Complication rate above the published criterion' });
    const own = await h.as(v.op3, graphql(`query MonitoringOwnWarnings { operator(id: "OP0003") { warnings { year measures } } }`));
    expect(own.data!.operator!.warnings).toEqual([{ year: 2026, measures: ['COMPLICATION_RATE'] }]);
    expect(ruleOf(await h.as(v.steering, WARN, { op: 'OP0003', year: 2026 }))).toBe('R15');
  });

  it('should refuse revoking a warned operator before the next year has shown no improvement [R15]', async () => {
    await officialResults(h, 'OP0003', 2027, 8, 2);
    const before = await footprint(h);
    const input = { operatorId: 'OP0003', ground: 'NO_IMPROVEMENT_AFTER_WARNING' as const, reason: 'No improvement', decisionRecord: 'Steering minutes 2027-02' };
    expect(ruleOf(await h.as(v.steering, REVOKE, { input }))).toBe('R15');
    expect(await footprint(h)).toEqual(before);
  });

  it('should revoke a warned operator whose next year did not improve, without publishing it [R15][R38]', async () => {
    travelTo('2028-01-20');
    const input = { operatorId: 'OP0003', ground: 'NO_IMPROVEMENT_AFTER_WARNING' as const, reason: 'Complication rate still 20% in 2027', decisionRecord: 'Steering minutes 2028-01' };
    expect(codeOf(await h.as(v.op5, REVOKE, { input }))).toBe('FORBIDDEN');
    const res = await h.as(v.steering2, REVOKE, { input });
    expect(res.data!.revokeCertification).toEqual({ ground: 'NO_IMPROVEMENT_AFTER_WARNING', published: false, decidedOn: '2028-01-20', operator: { id: 'OP0003', status: 'REVOKED' } });
    const history = await h.as(v.secretariat, graphql(`query MonitoringStatusHistory { operator(id: "OP0003") { statusHistory { from to rule reason } } }`));
    expect(history.data!.operator!.statusHistory!.at(-1)).toEqual({ from: 'CERTIFIED', to: 'REVOKED', rule: 'R15', reason: 'Complication rate still 20% in 2027' });
  });

  it('should publish a revocation for intentional exclusion of unfavourable cases [R10]', async () => {
    const input = { operatorId: 'OP0005', ground: 'EXCLUDED_UNFAVOURABLE_CASES' as const, reason: 'Three unfavourable cases withheld, verified against the cath-lab log', decisionRecord: 'Steering resolution 2028-03' };
    const res = await h.as(v.steering, REVOKE, { input });
    expect(res.data!.revokeCertification).toMatchObject({ published: true, operator: { status: 'REVOKED' } });
    const list = await h.as(v.anonymous, graphql(`query MonitoringPublishedRevocations { publishedRevocations { operatorName facility { name } revokedOn ground } }`));
    expect(list.data!.publishedRevocations).toEqual([{ operatorName: 'Akira Ito', facility: { name: 'Nishi Cardiovascular Hospital' }, revokedOn: '2028-01-20', ground: 'EXCLUDED_UNFAVOURABLE_CASES' }]);
  });

  it('should refuse revoking an operator twice [R10]', async () => {
    const input = { operatorId: 'OP0005', ground: 'EXCLUDED_UNFAVOURABLE_CASES' as const, reason: 'again', decisionRecord: 'none' };
    expect(ruleOf(await h.as(v.steering, REVOKE, { input }))).toBe('R10');
  });
});
