import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { imageInstances, type IMAGE_INSTANCE_STATUSES } from '../../db/schema.ts';
import type { FrameRanges } from '../dicom/frame-index.ts';
import type { QueryAttributes } from '../dicomweb/query-attributes.ts';

export type InstanceStatus = (typeof IMAGE_INSTANCE_STATUSES)[number];

export interface ImageInstanceRecord {
  id: string;
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
  bytesOut: number;
  status: InstanceStatus;
  quarantineReason: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewReason: string | null;
  frames: FrameRanges[] | null;
  uploadId: string | null;
  uploadedAt: Date;
  /** The de-identified attributes QIDO-RS matches and returns; null for files stored before they were kept. */
  attributes: QueryAttributes | null;
}

export interface NewImageInstance extends Omit<ImageInstanceRecord, 'id' | 'reviewedBy' | 'reviewedAt' | 'reviewReason'> {
  inputSha256: string;
  bytesIn: number;
  record: unknown;
  uploadedBy: string;
}

export interface InstanceFilter {
  status?: readonly InstanceStatus[];
  studyInstanceUid?: string;
  seriesInstanceUid?: string;
  sopInstanceUid?: string;
}

const columns = {
  id: imageInstances.id,
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
  bytesOut: imageInstances.bytesOut,
  status: imageInstances.status,
  quarantineReason: imageInstances.quarantineReason,
  reviewedBy: imageInstances.reviewedBy,
  reviewedAt: imageInstances.reviewedAt,
  reviewReason: imageInstances.reviewReason,
  frames: imageInstances.frames,
  uploadId: imageInstances.uploadId,
  uploadedAt: imageInstances.uploadedAt,
  attributes: imageInstances.attributes,
};

function conditions(filter: InstanceFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.status) where.push(inArray(imageInstances.status, [...filter.status]));
  if (filter.studyInstanceUid) where.push(eq(imageInstances.studyInstanceUid, filter.studyInstanceUid));
  if (filter.seriesInstanceUid) where.push(eq(imageInstances.seriesInstanceUid, filter.seriesInstanceUid));
  if (filter.sopInstanceUid) where.push(eq(imageInstances.sopInstanceUid, filter.sopInstanceUid));
  return where;
}

export class ImageInstanceRepository {
  constructor(private readonly db: Executor) {}

  /** Returns false when the same instance (same keyed SOP Instance UID) is already stored for the case. */
  async insert(tx: Executor, instance: NewImageInstance): Promise<boolean> {
    const rows = await tx.insert(imageInstances).values(instance).onConflictDoNothing().returning({ id: imageInstances.id });
    return rows.length > 0;
  }

  /** Whether any stored instance, of any case, holds the file of this content key. */
  async referencesContent(contentKey: string): Promise<boolean> {
    const rows = await this.db.select({ id: imageInstances.id }).from(imageInstances).where(eq(imageInstances.contentKey, contentKey)).limit(1);
    return rows.length > 0;
  }

  async ofCases(numbers: readonly string[], filter: InstanceFilter = {}): Promise<ImageInstanceRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db
      .select(columns)
      .from(imageInstances)
      .where(and(inArray(imageInstances.registrationNumber, [...numbers]), ...conditions(filter)))
      .orderBy(asc(imageInstances.uploadedAt), asc(imageInstances.sopInstanceUid));
    return rows;
  }

  /** Every instance of the given series, whatever the case (series UIDs are keyed per case, so unique). */
  async ofSeries(seriesUids: readonly string[]): Promise<ImageInstanceRecord[]> {
    if (seriesUids.length === 0) return [];
    const rows = await this.db
      .select(columns)
      .from(imageInstances)
      .where(inArray(imageInstances.seriesInstanceUid, [...seriesUids]))
      .orderBy(asc(imageInstances.uploadedAt), asc(imageInstances.sopInstanceUid));
    return rows;
  }

  /** Files held for the data center [R31], oldest first. */
  /** The first `limit` files of the queue of held files, oldest first (the id breaks ties). */
  async held(limit: number): Promise<ImageInstanceRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(imageInstances)
      .where(eq(imageInstances.status, 'QUARANTINED'))
      .orderBy(asc(imageInstances.uploadedAt), asc(imageInstances.id))
      .limit(limit);
    return rows;
  }

  async lock(tx: Executor, registrationNumber: string, sopInstanceUid: string): Promise<ImageInstanceRecord | undefined> {
    const [row] = await tx
      .select(columns)
      .from(imageInstances)
      .where(and(eq(imageInstances.registrationNumber, registrationNumber), eq(imageInstances.sopInstanceUid, sopInstanceUid)))
      .for('update');
    return row;
  }

  async review(tx: Executor, id: string, decision: { status: InstanceStatus; reviewedBy: string; reviewedAt: Date; reviewReason: string }): Promise<void> {
    await tx.update(imageInstances).set(decision).where(eq(imageInstances.id, id));
  }
}
