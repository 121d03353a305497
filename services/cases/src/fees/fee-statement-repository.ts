import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { cases, feeStatementLines, feeStatements } from '../db/schema.ts';

/** An adopted domestic case as its fee is computed from [R20]. */
export type FeeCaseRecord = Pick<typeof cases.$inferSelect, 'registrationNumber' | 'facilityId' | 'operatorId' | 'domestic' | 'status' | 'reportYear' | 'procedureDate'>;
export type IssuedStatementRecord = Omit<typeof feeStatements.$inferSelect, 'issuedInTransaction'>;
export type IssuedLineRecord = typeof feeStatementLines.$inferSelect;

const caseColumns = {
  registrationNumber: cases.registrationNumber,
  facilityId: cases.facilityId,
  operatorId: cases.operatorId,
  domestic: cases.domestic,
  status: cases.status,
  reportYear: cases.reportYear,
  procedureDate: cases.procedureDate,
};

const statementColumns = {
  id: feeStatements.id,
  number: feeStatements.number,
  facilityId: feeStatements.facilityId,
  year: feeStatements.year,
  revision: feeStatements.revision,
  replaces: feeStatements.replaces,
  correctionReason: feeStatements.correctionReason,
  total: feeStatements.total,
  issuedBy: feeStatements.issuedBy,
  issuedAt: feeStatements.issuedAt,
};

/** SQL of the fee statements [R20]: the cases a year adopted, and the issued statements (insert only, migration 0014). */
export class FeeStatementRepository {
  constructor(private readonly db: Executor) {}

  /** The domestic cases adopted for `year`'s report, of one facility or all, in registration-number order. */
  async adoptedCases(year: number, facilityId: string | undefined, db: Executor = this.db): Promise<FeeCaseRecord[]> {
    return db
      .select(caseColumns)
      .from(cases)
      .where(and(eq(cases.reportYear, year), eq(cases.domestic, true), facilityId === undefined ? undefined : eq(cases.facilityId, facilityId)))
      .orderBy(asc(cases.registrationNumber));
  }

  /** The statements of a year (of one facility, or all), by facility then revision. */
  async issued(filter: { year: number; facilityId?: string | undefined }, db: Executor = this.db): Promise<IssuedStatementRecord[]> {
    return db
      .select(statementColumns)
      .from(feeStatements)
      .where(and(eq(feeStatements.year, filter.year), filter.facilityId === undefined ? undefined : eq(feeStatements.facilityId, filter.facilityId)))
      .orderBy(asc(feeStatements.facilityId), asc(feeStatements.revision));
  }

  async byId(id: string, db: Executor = this.db): Promise<IssuedStatementRecord | undefined> {
    const [row] = await db.select(statementColumns).from(feeStatements).where(eq(feeStatements.id, id));
    return row;
  }

  /** The statements that replace these [R20] (each is replaced at most once). */
  async replacing(ids: readonly string[], db: Executor = this.db): Promise<IssuedStatementRecord[]> {
    if (ids.length === 0) return [];
    return db.select(statementColumns).from(feeStatements).where(inArray(feeStatements.replaces, [...ids]));
  }

  /** The latest revision of a facility's year, locked so that one correction at a time is made. */
  async latestForUpdate(tx: Executor, facilityId: string, year: number): Promise<IssuedStatementRecord | undefined> {
    const [row] = await tx
      .select(statementColumns)
      .from(feeStatements)
      .where(and(eq(feeStatements.facilityId, facilityId), eq(feeStatements.year, year)))
      .orderBy(desc(feeStatements.revision))
      .limit(1)
      .for('update');
    return row;
  }

  async linesOf(ids: readonly string[], db: Executor = this.db): Promise<IssuedLineRecord[]> {
    if (ids.length === 0) return [];
    return db.select().from(feeStatementLines).where(inArray(feeStatementLines.statementId, [...ids])).orderBy(asc(feeStatementLines.registrationNumber));
  }

  /** Writes a statement and its lines, in one transaction: the only write these tables ever take (migration 0014). */
  async issue(tx: Executor, statement: IssuedStatementRecord, lines: readonly IssuedLineRecord[]): Promise<void> {
    await tx.insert(feeStatements).values(statement);
    if (lines.length > 0) await tx.insert(feeStatementLines).values([...lines]);
  }
}
