/**
 * Monitoring figures and deviations [R15][R38], pure. Rates are percentages of an
 * operator's cases with an official (core-lab) result in the calendar year.
 */
import { ruleViolation } from '@registry/errors';

export type MonitoringMeasure = 'INDICATION_SELECTION' | 'COMPLICATION_RATE' | 'SUCCESS_RATE';

export interface OfficialResult {
  technicalSuccess: boolean;
  procedureSuccess: boolean;
  complication: boolean;
  indicationAppropriate: boolean;
}

export interface Thresholds {
  fromYear: number;
  minIndicationAppropriateRate: number;
  maxComplicationRate: number;
  /** Compared with the technical success rate, the usual CTO PCI measure of success. */
  minSuccessRate: number;
}

export interface Figures {
  operatorId: string;
  year: number;
  cases: number;
  indicationAppropriateRate: number;
  complicationRate: number;
  technicalSuccessRate: number;
  procedureSuccessRate: number;
}

const rate = (results: readonly OfficialResult[], pick: (r: OfficialResult) => boolean) =>
  results.length === 0 ? 0 : Math.round((1000 * results.filter(pick).length) / results.length) / 10;

/** [R15] one operator's figures for one year from its official results. */
export function computeFigures(operatorId: string, year: number, results: readonly OfficialResult[]): Figures {
  return {
    operatorId,
    year,
    cases: results.length,
    indicationAppropriateRate: rate(results, (r) => r.indicationAppropriate),
    complicationRate: rate(results, (r) => r.complication),
    technicalSuccessRate: rate(results, (r) => r.technicalSuccess),
    procedureSuccessRate: rate(results, (r) => r.procedureSuccess),
  };
}

/** [R15][R38] the published criteria the figures fall outside of. */
export function deviations(f: Figures, t: Thresholds): MonitoringMeasure[] {
  const out: MonitoringMeasure[] = [];
  if (f.cases === 0) return out;
  if (f.indicationAppropriateRate < t.minIndicationAppropriateRate) out.push('INDICATION_SELECTION');
  if (f.complicationRate > t.maxComplicationRate) out.push('COMPLICATION_RATE');
  if (f.technicalSuccessRate < t.minSuccessRate) out.push('SUCCESS_RATE');
  return out;
}

/** The thresholds in force for `year`: the latest set from that year or before [R38]. */
export function thresholdsFor(year: number, all: readonly Thresholds[]): Thresholds | undefined {
  return [...all].filter((t) => t.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear)[0];
}

/**
 * [R15] a warned operator improved when the next year's figures no longer fall outside
 * the criteria the warning named. A next year without official results cannot show
 * either, so it is not "not improved".
 */
export function notImproved(warnedMeasures: readonly MonitoringMeasure[], next: Figures, nextThresholds: Thresholds): boolean {
  if (next.cases === 0) return false;
  const still = deviations(next, nextThresholds);
  return warnedMeasures.some((m) => still.includes(m));
}

/** [R38] thresholds are percentages; a complication ceiling above a success floor is allowed. */
export function invalidThresholdField(t: Omit<Thresholds, 'fromYear'>): keyof Thresholds | undefined {
  for (const key of ['minIndicationAppropriateRate', 'maxComplicationRate', 'minSuccessRate'] as const) {
    if (!Number.isFinite(t[key]) || t[key] < 0 || t[key] > 100) return key;
  }
  return undefined;
}

/**
 * [R15] a warning goes to a certified operator whose year deviates, once per year; it
 * names the criteria the figures fall outside of. Returns those criteria.
 */
export function warningMeasures(status: string, found: readonly MonitoringMeasure[], alreadyWarned: boolean): MonitoringMeasure[] {
  if (status !== 'CERTIFIED') throw ruleViolation('R15', 'Warnings are given to certified operators');
  if (alreadyWarned) throw ruleViolation('R15', 'This operator has already been warned for this year');
  if (found.length === 0) throw ruleViolation('R15', "This operator's figures are within the published criteria");
  return [...found];
}
