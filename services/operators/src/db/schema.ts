import { sql } from 'drizzle-orm';
import type { Role } from '@registry/auth';
import type { ApplicationStatus, RenewalOutcome, ReviewStatus, RevocationGround } from '../certification/certification-machine.ts';
import type { OperatorStatus } from '../operators/operator-status.ts';
import { bigserial, boolean, check, date, doublePrecision, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The operators subgraph owns this schema; no other service reads it. */
export const operatorsSchema = pgSchema('operators');

/** The operator's answer to the secretariat's question after two lean years [R10] (SDL `ContinuationAnswer`). */
export const CONTINUATION_ANSWERS = ['CONTINUE', 'DECLINE'] as const;
export type ContinuationAnswer = (typeof CONTINUATION_ANSWERS)[number];

export const facilities = operatorsSchema.table('facilities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  prefecture: text('prefecture').notNull(),
  location: text('location').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const operators = operatorsSchema.table(
  'operators',
  {
    /** 術者ID, issued by the registry [R11]. */
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id),
    status: text('status').$type<OperatorStatus>().notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('operators_status_idx').on(t.status)],
);

/** Every status change of an operator: from, to, when, who decided, why, by which rule. */
export const operatorStatusHistory = operatorsSchema.table('operator_status_history', {
  id: uuid('id').primaryKey().defaultRandom(),
  operatorId: text('operator_id')
    .notNull()
    .references(() => operators.id),
  fromStatus: text('from_status').$type<OperatorStatus>(),
  toStatus: text('to_status').$type<OperatorStatus>().notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  decidedBy: uuid('decided_by'),
  reason: text('reason').notNull(),
  rule: text('rule').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = operatorsSchema.table('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The operator ID for operators, a staff login ID otherwise. */
  loginId: text('login_id').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Staff roles; operator roles derive from the operator's status at login. */
  roles: text('roles')
    .array()
    .$type<Role[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  operatorId: text('operator_id')
    .unique()
    .references(() => operators.id),
  facilityId: text('facility_id').references(() => facilities.id),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Logins, failures, role changes and decisions, append-only [T14.1]. */
export const auditLog = operatorsSchema.table('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorAccountId: uuid('actor_account_id'),
  action: text('action').notNull(),
  subject: text('subject'),
  detail: jsonb('detail').notNull().default({}),
});

/**
 * Completed case registrations per operator and calendar year, projected from the cases
 * subgraph's events; certification counts read this, never the cases tables [R14].
 */
export const caseCounts = operatorsSchema.table(
  'case_counts',
  {
    operatorId: text('operator_id').notNull(),
    year: integer('year').notNull(),
    domestic: integer('domestic').notNull().default(0),
    overseas: integer('overseas').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.operatorId, t.year] })],
);

/** Registration numbers already counted, so a replayed event never counts twice. */
export const countedRegistrations = operatorsSchema.table('counted_registrations', {
  registrationNumber: text('registration_number').primaryKey(),
  operatorId: text('operator_id').notNull(),
  year: integer('year').notNull(),
  /** The day it completed: an associate's review counts a one-year window [R11]. */
  completedOn: date('completed_on', { mode: 'string' }),
});

/** 加盟申込書: an application to join as an associate [R11][R50a]. */
export const applications = operatorsSchema.table('applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicantName: text('applicant_name').notNull(),
  facilityId: text('facility_id')
    .notNull()
    .references(() => facilities.id),
  ctoExperience: integer('cto_experience').notNull(),
  status: text('status').$type<ApplicationStatus>().notNull(),
  filedOn: date('filed_on', { mode: 'string' }).notNull(),
  filedByAccountId: uuid('filed_by_account_id'),
  decidedOn: date('decided_on', { mode: 'string' }),
  decidedBy: uuid('decided_by'),
  decisionReason: text('decision_reason'),
  /** The operator ID issued on approval [R11]. */
  operatorId: text('operator_id').references(() => operators.id),
});

/**
 * 推薦依頼: the certified operators the applicant names, when filing, as the ones asked to
 * recommend them [R11]. Each finds the application on their home page until they write.
 */
export const applicationRecommenders = operatorsSchema.table(
  'application_recommenders',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.operatorId] }), index('application_recommenders_operator_idx').on(t.operatorId, t.applicationId)],
);

/** 推薦状: given by a certified operator, signed in, for one application [R11]. */
export const recommendations = operatorsSchema.table(
  'recommendations',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    recommenderOperatorId: text('recommender_operator_id')
      .notNull()
      .references(() => operators.id),
    recommenderAccountId: uuid('recommender_account_id').notNull(),
    letter: text('letter').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.recommenderOperatorId] })],
);

/** 審査請求: an associate's request to be certified, and STEERING's decision [R11]. */
export const certificationReviews = operatorsSchema.table('certification_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  operatorId: text('operator_id')
    .notNull()
    .references(() => operators.id),
  requestedOn: date('requested_on', { mode: 'string' }).notNull(),
  completedRegistrations: integer('completed_registrations').notNull(),
  windowFrom: date('window_from', { mode: 'string' }).notNull(),
  windowTo: date('window_to', { mode: 'string' }).notNull(),
  status: text('status').$type<ReviewStatus>().notNull(),
  decidedOn: date('decided_on', { mode: 'string' }),
  decidedBy: uuid('decided_by'),
  reason: text('reason'),
});

/** One row per renewed year: a second run for the same year changes nothing [R14]. */
export const renewalRuns = operatorsSchema.table('renewal_runs', {
  year: integer('year').primaryKey(),
  runOn: date('run_on', { mode: 'string' }).notNull(),
  runBy: uuid('run_by'),
});

/** What renewal found and did for each operator in a year [R10][R14]. */
export const renewalResults = operatorsSchema.table(
  'renewal_results',
  {
    year: integer('year').notNull(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id),
    domestic: integer('domestic').notNull(),
    overseas: integer('overseas').notNull(),
    statusBefore: text('status_before').$type<OperatorStatus>().notNull(),
    outcome: text('outcome').$type<RenewalOutcome>().notNull(),
    /** Consecutive calendar years under 50 as a certified operator, this one included. */
    leanYears: integer('lean_years').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.operatorId] })],
);

/** 継続の意思確認: the secretariat's question after two lean years [R10]. */
export const continuationQuestions = operatorsSchema.table(
  'continuation_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id),
    askedForYear: integer('asked_for_year').notNull(),
    askedOn: date('asked_on', { mode: 'string' }).notNull(),
    answer: text('answer', { enum: CONTINUATION_ANSWERS }),
    answeredOn: date('answered_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
  },
  (t) => [uniqueIndex('continuation_questions_operator_year_idx').on(t.operatorId, t.askedForYear)],
);

/** 運営委員: three-year terms, renewable [R35][R36]; STEERING is derived from them at login. */
export const steeringTerms = operatorsSchema.table('steering_terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id')
    .notNull()
    .references(() => accounts.id),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  /** The general meeting's resolution that appointed the member [R35]. */
  resolution: text('resolution').notNull(),
  recordedBy: uuid('recorded_by'),
});

/** Official (core-lab) results, projected from the cases topic, for monitoring [R15]. */
export const officialResults = operatorsSchema.table('official_results', {
  registrationNumber: text('registration_number').primaryKey(),
  operatorId: text('operator_id').notNull(),
  year: integer('year').notNull(),
  technicalSuccess: boolean('technical_success').notNull(),
  procedureSuccess: boolean('procedure_success').notNull(),
  complication: boolean('complication').notNull(),
  indicationAppropriate: boolean('indication_appropriate').notNull(),
});

/** The published criteria [R38], in force from `from_year` until replaced; percentages. */
export const monitoringThresholds = operatorsSchema.table('monitoring_thresholds', {
  fromYear: integer('from_year').primaryKey(),
  minIndicationAppropriateRate: doublePrecision('min_indication_appropriate_rate').notNull(),
  maxComplicationRate: doublePrecision('max_complication_rate').notNull(),
  minSuccessRate: doublePrecision('min_success_rate').notNull(),
  setOn: date('set_on', { mode: 'string' }).notNull(),
  setBy: uuid('set_by'),
});

/** 警告: issued by STEERING with its reason, under the operator ID [R15][R38]. */
export const warnings = operatorsSchema.table(
  'warnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id),
    year: integer('year').notNull(),
    measures: text('measures').array().notNull(),
    figures: jsonb('figures').notNull(),
    reason: text('reason').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedBy: uuid('issued_by'),
  },
  (t) => [uniqueIndex('warnings_operator_year_idx').on(t.operatorId, t.year)],
);

/** 認定取り消し, with its ground, reason and decision record [R10][R15][R50b]. */
export const revocations = operatorsSchema.table('revocations', {
  id: uuid('id').primaryKey().defaultRandom(),
  operatorId: text('operator_id')
    .notNull()
    .references(() => operators.id),
  ground: text('ground').$type<RevocationGround>().notNull(),
  reason: text('reason').notNull(),
  decisionRecord: text('decision_record').notNull(),
  warningId: uuid('warning_id').references(() => warnings.id),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  decidedBy: uuid('decided_by'),
  /** Intentional exclusion of unfavourable cases is published on the homepage [R10]. */
  published: boolean('published').notNull(),
});

/**
 * The one-time bootstrap of a production registry (founders, facilities, the first staff):
 * one row at most, so a second run is refused by the primary key, even a concurrent one.
 */
export const bootstrapRuns = operatorsSchema.table(
  'bootstrap_runs',
  {
    id: integer('id').primaryKey().default(1),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    /** SHA-256 of the file it ran from, to tell later which file that was. */
    fileSha256: text('file_sha256').notNull(),
  },
  (t) => [check('bootstrap_runs_single_row', sql`${t.id} = 1`)],
);

/**
 * A browser session: one login's family of refresh tokens (OWASP refresh-token rotation).
 * It ends at `expiresAt` (a working day after login), on logout, when a used refresh token
 * comes back (reuse: the whole family is revoked), and when the operator becomes OB or is
 * revoked. `endedAt` once set is never cleared.
 */
export const sessionFamilies = operatorsSchema.table(
  'session_families',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** LOGOUT, REUSE, or the status that ended it (OB, REVOKED). */
    endReason: text('end_reason'),
  },
  (t) => [index('session_families_account_idx').on(t.accountId), check('session_families_ended_has_reason', sql`(${t.endedAt} IS NULL) = (${t.endReason} IS NULL)`)],
);

/** Refresh tokens by their SHA-256 (the token itself is never stored); each is used once. */
export const refreshTokens = operatorsSchema.table(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => sessionFamilies.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId)],
);
