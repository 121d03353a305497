import { sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { events, topics } from './schema.ts';

export const NOTIFY_CHANNEL = 'cto_bus';

export interface BusEvent<P = unknown> {
  topic: string;
  /** Gapless, starting at 1, in commit order within the topic. */
  seq: number;
  type: string;
  payload: P;
  createdAt: Date;
}

/**
 * Appends an event to a topic inside the caller's transaction, so the event exists if and
 * only if the change it describes was committed. The topic's head row is locked by the
 * increment, which makes the sequence gapless and commit-ordered; a rolled-back
 * transaction takes its number back with it. The NOTIFY is transactional too and carries
 * only the topic and number (no data crosses LISTEN/NOTIFY).
 */
export async function publish<P>(tx: Executor, topic: string, type: string, payload: P): Promise<BusEvent<P>> {
  const [head] = await tx
    .insert(topics)
    .values({ topic, head: 1 })
    .onConflictDoUpdate({ target: topics.topic, set: { head: sql`${topics.head} + 1` } })
    .returning({ head: topics.head });
  if (!head) throw new Error(`could not advance topic ${topic}`);
  const [row] = await tx
    .insert(events)
    .values({ topic, seq: head.head, type, payload: payload as object })
    .returning({ createdAt: events.createdAt });
  await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${`${head.head}|${topic}`})`);
  return { topic, seq: head.head, type, payload, createdAt: row!.createdAt };
}

export function parseNotification(payload: string): { topic: string; seq: number } | undefined {
  const bar = payload.indexOf('|');
  if (bar < 1) return undefined;
  const seq = Number(payload.slice(0, bar));
  return Number.isSafeInteger(seq) ? { topic: payload.slice(bar + 1), seq } : undefined;
}
