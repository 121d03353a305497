import type { TFunction } from 'i18next';
import type { CoreLabJudgementInput } from '../../gql/graphql';

export type Field = keyof CoreLabJudgementInput;
export type Judgement = CoreLabJudgementInput;

/** Every field a reader records, in the order of the read form [R26]. */
export const FIELDS: readonly Field[] = [
  'ctoStatus',
  'bluntStump',
  'calcification',
  'bending',
  'occlusionLength20mm',
  'retryLesion',
  'timiBefore',
  'timiAfter',
  'residualStenosis',
  'sideBranchLoss',
  'technicalSuccess',
  'perforation',
  'noReflow',
  'dissection',
];

export const BOOLEAN_FIELDS = new Set<Field>(['bluntStump', 'calcification', 'bending', 'occlusionLength20mm', 'retryLesion', 'sideBranchLoss', 'technicalSuccess', 'noReflow', 'dissection']);
export const CTO_STATUSES = ['CTO_CONFIRMED', 'SUBTOTAL', 'NOT_ELIGIBLE'] as const;
export const PERFORATIONS = ['NONE', 'ELLIS_I', 'ELLIS_II', 'ELLIS_III', 'ELLIS_III_CAVITY_SPILLING'] as const;
export const TIMI = [0, 1, 2, 3] as const;

/** A field's value in the user's language. */
export function showValue(field: Field, value: unknown, t: TFunction): string {
  if (value === null || value === undefined) return '—';
  if (BOOLEAN_FIELDS.has(field)) return t(value ? 'coreLab.yes' : 'coreLab.no');
  if (field === 'ctoStatus') return t(`coreLab.ctoStatus.${String(value)}`);
  if (field === 'perforation') return t(`coreLab.perforation.${String(value)}`);
  if (field === 'residualStenosis') return t('coreLab.percent', { value: Number(value) });
  return String(value);
}

export function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}
