import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** What a matter is about [R24][R28][R45] (SDL `MatterKind`). */
export const MATTER_KINDS = ['OBJECTION', 'CRITERIA_QUESTION', 'DATA_CENTER_QUESTION'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
/** Where a matter stands [R45][R46][R48] (SDL `MatterStatus`). */
export const MATTER_STATUSES = ['SUBMITTED', 'ACCEPTED', 'ANSWERED', 'DECLINED', 'IN_SESSION', 'DECIDED'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];
/** What the committee decided on a point at issue [R48]. */
export const POINT_DECISIONS = ['ADOPTED', 'REJECTED'] as const;
export type PointDecision = (typeof POINT_DECISIONS)[number];
/** Who wrote a post: a case's discussion [R6], a member in a matter's group [R47], an operator's opinion [R49]. */
export const POST_KINDS = ['DISCUSSION', 'COMMITTEE', 'OPERATOR_OPINION'] as const;
export type PostKind = (typeof POST_KINDS)[number];
/** What a notification tells its operator [R6]. */
export const NOTIFICATION_KINDS = ['QUESTION_ASKED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** An opinion on a point [R48]. */
export const VOTE_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
/** How a round of opinions ended: SPLIT in the first round only [R48]. */
export const ROUND_OUTCOMES = ['ADOPTED', 'REJECTED', 'SPLIT'] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];
/** The seat a committee member holds [R44]. */
export const COMMITTEE_SEATS = ['STEERING', 'CERTIFIED_OPERATOR', 'EXTERNAL_EXPERT'] as const;
export type CommitteeSeat = (typeof COMMITTEE_SEATS)[number];

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

/**
 * The official core-lab result of a case [R27], projected from `OfficialResultRecorded`:
 * an objection is only ever to an official result [R28a].
 */
export const officialResults = adjudicationSchema.table('official_results', {
  registrationNumber: text('registration_number')
    .primaryKey()
    .references(() => caseRefs.registrationNumber),
  year: integer('year').notNull(),
  result: jsonb('result').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A thread is either a case's public discussion [R6] or a matter's committee group [R47],
 * never both.
 */
export const threads = adjudicationSchema.table(
  'threads',
  {
    id: uuid('id').primaryKey(),
    registrationNumber: text('registration_number')
      .unique()
      .references(() => caseRefs.registrationNumber),
    matterId: uuid('matter_id')
      .unique()
      .references(() => matters.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('threads_case_xor_matter', sql`(${t.registrationNumber} is null) <> (${t.matterId} is null)`)],
);

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
    /** DISCUSSION (a case thread), COMMITTEE (a member in the group), OPERATOR_OPINION [R49]. */
    kind: text('kind', { enum: POST_KINDS }).notNull().default('DISCUSSION'),
    body: text('body').notNull(),
    replyToPostId: uuid('reply_to_post_id'),
    pointId: uuid('point_id'),
    /** The recused operator whose opinion STEERING or the secretariat relays [R49]. */
    onBehalfOfOperatorId: text('on_behalf_of_operator_id'),
    imageSeriesUid: text('image_series_uid'),
    imageFrame: integer('image_frame'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [unique('posts_thread_seq_key').on(t.threadId, t.seq)],
);

/** Every earlier body of an edited post: edits keep their history. */
export const postRevisions = adjudicationSchema.table(
  'post_revisions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    revision: integer('revision').notNull(),
    body: text('body').notNull(),
    /** When this body was replaced. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.revision] })],
);

/** A question on a case reaches its operator [R6]. */
export const notifications = adjudicationSchema.table('notifications', {
  id: uuid('id').primaryKey(),
  operatorId: text('operator_id').notNull(),
  kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
  threadId: uuid('thread_id')
    .notNull()
    .references(() => threads.id),
  postId: uuid('post_id')
    .notNull()
    .references(() => posts.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
  /**
   * The notification's number in its operator's live feed (the bus topic's sequence): the
   * bell resumes `notificationAdded` after the newest it holds. Null for one made before.
   */
  seq: integer('seq'),
});

export const committeeMembers = adjudicationSchema.table('committee_members', {
  accountId: uuid('account_id').primaryKey(),
  seat: text('seat', { enum: COMMITTEE_SEATS }).notNull(),
  /** The member's operator ID, for members who are operators: who is recused from a case [R49]. */
  operatorId: text('operator_id'),
  isChair: boolean('is_chair').notNull().default(false),
  appointedOn: date('appointed_on', { mode: 'string' }).notNull(),
});

/** Steering terms [R36], projected from the operators subgraph's `SteeringTermsChanged`. */
export const steeringTerms = adjudicationSchema.table(
  'steering_terms',
  {
    accountId: uuid('account_id').notNull(),
    from: date('from', { mode: 'string' }).notNull(),
    to: date('to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.from] })],
);

/** A matter before the committee [R24][R28][R45]. */
export const matters = adjudicationSchema.table('matters', {
  id: uuid('id').primaryKey(),
  // `enum` types the column's values for TypeScript only (the column stays text): a row is a MatterRecord without a cast.
  kind: text('kind', { enum: MATTER_KINDS }).notNull(),
  registrationNumber: text('registration_number').references(() => caseRefs.registrationNumber),
  question: text('question').notNull(),
  raisedByAccountId: uuid('raised_by_account_id').notNull(),
  raisedByOperatorId: text('raised_by_operator_id'),
  status: text('status', { enum: MATTER_STATUSES }).notNull(),
  screeningReason: text('screening_reason'),
  screenedByAccountId: uuid('screened_by_account_id'),
  screenedAt: timestamp('screened_at', { withTimezone: true }),
  sessionDeclaredAt: timestamp('session_declared_at', { withTimezone: true }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 争点: what the committee decides, posted by the chair [R46]. */
export const pointsAtIssue = adjudicationSchema.table(
  'points_at_issue',
  {
    id: uuid('id').primaryKey(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    currentRound: integer('current_round').notNull().default(1),
    /** ADOPTED or REJECTED once decided [R48]. */
    decision: text('decision', { enum: POINT_DECISIONS }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [unique('points_matter_number_key').on(t.matterId, t.number)],
);

/** Each round of opinions on a point: the first, and the secretariat's second [R48]. */
export const votingRounds = adjudicationSchema.table(
  'voting_rounds',
  {
    pointId: uuid('point_id')
      .notNull()
      .references(() => pointsAtIssue.id),
    // The check below holds the round to 1 or 2; `$type` says so to TypeScript.
    round: integer('round').$type<1 | 2>().notNull(),
    openedByAccountId: uuid('opened_by_account_id').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** ADOPTED, REJECTED or SPLIT (first round only). */
    outcome: text('outcome', { enum: ROUND_OUTCOMES }),
    eligible: integer('eligible'),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.round] }), check('voting_rounds_round', sql`${t.round} in (1, 2)`)],
);

/** One opinion per member per point per round, held by the database [R48]. */
export const votes = adjudicationSchema.table(
  'votes',
  {
    id: uuid('id').primaryKey(),
    pointId: uuid('point_id').notNull(),
    round: integer('round').$type<1 | 2>().notNull(),
    memberAccountId: uuid('member_account_id').notNull(),
    choice: text('choice', { enum: VOTE_CHOICES }).notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('votes_one_per_member_point_round').on(t.pointId, t.round, t.memberAccountId),
    foreignKey({ name: 'votes_round_fk', columns: [t.pointId, t.round], foreignColumns: [votingRounds.pointId, votingRounds.round] }),
  ],
);

/** The committee's decision on a matter, its reasoning and the answer to the asker: public [R24][R28b]. */
export const rulings = adjudicationSchema.table('rulings', {
  id: uuid('id').primaryKey(),
  matterId: uuid('matter_id')
    .notNull()
    .unique()
    .references(() => matters.id),
  decision: text('decision').notNull(),
  reasoning: text('reasoning').notNull(),
  answer: text('answer').notNull(),
  /** Changes to the official core-lab result: `[{ field, from, to }]` [R28a]. */
  resultChanges: jsonb('result_changes').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Judging criteria as numbered versions with effective dates [R24][R45]. */
export const criteriaVersions = adjudicationSchema.table('criteria_versions', {
  version: integer('version').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  rulingId: uuid('ruling_id').references(() => rulings.id),
  publishedByAccountId: uuid('published_by_account_id').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});
