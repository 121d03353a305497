import dcmjs from 'dcmjs';
import { badUserInput } from '@registry/errors';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';
import { LEVEL_ATTRIBUTES } from './query-attributes.ts';

/** A DICOM attribute named in a query: by keyword (`PatientName`) or by tag (`00100010`). */
interface Attribute {
  tag: string;
  vr: string;
}

/** What a row answers for an attribute its stored attributes may lack (files stored before they were kept). */
const FROM_COLUMNS: Record<string, (i: ImageInstanceRecord) => unknown[]> = {
  '0020000D': (i) => [i.studyInstanceUid],
  '0020000E': (i) => [i.seriesInstanceUid],
  '00080018': (i) => [i.sopInstanceUid],
  '00080016': (i) => [i.sopClassUid],
  '00080060': (i) => (i.modality ? [i.modality] : []),
  '00080061': (i) => (i.modality ? [i.modality] : []),
  // The profile removes the series description; the registry's series slot stands in for it.
  '0008103E': (i) => [i.kind],
  // [R31] the patient is the case: the registration number is its ID and its name.
  '00100020': (i) => [i.registrationNumber],
  '00100010': (i) => [{ Alphabetic: i.registrationNumber }],
};
const MATCHABLE = new Set([...Object.keys(FROM_COLUMNS), ...Object.values(LEVEL_ATTRIBUTES).flat()]);
const STRING_VRS = new Set(['AE', 'CS', 'LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UR', 'UT', 'AS']);
const NUMBER_VRS = new Set(['IS', 'DS', 'US', 'UL', 'SS', 'SL', 'FL', 'FD', 'SV', 'UV']);
const MAX_LIMIT = 1000;

export function attributeOf(name: string): Attribute | undefined {
  const { dictionary, nameMap } = dcmjs.data.DicomMetaDictionary;
  const entry = /^[0-9a-fA-F]{8}$/.test(name) ? dictionary[`(${name.slice(0, 4).toUpperCase()},${name.slice(4).toUpperCase()})`] : nameMap[name];
  if (!entry) return undefined;
  const tag = entry.tag.replace(/[(),]/g, '').toUpperCase();
  return { tag, vr: entry.vr.split('|')[0] ?? entry.vr };
}

/** The values of an attribute of a stored instance, PN groups as text. */
export function valuesOf(i: ImageInstanceRecord, tag: string): unknown[] {
  const stored = i.attributes?.[tag]?.Value;
  return Array.isArray(stored) && stored.length > 0 ? stored : (FROM_COLUMNS[tag]?.(i) ?? []);
}

export interface QidoSearch {
  matches(i: ImageInstanceRecord): boolean;
  /** Tags of the matching keys and of `includefield`: returned in every result (PS3.18 8.3.4.3). */
  include: string[];
  includeAll: boolean;
  limit: number | undefined;
  offset: number;
  /** Warning header values (PS3.18 8.3.4.6): keys ignored, fuzzy matching not done. */
  warnings: string[];
}

const one = (name: string, raw: unknown): string => {
  if (typeof raw === 'string') return raw;
  throw badUserInput(`The query parameter ${name} is given more than once`, ['query', name]);
};

const count = (name: string, raw: unknown): number => {
  const text = one(name, raw);
  if (!/^\d{1,9}$/.test(text)) throw badUserInput(`${name} is a whole number of results`, ['query', name]);
  return Number(text);
};

/**
 * Parses a QIDO-RS query (PS3.18 8.3.4): attribute matching (PS3.4 C.2.2.2) by keyword
 * or tag — single value, `*`/`?` wildcards for strings (person names case-insensitive,
 * each of their groups), UID lists (`,` or `\`), date and time ranges (`A-B`, `-B`, `A-`),
 * universal matching on an empty value — and `includefield`, `limit`, `offset`,
 * `fuzzymatching`. Malformed input is BAD_USER_INPUT (a 400 in JSON); a key the registry
 * does not keep is ignored with a warning, as the standard asks.
 */
export function parseQido(query: Record<string, unknown>): QidoSearch {
  const tests: ((i: ImageInstanceRecord) => boolean)[] = [];
  const include = new Set<string>();
  const warnings: string[] = [];
  let includeAll = false;
  let limit: number | undefined;
  let offset = 0;
  for (const [name, raw] of Object.entries(query)) {
    if (name === 'limit') {
      limit = Math.min(count(name, raw), MAX_LIMIT);
      continue;
    }
    if (name === 'offset') {
      offset = count(name, raw);
      continue;
    }
    if (name === 'fuzzymatching') {
      const value = one(name, raw);
      if (value !== 'true' && value !== 'false') throw badUserInput('fuzzymatching is true or false', ['query', name]);
      if (value === 'true') warnings.push('299 registry: "The fuzzymatching parameter is not supported. Only literal matching has been performed."');
      continue;
    }
    if (name === 'includefield') {
      for (const field of (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(','))) {
        if (field === 'all') {
          includeAll = true;
          continue;
        }
        const attribute = attributeOf(field.trim());
        if (!attribute) throw badUserInput(`includefield ${field} is not a DICOM attribute`, ['query', 'includefield']);
        include.add(attribute.tag);
      }
      continue;
    }
    if (name.includes('.')) {
      warnings.push(`299 registry: "The query key ${name} is not supported (no sequence matching); it was ignored."`);
      continue;
    }
    const attribute = attributeOf(name);
    if (!attribute) throw badUserInput(`${name} is not a DICOM attribute or a QIDO-RS parameter`, ['query', name]);
    if (!MATCHABLE.has(attribute.tag)) {
      warnings.push(`299 registry: "The registry does not keep ${name} for searches; it was ignored."`);
      continue;
    }
    include.add(attribute.tag);
    const test = matcher(attribute, one(name, raw), name);
    if (test) tests.push((i) => valuesOf(i, attribute.tag).some(test));
  }
  return { matches: (i) => tests.every((t) => t(i)), include: [...include], includeAll, limit, offset, warnings };
}

/** One value's test, or undefined for universal matching. */
function matcher(attribute: Attribute, value: string, name: string): ((v: unknown) => boolean) | undefined {
  const { vr } = attribute;
  if (value === '') return undefined;
  if (vr === 'UI') {
    const wanted = new Set(value.split(/[\\,]/).map((v) => v.trim()).filter(Boolean));
    return (v) => wanted.has(String(v));
  }
  if (vr === 'DA' || vr === 'TM' || vr === 'DT') return rangeMatcher(vr, value, name);
  if (NUMBER_VRS.has(vr)) {
    const wanted = Number(value);
    if (!Number.isFinite(wanted)) throw badUserInput(`${name} is a number`, ['query', name]);
    return (v) => Number(v) === wanted;
  }
  if (STRING_VRS.has(vr)) {
    if (value === '*') return undefined;
    const caseless = vr === 'PN';
    const pattern = new RegExp(`^${[...value].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, caseless ? 'isu' : 'su');
    return (v) => textsOf(v).some((t) => pattern.test(t));
  }
  throw badUserInput(`${name} (${vr}) cannot be matched`, ['query', name]);
}

/** A person name matches by its whole value or by any of its groups (alphabetic, ideographic, phonetic). */
function textsOf(v: unknown): string[] {
  if (v && typeof v === 'object') {
    const groups = v as Record<string, string | undefined>;
    const parts = [groups['Alphabetic'], groups['Ideographic'], groups['Phonetic']];
    return [parts.map((p) => p ?? '').join('=').replace(/=+$/, ''), ...parts.filter((p): p is string => !!p)];
  }
  return [String(v ?? '')];
}

const FORMATS: Record<string, RegExp> = {
  DA: /^\d{8}$/,
  TM: /^\d{2}(\d{2}(\d{2}(\.\d{1,6})?)?)?$/,
  DT: /^\d{4}(\d{2}(\d{2}(\d{2}(\d{2}(\d{2}(\.\d{1,6})?)?)?)?)?)?([+-]\d{4})?$/,
};

const WIDTH: Record<string, number> = { DA: 8, TM: 12, DT: 20 };

/**
 * PS3.4 C.2.2.2.5 range matching. Values compare as their digits (offsets and the
 * fraction's point dropped) padded to full precision: a lower bound with zeros, an upper
 * bound with nines, so `-1030` takes 10:30:59 and a single value is the range of itself.
 */
function rangeMatcher(vr: string, value: string, name: string): (v: unknown) => boolean {
  const format = FORMATS[vr]!;
  const dash = vr === 'DT' ? value.search(/-(?!\d{4}$)/) : value.indexOf('-');
  const [low, high] = dash < 0 ? [value, value] : [value.slice(0, dash), value.slice(dash + 1)];
  for (const bound of [low, high]) {
    if (bound !== '' && !format.test(bound)) throw badUserInput(`${name} is a ${vr === 'DA' ? 'date YYYYMMDD' : vr === 'TM' ? 'time HHMMSS' : 'date-time'} or a range of them (A-B, -B, A-)`, ['query', name]);
  }
  if (low === '' && high === '') throw badUserInput(`${name} is a range with at least one end`, ['query', name]);
  const width = WIDTH[vr]!;
  const norm = (s: string, fill: string) => s.replace(/[+-]\d{4}$/, '').replace('.', '').padEnd(width, fill).slice(0, width);
  const lower = low === '' ? undefined : norm(low, '0');
  const upper = high === '' ? undefined : norm(high, '9');
  return (v) => {
    const text = String(v ?? '').trim();
    if (!text) return false;
    const at = norm(text, '0');
    return (lower === undefined || at >= lower) && (upper === undefined || at <= upper);
  };
}
