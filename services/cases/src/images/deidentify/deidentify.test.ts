import dcmjs, { type DicomDataset, type DicomElement } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { ANNEX_E_ROWS, type AnnexERow } from './annex-e.ts';
import { deidentifyDataset } from './deidentify.ts';
import { caseKeys, keyedUid } from './keyed.ts';
import { resolveAction } from './profile.ts';

const SECRET = Buffer.from('test-registry-secret-0123456789abcdef');
const CASE = 'CTO-2024-00017';
const OPERATOR = 'OP-0042';
const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;
/** A sequence the table does not list, to carry planted attributes one level down. */
const CARRIER = '00209221';

const idOf = (row: AnnexERow) => row.tag.replace(/[(),]/g, '').toLowerCase();

/** The concrete tag a row is planted at: the first even group of a repeating range. */
function plantTag(row: AnnexERow): string | undefined {
  if (row.id.startsWith('gggg')) return undefined;
  return idOf(row).replace(/^50xxxxxx$/, '50003000').replace(/xx/g, '00');
}

function vrOf(tag: string): string | undefined {
  const entry = dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`.toUpperCase()];
  if (!entry) return tag.startsWith('5000') || tag.startsWith('6000') ? 'OW' : undefined;
  return entry.vr === 'ox' ? 'OW' : entry.vr.split('|')[0];
}

function planted(tag: string, vr: string, n: number): DicomElement {
  switch (vr) {
    case 'DA':
      return { vr, Value: ['20190315'] };
    case 'DT':
      return { vr, Value: ['20190315101010.000000'] };
    case 'TM':
      return { vr, Value: ['101010'] };
    case 'UI':
      return { vr, Value: [`1.2.392.99999.${n}`] };
    case 'PN':
      return { vr, Value: [{ Alphabetic: `PLANTED^${tag}` }] };
    case 'US':
    case 'SS':
    case 'UL':
    case 'SL':
    case 'FL':
    case 'FD':
      return { vr, Value: [4000 + n] };
    case 'OB':
    case 'OW':
    case 'UN':
      return { vr, Value: [new Uint8Array([1, 2, 3, n % 256]).buffer] };
    case 'SQ':
      return { vr, Value: [{ '00080100': { vr: 'SH', Value: [`PLANTED-${tag}`] }, '00081155': { vr: 'UI', Value: [`1.2.392.88888.${n}`] } }] };
    default:
      return { vr, Value: [`PLANTED-${tag}`] };
  }
}

const shiftDays = caseKeys(SECRET, CASE).dateShiftDays;
function shifted(day: string): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))));
  d.setUTCDate(d.getUTCDate() - shiftDays);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** The outcome the row's action requires, or a message saying what is wrong. */
function check(row: AnnexERow, before: DicomElement, after: DicomElement | undefined, registryValue: boolean): string | null {
  if (registryValue) return after ? null : 'registry value missing';
  let action = resolveAction(row, undefined, before.vr);
  if (action === 'C' && !['DA', 'DT', 'TM', 'SH'].includes(before.vr)) action = resolveAction(row, [], before.vr);
  const same = JSON.stringify(after) === JSON.stringify(before);
  switch (action) {
    case 'X':
      return after === undefined ? null : 'not removed';
    case 'Z':
      return after && (after.Value ?? []).length === 0 ? null : 'not emptied';
    case 'D':
      if (!after) return 'removed instead of dummy';
      if (before.vr === 'SQ' || ['OB', 'OW', 'UN'].includes(before.vr)) return (after.Value ?? []).length === 0 ? null : 'binary/sequence dummy not empty';
      if (before.vr === 'UI') return after.Value?.[0] === keyedUid(SECRET, CASE, String(before.Value?.[0])) ? null : 'UI dummy not keyed';
      return !same && (after.Value ?? []).length > 0 ? null : 'no dummy';
    case 'U':
      if (before.vr !== 'UI') return !same ? null : 'not replaced';
      return after?.Value?.[0] === keyedUid(SECRET, CASE, String(before.Value?.[0])) ? null : 'UID not keyed';
    case 'C':
      if (before.vr === 'DA') return after?.Value?.[0] === shifted('20190315') ? null : 'date not shifted';
      if (before.vr === 'DT') return after?.Value?.[0] === `${shifted('20190315')}101010.000000` ? null : 'datetime not shifted';
      return same ? null : 'time or offset changed';
    case 'K':
      return same ? null : 'not kept';
    case 'U*': {
      const item = after?.Value?.[0] as DicomDataset | undefined;
      return item?.['00081155']?.Value?.[0] === keyedUid(SECRET, CASE, String((before.Value?.[0] as DicomDataset)['00081155']!.Value![0])) ? null : 'item UID not replaced';
    }
  }
}

describe('the Annex E de-identifier', () => {
  it('should apply every Annex E row at top level and inside a sequence, and remove private attributes [R31]', () => {
    expect(ANNEX_E_ROWS.some((r) => idOf(r) === CARRIER)).toBe(false);
    const top: DicomDataset = {};
    const nested: DicomDataset = {};
    const plantedRows: { row: AnnexERow; tag: string; el: DicomElement }[] = [];
    const untestable: string[] = [];
    ANNEX_E_ROWS.forEach((row, n) => {
      const tag = plantTag(row);
      const vr = tag && vrOf(tag);
      if (!tag || !vr) return void untestable.push(row.tag);
      const el = planted(tag, vr, n);
      top[tag] = el;
      nested[tag] = structuredClone(el);
      plantedRows.push({ row, tag, el: structuredClone(el) });
    });
    // The private-attributes row: a creator and an element at top level and nested.
    const privateCreator = { vr: 'LO', Value: ['ACME HOSPITAL'] };
    const privateValue = { vr: 'LO', Value: ['PRIVATE-PATIENT-NOTE'] };
    Object.assign(top, { '00091010': privateCreator, '00091001': privateValue });
    Object.assign(nested, { '00091010': structuredClone(privateCreator), '00091001': structuredClone(privateValue) });
    top[CARRIER] = { vr: 'SQ', Value: [nested] };

    const result = deidentifyDataset(top, { registrationNumber: CASE, operatorId: OPERATOR, keys: caseKeys(SECRET, CASE) });
    const registryWritten = new Set(result.actions.filter((a) => a.action === 'REGISTRY_WRITTEN').map((a) => a.path));
    const failures: string[] = [];
    const item = (top[CARRIER]!.Value![0] ?? {}) as DicomDataset;
    for (const { row, tag, el } of plantedRows) {
      const topFailure = check(row, el, top[tag], registryWritten.has(tag));
      const nestedFailure = check(row, el, item[tag], false);
      if (topFailure) failures.push(`${row.tag} ${row.name} top: ${topFailure}`);
      if (nestedFailure) failures.push(`${row.tag} ${row.name} nested: ${nestedFailure}`);
    }
    const privateRemoved = !Object.keys(top).some((t) => t.startsWith('0009')) && !Object.keys(item).some((t) => t.startsWith('0009'));
    if (!privateRemoved) failures.push('private attributes kept');
    const handled = plantedRows.length + 1;
    process.stdout.write(
      `Annex E rows handled: ${handled}/${ANNEX_E_ROWS.length} (${((100 * handled) / ANNEX_E_ROWS.length).toFixed(1)}%), ` +
        `each at top level and in a sequence; untestable: ${untestable.filter((t) => !t.startsWith('(GGGG')).join(', ') || 'none'}\n`,
    );
    expect(failures).toEqual([]);
    expect(handled).toBe(ANNEX_E_ROWS.length);
  });

  it('should write the registration number as the patient and the operator ID as the contributor [R31]', () => {
    const ds: DicomDataset = { '00100010': { vr: 'PN', Value: [{ Alphabetic: 'YAMADA^TARO' }] }, '00100020': { vr: 'LO', Value: ['H-123456'] } };
    deidentifyDataset(ds, { registrationNumber: CASE, operatorId: OPERATOR, keys: caseKeys(SECRET, CASE) });
    const natural = dcmjs.data.DicomMetaDictionary.naturalizeDataset(ds) as Record<string, unknown>;
    expect(natural).toMatchObject({
      PatientName: [{ Alphabetic: CASE }],
      PatientID: CASE,
      ClinicalTrialSubjectID: CASE,
      ClinicalTrialProtocolID: 'JCTOPCI-REGISTRY',
      PatientIdentityRemoved: 'YES',
      LongitudinalTemporalInformationModified: 'MODIFIED',
      DeidentificationMethodCodeSequence: [{ CodeValue: '113100', CodingSchemeDesignator: 'DCM' }, { CodeValue: '113107' }],
      PerformingPhysicianIdentificationSequence: [{ PersonIdentificationCodeSequence: [{ CodeValue: OPERATOR, CodingSchemeDesignator: '99JCTOREG' }] }],
    });
    expect(JSON.stringify(ds)).not.toMatch(/YAMADA|H-123456/);
  });

  it('should replace a UID by the same keyed 2.25 UID in every file of a case, and by another in another case [R31]', () => {
    const a = caseKeys(SECRET, CASE).uid('1.2.840.113619.2.1');
    expect(caseKeys(SECRET, CASE).uid('1.2.840.113619.2.1')).toBe(a);
    expect(caseKeys(SECRET, 'CTO-2024-00018').uid('1.2.840.113619.2.1')).not.toBe(a);
    expect(caseKeys(Buffer.from('another secret'), CASE).uid('1.2.840.113619.2.1')).not.toBe(a);
    expect(a).toMatch(/^2\.25\.(0|[1-9]\d*)$/);
    expect(a.length).toBeLessThanOrEqual(64);
  });
});
