import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Role } from '@registry/auth';
import { publish } from '@registry/bus';
import { fixedCalendar } from '@registry/calendar';
import { criteriaTopic } from '@registry/contracts';
import type { DatabaseHandle } from '@registry/db';
import { startSubgraph, type SubgraphHarness } from '../../../../test/support/subgraph-harness.ts';
import type { CoreLabJudgement } from '../../src/core-lab/read-fields.ts';
import { DEMO_CASES, seedCases } from '../../src/seed/demo.ts';
import { createCasesService, migrateCases, type CasesService } from '../../src/server.ts';
import { announceDemoRoster } from './roster.ts';

const LOGINS = ['secretariat', 'datacenter', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006', 'OP0007'];

/** A core-lab read with every outcome a success: the official result each reader submits unless told otherwise. */
export const OFFICIAL_READ: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};

export interface EndedYear {
  h: SubgraphHarness<CasesService>;
  /** The registration numbers of the demo cases, in DEMO_CASES order. */
  numbers: string[];
  /** The complete domestic cases: those a presented year adopts once they have an official result [R27]. */
  completeDomestic: string[];
}

/**
 * The cases subgraph alone with the demo's 2026 cases, standing in February 2027 (2026, the
 * demo's year, has ended and may be presented [R20][R27]): the roster announced, criteria
 * version 1 published, and an official result for the first `reads.length` complete
 * domestic cases, each from OFFICIAL_READ with its read's changes. By default every one of
 * the ten gets the plain read. The year is not presented: that is each test's act.
 */
export async function startEndedYear(reads?: Partial<CoreLabJudgement>[]): Promise<EndedYear> {
  const h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2027-02-15T03:00:00Z') }));
  await announceDemoRoster(h.handle, h.service);
  await h.handle.db.transaction((tx) => publish(tx, criteriaTopic, 'CriteriaVersionPublished.v1', { version: 1, effectiveFrom: '2020-01-01', title: 'v1' }));
  const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));
  const numbers = await seedCases(h.service, accounts);
  await h.service.catchUp();
  const completeDomestic = numbers.filter((_, i) => DEMO_CASES[i]!.complete && DEMO_CASES[i]!.domestic);
  const supervisor = h.service.contextFor({ roles: [Role.CoreLabSupervisor], accountId: accounts.get('corelab-supervisor')! });
  for (const [i, read] of (reads ?? completeDomestic.map(() => ({}))).entries()) {
    const n = completeDomestic[i]!;
    for (const a of await supervisor.coreLab.assignments(n)) await h.service.contextFor({ roles: [Role.CoreLabReader], accountId: a.readerAccountId }).coreLab.submitRead(n, { ...OFFICIAL_READ, ...read });
  }
  return { h, numbers, completeDomestic };
}

/** The rows `query` answers, whichever driver. */
export async function rowsOf(handle: DatabaseHandle, query: string): Promise<Record<string, unknown>[]> {
  const r = await handle.db.execute(sql.raw(query));
  return Array.isArray(r) ? (r as Record<string, unknown>[]) : (r as { rows: Record<string, unknown>[] }).rows;
}

/** The database's refusal of `statement`, whichever driver: the messages down the error's causes ('accepted' if none). */
export async function refusalOf(handle: DatabaseHandle, statement: string): Promise<string> {
  try {
    await handle.db.execute(sql.raw(statement));
    return 'accepted';
  } catch (err) {
    const out: string[] = [];
    for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) out.push(String((e as Error).message));
    return out.join(' | ');
  }
}
