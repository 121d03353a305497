import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@registry/auth';
import { OperatorStatus } from '../src/operators/operator-status.ts';
import { codeOf, completeCases, movableCalendar, ruleOf, startOperators, viewers, type Harness } from './kit.ts';
import type { GraphQLResponse } from '../../../test/support/harness.ts';
import { graphql } from './gql/index.ts';
import type { RenewalCalendarRunMutation } from './gql/graphql.ts';

const RUN = graphql(`mutation RenewalCalendarRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } outcome consecutiveYearsUnder50 completedRegistrations } } }`);
const QUESTION = graphql(`query RenewalCalendarQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id } } }`);
const ANSWER = graphql(`mutation RenewalCalendarAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { answer } }`);

type Run = RenewalCalendarRunMutation['runAnnualRenewal'];
const byOperator = (res: GraphQLResponse<RenewalCalendarRunMutation>): Record<string, Run['results'][number]> => Object.fromEntries(res.data!.runAnnualRenewal.results.map((r) => [r.operator!.id, r]));

/**
 * The registry's calendar is Japan's: a test stands at 23:59 and 00:01 JST on 31 December
 * and 1 January, and operators certified in 2026 are renewed for the years before.
 */
describe('renewal on the registry calendar', () => {
  // 2026-12-01 12:00 JST.
  const calendar = movableCalendar('2026-12-01T03:00:00Z');
  let h: Harness;
  let v: ReturnType<typeof viewers>;

  beforeAll(async () => {
    const started = await startOperators(calendar);
    h = started.h;
    v = viewers(started.accounts);
    const system = h.service.contextFor({ roles: [Role.Secretariat] });
    await h.service.transaction(async (tx, unit) => {
      const { now } = unit;
      for (const [id, since] of [['OP0101', '2026-03-01'], ['OP0102', '2026-07-15']] as const) {
        await system.operators.enrol(tx, { id, name: `New Operator ${id}`, facilityId: 'F002', status: OperatorStatus.Certified, effectiveOn: since, reason: 'Certified after review', rule: 'R11' }, null, now);
      }
      await system.accounts.open(unit, { loginId: 'OP0101', displayName: 'New Operator OP0101', password: 'unused-demo-password', roles: [], operatorId: 'OP0101' });
    });
    await completeCases(h, 'OP0003', 50, '2024-06-01');
    await completeCases(h, 'OP0003', 50, '2025-06-01');
  });
  afterAll(async () => {
    await h.stop();
  });

  it('should not judge operators certified in 2026 on 2024 or 2025, nor ask them to continue [R10]', async () => {
    const y2024 = byOperator(await h.as(v.secretariat, RUN, { year: 2024 }));
    const y2025 = byOperator(await h.as(v.secretariat, RUN, { year: 2025 }));
    for (const id of ['OP0101', 'OP0102']) {
      expect(y2024[id]).toBeUndefined();
      expect(y2025[id]).toBeUndefined();
      const q = await h.as(v.secretariat, QUESTION, { id });
      expect(q.data!.operator).toEqual({ status: 'CERTIFIED', continuationQuestion: null });
    }
    expect(y2025['OP0004']).toMatchObject({ outcome: 'ASK_TO_CONTINUE', consecutiveYearsUnder50: 2 });
  });

  it('should refuse the renewal of 2026 at 23:59 JST on 31 December [R14]', async () => {
    calendar.set('2026-12-31T14:59:00Z');
    expect(ruleOf(await h.as(v.secretariat, RUN, { year: 2026 }))).toBe('R14');
  });

  it('should count a case completed at 00:30 JST on 1 January in the new year [R14]', async () => {
    // 00:30 JST on 1 January 2027 is 15:30 UTC on 31 December 2026: the event's day is Japan's.
    await completeCases(h, 'OP0005', 1, '2027-01-01');
    await completeCases(h, 'OP0005', 1, '2026-12-31T15:30:00.000Z');
    await completeCases(h, 'OP0005', 49, '2026-12-31');
    calendar.set('2026-12-31T15:01:00Z');
    const y2026 = byOperator(await h.as(v.secretariat, RUN, { year: 2026 }));
    expect(y2026['OP0005']).toMatchObject({ completedRegistrations: 49 });
  });

  it('should allow the renewal of 2026 from 00:01 JST on 1 January, and never count the year of certification as lean [R10][R14]', async () => {
    const res = await h.as(v.secretariat, RUN, { year: 2026 });
    expect(res.data!.runAnnualRenewal.runOn).toBe('2027-01-01');
    const y2026 = byOperator(res);
    expect(y2026['OP0101']).toMatchObject({ outcome: 'NOT_JUDGED', consecutiveYearsUnder50: 0 });
    expect(y2026['OP0102']).toMatchObject({ outcome: 'NOT_JUDGED', consecutiveYearsUnder50: 0 });
    const q = await h.as(v.secretariat, QUESTION, { id: 'OP0101' });
    expect(q.data!.operator!.continuationQuestion).toBeNull();
  });

  it('should answer FORBIDDEN to a continue-answer by someone not certified before looking the question up [R10]', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await h.as(v.associate7, ANSWER, { id: missing, a: 'DECLINE' }))).toBe('FORBIDDEN');
    expect(codeOf(await h.as(v.secretariat, ANSWER, { id: missing, a: 'DECLINE' }))).toBe('FORBIDDEN');
    expect(codeOf(await h.as(v.op3, ANSWER, { id: missing, a: 'DECLINE' }))).toBe('NOT_FOUND');
  });
});
