import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import { badUserInput, notFound, requireUuid, ruleViolation } from '@registry/errors';
import type { AnnualReportRepository, ResultChangeRow } from '../annual-report/annual-report-repository.ts';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { overridesFrom } from '../core-lab/official-summary.ts';
import { lesionSchema } from '../form/crf-sections.ts';
import { calibration } from './calibration.ts';
import { funnel, type Funnel } from './funnel.ts';
import { fitLogistic, LogisticFitError, predict } from './logistic-regression.ts';
import { designRow, riskCase, RISK_MODEL_TERMS, type RiskCase } from './risk-model.ts';
import { assertMayFitRiskModel, assertMayReviewRiskAdjusted } from './risk-monitoring-policy.ts';
import type { RiskCaseRow, RiskModelRecord, RiskMonitoringRepository } from './risk-monitoring-repository.ts';

/** The first year the registry can report on (as the annual report). */
const FIRST_YEAR = 2000;

/** A year's risk-adjusted monitoring as the committee reviews it: operator IDs only [R15]. */
export interface RiskAdjustedView {
  year: number;
  model: RiskModelRecord;
  funnel: Funnel;
  /** Cases with an official result but no lesion section to score: left out, and counted. */
  casesWithoutScores: number;
}

/** What RiskMonitoringService works with, each named [#14.7]. */
export interface RiskMonitoringServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  riskMonitoring: RiskMonitoringRepository;
  annualReports: AnnualReportRepository;
}

const changeKey = (c: Pick<ResultChangeRow, 'rulingId' | 'field'>) => `${c.rulingId}:${c.field}`;

/**
 * Risk-adjusted monitoring of technical success [R15][R38] beside the raw-rate thresholds
 * (operators subgraph): a logistic model fitted by the data center on presented years only
 * [R27], kept with the years it came from; each operator's observed against expected, and
 * the funnel that flags an operator beyond 99.8 % for the steering committee's review.
 */
export class RiskMonitoringService {
  constructor(private readonly deps: RiskMonitoringServiceDeps) {}

  /**
   * [R15][R27] Fits the model on the cases the frozen `years` adopted, each with its
   * official result as it stood when its year froze (a later ruling is a post-freeze
   * correction, not refitted data), so the same years always give the same model. One
   * unit of work: the model and its coefficients are written together or not at all.
   */
  async fit(years: readonly number[]): Promise<RiskModelRecord> {
    assertMayFitRiskModel(this.deps.viewer);
    if (years.length === 0) throw badUserInput('Name at least one presented year to fit the model on', ['years']);
    years.forEach((y, i) => {
      if (!Number.isInteger(y) || y < FIRST_YEAR) throw badUserInput(`Not a report year: ${y}`, ['years', i]);
      if (years.indexOf(y) !== i) throw badUserInput(`${y} is named twice`, ['years', i]);
    });
    const frozen = await this.deps.riskMonitoring.frozenYears(years);
    years.forEach((y, i) => {
      if (!frozen.has(y)) throw ruleViolation('R27', `${y} has not been presented: the model is fitted on frozen years only`, ['years', i]);
    });
    const sorted = [...years].sort((a, b) => a - b);
    const { scored } = await this.scoredCases(await this.deps.riskMonitoring.frozenCases(sorted));
    let fit;
    try {
      fit = fitLogistic(scored.map(designRow), scored.map((c) => c.success));
    } catch (err) {
      if (err instanceof LogisticFitError) throw badUserInput(`The model cannot be fitted on ${sorted.join(', ')}: ${err.message}`, ['years']);
      throw err;
    }
    const beta = fit.coefficients;
    const model = {
      id: randomUUID(),
      years: sorted,
      cases: scored.length,
      successes: scored.filter((c) => c.success).length,
      iterations: fit.iterations,
      logLikelihood: fit.logLikelihood,
      calibration: calibration(scored.map((c) => ({ success: c.success, expected: predict(designRow(c), beta) }))),
    };
    return this.deps.uow.run(async (unit) => {
      const row = { ...model, fittedBy: unit.requireActor(), fittedAt: unit.now };
      const coefficients = RISK_MODEL_TERMS.map((term, i) => ({ modelId: row.id, term, estimate: beta[i]!, standardError: fit.standardErrors[i]!, years: sorted }));
      await this.deps.riskMonitoring.saveModel(unit.tx, row, coefficients);
      return { ...row, coefficients };
    });
  }

  /** Every fitted model, the latest first. */
  async models(): Promise<RiskModelRecord[]> {
    assertMayReviewRiskAdjusted(this.deps.viewer);
    return this.deps.riskMonitoring.models();
  }

  /**
   * [R15][R38] A year that has ended: each operator's O/E of technical success by the
   * model (the latest fitted unless one is named), on the year's cases with an official
   * result as it stands now, every ruling applied [R28b].
   */
  async review(year: number, modelId: string | null | undefined): Promise<RiskAdjustedView> {
    assertMayReviewRiskAdjusted(this.deps.viewer);
    if (!Number.isInteger(year) || year < FIRST_YEAR) throw badUserInput(`Not a report year: ${year}`, ['year']);
    if (year >= this.deps.uow.calendar.year()) throw badUserInput(`${year} has not ended: a year is monitored once it is over`, ['year']);
    const model = await this.modelFor(modelId);
    const beta = model.coefficients.map((c) => c.estimate);
    const { scored, unscored } = await this.scoredCases(await this.deps.riskMonitoring.casesOfYear(year));
    return { year, model, casesWithoutScores: unscored, funnel: funnel(scored.map((c) => ({ operatorId: c.operatorId, success: c.success, expected: predict(designRow(c), beta) }))) };
  }

  private async modelFor(modelId: string | null | undefined): Promise<RiskModelRecord> {
    if (modelId !== null && modelId !== undefined) {
      const model = await this.deps.riskMonitoring.model(requireUuid(modelId, ['modelId']));
      if (!model) throw notFound('Risk model');
      return model;
    }
    const [latest] = await this.deps.riskMonitoring.models();
    if (!latest) throw ruleViolation('R15', 'No risk model has been fitted yet: the data center fits one on the presented years first');
    return latest;
  }

  /** The rows' scores and official technical success; a frozen case's result carries only the changes it had at the freeze. */
  private async scoredCases(rows: readonly RiskCaseRow[]): Promise<{ scored: RiskCase[]; unscored: number }> {
    const numbers = rows.map((r) => r.registrationNumber);
    const judgements = new Map((await this.deps.annualReports.judgements(numbers)).map((j) => [j.registrationNumber, j.judgement]));
    const changes = await this.deps.annualReports.changes(numbers);
    const scored: RiskCase[] = [];
    let unscored = 0;
    for (const r of rows) {
      const judgement = judgements.get(r.registrationNumber);
      const lesion = lesionSchema.safeParse(r.lesion);
      if (!judgement || !lesion.success) {
        unscored++;
        continue;
      }
      const applied = r.appliedChanges === null ? null : new Set(r.appliedChanges);
      const own = changes.filter((c) => c.registrationNumber === r.registrationNumber && (applied === null || applied.has(changeKey(c))));
      scored.push(riskCase({ registrationNumber: r.registrationNumber, operatorId: r.operatorId, vessel: r.vessel, judgement, progressItems: lesion.data.progressCto, overrides: overridesFrom(own) }));
    }
    return { scored, unscored };
  }
}
