import { bigint, index, jsonb, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The event bus lives in its own schema: shared infrastructure, like a message broker,
 * not any one service's tables. Services write to it inside their own transactions.
 */
export const bus = pgSchema('bus');

/** One row per topic: the head of its gapless sequence. */
export const topics = bus.table('topics', {
  topic: text('topic').primaryKey(),
  head: bigint('head', { mode: 'number' }).notNull(),
});

export const events = bus.table(
  'events',
  {
    topic: text('topic').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.seq] }), index('events_created_at_idx').on(t.createdAt)],
);

/** How far each durable consumer has applied each topic. */
export const consumerOffsets = bus.table(
  'consumer_offsets',
  {
    consumer: text('consumer').notNull(),
    topic: text('topic').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consumer, t.topic] })],
);
