import { boolean, date, index, integer, pgSchema, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** The cases subgraph owns this schema; no other service reads it. */
export const casesSchema = pgSchema('cases');

export const cases = casesSchema.table(
  'cases',
  {
    /** The registry's own number, the only patient key seen outside the facility [R31]. */
    registrationNumber: text('registration_number').primaryKey(),
    facilityId: text('facility_id').notNull(),
    operatorId: text('operator_id').notNull(),
    /** The facility's patient identification code: that facility and the data center only [R30]. */
    patientCode: text('patient_code').notNull(),
    /** Patient initials: that facility and the data center only [R30]. */
    patientInitials: text('patient_initials').notNull(),
    domestic: boolean('domestic').notNull(),
    procedureDate: date('procedure_date', { mode: 'string' }).notNull(),
    vessel: text('vessel').notNull(),
    status: text('status').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    // [T5.3] one registration per patient per facility
    unique('cases_facility_patient_code_key').on(t.facilityId, t.patientCode),
    index('cases_operator_idx').on(t.operatorId),
  ],
);

/** The last registration number issued per year, for gapless numbering. */
export const registrationCounters = casesSchema.table('registration_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
