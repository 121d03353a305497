import { date, integer, pgSchema, text, timestamp, unique, uuid, boolean } from 'drizzle-orm/pg-core';

/** The adjudication subgraph owns this schema; no other service reads it. */
export const adjudicationSchema = pgSchema('adjudication');

/**
 * What adjudication knows of a case, projected from the cases subgraph's events: the
 * operator is what recusal needs [R49]. Never a patient identifier.
 */
export const caseRefs = adjudicationSchema.table('case_refs', {
  registrationNumber: text('registration_number').primaryKey(),
  operatorId: text('operator_id').notNull(),
  registeredOn: date('registered_on', { mode: 'string' }).notNull(),
});

export const threads = adjudicationSchema.table('threads', {
  id: uuid('id').primaryKey(),
  registrationNumber: text('registration_number')
    .notNull()
    .unique()
    .references(() => caseRefs.registrationNumber),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const posts = adjudicationSchema.table(
  'posts',
  {
    id: uuid('id').primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id),
    /** The post's number in its thread's live feed (the bus topic's sequence). */
    seq: integer('seq').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('posts_thread_seq_key').on(t.threadId, t.seq)],
);

export const committeeMembers = adjudicationSchema.table('committee_members', {
  accountId: uuid('account_id').primaryKey(),
  seat: text('seat').notNull(),
  isChair: boolean('is_chair').notNull().default(false),
  appointedOn: date('appointed_on', { mode: 'string' }).notNull(),
});
