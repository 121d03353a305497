import { and, asc, count, eq, gt, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { annualReportCases, annualReports, cases, dataReleaseChunks, dataReleases, dataRequestEvents, dataRequests, releasePseudonyms } from '../db/schema.ts';

export type DataRequestRecord = typeof dataRequests.$inferSelect;
export type DataRequestEventRecord = typeof dataRequestEvents.$inferSelect;
export type ReleaseCaseRow = Pick<typeof cases.$inferSelect, 'registrationNumber' | 'operatorId' | 'facilityId' | 'procedureDate' | 'birthDate' | 'vessel'>;
export type KeyedCaseRow = ReleaseCaseRow & { pseudonym: string };
export interface KeyTableRow {
  registrationNumber: string;
  pseudonym: string;
}

/** [T7.2] the provision record as stored (jsonb), parsed where its row is mapped. */
export const provisionSchema = z.object({
  recipient: z.string(),
  requesterKind: z.enum(['CERTIFIED_OPERATOR', 'RESEARCHER', 'SPONSOR']),
  items: z.array(z.string()),
  years: z.array(z.number().int()),
  providedOn: z.string(),
  method: z.string(),
  formats: z.array(z.string()),
  casesIncluded: z.number().int(),
  casesExcludedForWithdrawnConsent: z.number().int(),
  consentStatus: z.string(),
  anonymization: z.array(z.string()),
  smallCellThreshold: z.number().int(),
  keyTableExists: z.boolean(),
  keyTableHeldBy: z.string(),
  packageSha256: z.string(),
});
export type ProvisionRecord = z.infer<typeof provisionSchema>;
export type DataReleaseRecord = Omit<typeof dataReleases.$inferSelect, 'provision'> & { provision: ProvisionRecord };

const toRelease = (row: typeof dataReleases.$inferSelect): DataReleaseRecord => ({ ...row, provision: provisionSchema.parse(row.provision) });

/** SQL of data requests and releases [R21a][R39][T7.2]; the key table is written here and read by no query of the API. */
export class ReleaseRepository {
  constructor(private readonly db: Executor) {}

  async request(id: string, db: Executor = this.db): Promise<DataRequestRecord | undefined> {
    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, id));
    return row;
  }

  async lockRequest(tx: Executor, id: string): Promise<DataRequestRecord | undefined> {
    const [row] = await tx.select().from(dataRequests).where(eq(dataRequests.id, id)).for('update');
    return row;
  }

  /** A page of requests, oldest first (the id breaks ties): a requester's own when `requesterAccountId` is given, of one status if asked. */
  async requests(filter: { requesterAccountId?: string; status?: DataRequestRecord['status'] }, page: PageRequest): Promise<DataRequestRecord[]> {
    return this.db
      .select()
      .from(dataRequests)
      .where(
        and(
          filter.requesterAccountId === undefined ? undefined : eq(dataRequests.requesterAccountId, filter.requesterAccountId),
          filter.status === undefined ? undefined : eq(dataRequests.status, filter.status),
          page.after === undefined ? undefined : keysetAfter(dataRequests, [dataRequests.filedAt], dataRequests.id, page.after, 'asc'),
        ),
      )
      .orderBy(asc(dataRequests.filedAt), asc(dataRequests.id))
      .limit(page.limit);
  }

  /** Every presented (frozen) year, oldest first [R27]. */
  async allFrozenYears(): Promise<number[]> {
    return (await this.db.select({ year: annualReports.year }).from(annualReports).orderBy(asc(annualReports.year))).map((r) => r.year);
  }

  async insertRequest(tx: Executor, r: DataRequestRecord): Promise<void> {
    await tx.insert(dataRequests).values(r);
  }

  async updateRequest(tx: Executor, id: string, set: Partial<Omit<DataRequestRecord, 'id' | 'requesterAccountId' | 'requesterKind' | 'filedAt'>>): Promise<void> {
    await tx.update(dataRequests).set(set).where(eq(dataRequests.id, id));
  }

  /** [R39] appends a state change; the request row is locked, so its sequence has one writer. */
  async appendEvent(tx: Executor, e: Omit<DataRequestEventRecord, 'seq'>): Promise<void> {
    const [last] = await tx.select({ seq: max(dataRequestEvents.seq) }).from(dataRequestEvents).where(eq(dataRequestEvents.requestId, e.requestId));
    await tx.insert(dataRequestEvents).values({ ...e, seq: (last?.seq ?? 0) + 1 });
  }

  async events(requestIds: readonly string[]): Promise<DataRequestEventRecord[]> {
    if (requestIds.length === 0) return [];
    return this.db.select().from(dataRequestEvents).where(inArray(dataRequestEvents.requestId, [...requestIds])).orderBy(asc(dataRequestEvents.requestId), asc(dataRequestEvents.seq));
  }

  async releases(requestIds: readonly string[]): Promise<DataReleaseRecord[]> {
    if (requestIds.length === 0) return [];
    return (await this.db.select().from(dataReleases).where(inArray(dataReleases.requestId, [...requestIds]))).map(toRelease);
  }

  /** The release row, written last: its key table and chunks were written before it in the transaction. */
  async insertRelease(tx: Executor, r: DataReleaseRecord): Promise<void> {
    await tx.insert(dataReleases).values(r);
  }

  /** [#11] The key table and the package's chunks may be written before their release row; the foreign keys are checked at commit (migration 0016). */
  async deferReleaseReferences(tx: Executor): Promise<void> {
    await tx.execute(sql`set constraints cases.release_pseudonyms_release_id_data_releases_id_fk, cases.data_release_chunks_release_id_data_releases_id_fk deferred`);
  }

  /** Writes key table rows; answers the registration numbers written (a pseudonym already taken in this release is left out, to be drawn again). */
  async insertKeys(tx: Executor, releaseId: string, keys: readonly KeyTableRow[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const written = await tx.insert(releasePseudonyms).values(keys.map((k) => ({ releaseId, ...k }))).onConflictDoNothing().returning({ registrationNumber: releasePseudonyms.registrationNumber });
    return written.map((w) => w.registrationNumber);
  }

  async insertChunk(tx: Executor, releaseId: string, seq: number, text: string): Promise<void> {
    await tx.insert(dataReleaseChunks).values({ releaseId, seq, text });
  }

  async releaseById(id: string): Promise<DataReleaseRecord | undefined> {
    const [row] = await this.db.select().from(dataReleases).where(eq(dataReleases.id, id));
    return row && toRelease(row);
  }

  /** The package's chunks in order, `batch` rows a query: never the whole package at once [#11]. */
  async *packageChunks(releaseId: string, batch = 4): AsyncGenerator<string> {
    let after = -1;
    for (;;) {
      const rows = await this.db.select({ seq: dataReleaseChunks.seq, text: dataReleaseChunks.text }).from(dataReleaseChunks).where(and(eq(dataReleaseChunks.releaseId, releaseId), gt(dataReleaseChunks.seq, after))).orderBy(asc(dataReleaseChunks.seq)).limit(batch);
      for (const r of rows) yield r.text;
      if (rows.length < batch) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  /** The key table of a release: the data center's, for re-identification under the rules only. */
  async keyTable(releaseId: string): Promise<{ registrationNumber: string; pseudonym: string }[]> {
    return this.db.select({ registrationNumber: releasePseudonyms.registrationNumber, pseudonym: releasePseudonyms.pseudonym }).from(releasePseudonyms).where(eq(releasePseudonyms.releaseId, releaseId)).orderBy(asc(releasePseudonyms.registrationNumber));
  }

  /** Which of these years are presented (frozen) [R27]. */
  async frozenYears(years: readonly number[], db: Executor = this.db): Promise<number[]> {
    if (years.length === 0) return [];
    return (await db.select({ year: annualReports.year }).from(annualReports).where(inArray(annualReports.year, [...years]))).map((r) => r.year);
  }

  /** How many of the cases the frozen years adopted have their consent standing today, and how many withdrew it [T8]. */
  async adoptedCounts(years: readonly number[], tx: Executor): Promise<{ included: number; withdrawn: number }> {
    const rows = await tx
      .select({ withdrawn: isNotNull(cases.consentWithdrawnOn).mapWith(Boolean), n: count() })
      .from(annualReportCases)
      .innerJoin(cases, eq(cases.registrationNumber, annualReportCases.registrationNumber))
      .where(inArray(annualReportCases.year, [...years]))
      .groupBy(isNotNull(cases.consentWithdrawnOn));
    return { included: rows.find((r) => !r.withdrawn)?.n ?? 0, withdrawn: rows.find((r) => r.withdrawn)?.n ?? 0 };
  }

  /** A page of the registration numbers the frozen years adopted whose consent stands today [T8], after `after` in their order. */
  async adoptedNumbers(years: readonly number[], after: string | undefined, limit: number, tx: Executor): Promise<string[]> {
    const rows = await tx
      .select({ n: cases.registrationNumber })
      .from(annualReportCases)
      .innerJoin(cases, eq(cases.registrationNumber, annualReportCases.registrationNumber))
      .where(and(inArray(annualReportCases.year, [...years]), isNull(cases.consentWithdrawnOn), after === undefined ? undefined : gt(cases.registrationNumber, after)))
      .orderBy(asc(cases.registrationNumber))
      .limit(limit);
    return rows.map((r) => r.n);
  }

  /** A page of a release's cases in pseudonym order (the package says nothing of the order of registration), after `after`. */
  async keyedCases(releaseId: string, after: string | undefined, limit: number, tx: Executor): Promise<KeyedCaseRow[]> {
    return tx
      .select({ pseudonym: releasePseudonyms.pseudonym, registrationNumber: cases.registrationNumber, operatorId: cases.operatorId, facilityId: cases.facilityId, procedureDate: cases.procedureDate, birthDate: cases.birthDate, vessel: cases.vessel })
      .from(releasePseudonyms)
      .innerJoin(cases, eq(cases.registrationNumber, releasePseudonyms.registrationNumber))
      .where(and(eq(releasePseudonyms.releaseId, releaseId), after === undefined ? undefined : gt(releasePseudonyms.pseudonym, after)))
      .orderBy(asc(releasePseudonyms.pseudonym))
      .limit(limit);
  }

  /** [R21a][R22] every released request, for the public list. */
  async released(): Promise<{ request: DataRequestRecord; releasedAt: Date }[]> {
    const rows = await this.db.select({ request: dataRequests, releasedAt: dataReleases.releasedAt }).from(dataRequests).innerJoin(dataReleases, eq(dataReleases.requestId, dataRequests.id)).orderBy(asc(dataReleases.releasedAt));
    return rows;
  }
}
