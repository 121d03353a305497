import { jctoScore } from '@registry/scores';
import { dictionaryItem, identifyingItems, type DictionaryItem, type ReleaseCase } from './data-dictionary.ts';

/**
 * A release's content [R21a][T7.2], a pure function of the request and the cases: the
 * requested items only, each case under its per-release pseudonym (the key table stays
 * with the data center, never here), dates reduced to year and month unless the approved
 * plan needs the day, no operator or facility unless the plan was approved for that
 * identity (`identity`; otherwise an identifying item is refused here), and aggregate cells under
 * SMALL_CELL_THRESHOLD suppressed. Two formats of the same rows: CSV with its data
 * dictionary, and CDISC ODM 1.3.2 XML (what OpenClinica and REDCap import).
 *
 * Each file is written from parts (a header, one row or subject per case, a tail) so that
 * ./release-stream.ts writes a release of any size a page of cases at a time; the
 * whole-file functions here are the same parts joined, for small content and tests.
 */

/** [T7.2] an aggregate cell counting 1 to 4 cases is shown as "<5": a small group can point at a patient. */
export const SMALL_CELL_THRESHOLD = 5;
export const PACKAGE_FORMAT = 'cto-pci-registry-release/1';

export interface ReleaseSpec {
  releaseId: string;
  title: string;
  items: readonly string[];
  years: readonly number[];
  fullDates: boolean;
  /** [R21a] the steering committee approved the plan for the operator's and the facility's identity. */
  identity: boolean;
  createdAt: Date;
}

export interface PseudonymizedCase {
  pseudonym: string;
  case: ReleaseCase;
}

export interface ReleaseFiles {
  'data.csv': string;
  'dictionary.csv': string;
  'aggregates.csv': string;
  'odm.xml': string;
  'README.txt': string;
}
export type ReleaseFileName = keyof ReleaseFiles;
/** The files in the order a package holds them. */
export const RELEASE_FILES: readonly ReleaseFileName[] = ['data.csv', 'dictionary.csv', 'aggregates.csv', 'odm.xml', 'README.txt'];

export interface ReleaseContent {
  format: typeof PACKAGE_FORMAT;
  releaseId: string;
  files: ReleaseFiles;
}

type Cell = string | number | boolean | null;
const csvCell = (v: Cell): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (row: readonly Cell[]) => row.map(csvCell).join(',') + '\r\n';
const csv = (rows: readonly (readonly Cell[])[]) => rows.map(csvLine).join('');
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function itemsOf(spec: ReleaseSpec): DictionaryItem[] {
  return spec.items.map((id) => {
    const found = dictionaryItem(id);
    if (!found) throw new Error(`not in the dictionary: ${id}`);
    if (found.identifying && !spec.identity) throw new Error(`identifying item without a plan approved for it [R21a]: ${id}`);
    return found;
  });
}

/** A value as released: a date reduced to its month unless the plan needs the day. */
function releasedValue(item: DictionaryItem, c: ReleaseCase, fullDates: boolean): Cell {
  const v = item.value(c);
  if (item.dataType === 'date' && typeof v === 'string' && !fullDates) return v.slice(0, 7);
  return v;
}

export const dataCsvHeader = (spec: ReleaseSpec) => csvLine(['pseudonym', ...itemsOf(spec).map((i) => i.id)]);
export const dataCsvRow = (spec: ReleaseSpec, items: readonly DictionaryItem[], { pseudonym, case: c }: PseudonymizedCase) => csvLine([pseudonym, ...items.map((i) => releasedValue(i, c, spec.fullDates))]);

export const dictionaryCsv = (spec: ReleaseSpec) =>
  csv([['id', 'label', 'dataType', 'source', 'description'], ...itemsOf(spec).map((i) => [i.id, i.label, i.dataType === 'date' && !spec.fullDates ? 'date (YYYY-MM)' : i.dataType, i.source, i.description])]);

const scoreOf = (c: ReleaseCase) => jctoScore({ bluntStump: c.judgement.bluntStump, calcification: c.judgement.calcification, bendingOver45: c.judgement.bending, occlusionLength20mmOrMore: c.judgement.occlusionLength20mm, retryLesion: c.judgement.retryLesion }).score;

/** [T7.2] counts by year and J-CTO score (core lab), technical success or not, added a case at a time; cells of 1–4 suppressed. */
export class AggregateCounts {
  private readonly counts = new Map<string, number>();
  constructor(private readonly years: readonly number[]) {}

  add({ case: c }: PseudonymizedCase): void {
    const key = `${c.procedureDate.slice(0, 4)}|${scoreOf(c)}|${c.official.technicalSuccess}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  rows(): (string | number)[][] {
    const rows: (string | number)[][] = [['year', 'jctoScore', 'technicalSuccess', 'cases']];
    for (const year of this.years) {
      for (let score = 0; score <= 5; score++) {
        for (const success of [true, false]) {
          const n = this.counts.get(`${year}|${score}|${success}`) ?? 0;
          rows.push([year, score, String(success), n > 0 && n < SMALL_CELL_THRESHOLD ? `<${SMALL_CELL_THRESHOLD}` : n]);
        }
      }
    }
    return rows;
  }

  csv(): string {
    return csv(this.rows());
  }
}

export function aggregates(cases: readonly PseudonymizedCase[], years: readonly number[]): (string | number)[][] {
  const counts = new AggregateCounts(years);
  cases.forEach((c) => counts.add(c));
  return counts.rows();
}

const odmType = (item: DictionaryItem, fullDates: boolean) => (item.dataType === 'date' ? (fullDates ? 'date' : 'partialDate') : item.dataType);
const studyOid = (spec: ReleaseSpec) => `ST.CTO-PCI.${spec.releaseId}`;
const MDV = 'MDV.1';

/** CDISC ODM 1.3.2 up to the first subject: the study's metadata, one form of the requested items. */
export function odmHead(spec: ReleaseSpec): string {
  const items = itemsOf(spec);
  const study = studyOid(spec);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Snapshot" FileOID="${xml(`F.${spec.releaseId}`)}" CreationDateTime="${spec.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}" Originator="Japanese CTO-PCI Expert Registry data center">`,
    `  <Study OID="${xml(study)}">`,
    '    <GlobalVariables>',
    `      <StudyName>${xml(spec.title)}</StudyName>`,
    `      <StudyDescription>Release ${xml(spec.releaseId)} of the Japanese CTO-PCI Expert Registry, years ${spec.years.join(', ')}</StudyDescription>`,
    '      <ProtocolName>Japanese CTO-PCI Expert Registry</ProtocolName>',
    '    </GlobalVariables>',
    `    <MetaDataVersion OID="${MDV}" Name="Release data dictionary">`,
    '      <Protocol><StudyEventRef StudyEventOID="SE.PROCEDURE" Mandatory="Yes"/></Protocol>',
    '      <StudyEventDef OID="SE.PROCEDURE" Name="CTO-PCI procedure" Repeating="No" Type="Common"><FormRef FormOID="FORM.CASE" Mandatory="Yes"/></StudyEventDef>',
    '      <FormDef OID="FORM.CASE" Name="Released items" Repeating="No"><ItemGroupRef ItemGroupOID="IG.CASE" Mandatory="Yes"/></FormDef>',
    `      <ItemGroupDef OID="IG.CASE" Name="Case" Repeating="No">${items.map((i) => `<ItemRef ItemOID="IT.${i.id}" Mandatory="No"/>`).join('')}</ItemGroupDef>`,
    ...items.map((i) => `      <ItemDef OID="IT.${i.id}" Name="${xml(i.label)}" DataType="${odmType(i, spec.fullDates)}"><Description><TranslatedText xml:lang="en">${xml(i.description)}</TranslatedText></Description></ItemDef>`),
    '    </MetaDataVersion>',
    '  </Study>',
    `  <ClinicalData StudyOID="${xml(study)}" MetaDataVersionOID="${MDV}">`,
  ];
  return lines.join('\n') + '\n';
}

/** One subject (the case's pseudonym) with the items it has; an empty item is left out. */
export function odmSubject(spec: ReleaseSpec, items: readonly DictionaryItem[], { pseudonym, case: c }: PseudonymizedCase): string {
  const data = items
    .map((i) => ({ i, v: releasedValue(i, c, spec.fullDates) }))
    .filter((x) => x.v !== null)
    .map((x) => `<ItemData ItemOID="IT.${x.i.id}" Value="${xml(String(x.v))}"/>`)
    .join('');
  return `    <SubjectData SubjectKey="${xml(pseudonym)}"><StudyEventData StudyEventOID="SE.PROCEDURE"><FormData FormOID="FORM.CASE"><ItemGroupData ItemGroupOID="IG.CASE">${data}</ItemGroupData></FormData></StudyEventData></SubjectData>\n`;
}

export const ODM_TAIL = '  </ClinicalData>\n</ODM>\n';

/** CDISC ODM 1.3.2, one subject per case (its pseudonym), one form of the requested items. */
export function odmXml(spec: ReleaseSpec, cases: readonly PseudonymizedCase[]): string {
  const items = itemsOf(spec);
  return odmHead(spec) + cases.map((c) => odmSubject(spec, items, c)).join('') + ODM_TAIL;
}

export function readme(spec: ReleaseSpec, count: number): string {
  return (
    [
      `Japanese CTO-PCI Expert Registry, release ${spec.releaseId}: ${spec.title}`,
      `Years: ${spec.years.join(', ')}. Cases: ${count}.`,
      'Each case appears under a pseudonym made for this release only; the key table is kept by the data center and is not part of this package.',
      `Dates are ${spec.fullDates ? 'full dates (the approved plan needs them)' : 'reduced to year and month'}.`,
      identityOf(spec),
      `Aggregate cells of 1 to ${SMALL_CELL_THRESHOLD - 1} cases are shown as "<${SMALL_CELL_THRESHOLD}".`,
      'Use is bound by the confidentiality pledge of the request.',
    ].join('\n') + '\n'
  );
}

/** [R21a][T7.2] what the README says of identity: patients never; the operator and the facility only as approved. */
function identityOf(spec: ReleaseSpec): string {
  const named = identifyingItems(spec.items);
  if (named.length === 0) return 'No operator, facility or patient identification is included.';
  return `The plan was approved for the operator's or the facility's identity: ${named.join(', ')} included. No patient identification is included.`;
}

/** The whole content in memory: for a handful of cases (tests); a release streams it (./release-stream.ts). */
export function releaseContent(spec: ReleaseSpec, cases: readonly PseudonymizedCase[]): ReleaseContent {
  const items = itemsOf(spec);
  return {
    format: PACKAGE_FORMAT,
    releaseId: spec.releaseId,
    files: {
      'data.csv': dataCsvHeader(spec) + cases.map((c) => dataCsvRow(spec, items, c)).join(''),
      'dictionary.csv': dictionaryCsv(spec),
      'aggregates.csv': csv(aggregates(cases, spec.years)),
      'odm.xml': odmXml(spec, cases),
      'README.txt': readme(spec, cases.length),
    },
  };
}
