import { JUDGEMENT_FIELDS, RESIDUAL_STENOSIS_TOLERANCE, type CoreLabJudgement, type JudgementField } from './read-fields.ts';
import type { RuleId } from '@registry/errors';
import type { PROVENANCES } from '../db/schema.ts';

export interface Concordance {
  /** Fields on which the two reads agree, with the agreed value. */
  agreed: Partial<CoreLabJudgement>;
  /** Fields the supervisor must decide [R26]. */
  discordant: JudgementField[];
}

/** [R26] Two independent reads: agreement on a field makes it final, disagreement goes to the supervisor. */
export function compareReads(a: CoreLabJudgement, b: CoreLabJudgement): Concordance {
  const agreed: Partial<CoreLabJudgement> = {};
  const discordant: JudgementField[] = [];
  for (const field of JUDGEMENT_FIELDS) {
    const value = agreedValue(field, a, b);
    if (value === undefined) discordant.push(field);
    else (agreed as Record<string, unknown>)[field] = value;
  }
  return { agreed, discordant };
}

function agreedValue(field: JudgementField, a: CoreLabJudgement, b: CoreLabJudgement): unknown {
  if (field === 'residualStenosis') {
    return Math.abs(a.residualStenosis - b.residualStenosis) <= RESIDUAL_STENOSIS_TOLERANCE
      ? Math.round((a.residualStenosis + b.residualStenosis) / 2)
      : undefined;
  }
  return a[field] === b[field] ? a[field] : undefined;
}

export type Provenance = (typeof PROVENANCES)[number];

export interface FinalResult {
  judgement: CoreLabJudgement;
  /** Who decided each field: the two readers together, or the supervisor. */
  provenance: Record<JudgementField, Provenance>;
}

export class ResolutionError extends Error {
  constructor(
    readonly rule: RuleId,
    message: string,
    readonly field?: JudgementField,
  ) {
    super(message);
  }
}

/**
 * [R26] The supervisor's judgement is final, but only on what the readers disagreed on:
 * a decision on an agreed field, or a missing decision, is refused.
 */
export function resolve(concordance: Concordance, decisions: Partial<CoreLabJudgement>): FinalResult {
  for (const field of Object.keys(decisions) as JudgementField[]) {
    if (!concordance.discordant.includes(field)) {
      throw new ResolutionError('R26', `${field} was not discordant: the readers' agreement stands`, field);
    }
  }
  const missing = concordance.discordant.filter((f) => decisions[f] === undefined);
  if (missing.length > 0) throw new ResolutionError('R26', `the supervisor must decide ${missing.join(', ')}`, missing[0]);
  const provenance = {} as Record<JudgementField, Provenance>;
  for (const field of JUDGEMENT_FIELDS) provenance[field] = concordance.discordant.includes(field) ? 'SUPERVISOR' : 'AGREED';
  return { judgement: { ...concordance.agreed, ...decisions } as CoreLabJudgement, provenance };
}

/** The result is final without the supervisor when the reads agree on every field [R26]. */
export function isFinalWithoutSupervisor(concordance: Concordance): boolean {
  return concordance.discordant.length === 0;
}
