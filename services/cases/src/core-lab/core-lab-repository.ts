import { and, asc, count, desc, eq, inArray, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import {
  coreLabAssignments,
  coreLabCases,
  coreLabReads,
  coreLabResultChanges,
  coreLabResults,
  coreLabStaff,
  criteriaVersions,
  type CORE_LAB_STAFF_ROLES,
  type CORE_LAB_STATUSES,
} from '../db/schema.ts';
import type { Provenance } from './concordance.ts';
import type { CoreLabJudgement, JudgementField } from './read-fields.ts';

export type CoreLabStatus = (typeof CORE_LAB_STATUSES)[number];
export type StaffRole = (typeof CORE_LAB_STAFF_ROLES)[number];

/** A case as the core lab holds it: the registration number and dates, nothing else [R25]. */
export interface CoreLabCaseRecord {
  registrationNumber: string;
  notifiedAt: Date;
  dueOn: string;
  status: CoreLabStatus;
}

export interface StaffRecord {
  accountId: string;
  role: StaffRole;
  operatorId: string | null;
  facilityId: string | null;
}

export interface AssignmentRecord {
  registrationNumber: string;
  slot: number;
  readerAccountId: string;
  assignedAt: Date;
  assignedBy: string | null;
}

export interface ReadRecord {
  registrationNumber: string;
  readerAccountId: string;
  criteriaVersion: number;
  judgement: CoreLabJudgement;
  submittedAt: Date;
}

export interface ResultRecord {
  registrationNumber: string;
  judgement: CoreLabJudgement;
  provenance: Record<JudgementField, Provenance>;
  supervisorAccountId: string | null;
  criteriaVersion: number;
  finalizedAt: Date;
}

export interface ResultChangeRecord {
  rulingId: string;
  matterId: string;
  registrationNumber: string;
  field: string;
  fromValue: unknown;
  toValue: unknown;
  changedAt: Date;
}

export interface CriteriaVersionRecord {
  version: number;
  effectiveFrom: string;
  title: string;
}

/** Keyset of the core lab's lists: after the case `page.after` in (due date, registration number) order. */
function afterCase(page: PageRequest): SQL | undefined {
  return page.after === undefined ? undefined : keysetAfter(coreLabCases, [coreLabCases.dueOn], coreLabCases.registrationNumber, page.after, 'asc');
}

const caseColumns = { registrationNumber: coreLabCases.registrationNumber, notifiedAt: coreLabCases.notifiedAt, dueOn: coreLabCases.dueOn, status: coreLabCases.status };

export class CoreLabRepository {
  constructor(private readonly db: Executor) {}

  async intake(tx: Executor, c: { registrationNumber: string; notifiedAt: Date; dueOn: string }): Promise<boolean> {
    const rows = await tx.insert(coreLabCases).values({ ...c, status: 'AWAITING_READS' }).onConflictDoNothing().returning({ n: coreLabCases.registrationNumber });
    return rows.length > 0;
  }

  async lockCase(tx: Executor, registrationNumber: string): Promise<CoreLabCaseRecord | undefined> {
    const [row] = await tx.select(caseColumns).from(coreLabCases).where(eq(coreLabCases.registrationNumber, registrationNumber)).for('update');
    return row;
  }

  async casesByNumbers(numbers: readonly string[], db: Executor = this.db): Promise<CoreLabCaseRecord[]> {
    if (numbers.length === 0) return [];
    return (await db.select(caseColumns).from(coreLabCases).where(inArray(coreLabCases.registrationNumber, [...numbers])));
  }

  /** Open cases, oldest due first; all of them for the supervisor, a reader's own for a reader. */
  /** A page of open cases, due first (the registration number breaks ties); a reader's own when `readerAccountId` is given. */
  async openCases(readerAccountId: string | undefined, page: PageRequest): Promise<CoreLabCaseRecord[]> {
    const open = and(ne(coreLabCases.status, 'FINAL'), afterCase(page));
    if (!readerAccountId) {
      return (await this.db.select(caseColumns).from(coreLabCases).where(open).orderBy(asc(coreLabCases.dueOn), asc(coreLabCases.registrationNumber)).limit(page.limit));
    }
    const rows = await this.db
      .select(caseColumns)
      .from(coreLabCases)
      .innerJoin(coreLabAssignments, eq(coreLabAssignments.registrationNumber, coreLabCases.registrationNumber))
      .where(and(open, eq(coreLabAssignments.readerAccountId, readerAccountId)))
      .orderBy(asc(coreLabCases.dueOn), asc(coreLabCases.registrationNumber))
      .limit(page.limit);
    return rows;
  }

  /** [R29] open cases past their due date. */
  async overdue(today: string, page: PageRequest): Promise<CoreLabCaseRecord[]> {
    const rows = await this.db
      .select(caseColumns)
      .from(coreLabCases)
      .where(and(ne(coreLabCases.status, 'FINAL'), sql`${coreLabCases.dueOn} < ${today}`, afterCase(page)))
      .orderBy(asc(coreLabCases.dueOn), asc(coreLabCases.registrationNumber))
      .limit(page.limit);
    return rows;
  }

  async setStatus(tx: Executor, registrationNumber: string, status: CoreLabStatus): Promise<void> {
    await tx.update(coreLabCases).set({ status }).where(eq(coreLabCases.registrationNumber, registrationNumber));
  }

  async enrol(tx: Executor, staff: StaffRecord, at: Date): Promise<void> {
    await tx
      .insert(coreLabStaff)
      .values({ ...staff, enrolledAt: at })
      .onConflictDoUpdate({ target: coreLabStaff.accountId, set: { role: staff.role, operatorId: staff.operatorId, facilityId: staff.facilityId } });
  }

  /** Readers with their open (assigned, not submitted) reads: the load automatic assignment balances [R26]. */
  async readersWithLoad(tx: Executor): Promise<(StaffRecord & { openReads: number })[]> {
    const open = tx
      .select({ reader: coreLabAssignments.readerAccountId, n: count().as('n') })
      .from(coreLabAssignments)
      .innerJoin(coreLabCases, eq(coreLabCases.registrationNumber, coreLabAssignments.registrationNumber))
      .where(and(ne(coreLabCases.status, 'FINAL'), notInArray(coreLabAssignments.readerAccountId, tx.select({ r: coreLabReads.readerAccountId }).from(coreLabReads).where(eq(coreLabReads.registrationNumber, coreLabAssignments.registrationNumber)))))
      .groupBy(coreLabAssignments.readerAccountId)
      .as('open');
    const rows = await tx
      .select({ accountId: coreLabStaff.accountId, role: coreLabStaff.role, operatorId: coreLabStaff.operatorId, facilityId: coreLabStaff.facilityId, openReads: sql<number>`coalesce(${open.n}, 0)`.mapWith(Number) })
      .from(coreLabStaff)
      .leftJoin(open, eq(open.reader, coreLabStaff.accountId))
      .where(eq(coreLabStaff.role, 'READER'));
    return rows;
  }

  async assignments(registrationNumber: string, db: Executor = this.db): Promise<AssignmentRecord[]> {
    return db.select().from(coreLabAssignments).where(eq(coreLabAssignments.registrationNumber, registrationNumber)).orderBy(asc(coreLabAssignments.slot));
  }

  async assign(tx: Executor, a: AssignmentRecord): Promise<void> {
    await tx.insert(coreLabAssignments).values(a);
  }

  /** Gives a slot to another reader: the one replaced no longer has the case [R26]. */
  async reassign(tx: Executor, a: AssignmentRecord): Promise<void> {
    await tx
      .update(coreLabAssignments)
      .set({ readerAccountId: a.readerAccountId, assignedAt: a.assignedAt, assignedBy: a.assignedBy })
      .where(and(eq(coreLabAssignments.registrationNumber, a.registrationNumber), eq(coreLabAssignments.slot, a.slot)));
  }

  async reads(registrationNumber: string, db: Executor = this.db): Promise<ReadRecord[]> {
    const rows = await db.select().from(coreLabReads).where(eq(coreLabReads.registrationNumber, registrationNumber)).orderBy(asc(coreLabReads.submittedAt));
    return rows;
  }

  async insertRead(tx: Executor, read: ReadRecord): Promise<void> {
    await tx.insert(coreLabReads).values(read);
  }

  async result(registrationNumber: string, db: Executor = this.db): Promise<ResultRecord | undefined> {
    const [row] = await db.select().from(coreLabResults).where(eq(coreLabResults.registrationNumber, registrationNumber));
    return row;
  }

  async resultsOf(numbers: readonly string[]): Promise<ResultRecord[]> {
    if (numbers.length === 0) return [];
    return this.db.select().from(coreLabResults).where(inArray(coreLabResults.registrationNumber, [...numbers]));
  }

  async insertResult(tx: Executor, result: ResultRecord): Promise<void> {
    await tx.insert(coreLabResults).values(result);
  }

  /** Every finished case with its two reads, for the agreement statistics. */
  async finished(): Promise<{ result: ResultRecord; reads: ReadRecord[] }[]> {
    const results = await this.db.select().from(coreLabResults);
    if (results.length === 0) return [];
    const reads = await this.db.select().from(coreLabReads).where(inArray(coreLabReads.registrationNumber, results.map((r) => r.registrationNumber)));
    return results.map((result) => ({ result, reads: reads.filter((r) => r.registrationNumber === result.registrationNumber) }));
  }

  async changes(registrationNumber: string, db: Executor = this.db): Promise<ResultChangeRecord[]> {
    return db.select().from(coreLabResultChanges).where(eq(coreLabResultChanges.registrationNumber, registrationNumber)).orderBy(asc(coreLabResultChanges.changedAt));
  }

  async insertChange(tx: Executor, change: ResultChangeRecord): Promise<boolean> {
    const rows = await tx.insert(coreLabResultChanges).values(change).onConflictDoNothing().returning({ f: coreLabResultChanges.field });
    return rows.length > 0;
  }

  async recordCriteria(tx: Executor, v: CriteriaVersionRecord): Promise<void> {
    await tx.insert(criteriaVersions).values(v).onConflictDoNothing();
  }

  /** [R24] the version in force on a day: the latest one effective by then. */
  async criteriaInForce(day: string, db: Executor = this.db): Promise<CriteriaVersionRecord | undefined> {
    const [row] = await db.select().from(criteriaVersions).where(lte(criteriaVersions.effectiveFrom, day)).orderBy(desc(criteriaVersions.version)).limit(1);
    return row;
  }
}
