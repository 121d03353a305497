import { and, asc, eq, inArray, isNotNull, isNull, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { annualReportCases, annualReports, cases, dataReleases, dataRequestEvents, dataRequests, releasePseudonyms } from '../db/schema.ts';

export type DataRequestRecord = typeof dataRequests.$inferSelect;
export type DataRequestEventRecord = typeof dataRequestEvents.$inferSelect;
export type ReleaseCaseRow = Pick<typeof cases.$inferSelect, 'registrationNumber' | 'procedureDate' | 'birthDate' | 'vessel'>;

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

  async insertRelease(tx: Executor, r: DataReleaseRecord, keys: readonly { registrationNumber: string; pseudonym: string }[]): Promise<void> {
    await tx.insert(dataReleases).values(r);
    if (keys.length > 0) await tx.insert(releasePseudonyms).values(keys.map((k) => ({ releaseId: r.id, ...k })));
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

  /** The cases the frozen years adopted, split by whether consent stands today [T8]. */
  async adoptedCases(years: readonly number[], tx: Executor): Promise<{ included: ReleaseCaseRow[]; withdrawn: number }> {
    const columns = { registrationNumber: cases.registrationNumber, procedureDate: cases.procedureDate, birthDate: cases.birthDate, vessel: cases.vessel };
    const adopted = inArray(annualReportCases.year, [...years]);
    const included = await tx.select(columns).from(annualReportCases).innerJoin(cases, eq(cases.registrationNumber, annualReportCases.registrationNumber)).where(and(adopted, isNull(cases.consentWithdrawnOn))).orderBy(asc(cases.registrationNumber));
    const withdrawn = await tx.select(columns).from(annualReportCases).innerJoin(cases, eq(cases.registrationNumber, annualReportCases.registrationNumber)).where(and(adopted, isNotNull(cases.consentWithdrawnOn)));
    return { included, withdrawn: withdrawn.length };
  }

  /** [R21a][R22] every released request, for the public list. */
  async released(): Promise<{ request: DataRequestRecord; releasedAt: Date }[]> {
    const rows = await this.db.select({ request: dataRequests, releasedAt: dataReleases.releasedAt }).from(dataRequests).innerJoin(dataReleases, eq(dataReleases.requestId, dataRequests.id)).orderBy(asc(dataReleases.releasedAt));
    return rows;
  }
}
