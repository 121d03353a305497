import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { decodeJwt } from 'jose';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { codeOf, movableCalendar, startOperators, viewers, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';

const LOGIN = graphql(`mutation PasswordsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }`);
const CHANGE = graphql(`mutation PasswordsChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword } }`);
const MINUTE = 60_000;

describe('login lockout and chosen passwords', () => {
  const calendar = movableCalendar('2026-06-01T03:00:00Z');
  let h: Harness;
  let v: ReturnType<typeof viewers>;

  beforeAll(async () => {
    const started = await startOperators(calendar);
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(async () => {
    await h.stop();
  });

  const login = (id: string, pw: string) => h.as(v.anonymous, LOGIN, { id, pw });

  it('should keep an account locked for 15 minutes after five failures, even for the right password [T14.1]', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await login('OP0004', 'wrong-password'))).toBe('UNAUTHENTICATED');
    // The sixth and seventh attempts, right password: still locked; a refusal never clears the lock.
    expect(codeOf(await login('OP0004', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('OP0004', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
    calendar.advance(14 * MINUTE);
    expect(codeOf(await login('OP0004', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
    calendar.advance(1 * MINUTE + 1000);
    const after = await login('OP0004', DEMO_PASSWORD);
    expect(after.errors).toBeUndefined();
    expect(after.data!.login.token).toEqual(expect.any(String));
  });

  it('should decide concurrent wrong attempts on the row, locking after exactly five [T14.1]', async () => {
    await Promise.all(Array.from({ length: 7 }, () => login('OP0006', 'wrong-password')));
    expect(codeOf(await login('OP0006', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
    const rows = await queryRows(h.handle.db, sql`select failed_attempts as n, locked_until is not null as locked from operators.accounts where login_id = 'OP0006'`);
    expect(rows[0]).toMatchObject({ n: 5, locked: true });
  });

  it('should forget failures after a successful login [T14.1]', async () => {
    for (let i = 0; i < 4; i++) await login('OP0005', 'wrong-password');
    expect((await login('OP0005', DEMO_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await login('OP0005', 'wrong-password');
    expect((await login('OP0005', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it.each([
    ['twelve "a"', 'aaaaaaaaaaaa', 'TOO_GUESSABLE'],
    ['password1234', 'password1234', 'TOO_COMMON'],
    ['the login ID padded to twelve', 'OP0003OP0003', 'CONTAINS_LOGIN_ID'],
    ['the login ID with spaces', 'op0003      ', 'CONTAINS_LOGIN_ID'],
    ['twelve spaces', '            ', 'TOO_GUESSABLE'],
    ["the person's name", 'kenjisato2026', 'CONTAINS_NAME'],
    ['a short one', 'short', 'TOO_SHORT'],
    ['the demo password', 'demo-password', 'TOO_COMMON'],
  ])('should refuse %s as a new password with its reason, changing nothing (NIST SP 800-63B) [T14.1]', async (_label, newPassword, reason) => {
    const res = await h.as(v.op3, CHANGE, { old: DEMO_PASSWORD, new: newPassword });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword', fieldPath: ['newPassword'], reason });
    expect((await login('OP0003', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('should accept a long passphrase of unrelated words [T14.1]', async () => {
    const res = await h.as(v.op3, CHANGE, { old: DEMO_PASSWORD, new: 'violet anchor 峠 tramway' });
    expect(res.errors).toBeUndefined();
    expect(decodeJwt(res.data!.changePassword.token)['roles']).toContain('OPERATOR');
    expect((await login('OP0003', 'violet anchor 峠 tramway')).errors).toBeUndefined();
  });

  it('should answer a wrong current password as BAD_USER_INPUT on currentPassword, counting it towards the lockout [T14.1]', async () => {
    const res = await h.as(v.op4, CHANGE, { old: 'not-the-password', new: 'violet anchor tramway 88' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    const rows = await queryRows(h.handle.db, sql`select failed_attempts as n from operators.accounts where login_id = 'OP0004'`);
    expect(rows[0]).toMatchObject({ n: 1 });
  });
});
