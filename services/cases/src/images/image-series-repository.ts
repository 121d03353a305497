import { inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { imageSeries } from '../db/schema.ts';
import type { ImageSeriesKind } from './required-series.ts';

/** A series received for a case; who recorded it stays in the table. */
export type ImageSeriesRecord = Pick<typeof imageSeries.$inferSelect, 'registrationNumber' | 'kind' | 'receivedAt'>;

export class ImageSeriesRepository {
  constructor(private readonly db: Executor) {}

  async ofCases(numbers: readonly string[], tx: Executor = this.db): Promise<ImageSeriesRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await tx
      .select({ registrationNumber: imageSeries.registrationNumber, kind: imageSeries.kind, receivedAt: imageSeries.receivedAt })
      .from(imageSeries)
      .where(inArray(imageSeries.registrationNumber, [...numbers]));
    return rows;
  }

  /** Returns false when the series was already on record. */
  async insert(tx: Executor, s: { registrationNumber: string; kind: ImageSeriesKind; receivedAt: Date; recordedBy: string }): Promise<boolean> {
    const rows = await tx.insert(imageSeries).values(s).onConflictDoNothing().returning({ kind: imageSeries.kind });
    return rows.length > 0;
  }
}
