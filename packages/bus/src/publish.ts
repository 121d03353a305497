import { sql } from 'drizzle-orm';
import type { EventName, EventSchemas, Payload, PayloadIn, TopicContract } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { parsePayload, type BusEvent } from './event.ts';
import { events, topics } from './schema.ts';

export const NOTIFY_CHANNEL = 'cto_bus';

/**
 * Appends an event to a topic inside the caller's transaction, so the event exists if and
 * only if the change it describes was committed. The topic's head row is locked by the
 * increment, which makes the sequence gapless and commit-ordered; a rolled-back
 * transaction takes its number back with it. The NOTIFY is transactional too and carries
 * only the topic and number (no data crosses LISTEN/NOTIFY).
 *
 * The payload must be event `type` of the topic's contract: it is parsed before anything is
 * written, and a payload the contract refuses throws InvalidEventError, which rolls the
 * caller's transaction back — a publisher's bug never reaches a consumer.
 */
export async function publish<E extends EventSchemas, K extends EventName<E>>(
  tx: Executor,
  contract: TopicContract<E>,
  type: K,
  payload: PayloadIn<E, K>,
): Promise<BusEvent<Payload<E, K>>> {
  const topic = contract.topic;
  const parsed = parsePayload(contract, type, payload);
  const [head] = await tx
    .insert(topics)
    .values({ topic, head: 1 })
    .onConflictDoUpdate({ target: topics.topic, set: { head: sql`${topics.head} + 1` } })
    .returning({ head: topics.head });
  if (!head) throw new Error(`could not advance topic ${topic}`);
  const [row] = await tx
    .insert(events)
    .values({ topic, seq: head.head, type, payload: parsed as object })
    .returning({ createdAt: events.createdAt });
  await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${`${head.head}|${topic}`})`);
  return { topic, seq: head.head, type, payload: parsed, createdAt: row!.createdAt };
}

export function parseNotification(payload: string): { topic: string; seq: number } | undefined {
  const bar = payload.indexOf('|');
  if (bar < 1) return undefined;
  const seq = Number(payload.slice(0, bar));
  return Number.isSafeInteger(seq) ? { topic: payload.slice(bar + 1), seq } : undefined;
}
