import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import { operators, revocations } from '../db/schema.ts';
import type { RevocationGround } from '../certification/certification-machine.ts';

export interface RevocationRecord {
  id: string;
  operatorId: string;
  ground: RevocationGround;
  reason: string;
  decisionRecord: string;
  decidedOn: string;
  published: boolean;
}

/** What the homepage shows of a published revocation [R10]. */
export interface PublishedRevocationRecord {
  /** The revocation's id: the list's cursor. */
  id: string;
  operatorName: string;
  facilityId: string;
  revokedOn: string;
  ground: RevocationGround;
}

const columns = {
  id: revocations.id,
  operatorId: revocations.operatorId,
  ground: revocations.ground,
  reason: revocations.reason,
  decisionRecord: revocations.decisionRecord,
  decidedOn: revocations.decidedOn,
  published: revocations.published,
};

export class RevocationRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, r: Omit<RevocationRecord, 'id'> & { decidedBy: string; warningId: string | null }): Promise<RevocationRecord> {
    const [row] = await tx.insert(revocations).values(r).returning(columns);
    return row!;
  }

  /**
   * A page of published revocations, oldest first (then by name; the revocation's id breaks
   * ties). `after` is the id (`cursor`) of the last one shown.
   */
  async published(page: PageRequest): Promise<PublishedRevocationRecord[]> {
    const order = sql`${revocations.decidedOn}, ${operators.name}, ${revocations.id}`;
    const rows = await this.db
      .select({ id: revocations.id, operatorName: operators.name, facilityId: operators.facilityId, revokedOn: revocations.decidedOn, ground: revocations.ground })
      .from(revocations)
      .innerJoin(operators, eq(operators.id, revocations.operatorId))
      .where(
        and(
          eq(revocations.published, true),
          page.after
            ? sql`(${order}) > (select ${order} from ${revocations} inner join ${operators} on ${operators.id} = ${revocations.operatorId} where ${revocations.id} = ${page.after})`
            : undefined,
        ),
      )
      .orderBy(asc(revocations.decidedOn), asc(operators.name), asc(revocations.id))
      .limit(page.limit);
    return rows;
  }
}
