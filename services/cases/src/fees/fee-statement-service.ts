import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import type { Calendar } from '@registry/calendar';
import { badUserInput, notFound, requireText, requireUuid, ruleViolation } from '@registry/errors';
import type { AnnualReportRepository } from '../annual-report/annual-report-repository.ts';
import type { CasesUnit, CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { FollowUpRepository } from '../follow-up/follow-up-repository.ts';
import type { FormRepository } from '../form/form-repository.ts';
import { isUniqueViolation } from '../shared/constraints.ts';
import { feeLines, totalOf, type ComputedFeeLine } from './fee-lines.ts';
import { assertMayIssueFees, assertMayReadFees, mayReadFacilityFees } from './fee-policy.ts';
import type { FeeStatementRepository, IssuedLineRecord, IssuedStatementRecord } from './fee-statement-repository.ts';
import { feeStatementCsv } from './fee-statement-csv.ts';
import { statementNumberOf } from './fee-statement-number.ts';
import type { IssuedStatementView } from './fee-statement-view.ts';

const FIRST_YEAR = 2000;

/** What FeeStatementService works with, each named [#14.7]. */
export interface FeeStatementServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  feeStatements: FeeStatementRepository;
  annualReports: AnnualReportRepository;
  forms: FormRepository;
  followUps: FollowUpRepository;
}

/**
 * [R20] Issued fee statements: the secretariat issues a presented year's statements in one
 * step, one per facility with an adopted case; each is kept as issued (the database refuses
 * any change, migration 0014); a correction is a new revision naming the one it replaces.
 */
export class FeeStatementService {
  constructor(private readonly deps: FeeStatementServiceDeps) {}

  private get calendar(): Calendar {
    return this.deps.uow.calendar;
  }

  /** [R20] One transaction: every facility's statement of a presented year, or nothing. */
  async issueYear(year: number): Promise<IssuedStatementView[]> {
    assertMayIssueFees(this.deps.viewer);
    this.assertYear(year);
    const issued = await this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      // The year's adoption is frozen with its report [R27]: the cases it adopted never change.
      if (!(await this.deps.annualReports.frozen(year, tx))) throw ruleViolation('R20', `The ${year} annual report is not presented: its adopted cases, and so its fees, are not decided yet`, ['year']);
      if ((await this.deps.feeStatements.issued({ year }, tx)).length > 0) throw this.alreadyIssued(year);
      const lines = await feeLines(await this.deps.feeStatements.adoptedCases(year, undefined, tx), this.deps, tx);
      const facilities = [...new Set(lines.map((l) => l.case.facilityId))].sort();
      const written: IssuedStatementView[] = [];
      for (const facilityId of facilities) {
        const own = lines.filter((l) => l.case.facilityId === facilityId);
        written.push(await this.write(unit, { facilityId, year, revision: 1, replaces: null, correctionReason: null }, own));
      }
      return written;
    });
    return issued;
  }

  /**
   * [R20] A correction of the standing statement: the fees as they are now (follow-ups
   * entered since), a new revision naming the one it replaces, which stays as issued.
   * Refused when nothing changed, or for a statement already corrected.
   */
  async correct(statementId: string, reason: string): Promise<IssuedStatementView> {
    assertMayIssueFees(this.deps.viewer);
    requireUuid(statementId, ['statementId']);
    const why = requireText(reason, ['reason'], 'The reason for the correction');
    return this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      const old = await this.deps.feeStatements.byId(statementId, tx);
      if (!old) throw notFound('Fee statement');
      const latest = await this.deps.feeStatements.latestForUpdate(tx, old.facilityId, old.year);
      if (latest && latest.id !== old.id) throw ruleViolation('R20', `${old.number} was corrected already by ${latest.number}: correct the standing statement`, ['statementId']);
      const lines = await feeLines(await this.deps.feeStatements.adoptedCases(old.year, old.facilityId, tx), this.deps, tx);
      const before = await this.deps.feeStatements.linesOf([old.id], tx);
      if (sameLines(before, lines)) throw ruleViolation('R20', `${old.number} stands as issued: the fees have not changed since`, ['statementId']);
      return this.write(unit, { facilityId: old.facilityId, year: old.year, revision: old.revision + 1, replaces: old.id, correctionReason: why }, lines);
    });
  }

  /** A year's statements, of every facility (the secretariat, the data center) or of one (its own people too). */
  async list(year: number, facilityId: string | undefined): Promise<IssuedStatementView[]> {
    assertMayReadFees(this.deps.viewer, facilityId);
    this.assertYear(year);
    return this.views(await this.deps.feeStatements.issued({ year, facilityId }));
  }

  /** One statement; another facility's is not found (its existence is not told). */
  async byId(id: string): Promise<IssuedStatementView | null> {
    assertMayReadFees(this.deps.viewer, this.deps.viewer.facilityId ?? undefined);
    requireUuid(id, ['id']);
    const record = await this.deps.feeStatements.byId(id);
    if (!record || !mayReadFacilityFees(this.deps.viewer, record.facilityId)) return null;
    const [view] = await this.views([record]);
    return view ?? null;
  }

  async csv(id: string): Promise<{ number: string; csv: string }> {
    const view = await this.byId(id);
    if (!view) throw notFound('Fee statement');
    return { number: view.number, csv: feeStatementCsv(view) };
  }

  private async write(unit: CasesUnit, head: Pick<IssuedStatementRecord, 'facilityId' | 'year' | 'revision' | 'replaces' | 'correctionReason'>, computed: readonly ComputedFeeLine[]): Promise<IssuedStatementView> {
    const id = randomUUID();
    const statement: IssuedStatementRecord = { id, number: statementNumberOf(head.year, head.facilityId, head.revision), ...head, total: totalOf(computed), issuedBy: unit.requireActor(), issuedAt: unit.now };
    const lines: IssuedLineRecord[] = computed.map((l) => ({
      statementId: id,
      registrationNumber: l.case.registrationNumber,
      procedureDate: l.case.procedureDate,
      registrationFee: l.registrationFee,
      acuteResultFee: l.acuteResultFee,
      followUpYears: l.followUpYears,
      followUpFee: l.followUpFee,
      total: l.total,
    }));
    try {
      await this.deps.feeStatements.issue(unit.tx, statement, lines);
    } catch (err) {
      if (isUniqueViolation(err, 'fee_statements_revision_key') || isUniqueViolation(err, 'fee_statements_replaces_key')) throw head.revision === 1 ? this.alreadyIssued(head.year) : ruleViolation('R20', 'The statement was corrected meanwhile', ['statementId']);
      throw err;
    }
    return { ...statement, lines, replacedById: null };
  }

  private async views(records: readonly IssuedStatementRecord[]): Promise<IssuedStatementView[]> {
    const ids = records.map((r) => r.id);
    const [lines, replacing] = await Promise.all([this.deps.feeStatements.linesOf(ids), this.deps.feeStatements.replacing(ids)]);
    return records.map((r) => ({ ...r, lines: lines.filter((l) => l.statementId === r.id), replacedById: replacing.find((x) => x.replaces === r.id)?.id ?? null }));
  }

  private alreadyIssued(year: number) {
    return ruleViolation('R20', `The ${year} fee statements were issued already; an issued statement is kept as it is, a change is a correction`, ['year']);
  }

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < FIRST_YEAR) throw badUserInput(`Not a report year: ${year}`, ['year']);
    if (year > this.calendar.year()) throw badUserInput(`The year ${year} is in the future`, ['year']);
  }
}

/** Whether the lines computed now are the lines issued: same cases, same amounts. */
function sameLines(issued: readonly IssuedLineRecord[], now: readonly ComputedFeeLine[]): boolean {
  if (issued.length !== now.length) return false;
  return now.every((l) => {
    const i = issued.find((x) => x.registrationNumber === l.case.registrationNumber);
    return i !== undefined && i.registrationFee === l.registrationFee && i.acuteResultFee === l.acuteResultFee && i.followUpFee === l.followUpFee && i.followUpYears === l.followUpYears;
  });
}
