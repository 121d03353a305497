import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The operators subgraph owns this schema; no other service reads it. */
export const operatorsSchema = pgSchema('operators');

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
    status: text('status').notNull(),
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
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
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
});
