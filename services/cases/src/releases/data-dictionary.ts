import { jctoScore } from '@registry/scores';
import type { CoreLabJudgement } from '../core-lab/read-fields.ts';
import type { OfficialSummary } from '../core-lab/official-summary.ts';
import { approachOf } from '../annual-report/annual-report-figures.ts';
import type { Background, Outcome, Procedure } from '../form/crf-sections.ts';

/**
 * The published data dictionary [R21a]: what a request may ask for, one item per column of
 * a release. It names no patient code, initials or date of birth: a release never carries
 * them [R30][T7.2]. The operator's and the facility's IDs are `identifying` items: a plan
 * may ask for them (a volume–outcome study does), and a release carries them only when the
 * steering committee approved the plan for that identity explicitly (./release-service.ts).
 * Values come from the registration, the case report form, or the official result (the
 * core lab's final judgement with any committee ruling applied [R26][R28b]).
 */
export type ItemType = 'text' | 'integer' | 'float' | 'boolean' | 'date';
export type ItemSource = 'REGISTRATION' | 'CASE_REPORT_FORM' | 'CORE_LAB';

/** What one case offers a release. */
export interface ReleaseCase {
  registrationNumber: string;
  operatorId: string;
  facilityId: string;
  procedureDate: string;
  birthDate: string | null;
  vessel: string;
  background: Background | null;
  lesion: { segment: number } | null;
  procedure: Procedure | null;
  outcome: Outcome | null;
  judgement: CoreLabJudgement;
  official: OfficialSummary;
}

export interface DictionaryItem {
  id: string;
  label: string;
  dataType: ItemType;
  source: ItemSource;
  description: string;
  /** Names the operator or the facility: released only under a plan approved for it [R21a][T7.2]. */
  identifying: boolean;
  value: (c: ReleaseCase) => string | number | boolean | null;
}

const item = (id: string, label: string, dataType: ItemType, source: ItemSource, description: string, value: DictionaryItem['value']): DictionaryItem => ({ id, label, dataType, source, description, identifying: false, value });
const identifying = (id: string, label: string, description: string, value: DictionaryItem['value']): DictionaryItem => ({ id, label, dataType: 'text', source: 'REGISTRATION', description, identifying: true, value });

/** Age in whole years on the procedure day; the date of birth itself never leaves [R30]. */
function ageAt(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export const DATA_DICTIONARY: readonly DictionaryItem[] = [
  item('procedureDate', 'Procedure date', 'date', 'REGISTRATION', 'YYYY-MM; the day only when the approved plan needs it', (c) => c.procedureDate),
  item('procedureYear', 'Procedure year', 'integer', 'REGISTRATION', 'The report year the case belongs to', (c) => Number(c.procedureDate.slice(0, 4))),
  item('ageAtProcedure', 'Age at procedure', 'integer', 'REGISTRATION', 'Whole years; the date of birth is never released', (c) => ageAt(c.birthDate, c.procedureDate)),
  item('vessel', 'Target vessel', 'text', 'REGISTRATION', 'LAD, LCX, RCA or LM', (c) => c.vessel),
  item('sex', 'Sex', 'text', 'CASE_REPORT_FORM', 'MALE or FEMALE', (c) => c.background?.sex ?? null),
  item('hypertension', 'Hypertension', 'boolean', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.hypertension ?? null),
  item('dyslipidemia', 'Dyslipidemia', 'boolean', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.dyslipidemia ?? null),
  item('diabetes', 'Diabetes', 'text', 'CASE_REPORT_FORM', 'NONE, NON_INSULIN or INSULIN', (c) => c.background?.diabetes ?? null),
  item('chronicKidneyDisease', 'Chronic kidney disease', 'boolean', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.chronicKidneyDisease ?? null),
  item('dialysis', 'Dialysis', 'boolean', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.dialysis ?? null),
  item('priorCabg', 'Prior CABG', 'boolean', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.priorCabg ?? null),
  item('leftVentricularEjectionFraction', 'LVEF (%)', 'integer', 'CASE_REPORT_FORM', 'Background', (c) => c.background?.leftVentricularEjectionFraction ?? null),
  item('lesionSegment', 'AHA segment', 'integer', 'CASE_REPORT_FORM', '1 to 15', (c) => c.lesion?.segment ?? null),
  item('jctoScore', 'J-CTO score', 'integer', 'CORE_LAB', "0 to 5, from the core lab's read of the items [R24]", (c) => jctoScore({ bluntStump: c.judgement.bluntStump, calcification: c.judgement.calcification, bendingOver45: c.judgement.bending, occlusionLength20mmOrMore: c.judgement.occlusionLength20mm, retryLesion: c.judgement.retryLesion }).score),
  item('approach', 'Approach', 'text', 'CASE_REPORT_FORM', 'ANTEGRADE, RETROGRADE or NOT_RECORDED', (c) => approachOf(c.procedure)),
  item('contrastVolumeMl', 'Contrast volume (mL)', 'float', 'CASE_REPORT_FORM', 'Procedure', (c) => c.procedure?.contrastVolumeMl ?? null),
  item('fluoroscopyTimeMin', 'Fluoroscopy time (min)', 'float', 'CASE_REPORT_FORM', 'Procedure', (c) => c.procedure?.fluoroscopyTimeMin ?? null),
  item('technicalSuccess', 'Technical success', 'boolean', 'CORE_LAB', 'The official result [R27]', (c) => c.official.technicalSuccess),
  item('procedureSuccess', 'Procedure success', 'boolean', 'CORE_LAB', 'The official result [R27]', (c) => c.official.procedureSuccess),
  item('perforation', 'Perforation (Ellis)', 'text', 'CORE_LAB', 'NONE, ELLIS_I, ELLIS_II, ELLIS_III, ELLIS_III_CAVITY_SPILLING', (c) => c.judgement.perforation),
  item('death', 'In-hospital death', 'boolean', 'CASE_REPORT_FORM', 'Outcome', (c) => c.outcome?.complications.death ?? null),
  item('emergencyCabg', 'Emergency CABG', 'boolean', 'CASE_REPORT_FORM', 'Outcome', (c) => c.outcome?.complications.emergencyCabg ?? null),
  item('tamponade', 'Tamponade', 'boolean', 'CASE_REPORT_FORM', 'Outcome', (c) => c.outcome?.complications.tamponade ?? null),
  identifying('operatorId', 'Operator ID', "The operating operator's ID (術者ID), as on the public list [R12]: identifying, released only under a plan approved for it", (c) => c.operatorId),
  identifying('facilityId', 'Facility ID', "The registry's ID of the facility: identifying, released only under a plan approved for it", (c) => c.facilityId),
];

export const DICTIONARY_IDS = new Set(DATA_DICTIONARY.map((i) => i.id));
export const dictionaryItem = (id: string): DictionaryItem | undefined => DATA_DICTIONARY.find((i) => i.id === id);
/** Those of these items that name the operator or the facility, in their order [R21a]. */
export const identifyingItems = (items: readonly string[]): string[] => items.filter((id) => dictionaryItem(id)?.identifying === true);
/** Whether any of these items names the operator or the facility [R21a]. */
export const asksIdentity = (items: readonly string[]): boolean => identifyingItems(items).length > 0;
