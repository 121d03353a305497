import type { DicomDataset, DicomElement } from 'dcmjs';
import { annexETable, ANNEX_E_REVISION, type AnnexETable } from './annex-e.ts';
import type { CaseKeys } from './keyed.ts';
import {
  METHOD_CODES,
  METHOD_TEXT,
  OPERATOR_CODING_SCHEME,
  PROTOCOL_ID,
  REGISTRY_NAME,
  REGISTRY_OPTIONS,
  resolveAction,
  type Action,
} from './profile.ts';

/** What was done to one attribute, named by its path (`00081140[0].00081155`); never its value. */
export interface AttributeAction {
  path: string;
  action: Action | 'PRIVATE_REMOVED' | 'GROUP_LENGTH_REMOVED' | 'REGISTRY_WRITTEN';
}

export interface DeidentifyInput {
  registrationNumber: string;
  /** The contributing operator's registry identifier, written into the file [R31]. */
  operatorId: string;
  keys: CaseKeys;
}

export interface DeidentifyResult {
  actions: AttributeAction[];
  /** Original → new UIDs, originals given as keyed fingerprints only. */
  uidMap: { from: string; to: string }[];
  tableRevision: string;
  options: readonly string[];
}

const DEFAULT_TABLE = annexETable();

const STRING_DUMMY: Record<string, string> = {
  AE: 'ANONYMIZED',
  AS: '000Y',
  CS: 'ANONYMIZED',
  DA: '19000101',
  DS: '0',
  DT: '19000101000000',
  IS: '0',
  LO: 'ANONYMIZED',
  LT: 'ANONYMIZED',
  SH: 'ANONYMIZED',
  ST: 'ANONYMIZED',
  TM: '000000',
  UC: 'ANONYMIZED',
  UR: 'ANONYMIZED',
  UT: 'ANONYMIZED',
};
const NUMERIC_VRS = new Set(['FL', 'FD', 'SL', 'SS', 'UL', 'US', 'SV', 'UV', 'AT']);

/** VRs "C" handles: dates shifted, times of day and time-zone offsets kept. */
const SHIFTABLE_OR_KEPT_UNDER_C = new Set(['DA', 'DT', 'TM', 'SH']);

/** dcmjs gives a bare value for a few malformed elements; treat it as one value. */
const values = (el: DicomElement, fallback: unknown[] = []): unknown[] => (Array.isArray(el.Value) ? el.Value : el.Value === undefined ? fallback : [el.Value]);

const isPrivate = (tag: string) => parseInt(tag.slice(0, 4), 16) % 2 === 1;
/**
 * Overlay (60xx) and curve (50xx) repeating groups, even groups 00–1E. The profile removes
 * their data (Overlay Data, Curve Data: X); what it leaves of the group (rows, columns,
 * type, origin) describes an overlay that is no longer there, which PS3.3 C.9.2 makes an
 * invalid Overlay Plane module. The whole group goes.
 */
const isRemovedRepeatingGroup = (tag: string) => {
  const group = parseInt(tag.slice(0, 4), 16);
  const base = group & 0xff00;
  return (base === 0x6000 || base === 0x5000) && (group & 0xff) <= 0x1e && group % 2 === 0;
};
const isGroupLength = (tag: string) => tag.slice(4) === '0000';

/**
 * PS3.15 E.1.1 "D": a non-empty value of the VR. Dummy dates/times are fixed; numbers are
 * zero; a binary value or a sequence becomes empty (see `resolveAction`).
 */
function dummy(el: DicomElement, keys: CaseKeys): DicomElement {
  if (el.vr === 'UI') return { vr: 'UI', Value: values(el, ['0']).map((v) => keys.uid(String(v))) };
  if (el.vr === 'PN') return { vr: 'PN', Value: [{ Alphabetic: 'ANONYMIZED' }] };
  const s = STRING_DUMMY[el.vr];
  if (s !== undefined) return { vr: el.vr, Value: [s] };
  if (NUMERIC_VRS.has(el.vr)) return { vr: el.vr, Value: [0] };
  return { vr: el.vr, Value: [] };
}

function shiftDa(value: string, days: number): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10).replace(/-/g, '') + value.slice(8);
}

/**
 * "C" under the Modified Dates option: every DA and DT moves back by the case's days;
 * a value too partial to shift (a year alone) becomes the dummy. Other VRs under C (times
 * of day) are kept: a whole-day shift leaves them true and harmless.
 */
function clean(el: DicomElement, keys: CaseKeys): DicomElement {
  if (el.vr !== 'DA' && el.vr !== 'DT') return el;
  return {
    vr: el.vr,
    Value: values(el).map((v) => (typeof v === 'string' && v.length >= 8 ? (shiftDa(v, keys.dateShiftDays) ?? STRING_DUMMY[el.vr]) : STRING_DUMMY[el.vr])),
  };
}

/**
 * Applies every row of PS3.15 Annex E (Basic Profile + the registry's options) to a
 * dataset in place, at top level and inside every sequence item, and removes every
 * private attribute [R31]. Attributes the table does not list stay, as the profile says;
 * sequences that stay are walked item by item.
 */
export function applyProfile(dataset: DicomDataset, keys: CaseKeys, table: AnnexETable = DEFAULT_TABLE, prefix = ''): AttributeAction[] {
  const actions: AttributeAction[] = [];
  for (const tag of Object.keys(dataset)) {
    const path = `${prefix}${tag}`;
    if (isPrivate(tag)) {
      delete dataset[tag];
      actions.push({ path, action: 'PRIVATE_REMOVED' });
      continue;
    }
    if (isGroupLength(tag)) {
      delete dataset[tag];
      actions.push({ path, action: 'GROUP_LENGTH_REMOVED' });
      continue;
    }
    if (isRemovedRepeatingGroup(tag)) {
      delete dataset[tag];
      actions.push({ path, action: 'X' });
      continue;
    }
    const el = dataset[tag]!;
    const row = table.lookup(tag);
    let action: Action | undefined = row ? resolveAction(row, undefined, el.vr) : undefined;
    // A binary timestamp cannot be shifted: it gets the Basic Profile's action instead.
    if (row && action === 'C' && !SHIFTABLE_OR_KEPT_UNDER_C.has(el.vr)) action = resolveAction(row, [], el.vr);
    if (action) actions.push({ path, action });
    switch (action) {
      case 'X':
        delete dataset[tag];
        continue;
      case 'Z':
        dataset[tag] = { vr: el.vr, Value: [] };
        continue;
      case 'D':
        dataset[tag] = el.vr === 'SQ' ? { vr: 'SQ', Value: [] } : dummy(el, keys);
        continue;
      case 'U':
        dataset[tag] = el.vr === 'UI' ? { vr: 'UI', Value: values(el).map((v) => keys.uid(String(v))) } : dummy(el, keys);
        continue;
      case 'C':
        dataset[tag] = clean(el, keys);
        break;
      case 'K':
      case 'U*':
      case undefined:
        break;
    }
    const kept = dataset[tag]!;
    if (kept.vr === 'SQ') {
      values(kept).forEach((item, i) => {
        actions.push(...applyProfile(item as DicomDataset, keys, table, `${path}[${i}].`));
      });
    }
  }
  return actions;
}

const lo = (...values: string[]): DicomElement => ({ vr: 'LO', Value: values });
const code = (value: string, scheme: string, meaning: string): DicomDataset => ({
  '00080100': { vr: 'SH', Value: [value] },
  '00080102': { vr: 'SH', Value: [scheme] },
  '00080104': { vr: 'LO', Value: [meaning] },
});

/**
 * The registry's own identifiers, written after the profile [R31]: the registration number
 * as the patient (Patient's Name, Patient ID and the Clinical Trial Subject module), the
 * operator ID as the contributing operator's identifier, Patient Identity Removed and the
 * method. The trial site stays empty: a site ID would name the facility [R25][R33].
 */
export function writeRegistryIdentity(dataset: DicomDataset, input: DeidentifyInput): AttributeAction[] {
  const written: Record<string, DicomElement> = {
    '00100010': { vr: 'PN', Value: [{ Alphabetic: input.registrationNumber }] },
    '00100020': lo(input.registrationNumber),
    '00100021': lo(REGISTRY_NAME),
    '00120010': lo(REGISTRY_NAME),
    '00120020': lo(PROTOCOL_ID),
    '00120021': lo(REGISTRY_NAME),
    '00120030': { vr: 'LO', Value: [] },
    '00120031': { vr: 'LO', Value: [] },
    '00120040': lo(input.registrationNumber),
    '00120042': lo(input.registrationNumber),
    '00120060': lo(`${REGISTRY_NAME} data center`),
    '00120062': { vr: 'CS', Value: ['YES'] },
    '00120063': lo(...METHOD_TEXT),
    '00120064': { vr: 'SQ', Value: METHOD_CODES.map((c) => code(c.value, 'DCM', c.meaning)) },
    // PS3.3 C.7.6.1: dates were modified (Modified Dates option).
    '00280303': { vr: 'CS', Value: ['MODIFIED'] },
    '00081052': {
      vr: 'SQ',
      // PS3.3 Table 10-1: the person's institution (Type 1C) names the registry, never the facility [R25][R33].
      Value: [{ '00401101': { vr: 'SQ', Value: [code(input.operatorId, OPERATOR_CODING_SCHEME, 'CTO-PCI registry operator ID')] }, '00080080': lo(REGISTRY_NAME) }],
    },
  };
  for (const [tag, el] of Object.entries(written)) dataset[tag] = el;
  return Object.keys(written).map((tag) => ({ path: tag, action: 'REGISTRY_WRITTEN' as const }));
}

/** The whole header rewrite of one instance: the profile, then the registry's identity. */
export function deidentifyDataset(dataset: DicomDataset, input: DeidentifyInput, table: AnnexETable = DEFAULT_TABLE): DeidentifyResult {
  const replaced = new Map<string, string>();
  const keys: CaseKeys = {
    uid(original) {
      const mapped = input.keys.uid(original);
      replaced.set(original, mapped);
      return mapped;
    },
    fingerprint: input.keys.fingerprint,
    dateShiftDays: input.keys.dateShiftDays,
  };
  const actions = [...applyProfile(dataset, keys, table), ...writeRegistryIdentity(dataset, input)];
  const uidMap = [...replaced].map(([original, mapped]) => ({ from: input.keys.fingerprint(original), to: mapped }));
  return { actions, uidMap, tableRevision: ANNEX_E_REVISION, options: REGISTRY_OPTIONS };
}
