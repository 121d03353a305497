import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@registry/db';
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
    return { ...row!, ground: row!.ground as RevocationGround };
  }

  async published(): Promise<PublishedRevocationRecord[]> {
    const rows = await this.db
      .select({ operatorName: operators.name, facilityId: operators.facilityId, revokedOn: revocations.decidedOn, ground: revocations.ground })
      .from(revocations)
      .innerJoin(operators, eq(operators.id, revocations.operatorId))
      .where(eq(revocations.published, true))
      .orderBy(asc(revocations.decidedOn), asc(operators.name));
    return rows.map((r) => ({ ...r, ground: r.ground as RevocationGround }));
  }
}
