import { can, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { badUserInput, forbidden, notFound, requireText, ruleViolation, unauthenticated } from '@registry/errors';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import type { ThresholdsRecord, WarningRecord, MonitoringRepository } from './monitoring-repository.ts';
import { computeFigures, deviations, invalidThresholdField, thresholdsFor, warningMeasures, type Figures, type MonitoringMeasure, type Thresholds } from './monitoring-rules.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';

/** One operator's year as STEERING reviews it: under the operator ID only [R15]. */
export interface AnonymousFigures extends Figures {
  deviations: MonitoringMeasure[];
  warning: WarningRecord | null;
}


/** What MonitoringService works with, each named [#14.7]. */
export interface MonitoringServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  monitoring: MonitoringRepository;
  operators: OperatorRepository;
  steering: SteeringRepository;
}

/** Monitoring of indication selection, complications and success [R15][R38]. */
export class MonitoringService {
  constructor(private readonly deps: MonitoringServiceDeps) {}

  /** [R38] the published criteria: public, like the list of operators. */
  thresholds(): Promise<ThresholdsRecord[]> {
    return this.deps.monitoring.thresholds();
  }

  /**
   * [R38] STEERING sets the criteria for a year and the years after it. A year that has
   * ended keeps the criteria it was judged by.
   */
  async setThresholds(input: Thresholds): Promise<ThresholdsRecord> {
    assertSteeringRole(this.deps.viewer);
    const invalid = invalidThresholdField(input);
    if (invalid) throw badUserInput('A rate is a percentage between 0 and 100', ['input', invalid]);
    if (!Number.isInteger(input.fromYear)) throw badUserInput('Not a calendar year', ['input', 'fromYear']);
    return this.deps.uow.run(async ({ tx, today, year, audit }) => {
      const setBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      if (input.fromYear < year) throw ruleViolation('R38', `Criteria apply from the current year on; ${input.fromYear} has ended`);
      const saved = await this.deps.monitoring.saveThresholds(tx, { ...input, setOn: today, setBy });
      await audit(String(input.fromYear), [{ action: 'THRESHOLDS_SET', detail: { ...input } }]);
      return saved;
    });
  }

  /**
   * [R15] a year's figures of every operator with official results, under the operator
   * ID only, with the criteria each falls outside of; only deviations by default.
   */
  async review(year: number, deviatingOnly: boolean): Promise<AnonymousFigures[]> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.deps.viewer, 'monitoring:review')) throw forbidden('Monitoring is reviewed by the steering committee');
    assertYearEnded(year, this.deps.uow.calendar.year());
    const thresholds = thresholdsFor(year, await this.deps.monitoring.thresholds());
    if (!thresholds) throw ruleViolation('R38', `No published criteria apply to ${year}`);
    const results = await this.deps.monitoring.resultsOfYear(undefined, year);
    const warned = new Map((await this.deps.monitoring.warnings({ year })).map((w) => [w.operatorId, w]));
    const all = [...results].map(([operatorId, r]) => {
      const figures = computeFigures(operatorId, year, r);
      return { ...figures, deviations: deviations(figures, thresholds), warning: warned.get(operatorId) ?? null };
    });
    return deviatingOnly ? all.filter((f) => f.deviations.length > 0) : all;
  }

  /** [R15][R38] STEERING warns a deviating certified operator, stating the reason. */
  async warn(operatorId: string, year: number, reasonText: string): Promise<WarningRecord> {
    assertSteeringRole(this.deps.viewer);
    const reason = requireText(reasonText, ['reason'], 'The reason for a warning');
    assertYearEnded(year, this.deps.uow.calendar.year());
    return this.deps.uow.run(async ({ tx, today, audit }) => {
      const issuedBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      const operator = await this.deps.operators.lockById(tx, operatorId);
      if (!operator) throw notFound('Operator');
      const figures = await this.figuresOf(tx, operatorId, year);
      const measures = warningMeasures(operator.status, figures.deviations, Boolean(await this.deps.monitoring.warningOf(tx, operatorId, year)));
      const { deviations: _, ...snapshot } = figures;
      const warning = await this.deps.monitoring.insertWarning(tx, { operatorId, year, measures, figures: snapshot, reason, issuedOn: today, issuedBy });
      await audit(operatorId, [{ action: 'WARNING_ISSUED', detail: { year, measures, reason } }]);
      return warning;
    });
  }

  /** The warnings an operator has received: for that operator and the reviewers. */
  async warningsOf(operatorId: string): Promise<WarningRecord[]> {
    if (!can(this.deps.viewer, 'operator:readOwn', { operatorId }) && !can(this.deps.viewer, 'monitoring:readWarnings')) throw forbidden("An operator's warnings are read by the operator and the steering committee");
    return this.deps.monitoring.warnings({ operatorId });
  }

  private async figuresOf(tx: Executor, operatorId: string, year: number): Promise<Figures & { deviations: MonitoringMeasure[] }> {
    const thresholds = thresholdsFor(year, await this.deps.monitoring.thresholds(tx));
    if (!thresholds) throw ruleViolation('R38', `No published criteria apply to ${year}`);
    const figures = computeFigures(operatorId, year, await this.deps.monitoring.resultsOf(tx, operatorId, year));
    return { ...figures, deviations: deviations(figures, thresholds) };
  }
}

/** [R15] figures are judged at the end of each year. */
export function assertYearEnded(year: number, currentYear: number): void {
  if (!Number.isInteger(year)) throw badUserInput('Not a calendar year', ['year']);
  if (year >= currentYear) throw ruleViolation('R15', `Figures are judged at year end; ${year} has not ended`);
}
