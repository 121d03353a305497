import { createHash } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import type { Calendar } from '@registry/calendar';
import type { Database, Executor } from '@registry/db';
import { badUserInput, ruleViolation } from '@registry/errors';
import { overridesFrom, summarize } from '../core-lab/official-summary.ts';
import { CrfSection, outcomeSchema, procedureSchema } from '../form/crf-sections.ts';
import { canonicalJson } from '../form/form-values.ts';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { isUniqueViolation } from '../shared/constraints.ts';
import { adoptionSummary, adoptionVerdict } from './adoption-rules.ts';
import { annualReportCsv } from './annual-report-csv.ts';
import { annualReportContent, type AnnualReportContent, type ReportCase } from './annual-report-figures.ts';
import { assertMayPresentReports, assertMayReadReports } from './annual-report-policy.ts';
import type { FrozenReportRecord, ResultChangeRow, AnnualReportRepository } from './annual-report-repository.ts';
import type { CorrectionRecord, ReportView } from './annual-report-view.ts';
import type { FormRepository } from '../form/form-repository.ts';

/** The first year the registry can report on; anything earlier is not a report year. */
const FIRST_YEAR = 2000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const changeKey = (c: Pick<ResultChangeRow, 'rulingId' | 'field'>) => `${c.rulingId}:${c.field}`;

interface Computed {
  content: AnnualReportContent;
  adopted: { registrationNumber: string; appliedChanges: string[]; reportYear: number | null }[];
}

/** What AnnualReportService works with, each named [#14.7]. */
export interface AnnualReportServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  db: Database;
  annualReports: AnnualReportRepository;
  forms: FormRepository;
}

/**
 * The annual report [R27][R41]: a draft of any year from the official results as they
 * stand, and a presented year from its frozen snapshot, with the rulings that came after
 * it listed beside it, never applied [R28b].
 */
export class AnnualReportService {
  constructor(private readonly deps: AnnualReportServiceDeps) {}

  private get calendar(): Calendar {
    return this.deps.uow.calendar;
  }

  async report(year: number): Promise<ReportView> {
    assertMayReadReports(this.deps.viewer);
    this.assertReportYear(year);
    const frozen = await this.deps.annualReports.frozen(year);
    if (frozen) return this.frozenView(frozen, await this.corrections(year));
    const { content } = await this.compute(year, this.deps.db, false);
    return { content, contentJson: canonicalJson(content), status: 'DRAFT', sha256: null, presentedAt: null, presentedBy: null, corrections: [] };
  }

  async csv(year: number): Promise<string> {
    return annualReportCsv(await this.report(year));
  }

  /**
   * [R27][R41] The secretariat presents a year that has ended: in one transaction the
   * year's domestic cases are locked (a ruling on one of them waits, or came first), the
   * adoption is decided [R20], the report written once with its SHA-256, and the adopted
   * cases marked and audited. Bad input writes nothing. One unit of work: one instant, the actor,
   * the audit entries and the transaction.
   */
  async present(year: number): Promise<ReportView> {
    assertMayPresentReports(this.deps.viewer);
    this.assertReportYear(year);
    if (year >= this.calendar.year()) throw badUserInput(`The year ${year} has not ended: a year is presented once it is over`, ['year']);
    const alreadyPresented = () => ruleViolation('R27', `The ${year} report was presented already; a presented year is frozen`, ['year']);
    const frozen = await this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      const computed = await this.compute(year, tx, true);
      if (await this.deps.annualReports.frozen(year, tx)) throw alreadyPresented();
      if (computed.adopted.length === 0) throw ruleViolation('R27', `No domestic case of ${year} can be adopted (complete, with an official result): there is nothing to report`, ['year']);
      const content = canonicalJson(computed.content);
      const record: FrozenReportRecord = { year, content, sha256: sha256(content), presentedBy: unit.requireActor(), presentedAt: unit.now };
      try {
        await this.deps.annualReports.freeze(tx, record, computed.adopted.map((a) => ({ year, registrationNumber: a.registrationNumber, appliedChanges: a.appliedChanges })));
      } catch (err) {
        if (isUniqueViolation(err, 'annual_reports_pkey')) throw alreadyPresented();
        throw err;
      }
      const numbers = computed.adopted.map((a) => a.registrationNumber);
      await this.deps.annualReports.markAdopted(tx, numbers, year);
      // [T14.1] every adopted case's trail says so; its row is locked, so its chain has one writer.
      for (const a of computed.adopted) {
        await unit.audit(
          a.registrationNumber,
          [{ action: 'ADOPTED_FOR_ANNUAL_REPORT', field: 'reportYear', oldValue: a.reportYear === null ? null : JSON.stringify(a.reportYear), newValue: JSON.stringify(year) }],
          `Annual report ${year} presented`,
        );
      }
      return record;
    });
    return this.frozenView(frozen, []);
  }

  private assertReportYear(year: number): void {
    if (!Number.isInteger(year) || year < FIRST_YEAR) throw badUserInput(`Not a report year: ${year}`, ['year']);
    if (year > this.calendar.year()) throw badUserInput(`The year ${year} is in the future`, ['year']);
  }

  /** The report as presenting would make it now; with `lock`, the year's cases are locked first. */
  private async compute(year: number, db: Executor, lock: boolean): Promise<Computed> {
    const candidates = await this.deps.annualReports.candidates(year, lock ? db : undefined);
    const numbers = candidates.map((c) => c.registrationNumber);
    const judgements = new Map((await this.deps.annualReports.judgements(numbers, db)).map((j) => [j.registrationNumber, j.judgement]));
    const verdicts = candidates.map((c) => ({
      c,
      verdict: adoptionVerdict({ consentWithdrawn: c.consentWithdrawnOn !== null, complete: c.status === 'COMPLETE', hasOfficialResult: judgements.has(c.registrationNumber) }),
    }));
    const adopted = verdicts.filter((v) => v.verdict === 'ADOPTED').map((v) => v.c);
    const adoptedNumbers = adopted.map((c) => c.registrationNumber);
    const changes = await this.deps.annualReports.changes(adoptedNumbers, db);
    const sections = await this.deps.forms.sectionsOf(adoptedNumbers, db);
    const before = await this.deps.annualReports.casesBefore([...new Set(adopted.map((c) => c.operatorId))], year, db);
    const section = (n: string, name: CrfSection) => sections.find((s) => s.registrationNumber === n && s.section === name)?.data;
    const reportCases = adopted.map((c): ReportCase => {
      const judgement = judgements.get(c.registrationNumber)!;
      const own = changes.filter((x) => x.registrationNumber === c.registrationNumber);
      const procedure = section(c.registrationNumber, CrfSection.Procedure);
      const outcome = section(c.registrationNumber, CrfSection.Outcome);
      return {
        registrationNumber: c.registrationNumber,
        judgement,
        outcomes: summarize(judgement, overridesFrom(own)),
        procedure: procedure === undefined ? null : procedureSchema.parse(procedure),
        outcome: outcome === undefined ? null : outcomeSchema.parse(outcome),
        operatorCasesBefore: before.get(c.operatorId) ?? 0,
      };
    });
    return {
      content: annualReportContent(year, adoptionSummary(verdicts.map((v) => v.verdict)), reportCases),
      adopted: adopted.map((c) => ({ registrationNumber: c.registrationNumber, reportYear: c.reportYear, appliedChanges: changes.filter((x) => x.registrationNumber === c.registrationNumber).map(changeKey) })),
    };
  }

  /** [R28b] rulings on the year's adopted cases that the snapshot did not carry, oldest first. */
  private async corrections(year: number): Promise<CorrectionRecord[]> {
    const frozenCases = await this.deps.annualReports.frozenCases(year);
    const applied = new Map(frozenCases.map((c) => [c.registrationNumber, new Set(c.appliedChanges)]));
    const changes = await this.deps.annualReports.changes(frozenCases.map((c) => c.registrationNumber));
    return changes
      .filter((c) => !applied.get(c.registrationNumber)?.has(changeKey(c)))
      .map((c) => ({ registrationNumber: c.registrationNumber, field: c.field, from: c.fromValue, to: c.toValue, rulingId: c.rulingId, matterId: c.matterId, changedAt: c.changedAt }));
  }

  private frozenView(frozen: FrozenReportRecord, corrections: CorrectionRecord[]): ReportView {
    const content: AnnualReportContent = JSON.parse(frozen.content);
    return { content, contentJson: frozen.content, status: 'PRESENTED', sha256: frozen.sha256, presentedAt: frozen.presentedAt, presentedBy: frozen.presentedBy, corrections };
  }
}
