import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '@registry/db';
import type { AnnualReportRepository } from '../annual-report/annual-report-repository.ts';
import { summarize, type OfficialSummary, type SummaryField } from '../core-lab/official-summary.ts';
import { backgroundSchema, CrfSection, lesionSchema, outcomeSchema, procedureSchema } from '../form/crf-sections.ts';
import type { FormRepository } from '../form/form-repository.ts';
import type { ReleaseCase } from './data-dictionary.ts';
import { encryptFor } from './release-encryption.ts';
import type { PseudonymizedCase, ReleaseSpec } from './release-package.ts';
import type { KeyedCaseRow, ReleaseRepository } from './release-repository.ts';
import { emptyManifest, packageText, type PackageManifest } from './release-stream.ts';

/** Cases read a query at a time: a page of rows, their form sections, official results and ruled changes [#11]. */
export const RELEASE_PAGE = 200;

export interface ProducedPackage {
  sha256: string;
  bytes: number;
  chunks: number;
  manifest: PackageManifest;
  included: number;
  withdrawn: number;
}

export interface PackageProducerDeps {
  releases: ReleaseRepository;
  forms: FormRepository;
  annualReports: AnnualReportRepository;
}

/**
 * [R21a][T7.2][#11] Writes a release's key table and its encrypted package in the release's
 * transaction, in bounded memory whatever the number of cases: the key table a page of
 * registration numbers at a time (a fresh pseudonym each), then the package text from the
 * key table in pseudonym order a page of cases at a time, encrypted for the recipient as
 * it is written, its SHA-256 taken on the way and stored in chunks of the armored text.
 * The release row itself is written after (its foreign keys are deferred).
 */
export async function producePackage(deps: PackageProducerDeps, tx: Executor, spec: ReleaseSpec, recipient: string): Promise<ProducedPackage> {
  // The encryption reads the next page while a chunk is being stored: one query at a time on the transaction.
  const db = serially();
  await db(() => deps.releases.deferReleaseReferences(tx));
  const { withdrawn } = await db(() => deps.releases.adoptedCounts(spec.years, tx));
  const included = await writeKeyTable(deps.releases, tx, spec, db);
  const pages = () => keyedPages(deps, tx, spec.releaseId, db);
  const manifest = emptyManifest();
  const hash = createHash('sha256');
  let bytes = 0;
  let chunks = 0;
  for await (const text of encryptFor(recipient, packageText(spec, included, pages, manifest))) {
    hash.update(text, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    const seq = chunks++;
    await db(() => deps.releases.insertChunk(tx, spec.releaseId, seq, text));
  }
  return { sha256: hash.digest('hex'), bytes, chunks, manifest, included, withdrawn };
}

/** The key table, a page of numbers at a time; a pseudonym drawn twice in a release is drawn again. Answers its rows. */
async function writeKeyTable(releases: ReleaseRepository, tx: Executor, spec: ReleaseSpec, db: Serial): Promise<number> {
  let after: string | undefined;
  let written = 0;
  for (;;) {
    const numbers = await db(() => releases.adoptedNumbers(spec.years, after, RELEASE_PAGE, tx));
    let pending = numbers;
    while (pending.length > 0) {
      const batch = pending.map((registrationNumber) => ({ registrationNumber, pseudonym: freshPseudonym() }));
      const done = new Set(await db(() => releases.insertKeys(tx, spec.releaseId, batch)));
      written += done.size;
      pending = pending.filter((n) => !done.has(n));
    }
    if (numbers.length < RELEASE_PAGE) return written;
    after = numbers[numbers.length - 1];
  }
}

async function* keyedPages(deps: PackageProducerDeps, tx: Executor, releaseId: string, db: Serial): AsyncGenerator<PseudonymizedCase[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await db(() => deps.releases.keyedCases(releaseId, after, RELEASE_PAGE, tx));
    if (rows.length > 0) yield await db(() => releaseCases(deps, tx, rows));
    if (rows.length < RELEASE_PAGE) return;
    after = rows[rows.length - 1]!.pseudonym;
  }
}

/** A page of cases as released: the CRF sections, the official result and the changes a ruling made to it [R27]. */
async function releaseCases(deps: PackageProducerDeps, tx: Executor, rows: readonly KeyedCaseRow[]): Promise<PseudonymizedCase[]> {
  const numbers = rows.map((r) => r.registrationNumber);
  const sections = new Map((await deps.forms.sectionsOf(numbers, tx)).map((s) => [`${s.registrationNumber}|${s.section}`, s.data]));
  const judgements = new Map((await deps.annualReports.judgements(numbers, tx)).map((j) => [j.registrationNumber, j.judgement]));
  const changes = await deps.annualReports.changes(numbers, tx);
  return rows.map(({ pseudonym, ...c }): PseudonymizedCase => {
    const judgement = judgements.get(c.registrationNumber);
    if (!judgement) throw new Error(`adopted case without an official result: ${c.registrationNumber}`);
    const overrides: Partial<OfficialSummary> = {};
    for (const x of changes) if (x.registrationNumber === c.registrationNumber && typeof x.toValue === 'boolean') overrides[x.field as SummaryField] = x.toValue;
    const parse = <T>(schema: { parse: (v: unknown) => T }, name: CrfSection) => {
      const data = sections.get(`${c.registrationNumber}|${name}`);
      return data === undefined ? null : schema.parse(data);
    };
    const releaseCase: ReleaseCase = {
      ...c,
      background: parse(backgroundSchema, CrfSection.Background),
      lesion: parse(lesionSchema, CrfSection.Lesion),
      procedure: parse(procedureSchema, CrfSection.Procedure),
      outcome: parse(outcomeSchema, CrfSection.Outcome),
      judgement,
      official: summarize(judgement, overrides),
    };
    return { pseudonym, case: releaseCase };
  });
}

/** A pseudonym of this release only: random, so two releases of one case never share it. */
const freshPseudonym = () => `P-${randomBytes(5).toString('hex').toUpperCase()}`;

type Serial = <T>(f: () => Promise<T>) => Promise<T>;

/** Runs the functions it is given one after another, in the order given. */
function serially(): Serial {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(f: () => Promise<T>) => {
    const run = last.then(f);
    last = run.catch(() => undefined);
    return run;
  };
}
