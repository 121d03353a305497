import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { z } from 'zod';
import { imageUploads, type UPLOAD_STATES } from '../../db/schema.ts';

export type UploadState = (typeof UPLOAD_STATES)[number];

const uploadRefusal = z.strictObject({ code: z.string(), message: z.string() });
export type UploadRefusal = z.infer<typeof uploadRefusal>;

/** An upload's progress as its table holds it, its refusals parsed from their jsonb column. */
export type ImageUploadRecord = Omit<typeof imageUploads.$inferSelect, 'refusals'> & { refusals: UploadRefusal[] };

const toUpload = (row: typeof imageUploads.$inferSelect): ImageUploadRecord => ({ ...row, refusals: uploadRefusal.array().parse(row.refusals) });

const appended = (refusal: UploadRefusal) => sql`${imageUploads.refusals} || ${JSON.stringify([refusal])}::jsonb`;

/** Upload progress rows: written outside the instances' transactions, they are progress, not data. */
export class ImageUploadRepository {
  constructor(private readonly db: Executor) {}

  /** OPEN → RECEIVING in one statement: only the uploader, only for that case, only once. */
  async claim(id: string, by: { registrationNumber: string; startedBy: string; bytesExpected: number | null; at: Date }): Promise<ImageUploadRecord | undefined> {
    const [row] = await this.db
      .update(imageUploads)
      .set({ state: 'RECEIVING', updatedAt: by.at, ...(by.bytesExpected !== null ? { bytesExpected: by.bytesExpected } : {}) })
      .where(and(eq(imageUploads.id, id), eq(imageUploads.startedBy, by.startedBy), eq(imageUploads.registrationNumber, by.registrationNumber), eq(imageUploads.state, 'OPEN')))
      .returning();
    return row ? toUpload(row) : undefined;
  }

  async open(u: { registrationNumber: string; kind: string; state: UploadState; bytesExpected: number | null; startedBy: string; at: Date }): Promise<ImageUploadRecord> {
    const [row] = await this.db
      .insert(imageUploads)
      .values({ registrationNumber: u.registrationNumber, kind: u.kind, state: u.state, bytesExpected: u.bytesExpected, startedBy: u.startedBy, startedAt: u.at, updatedAt: u.at })
      .returning();
    return toUpload(row!);
  }

  async byId(id: string): Promise<ImageUploadRecord | undefined> {
    const [row] = await this.db.select().from(imageUploads).where(eq(imageUploads.id, id));
    return row ? toUpload(row) : undefined;
  }

  /** A page of an account's uploads, newest first (the id breaks ties). */
  async ofAccount(accountId: string, page: PageRequest): Promise<ImageUploadRecord[]> {
    const rows = await this.db
      .select()
      .from(imageUploads)
      .where(and(eq(imageUploads.startedBy, accountId), page.after === undefined ? undefined : keysetAfter(imageUploads, [imageUploads.startedAt], imageUploads.id, page.after, 'desc')))
      .orderBy(desc(imageUploads.startedAt), desc(imageUploads.id))
      .limit(page.limit);
    return rows.map(toUpload);
  }

  async progress(id: string, p: { state?: UploadState; bytesReceived: number; bytesExpected?: number | null; at: Date }): Promise<void> {
    await this.db
      .update(imageUploads)
      .set({ bytesReceived: p.bytesReceived, updatedAt: p.at, ...(p.state ? { state: p.state } : {}), ...(p.bytesExpected !== undefined ? { bytesExpected: p.bytesExpected } : {}) })
      .where(eq(imageUploads.id, id));
  }

  async counted(id: string, outcome: { stored?: boolean; quarantined?: boolean; refusal?: UploadRefusal }, at: Date): Promise<void> {
    await this.db
      .update(imageUploads)
      .set({
        updatedAt: at,
        instancesStored: sql`${imageUploads.instancesStored} + ${outcome.stored ? 1 : 0}`,
        instancesQuarantined: sql`${imageUploads.instancesQuarantined} + ${outcome.quarantined ? 1 : 0}`,
        refusals: outcome.refusal ? appended(outcome.refusal) : imageUploads.refusals,
      })
      .where(eq(imageUploads.id, id));
  }

  async finish(id: string, p: { state: UploadState; bytesReceived: number; at: Date; refusal?: UploadRefusal }): Promise<void> {
    await this.db
      .update(imageUploads)
      .set({ state: p.state, bytesReceived: p.bytesReceived, updatedAt: p.at, finishedAt: p.at, ...(p.refusal ? { refusals: appended(p.refusal) } : {}) })
      .where(eq(imageUploads.id, id));
  }

  /** A request refused before its files were read ends the uploader's unfinished upload, with the reason. */
  async failUnfinished(id: string, by: { registrationNumber: string; startedBy: string; refusal: UploadRefusal; at: Date }): Promise<void> {
    await this.db
      .update(imageUploads)
      .set({ state: 'FAILED', updatedAt: by.at, finishedAt: by.at, refusals: appended(by.refusal) })
      .where(and(eq(imageUploads.id, id), eq(imageUploads.startedBy, by.startedBy), eq(imageUploads.registrationNumber, by.registrationNumber), inArray(imageUploads.state, ['OPEN', 'RECEIVING'])));
  }
}
