import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, signInternalToken, type Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { FeeStatementsFieldsFragment as Statement } from './gql/graphql.ts';
import { refusalOf, rowsOf, startEndedYear } from './support/ended-year.ts';

const SECRETARIAT: Viewer = { roles: [Role.Secretariat], accountId: randomUUID() };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: randomUUID() };
const STEERING: Viewer = { roles: [Role.Steering], accountId: randomUUID() };

graphql(`fragment FeeStatementsFields on IssuedFeeStatement { id number year revision total issuedAt issuedBy correctionReason csvPath facility { id } replaces { id number } replacedBy { id number }
  lines { registrationNumber procedureDate registrationFee acuteResultFee followUpYears followUpFee total } }`);
const ISSUE = graphql(`mutation FeeStatementsIssue($y: Int!) { issueFeeStatements(year: $y) { ...FeeStatementsFields } }`);
const LIST = graphql(`query FeeStatementsList($y: Int!, $f: ID) { issuedFeeStatements(year: $y, facilityId: $f) { ...FeeStatementsFields } }`);
const CORRECT = graphql(`mutation FeeStatementsCorrect($id: ID!, $r: String!) { correctFeeStatement(statementId: $id, reason: $r) { ...FeeStatementsFields } }`);
const PRESENT = graphql(`mutation FeeStatementsPresent { presentAnnualReport(year: 2026) { status } }`);
const NOW = graphql(`query FeeStatementsNow($f: ID!) { feeStatement(facilityId: $f, year: 2026) { total lines { case { registrationNumber } total } } }`);
const ONE = graphql(`query FeeStatementsOne($id: ID!) { issuedFeeStatement(id: $id) { number } }`);

describe('fee statements: issued for a year in one step, kept unchanged, corrected by a new statement [R20]', () => {
  let h: SubgraphHarness<CasesService>;
  let issued: Statement[];
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
  const rows = (query: string) => rowsOf(h.handle, query);
  const count = async () => ({
    statements: (await rows('select count(*)::int as n from cases.fee_statements'))[0]!['n'],
    lines: (await rows('select count(*)::int as n from cases.fee_statement_lines'))[0]!['n'],
  });
  const refusal = (statement: string) => refusalOf(h.handle, statement);
  const contactOf = (facilityId: string): Viewer => ({ roles: [Role.SiteContact], accountId: randomUUID(), facilityId });

  beforeAll(async () => {
    // February 2027: 2026, the demo's year, has ended and is presented before its fees are issued.
    ({ h } = await startEndedYear());
  });
  afterAll(() => h?.stop());

  it('[R20] should refuse to issue a year not presented, a bad year, or by anyone but the secretariat, writing nothing', async () => {
    expect(code(await h.as(SECRETARIAT, ISSUE, { y: 2026 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R20', field: 'year' });
    expect(code(await h.as(SECRETARIAT, ISSUE, { y: 1999 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(SECRETARIAT, ISSUE, { y: 2031 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(code(await h.as(DATA_CENTER, ISSUE, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(contactOf('F001'), ISSUE, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as({ roles: [] }, ISSUE, { y: 2026 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await count()).toEqual({ statements: 0, lines: 0 });
  });

  it('[R20] should issue every facility\'s statement of a presented year in one step: 4,000 / 1,000 / 1,000 a follow-up per adopted domestic case, and the totals', async () => {
    expect((await h.as(SECRETARIAT, PRESENT)).errors).toBeUndefined();
    const adopted = await rows(`select registration_number, facility_id from cases.cases where report_year = 2026 and domestic order by registration_number`);
    const res = await h.as(SECRETARIAT, ISSUE, { y: 2026 });
    expect(res.errors).toBeUndefined();
    issued = res.data!.issueFeeStatements;
    const facilities = [...new Set(adopted.map((r) => String(r['facility_id'])))].sort();
    expect(issued.map((s) => s.facility.id)).toEqual(facilities);
    expect(issued.flatMap((s) => s.lines.map((l) => l.registrationNumber)).sort()).toEqual(adopted.map((r) => r['registration_number']));
    for (const s of issued) {
      expect(s).toMatchObject({ year: 2026, revision: 1, number: `FS-2026-${s.facility.id}-1`, replaces: null, replacedBy: null, correctionReason: null, csvPath: `/reports/fees/${s.id}.csv` });
      expect(s.total).toBe(s.lines.reduce((n, l) => n + l.total, 0));
      for (const l of s.lines) {
        // Every adopted case is complete [R18]: the 4,000 is always there.
        expect(l.registrationFee).toBe(4000);
        expect([0, 1000]).toContain(l.acuteResultFee);
        expect(l.followUpFee).toBe(Math.min(5000, l.followUpYears * 1000));
        expect(l.total).toBe(l.registrationFee + l.acuteResultFee + l.followUpFee);
      }
      // The same figures as the statement computed now.
      const now = await h.as(SECRETARIAT, NOW, { f: s.facility.id });
      expect(now.data!.feeStatement.total).toBe(s.total);
    }
    expect(await count()).toEqual({ statements: facilities.length, lines: adopted.length });
    const stored = await rows(`select issued_by from cases.fee_statements`);
    expect(stored.every((r) => r['issued_by'] === SECRETARIAT.accountId)).toBe(true);
  });

  it('[R20] should refuse to issue a year twice, writing nothing', async () => {
    const before = await count();
    expect(code(await h.as(SECRETARIAT, ISSUE, { y: 2026 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R20', field: 'year' });
    expect(await count()).toEqual(before);
  });

  it('[R20] should show a facility its own statements only, and every facility to the secretariat and the data center', async () => {
    const [first, second] = issued;
    const own = await h.as(contactOf(first!.facility.id), LIST, { y: 2026, f: first!.facility.id });
    expect(own.data!.issuedFeeStatements.map((s) => s.id)).toEqual([first!.id]);
    expect(code(await h.as(contactOf(first!.facility.id), LIST, { y: 2026, f: second!.facility.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(contactOf(first!.facility.id), LIST, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(STEERING, LIST, { y: 2026 }))).toMatchObject({ code: 'FORBIDDEN' });
    const one = await h.as(contactOf(first!.facility.id), ONE, { id: second!.id });
    expect(one.data!.issuedFeeStatement).toBeNull();
    expect((await h.as(DATA_CENTER, LIST, { y: 2026 })).data!.issuedFeeStatements).toHaveLength(issued.length);
  });

  it('[R20] should have the database refuse any UPDATE, DELETE or TRUNCATE of an issued statement or its lines, and a line added later', async () => {
    const s = issued[0]!;
    const line = s.lines[0]!;
    for (const statement of [
      `update cases.fee_statements set total = total + 1000 where id = '${s.id}'`,
      `delete from cases.fee_statements where id = '${s.id}'`,
      'truncate cases.fee_statements cascade',
      `update cases.fee_statement_lines set total = 0 where statement_id = '${s.id}'`,
      `delete from cases.fee_statement_lines where statement_id = '${s.id}'`,
      'truncate cases.fee_statement_lines',
    ]) {
      expect(await refusal(statement)).toMatch(/an issued fee statement is kept unchanged/);
    }
    const other = issued.find((x) => x.id !== s.id)!.lines[0]!.registrationNumber;
    expect(await refusal(`insert into cases.fee_statement_lines values ('${s.id}', '${other}', '2026-01-01', 4000, 0, 0, 0, 4000)`)).toMatch(/after it was issued refused/);
    const [stored] = await rows(`select total, (select count(*)::int from cases.fee_statement_lines where statement_id = '${s.id}') as lines from cases.fee_statements where id = '${s.id}'`);
    expect(stored).toEqual({ total: s.total, lines: s.lines.length });
    expect(line.total).toBeGreaterThan(0);
  });

  it('[R20] should have the database refuse a line above the cap or whose total is not its items\' sum', async () => {
    const number = issued[0]!.lines[0]!.registrationNumber;
    const attempt = (followUpFee: number, total: number) =>
      refusal(`with s as (insert into cases.fee_statements (id, number, facility_id, year, revision, total, issued_by, issued_at) values ('${randomUUID()}', 'FS-TEST-${followUpFee}-${total}', 'F009', 2026, 1, ${total}, 'x', now()) returning id)
        insert into cases.fee_statement_lines select id, '${number}', '2026-01-01', 4000, 1000, 6, ${followUpFee}, ${total} from s`);
    expect(await attempt(6000, 11000)).toMatch(/fee_statement_lines_amounts/);
    expect(await attempt(5000, 9000)).toMatch(/fee_statement_lines_amounts/);
  });

  it('[R20] should refuse a correction when nothing changed, without a reason, or by anyone but the secretariat, writing nothing', async () => {
    const before = await count();
    const s = issued[0]!;
    expect(code(await h.as(SECRETARIAT, CORRECT, { id: s.id, r: 'follow-ups' }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R20', field: 'statementId' });
    expect(code(await h.as(SECRETARIAT, CORRECT, { id: s.id, r: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(code(await h.as(SECRETARIAT, CORRECT, { id: 'not-an-id', r: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statementId' });
    expect(code(await h.as(SECRETARIAT, CORRECT, { id: randomUUID(), r: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(code(await h.as(DATA_CENTER, CORRECT, { id: s.id, r: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count()).toEqual(before);
  });

  it('[R20] should issue a correction as a new statement naming the one it replaces, the follow-ups capped at 5,000, the replaced one unchanged', async () => {
    const s = issued[0]!;
    const target = s.lines[0]!;
    const [c] = await rows(`select operator_id from cases.cases where registration_number = '${target.registrationNumber}'`);
    // Six yearly follow-ups entered by the case's operator since the statement was issued: 5,000 at most.
    for (let year = 1; year <= 6; year++) {
      await h.handle.db.execute(sql`insert into cases.follow_ups values (${target.registrationNumber}, ${year}, '2027-01-10', 'ALIVE', '[]'::jsonb, ${String(c!['operator_id'])}, 'x', now())`);
    }
    const res = await h.as(SECRETARIAT, CORRECT, { id: s.id, r: 'Follow-ups entered after issue' });
    expect(res.errors).toBeUndefined();
    const corrected = res.data!.correctFeeStatement;
    expect(corrected).toMatchObject({ revision: 2, number: `FS-2026-${s.facility.id}-2`, replaces: { id: s.id, number: s.number }, replacedBy: null });
    const line = corrected.lines.find((l) => l.registrationNumber === target.registrationNumber)!;
    expect(line).toMatchObject({ followUpYears: 6, followUpFee: 5000, total: target.registrationFee + target.acuteResultFee + 5000 });
    expect(corrected.total).toBe(s.total - target.total + line.total);
    // The replaced statement stays as it was issued, and says what replaced it.
    const list = (await h.as(SECRETARIAT, LIST, { y: 2026, f: s.facility.id })).data!.issuedFeeStatements;
    expect(list.map((x) => [x.number, x.total])).toEqual([[s.number, s.total], [corrected.number, corrected.total]]);
    expect(list[0]!.replacedBy).toMatchObject({ id: corrected.id });
    expect(list[0]!.lines).toEqual(s.lines);
    // Only the standing statement is corrected.
    expect(code(await h.as(SECRETARIAT, CORRECT, { id: s.id, r: 'again' }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R20' });
  });

  it('[R20] should serve an issued statement as CSV, lines and total, to the facility and the staff only', async () => {
    const s = issued[1]!;
    const get = async (viewer: Viewer | null, path = s.csvPath) => {
      const headers: Record<string, string> = viewer ? { authorization: `Bearer ${await signInternalToken(viewer, 'cases', h.keys.internalPrivate!)}` } : {};
      return fetch(new URL(path, h.url), { headers });
    };
    const res = await get(contactOf(s.facility.id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`${s.number}.csv`);
    const lines = (await res.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('statement,facility_id,year,revision,replaces,issued_at,registration_number,procedure_date,registration_fee,acute_result_fee,follow_up_years,follow_up_fee,total');
    expect(lines).toHaveLength(s.lines.length + 2);
    expect(lines.at(-1)).toMatch(new RegExp(`^${s.number},${s.facility.id},2026,1,,[^,]+,TOTAL,,\\d+,\\d+,\\d+,\\d+,${s.total}$`));
    expect((await get(null)).status).toBe(401);
    expect((await get(contactOf('F005'))).status).toBe(404);
    expect((await get(SECRETARIAT)).status).toBe(200);
    expect(await (await get(SECRETARIAT, '/reports/fees/nope.csv')).json()).toMatchObject({ error: 'BAD_USER_INPUT' });
  });
});
