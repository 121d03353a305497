import type { CoreLabJudgement } from './read-fields.ts';

/** What the operator recorded of the same angiogram in the case report form [R28a]. */
export interface OperatorView {
  trueChronicTotalOcclusion?: boolean | undefined;
  finalTimiFlow?: number | undefined;
  residualStenosisPercent?: number | undefined;
  bluntStump?: boolean | undefined;
  calcification?: boolean | undefined;
  bending?: boolean | undefined;
  occlusionLength20mm?: boolean | undefined;
  retryLesion?: boolean | undefined;
  technicalSuccess?: boolean | undefined;
}

export interface FieldComparison {
  field: string;
  official: string;
  operator: string | null;
  differs: boolean;
}

const show = (v: unknown) => (v === undefined || v === null ? null : String(v));

/**
 * [R28a] The official result beside the operator's own judgement, field by field, with
 * the differences marked. Residual stenosis differs only beyond the core lab's own
 * tolerance between readers; a field the operator did not record is shown, not marked.
 */
export function compareWithOperator(official: CoreLabJudgement, operator: OperatorView, tolerance: number): FieldComparison[] {
  const rows: [string, unknown, unknown, (a: unknown, b: unknown) => boolean][] = [
    ['trueChronicTotalOcclusion', official.ctoStatus === 'CTO_CONFIRMED', operator.trueChronicTotalOcclusion, (a, b) => a !== b],
    ['timiAfter', official.timiAfter, operator.finalTimiFlow, (a, b) => a !== b],
    ['residualStenosis', official.residualStenosis, operator.residualStenosisPercent, (a, b) => Math.abs(Number(a) - Number(b)) > tolerance],
    ['bluntStump', official.bluntStump, operator.bluntStump, (a, b) => a !== b],
    ['calcification', official.calcification, operator.calcification, (a, b) => a !== b],
    ['bending', official.bending, operator.bending, (a, b) => a !== b],
    ['occlusionLength20mm', official.occlusionLength20mm, operator.occlusionLength20mm, (a, b) => a !== b],
    ['retryLesion', official.retryLesion, operator.retryLesion, (a, b) => a !== b],
    ['technicalSuccess', official.technicalSuccess, operator.technicalSuccess, (a, b) => a !== b],
  ];
  return rows.map(([field, o, mine, differ]) => ({
    field,
    official: String(o),
    operator: show(mine),
    differs: mine !== undefined && mine !== null && differ(o, mine),
  }));
}
