import { inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { imageSeries } from '../db/schema.ts';
import type { ImageSeriesKind } from './required-series.ts';

export interface ImageSeriesRecord {
  registrationNumber: string;
  kind: ImageSeriesKind;
  receivedAt: Date;
}

export class ImageSeriesRepository {
  constructor(private readonly db: Executor) {}

  async ofCases(numbers: readonly string[], tx: Executor = this.db): Promise<ImageSeriesRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await tx
      .select({ registrationNumber: imageSeries.registrationNumber, kind: imageSeries.kind, receivedAt: imageSeries.receivedAt })
      .from(imageSeries)
      .where(inArray(imageSeries.registrationNumber, [...numbers]));
    return rows as ImageSeriesRecord[];
  }

  /** Returns false when the series was already on record. */
  async insert(tx: Executor, s: { registrationNumber: string; kind: ImageSeriesKind; receivedAt: Date; recordedBy: string }): Promise<boolean> {
    const rows = await tx.insert(imageSeries).values(s).onConflictDoNothing().returning({ kind: imageSeries.kind });
    return rows.length > 0;
  }
}
