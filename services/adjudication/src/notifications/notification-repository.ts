import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { notifications } from '../db/schema.ts';

/** A notification as its table holds it. */
export type NotificationRecord = typeof notifications.$inferSelect;

export class NotificationRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, n: NotificationRecord): Promise<void> {
    await tx.insert(notifications).values(n);
  }

  /** A page of the operator's notifications, newest first (the id breaks ties). */
  async forOperator(operatorId: string, unreadOnly: boolean, page: PageRequest): Promise<NotificationRecord[]> {
    return this.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.operatorId, operatorId),
          unreadOnly ? isNull(notifications.readAt) : undefined,
          page.after ? keysetAfter(notifications, [notifications.createdAt], notifications.id, page.after, 'desc') : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit);
  }

  /** Marks one of the operator's notifications read; undefined if it is not theirs. */
  async markRead(tx: Executor, id: string, operatorId: string, at: Date): Promise<NotificationRecord | undefined> {
    const [row] = await tx
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.id, id), eq(notifications.operatorId, operatorId)))
      .returning();
    return row;
  }
}
