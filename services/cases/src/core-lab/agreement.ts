import { compareReads } from './concordance.ts';
import { JUDGEMENT_FIELDS, RESIDUAL_STENOSIS_TOLERANCE, type CoreLabJudgement, type JudgementField } from './read-fields.ts';

export interface FinishedCase {
  reads: { readerId: string; judgement: CoreLabJudgement }[];
  final: CoreLabJudgement;
}

export interface FieldRates {
  field: JudgementField;
  /** Share of reads agreeing with the other reader of the same case. */
  withOtherReader: number;
  /** Share of reads agreeing with the case's final result. */
  withFinal: number;
  reads: number;
}

export interface ReaderAgreement {
  readerId: string;
  fields: FieldRates[];
}

function agrees(field: JudgementField, a: CoreLabJudgement, b: CoreLabJudgement): boolean {
  return field === 'residualStenosis' ? Math.abs(a.residualStenosis - b.residualStenosis) <= RESIDUAL_STENOSIS_TOLERANCE : a[field] === b[field];
}

/**
 * The core lab's own quality control: per reader (and overall under readerId "ALL"), per
 * field, how often a read agreed with the other reader and with the final result.
 */
export function agreementStatistics(cases: readonly FinishedCase[]): ReaderAgreement[] {
  const counts = new Map<string, Map<JudgementField, { other: number; final: number; n: number }>>();
  const bump = (readerId: string, field: JudgementField, other: boolean, final: boolean) => {
    let byField = counts.get(readerId);
    if (!byField) counts.set(readerId, (byField = new Map()));
    const c = byField.get(field) ?? { other: 0, final: 0, n: 0 };
    c.n++;
    if (other) c.other++;
    if (final) c.final++;
    byField.set(field, c);
  };
  for (const c of cases) {
    const [a, b] = c.reads;
    if (!a || !b) continue;
    const discordant = new Set(compareReads(a.judgement, b.judgement).discordant);
    for (const read of [a, b]) {
      for (const field of JUDGEMENT_FIELDS) {
        const withOther = !discordant.has(field);
        const withFinal = agrees(field, read.judgement, c.final);
        bump(read.readerId, field, withOther, withFinal);
        bump('ALL', field, withOther, withFinal);
      }
    }
  }
  return [...counts.entries()]
    .sort(([x], [y]) => (x === 'ALL' ? -1 : y === 'ALL' ? 1 : x.localeCompare(y)))
    .map(([readerId, byField]) => ({
      readerId,
      fields: JUDGEMENT_FIELDS.filter((f) => byField.has(f)).map((field) => {
        const c = byField.get(field)!;
        return { field, withOtherReader: c.other / c.n, withFinal: c.final / c.n, reads: c.n };
      }),
    }));
}
