import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphQLResponse } from '../../../test/support/harness.ts';
import { codeOf, completeCases, footprint, ruleOf, startOperators, travelTo, viewers, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';
import type { RenewalApiPageQueryVariables, RenewalApiRunMutation } from './gql/graphql.ts';

const RUN = graphql(`mutation RenewalApiRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } completedRegistrations domestic overseas statusBefore outcome consecutiveYearsUnder50 } } }`);
const QUESTION = graphql(`query RenewalApiQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id askedForYear answer } } }`);
const ANSWER = graphql(`mutation RenewalApiAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { askedForYear answer answeredOn } }`);
const HISTORY = graphql(`query RenewalApiHistory($id: ID!) { operator(id: $id) { statusHistory { from to effectiveOn rule reason } } }`);

describe('annual renewal through the operators API', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  const outcomes = (res: GraphQLResponse<RenewalApiRunMutation>) => Object.fromEntries(res.data!.runAnnualRenewal.results.map((r) => [r.operator.id, r.outcome]));

  beforeAll(async () => {
    // The registry in early 2031: 2027–2030 have ended and can be renewed.
    travelTo('2031-02-01');
    const started = await startOperators();
    h = started.h;
    v = viewers(started.accounts);
    for (const year of [2027, 2028, 2029]) await completeCases(h, 'OP0003', 10, `${year}-05-01`);
    await completeCases(h, 'OP0003', 50, '2030-06-01');
    for (const year of [2027, 2028]) await completeCases(h, 'OP0004', 10, `${year}-05-01`);
    for (const year of [2027, 2028, 2029, 2030]) {
      await completeCases(h, 'OP0005', 40, `${year}-03-01`);
      await completeCases(h, 'OP0005', 10, `${year}-09-01`, false);
    }
    await completeCases(h, 'OP0009', 60, '2027-07-01');
  });
  afterAll(async () => {
    await h.stop();
    vi.useRealTimers();
  });

  it('should refuse renewing a year that has not ended, writing nothing [R14]', async () => {
    const before = await footprint(h);
    expect(ruleOf(await h.as(v.secretariat, RUN, { year: 2031 }))).toBe('R14');
    expect(ruleOf(await h.as(v.secretariat, RUN, { year: 2032 }))).toBe('R14');
    expect(await footprint(h)).toEqual(before);
  });

  it('should refuse renewal by anyone but the secretariat as FORBIDDEN [R14]', async () => {
    expect(codeOf(await h.as(v.steering, RUN, { year: 2027 }))).toBe('FORBIDDEN');
    expect(codeOf(await h.as(v.op3, RUN, { year: 2027 }))).toBe('FORBIDDEN');
  });

  it('should preview a year\'s renewal with the outcomes the run then gives, paged by operator ID, writing nothing, for the secretariat only [R10][R14]', async () => {
    const PREVIEW = graphql(`query RenewalApiPreview($year: Int!, $first: Int, $after: ID) { annualRenewalPreview(year: $year) { year asOf results(first: $first, after: $after) { operator { id } outcome completedRegistrations } } }`);
    const before = await footprint(h);
    const res = await h.as(v.secretariat, PREVIEW, { year: 2027 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.annualRenewalPreview).toMatchObject({ year: 2027, asOf: '2031-02-01' });
    const previewed = Object.fromEntries(res.data!.annualRenewalPreview!.results.map((r) => [r.operator.id, r.outcome]));
    expect(previewed).toMatchObject({ OP0003: 'LEAN', OP0004: 'LEAN', OP0005: 'MET', OP0009: 'RETURNS_CERTIFIED', OP0001: 'LEAN' });
    const ids = res.data!.annualRenewalPreview!.results.map((r) => r.operator.id);
    expect(ids).toEqual([...ids].sort());
    const second = await h.as(v.secretariat, PREVIEW, { year: 2027, first: 2, after: ids[1] });
    expect(second.data!.annualRenewalPreview!.results.map((r) => r.operator.id)).toEqual(ids.slice(2, 4));
    expect(await footprint(h)).toEqual(before);
    expect(ruleOf(await h.as(v.secretariat, PREVIEW, { year: 2031 }))).toBe('R14');
    expect(codeOf(await h.as(v.steering, PREVIEW, { year: 2027 }))).toBe('FORBIDDEN');
    // The run decides what the preview said.
    const run = await h.as(v.secretariat, RUN, { year: 2027 });
    expect(outcomes(run)).toEqual(previewed);
    expect((await h.as(v.secretariat, PREVIEW, { year: 2027 })).data!.annualRenewalPreview).toBeNull();
  });

  it('should count every completed registration of the year, overseas included, and return an OB who reached 50 [R10][R13][R14]', async () => {
    const res = await h.as(v.secretariat, RUN, { year: 2027 });
    expect(res.errors).toBeUndefined();
    expect(outcomes(res)).toMatchObject({ OP0003: 'LEAN', OP0004: 'LEAN', OP0005: 'MET', OP0009: 'RETURNS_CERTIFIED', OP0001: 'LEAN' });
    const op5 = res.data!.runAnnualRenewal.results.find((r) => r.operator.id === 'OP0005');
    expect(op5).toMatchObject({ completedRegistrations: 50, domestic: 40, overseas: 10 });
    const history = await h.as(v.secretariat, HISTORY, { id: 'OP0009' });
    expect(history.data!.operator!.statusHistory!.at(-1)).toMatchObject({ from: 'OB', to: 'CERTIFIED', rule: 'R10', effectiveOn: '2031-02-01' });
  });

  it('should change nothing when the same year is renewed twice [R14]', async () => {
    const before = await footprint(h);
    const res = await h.as(v.secretariat, RUN, { year: 2027 });
    expect(outcomes(res)).toMatchObject({ OP0003: 'LEAN', OP0009: 'RETURNS_CERTIFIED' });
    expect(await footprint(h)).toEqual(before);
  });

  it('should refuse skipping a year [R14]', async () => {
    expect(ruleOf(await h.as(v.secretariat, RUN, { year: 2029 }))).toBe('R14');
  });

  it('should ask whether to continue after a second consecutive year under 50 [R10]', async () => {
    const res = await h.as(v.secretariat, RUN, { year: 2028 });
    expect(outcomes(res)).toMatchObject({ OP0003: 'ASK_TO_CONTINUE', OP0004: 'ASK_TO_CONTINUE', OP0005: 'MET' });
    const asked = await h.as(v.op3, QUESTION, { id: 'OP0003' });
    expect(asked.data!.operator).toMatchObject({ status: 'CERTIFIED', continuationQuestion: { askedForYear: 2028, answer: null } });
  });

  it("should refuse an answer to another operator's question [R10]", async () => {
    const { id } = (await h.as(v.op3, QUESTION, { id: 'OP0003' })).data!.operator!.continuationQuestion!;
    expect((await h.as(v.op5, ANSWER, { id, a: 'DECLINE' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should make an operator who declines OB at once [R10]', async () => {
    const { id } = (await h.as(v.op4, QUESTION, { id: 'OP0004' })).data!.operator!.continuationQuestion!;
    const res = await h.as(v.op4, ANSWER, { id, a: 'DECLINE' });
    expect(res.data!.answerContinuationQuestion).toEqual({ askedForYear: 2028, answer: 'DECLINE', answeredOn: '2031-02-01' });
    const history = await h.as(v.op4, HISTORY, { id: 'OP0004' });
    expect(history.data!.operator!.statusHistory!.at(-1)).toMatchObject({ from: 'CERTIFIED', to: 'OB', rule: 'R10' });
  });

  it('should make an operator who continued OB after a third year under 50 [R10]', async () => {
    const { id } = (await h.as(v.op3, QUESTION, { id: 'OP0003' })).data!.operator!.continuationQuestion!;
    expect((await h.as(v.op3, ANSWER, { id, a: 'CONTINUE' })).data!.answerContinuationQuestion.answer).toBe('CONTINUE');
    expect(ruleOf(await h.as(v.op3, ANSWER, { id, a: 'DECLINE' }))).toBe('R10');
    const res = await h.as(v.secretariat, RUN, { year: 2029 });
    expect(outcomes(res)).toMatchObject({ OP0003: 'BECOMES_OB', OP0004: 'REMAINS_OB' });
    const history = await h.as(v.op3, HISTORY, { id: 'OP0003' });
    expect(history.data!.operator!.statusHistory!.at(-1)).toMatchObject({ from: 'CERTIFIED', to: 'OB', rule: 'R10' });
  });

  it('should refuse renewing an earlier year again once a later one ran [R14]', async () => {
    expect(ruleOf(await h.as(v.secretariat, RUN, { year: 2026 }))).toBe('R14');
  });

  it('should return an OB operator to CERTIFIED after a year of 50 [R10]', async () => {
    const res = await h.as(v.secretariat, RUN, { year: 2030 });
    expect(outcomes(res)).toMatchObject({ OP0003: 'RETURNS_CERTIFIED', OP0005: 'MET' });
    const list = await h.as(v.anonymous, graphql(`query RenewalApiCertified { certifiedOperators { id } }`));
    expect(list.data!.certifiedOperators.map((o) => o.id)).toContain('OP0003');
  });

  it('should page a renewal\'s results by operator ID, at most 500 a page [R14][15.1]', async () => {
    const q = graphql(`query RenewalApiPage($first: Int, $after: ID) { annualRenewal(year: 2029) { results(first: $first, after: $after) { operator { id } } } }`);
    const ids = async (variables: RenewalApiPageQueryVariables) => (await h.as(v.dataCenter, q, variables)).data!.annualRenewal!.results.map((r) => r.operator.id);
    const all = await ids({});
    expect(all.length).toBeGreaterThan(2);
    expect([...all].sort()).toEqual(all);
    const walked: string[] = [];
    for (let after: string | undefined, pages = 0; pages < 100; pages++) {
      const page = await ids({ first: 2, after });
      walked.push(...page);
      if (page.length < 2) break;
      after = page[page.length - 1];
    }
    expect(walked).toEqual(all);
    for (const first of [0, 501]) {
      expect((await h.as(v.dataCenter, q, { first })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('should show a renewal to the data center but not to an operator [R14]', async () => {
    const q = graphql(`query RenewalApiShown { annualRenewal(year: 2029) { year results { operator { id } outcome } } }`);
    expect((await h.as(v.dataCenter, q)).data!.annualRenewal!.year).toBe(2029);
    expect((await h.as(v.op5, q)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
