import { vi } from 'vitest';
import { queryRows } from '@registry/db';
import { sql } from 'drizzle-orm';
import type { Viewer } from '@registry/auth';
import { calendarFrom, type Calendar } from '@registry/calendar';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { GraphQLResponse } from '../../../test/support/harness.ts';
import { seedOperators } from '../src/seed/demo.ts';
import { createOperatorsService, migrateOperators, type OperatorsService } from '../src/server.ts';

export type Harness = SubgraphHarness<OperatorsService>;

/** The operators subgraph on a fresh database with the demo people; on `calendar` when given. */
export async function startOperators(calendar?: Calendar): Promise<{ h: Harness; accounts: Map<string, string> }> {
  const h = await startSubgraph('operators', migrateOperators, (deps) => createOperatorsService({ ...deps, ...(calendar ? { calendar } : {}) }));
  return { h, accounts: await seedOperators(h.service) };
}

/** A clock a test moves by hand (`set`), read in Japan like the registry's. */
export function movableCalendar(at: string): Calendar & { set(at: string): void; advance(ms: number): void } {
  let now = new Date(at);
  return { ...calendarFrom(() => new Date(now)), set: (to) => void (now = new Date(to)), advance: (ms) => void (now = new Date(now.getTime() + ms)) };
}

/** Viewers as the gateway would carry them after login. */
export function viewers(accounts: Map<string, string>) {
  const operator = (id: string, facilityId: string, roles: Viewer['roles']): Viewer => ({ accountId: accounts.get(id)!, operatorId: id, facilityId, roles });
  return {
    anonymous: { roles: [] } as Viewer,
    steering: operator('OP0001', 'F001', ['COMMITTEE_MEMBER', 'OPERATOR', 'STEERING']),
    steering2: operator('OP0002', 'F002', ['COMMITTEE_CHAIR', 'OPERATOR', 'STEERING']),
    op3: operator('OP0003', 'F003', ['COMMITTEE_MEMBER', 'OPERATOR']),
    op4: operator('OP0004', 'F004', ['COMMITTEE_MEMBER', 'OPERATOR']),
    op5: operator('OP0005', 'F005', ['COMMITTEE_MEMBER', 'OPERATOR']),
    associate7: operator('OP0007', 'F002', ['ASSOCIATE']),
    associate8: operator('OP0008', 'F003', ['ASSOCIATE']),
    secretariat: { accountId: accounts.get('secretariat')!, roles: ['SECRETARIAT'] } as Viewer,
    dataCenter: { accountId: accounts.get('datacenter')!, roles: ['DATA_CENTER'] } as Viewer,
    operator,
  };
}

let serial = 0;

/** Publishes `n` RegistrationCompleted events as the cases subgraph would, then lets the consumers apply them. */
export async function completeCases(h: Harness, operatorId: string, n: number, completedOn: string, domestic = true): Promise<void> {
  await h.handle.db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      serial += 1;
      const registrationNumber = `CTO-${completedOn.slice(0, 4)}-${String(90000 + serial).padStart(5, '0')}`;
      await publish(tx, casesTopic, 'RegistrationCompleted.v1', { registrationNumber, operatorId, completedOn, domestic });
    }
  });
  await h.service.catchUp();
}

/** Moves the clock of this process (and so of the in-process subgraph) to `date`; time keeps running. */
export function travelTo(date: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(`${date}T09:00:00Z`));
}

/** The rule a RULE_VIOLATION response names. */
export function ruleOf(res: GraphQLResponse<unknown>): unknown {
  const ext = res.errors?.[0]?.extensions;
  return ext?.['code'] === 'RULE_VIOLATION' ? ext['rule'] : `${String(ext?.['code'])}: ${res.errors?.[0]?.message}`;
}

/** The code of the first error: `FORBIDDEN`, `RULE_VIOLATION`, … */
export function codeOf(res: GraphQLResponse<unknown>): unknown {
  return res.errors?.[0]?.extensions?.['code'];
}

/** Row counts of the tables a decision writes: a refusal must leave all of them unchanged. */
export async function footprint(h: Harness): Promise<Record<string, number>> {
  const tables = [
    'operators', 'operator_status_history', 'accounts', 'audit_log', 'applications', 'application_recommenders', 'recommendations', 'certification_reviews',
    'renewal_runs', 'renewal_results', 'continuation_questions', 'steering_terms', 'monitoring_thresholds', 'warnings', 'revocations',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [res] = await queryRows<{ n: number }>(h.handle.db, sql.raw(`select count(*)::int as n from operators.${t}`));
    out[t] = Number(res?.n);
  }
  return out;
}
