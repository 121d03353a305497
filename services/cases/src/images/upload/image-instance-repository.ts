import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { imageInstances } from '../../db/schema.ts';

export type InstanceStatus = 'PUBLISHED' | 'QUARANTINED';

export interface ImageInstanceRecord {
  registrationNumber: string;
  kind: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
  sopInstanceUid: string;
  sopClassUid: string;
  transferSyntaxUid: string;
  modality: string | null;
  numberOfFrames: number | null;
  contentKey: string;
  status: InstanceStatus;
  quarantineReason: string | null;
  uploadedAt: Date;
}

export interface NewImageInstance extends ImageInstanceRecord {
  inputSha256: string;
  bytesIn: number;
  bytesOut: number;
  record: unknown;
  uploadedBy: string;
}

const columns = {
  registrationNumber: imageInstances.registrationNumber,
  kind: imageInstances.kind,
  studyInstanceUid: imageInstances.studyInstanceUid,
  seriesInstanceUid: imageInstances.seriesInstanceUid,
  sopInstanceUid: imageInstances.sopInstanceUid,
  sopClassUid: imageInstances.sopClassUid,
  transferSyntaxUid: imageInstances.transferSyntaxUid,
  modality: imageInstances.modality,
  numberOfFrames: imageInstances.numberOfFrames,
  contentKey: imageInstances.contentKey,
  status: imageInstances.status,
  quarantineReason: imageInstances.quarantineReason,
  uploadedAt: imageInstances.uploadedAt,
};

export class ImageInstanceRepository {
  constructor(private readonly db: Executor) {}

  /** Returns false when the same instance (same keyed SOP Instance UID) is already stored for the case. */
  async insert(instance: NewImageInstance, tx: Executor = this.db): Promise<boolean> {
    const rows = await tx.insert(imageInstances).values(instance).onConflictDoNothing().returning({ id: imageInstances.id });
    return rows.length > 0;
  }

  async ofCase(registrationNumber: string, filter: { status?: InstanceStatus; studyInstanceUid?: string; seriesInstanceUid?: string; sopInstanceUid?: string } = {}): Promise<ImageInstanceRecord[]> {
    const where = [eq(imageInstances.registrationNumber, registrationNumber)];
    if (filter.status) where.push(eq(imageInstances.status, filter.status));
    if (filter.studyInstanceUid) where.push(eq(imageInstances.studyInstanceUid, filter.studyInstanceUid));
    if (filter.seriesInstanceUid) where.push(eq(imageInstances.seriesInstanceUid, filter.seriesInstanceUid));
    if (filter.sopInstanceUid) where.push(eq(imageInstances.sopInstanceUid, filter.sopInstanceUid));
    const rows = await this.db
      .select(columns)
      .from(imageInstances)
      .where(and(...where))
      .orderBy(asc(imageInstances.uploadedAt), asc(imageInstances.sopInstanceUid));
    return rows as ImageInstanceRecord[];
  }
}
