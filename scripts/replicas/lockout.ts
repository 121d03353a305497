/**
 * The login lockout across gateways [T14.1]: the failures and the lock are columns of the
 * account's row in PostgreSQL, decided by one statement per attempt, so failures through
 * one gateway lock the account for a login through the other, and a series split between
 * the two counts as one. A locked account is refused with the very message of a wrong
 * password, on `login` and on `/auth/login` alike: the answer tells nothing more.
 */
import type postgres from 'postgres';
import { gql } from '../fault/workload.ts';

const LOGIN = 'mutation($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }';
const FAILURES_TO_LOCK = 5;

interface Attempt {
  ok: boolean;
  message: string | undefined;
}

async function viaGraphql(url: string, id: string, password: string): Promise<Attempt> {
  const res = await gql<{ login: { token: string } }>(url, LOGIN, { id, pw: password });
  return { ok: !!res.data?.login, message: (res.errors?.[0] as { message?: string } | undefined)?.message };
}

async function viaSessionRoute(url: string, id: string, password: string): Promise<Attempt & { status: number }> {
  const res = await fetch(new URL('/auth/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operatorId: id, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] };
  return { ok: res.ok, status: res.status, message: body.errors?.[0]?.message };
}

/** The steps and what they answered; `ok` when each answered what it should. */
export async function lockoutAcrossGateways(a: string, b: string, sql: postgres.Sql, ids: { alone: string; split: string }): Promise<{ ok: boolean; steps: string[] }> {
  const steps: string[] = [];
  const checks: boolean[] = [];
  const wrong = (url: string, id: string) => viaGraphql(url, id, 'not the password');

  // Five failures through A, then the right password through B.
  const first = await viaGraphql(b, ids.alone, 'demo-password');
  checks.push(first.ok);
  const failures: Attempt[] = [];
  for (let i = 0; i < FAILURES_TO_LOCK; i++) failures.push(await wrong(a, ids.alone));
  const wrongMessage = failures[0]?.message;
  checks.push(failures.every((f) => !f.ok && f.message === wrongMessage) && wrongMessage !== undefined);
  const onB = await viaGraphql(b, ids.alone, 'demo-password');
  const routeOnB = await viaSessionRoute(b, ids.alone, 'demo-password');
  checks.push(!onB.ok && onB.message === wrongMessage, !routeOnB.ok && routeOnB.status === 401 && routeOnB.message === wrongMessage);
  steps.push(`${ids.alone}: ${FAILURES_TO_LOCK} wrong through A, then the right password through B refused ("${onB.message}", ${onB.message === wrongMessage ? 'as a wrong one' : 'NOT as a wrong one'}), /auth/login on B ${routeOnB.status}`);

  // A series split between the gateways: A, B, A, B, A.
  const split: Attempt[] = [];
  for (let i = 0; i < FAILURES_TO_LOCK; i++) split.push(await wrong(i % 2 ? b : a, ids.split));
  const onA = await viaGraphql(a, ids.split, 'demo-password');
  checks.push(split.every((f) => !f.ok && f.message === wrongMessage), !onA.ok && onA.message === wrongMessage);
  steps.push(`${ids.split}: wrong through A, B, A, B, A, then the right password through A ${onA.ok ? 'ACCEPTED' : 'refused'}`);

  const rows = await sql<{ login_id: string; failed_attempts: number; locked_for_s: number | null }[]>`
    select login_id, failed_attempts, extract(epoch from locked_until - now())::int as locked_for_s
    from operators.accounts where login_id in ${sql([ids.alone, ids.split])} order by login_id`;
  checks.push(rows.length === 2 && rows.every((r) => r.failed_attempts === FAILURES_TO_LOCK && (r.locked_for_s ?? 0) > 0));
  steps.push(`in PostgreSQL: ${rows.map((r) => `${r.login_id} ${r.failed_attempts} failures, locked ${Math.round((r.locked_for_s ?? 0) / 60)} min more`).join('; ')}`);
  return { ok: checks.every(Boolean), steps };
}
