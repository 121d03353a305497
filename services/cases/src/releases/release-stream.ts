import { AggregateCounts, dataCsvHeader, dataCsvRow, dictionaryCsv, itemsOf, ODM_TAIL, odmHead, odmSubject, PACKAGE_FORMAT, readme, RELEASE_FILES, type PseudonymizedCase, type ReleaseFileName, type ReleaseSpec } from './release-package.ts';

/** What a streamed package holds, counted as it was written: the provision record is made from it [T7.2]. */
export interface PackageManifest {
  /** The items of data.csv's header, after its pseudonym column. */
  items: string[];
  /** Rows of data.csv (its cases). */
  rows: number;
  /** The package's files, in order. */
  files: ReleaseFileName[];
}

/** The release's cases, a page at a time, in the package's order; read once for data.csv and once for odm.xml. */
export type CasePages = () => AsyncIterable<readonly PseudonymizedCase[]>;

/** A JSON string's inside: what `JSON.stringify` writes between its quotes. Pieces are whole rows, so no surrogate pair is split. */
const inside = (s: string) => JSON.stringify(s).slice(1, -1);

/**
 * The package text, `JSON.stringify(releaseContent(spec, cases))` exactly, written a page of
 * cases at a time so that a release of any size holds one page in memory [#11]: data.csv
 * (counting the aggregates as it goes), dictionary.csv, aggregates.csv, odm.xml (a second
 * read of the pages) and README.txt. `count` is the number of cases the pages hold; the
 * manifest is filled as the text is written and is complete when the generator ends.
 */
export async function* packageText(spec: ReleaseSpec, count: number, pages: CasePages, manifest: PackageManifest): AsyncGenerator<string> {
  const items = itemsOf(spec);
  const counts = new AggregateCounts(spec.years);
  const file = (name: ReleaseFileName, first: boolean) => {
    manifest.files.push(name);
    return `${first ? '' : '",'}${JSON.stringify(name)}:"`;
  };
  manifest.items = items.map((i) => i.id);
  yield `{"format":${JSON.stringify(PACKAGE_FORMAT)},"releaseId":${JSON.stringify(spec.releaseId)},"files":{${file('data.csv', true)}${inside(dataCsvHeader(spec))}`;
  for await (const page of pages()) {
    page.forEach((c) => counts.add(c));
    manifest.rows += page.length;
    yield inside(page.map((c) => dataCsvRow(spec, items, c)).join(''));
  }
  if (manifest.rows !== count) throw new Error(`release ${spec.releaseId}: ${manifest.rows} rows written for ${count} cases`);
  yield file('dictionary.csv', false) + inside(dictionaryCsv(spec));
  yield file('aggregates.csv', false) + inside(counts.csv());
  yield file('odm.xml', false) + inside(odmHead(spec));
  let subjects = 0;
  for await (const page of pages()) {
    subjects += page.length;
    yield inside(page.map((c) => odmSubject(spec, items, c)).join(''));
  }
  if (subjects !== count) throw new Error(`release ${spec.releaseId}: ${subjects} subjects written for ${count} cases`);
  yield inside(ODM_TAIL) + file('README.txt', false) + inside(readme(spec, count)) + '"}}';
  if (manifest.files.join() !== RELEASE_FILES.join()) throw new Error('package files out of order');
}

export const emptyManifest = (): PackageManifest => ({ items: [], rows: 0, files: [] });
