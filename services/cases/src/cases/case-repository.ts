import { count, desc, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { cases, registrationCounters } from '../db/schema.ts';

export type Vessel = 'LAD' | 'LCX' | 'RCA' | 'LM';
export type RegistrationStatus = 'REGISTERED' | 'COMPLETE';

/**
 * A case as the library shows it. Deliberately without the patient code and initials:
 * they live in `PatientIdentification`, which only the facility and data center receive [R30].
 */
export interface CaseRecord {
  registrationNumber: string;
  facilityId: string;
  operatorId: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  status: RegistrationStatus;
  registeredAt: Date;
  completedAt: Date | null;
}

export interface NewCase {
  registrationNumber: string;
  facilityId: string;
  operatorId: string;
  patientCode: string;
  patientInitials: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
}

const columns = {
  registrationNumber: cases.registrationNumber,
  facilityId: cases.facilityId,
  operatorId: cases.operatorId,
  domestic: cases.domestic,
  procedureDate: cases.procedureDate,
  vessel: cases.vessel,
  status: cases.status,
  registeredAt: cases.registeredAt,
  completedAt: cases.completedAt,
};

type Row = { [K in keyof typeof columns]: unknown };
const toRecord = (row: Row) => row as unknown as CaseRecord;

export class CaseRepository {
  constructor(private readonly db: Executor) {}

  async byNumbers(numbers: readonly string[]): Promise<CaseRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select(columns).from(cases).where(inArray(cases.registrationNumber, [...numbers]));
    return rows.map(toRecord);
  }

  /** A page of the library, newest number first, after the given number (keyset). */
  async page(first: number, afterNumber: string | undefined): Promise<CaseRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(cases)
      .where(afterNumber ? lt(cases.registrationNumber, afterNumber) : undefined)
      .orderBy(desc(cases.registrationNumber))
      .limit(first);
    return rows.map(toRecord);
  }

  async allNumbers(): Promise<string[]> {
    const rows = await this.db.select({ n: cases.registrationNumber }).from(cases).orderBy(cases.registrationNumber);
    return rows.map((r) => r.n);
  }

  async total(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(cases);
    return row?.n ?? 0;
  }

  async existsForPatient(tx: Executor, facilityId: string, patientCode: string): Promise<boolean> {
    const rows = await tx
      .select({ n: cases.registrationNumber })
      .from(cases)
      .where(sql`${cases.facilityId} = ${facilityId} and ${cases.patientCode} = ${patientCode}`);
    return rows.length > 0;
  }

  /** The next number of the year; the counter row's lock keeps numbers gapless. */
  async nextSequence(tx: Executor, year: number): Promise<number> {
    const [row] = await tx
      .insert(registrationCounters)
      .values({ year, last: 1 })
      .onConflictDoUpdate({ target: registrationCounters.year, set: { last: sql`${registrationCounters.last} + 1` } })
      .returning({ last: registrationCounters.last });
    return row!.last;
  }

  async insert(tx: Executor, c: NewCase): Promise<CaseRecord> {
    const [row] = await tx
      .insert(cases)
      .values({ ...c, status: 'REGISTERED' })
      .returning(columns);
    return toRecord(row!);
  }

  async markComplete(tx: Executor, registrationNumber: string, at: Date): Promise<CaseRecord | undefined> {
    const [row] = await tx
      .update(cases)
      .set({ status: 'COMPLETE', completedAt: at })
      .where(sql`${cases.registrationNumber} = ${registrationNumber} and ${cases.status} = 'REGISTERED'`)
      .returning(columns);
    return row ? toRecord(row) : undefined;
  }
}

