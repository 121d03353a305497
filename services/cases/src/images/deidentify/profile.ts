import type { AnnexEOption, AnnexERow } from './annex-e.ts';

/**
 * The registry's choices among the Annex E options [R31], written into every file's
 * De-identification Method and recorded with every upload. Why each one:
 *
 * - Retain Longitudinal Temporal Information with Modified Dates: yes. Dates are shifted
 *   backwards by a whole number of days, the same for every file of a case (keyed by the
 *   registration number), so intervals (pre-procedure angiogram → CTO-PCI → IVUS) survive
 *   while the calendar day, which with a hospital narrows down a patient, does not. Times
 *   of day are kept.
 * - Retain Device Identity: no. Station names, serial numbers and AE titles name the
 *   hospital, and the core lab must not learn the facility [R25][R33].
 * - Retain Institution Identity, Patient Characteristics, UIDs, Safe Private, Clean
 *   Descriptors / Structured Content / Graphics: no. The registry needs none of them: the
 *   EDC carries the patient's age, and private tags and free text are where identifiers hide.
 */
export const REGISTRY_OPTIONS: readonly AnnexEOption[] = ['rtnLongModifDatesOpt'];

/** PS3.15 Table E.1-1 action codes after the registry's resolution of compounds. */
export type Action = 'D' | 'Z' | 'X' | 'K' | 'C' | 'U' | 'U*';

/**
 * The action for a row under the chosen options, compounds resolved toward keeping the
 * file valid without knowing each IOD's attribute types: X/Z → Z (keep an empty Type 2
 * attribute), X/D, Z/D, X/Z/D → D (a dummy keeps a Type 1 attribute), X/Z/U* → U* (the
 * sequence stays, every UID in its items is replaced). A sequence is different: a dummy
 * would be an empty sequence (inventing coded items would put false content in the file),
 * and an empty sequence where the standard allows removal is a Type 3 sequence left with
 * zero items, which dciodvfy reports as an error; so a sequence whose row allows X
 * (X/Z, X/D, X/Z/D) is removed, and only Z or D alone leaves it empty.
 */
export function resolveAction(row: AnnexERow, options: readonly AnnexEOption[] = REGISTRY_OPTIONS, vr?: string): Action {
  let code = row.basicProfile;
  for (const option of options) {
    const override = row[option];
    if (override) code = override;
  }
  if (vr === 'SQ' && (code === 'X/Z' || code === 'X/D' || code === 'X/Z/D')) return 'X';
  switch (code) {
    case 'D':
    case 'Z':
    case 'X':
    case 'K':
    case 'C':
    case 'U':
      return code;
    case 'X/Z':
      return 'Z';
    case 'X/D':
    case 'Z/D':
    case 'X/Z/D':
      return 'D';
    case 'X/Z/U*':
      return 'U*';
    default:
      throw new Error(`PS3.15 Annex E action "${code}" of ${row.tag} is not one the registry knows`);
  }
}

/** De-identification Method Code Sequence (0012,0064) items, CID 7050. */
export const METHOD_CODES = [
  { value: '113100', meaning: 'Basic Application Confidentiality Profile' },
  { value: '113107', meaning: 'Retain Longitudinal Temporal Information Modified Dates Option' },
] as const;

/** De-identification Method (0012,0063), LO: at most 64 characters per value. */
export const METHOD_TEXT = ['PS3.15 E.1 Basic Profile 2024b', 'Modified Dates Option', 'CTO-PCI registry keyed UIDs'] as const;

export const REGISTRY_NAME = 'Japanese CTO-PCI Expert Registry';
export const PROTOCOL_ID = 'JCTOPCI-REGISTRY';
/** A private coding scheme (the "99" prefix is reserved for local schemes, PS3.16 8.2). */
export const OPERATOR_CODING_SCHEME = '99JCTOREG';
