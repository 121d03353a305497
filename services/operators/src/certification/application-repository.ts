import { and, asc, eq, notExists } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { applicationRecommenders, applications, recommendations } from '../db/schema.ts';
import type { ApplicationStatus } from './certification-machine.ts';

export interface ApplicationRecord {
  id: string;
  applicantName: string;
  facilityId: string;
  ctoExperience: number;
  status: ApplicationStatus;
  filedOn: string;
  filedByAccountId: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  operatorId: string | null;
}

export interface RecommendationRecord {
  applicationId: string;
  recommenderOperatorId: string;
  letter: string;
  givenOn: string;
}

const columns = {
  id: applications.id,
  applicantName: applications.applicantName,
  facilityId: applications.facilityId,
  ctoExperience: applications.ctoExperience,
  status: applications.status,
  filedOn: applications.filedOn,
  filedByAccountId: applications.filedByAccountId,
  decidedOn: applications.decidedOn,
  decidedBy: applications.decidedBy,
  decisionReason: applications.decisionReason,
  operatorId: applications.operatorId,
};

const recommendationColumns = {
  applicationId: recommendations.applicationId,
  recommenderOperatorId: recommendations.recommenderOperatorId,
  letter: recommendations.letter,
  givenOn: recommendations.givenOn,
};

export class ApplicationRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, a: { applicantName: string; facilityId: string; ctoExperience: number; filedOn: string; filedByAccountId: string | null }): Promise<ApplicationRecord> {
    const [row] = await tx.insert(applications).values({ ...a, status: 'PENDING' }).returning(columns);
    return row!;
  }

  /** Read inside the caller's transaction and locked until it ends. */
  async lockById(tx: Executor, id: string): Promise<ApplicationRecord | undefined> {
    const [row] = await tx.select(columns).from(applications).where(eq(applications.id, id)).for('update');
    return row;
  }

  async byId(id: string): Promise<ApplicationRecord | undefined> {
    const [row] = await this.db.select(columns).from(applications).where(eq(applications.id, id));
    return row;
  }

  /** A page of applications, oldest first (the id breaks ties). */
  async list(status: ApplicationStatus | undefined, page: PageRequest): Promise<ApplicationRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(applications)
      .where(and(status ? eq(applications.status, status) : undefined, page.after ? keysetAfter(applications, [applications.filedOn], applications.id, page.after, 'asc') : undefined))
      .orderBy(asc(applications.filedOn), asc(applications.id))
      .limit(page.limit);
    return rows;
  }

  async decide(tx: Executor, id: string, d: { status: ApplicationStatus; decidedOn: string; decidedBy: string | null; reason: string; operatorId: string | null }): Promise<ApplicationRecord> {
    const [row] = await tx
      .update(applications)
      .set({ status: d.status, decidedOn: d.decidedOn, decidedBy: d.decidedBy, decisionReason: d.reason, operatorId: d.operatorId })
      .where(eq(applications.id, id))
      .returning(columns);
    return row!;
  }

  async recommendationsOf(executor: Executor | undefined, applicationId: string): Promise<RecommendationRecord[]> {
    return (executor ?? this.db)
      .select(recommendationColumns)
      .from(recommendations)
      .where(eq(recommendations.applicationId, applicationId))
      .orderBy(asc(recommendations.givenOn), asc(recommendations.recommenderOperatorId));
  }

  async addRecommendation(tx: Executor, r: RecommendationRecord & { recommenderAccountId: string }): Promise<void> {
    await tx.insert(recommendations).values(r);
  }

  /** [R11] the certified operators the applicant asked, named when filing. */
  async addAskedRecommenders(tx: Executor, applicationId: string, operatorIds: readonly string[]): Promise<void> {
    if (operatorIds.length === 0) return;
    await tx.insert(applicationRecommenders).values(operatorIds.map((operatorId) => ({ applicationId, operatorId })));
  }

  async askedRecommendersOf(applicationId: string): Promise<string[]> {
    const rows = await this.db
      .select({ operatorId: applicationRecommenders.operatorId })
      .from(applicationRecommenders)
      .where(eq(applicationRecommenders.applicationId, applicationId))
      .orderBy(asc(applicationRecommenders.operatorId));
    return rows.map((r) => r.operatorId);
  }

  /**
   * [R11] a page of the undecided applications that asked this operator and have no letter
   * of theirs yet, oldest first as `list` orders them.
   */
  async awaitingRecommendationBy(operatorId: string, page: PageRequest): Promise<ApplicationRecord[]> {
    const given = this.db
      .select({ one: recommendations.applicationId })
      .from(recommendations)
      .where(and(eq(recommendations.applicationId, applications.id), eq(recommendations.recommenderOperatorId, operatorId)));
    return this.db
      .select(columns)
      .from(applications)
      .innerJoin(applicationRecommenders, and(eq(applicationRecommenders.applicationId, applications.id), eq(applicationRecommenders.operatorId, operatorId)))
      .where(and(eq(applications.status, 'PENDING'), notExists(given), page.after ? keysetAfter(applications, [applications.filedOn], applications.id, page.after, 'asc') : undefined))
      .orderBy(asc(applications.filedOn), asc(applications.id))
      .limit(page.limit);
  }
}
