import { sql, type SQL } from 'drizzle-orm';
import type { CoreLabJudgement, JudgementField } from '../core-lab/read-fields.ts';
import type { CrfSection } from '../form/crf-sections.ts';
import type { FrameRanges } from '../images/dicom/frame-index.ts';
import type { QueryAttributes } from '../images/dicomweb/query-attributes.ts';
import type { ImageSeriesKind } from '../images/required-series.ts';
import type { Calibration } from '../risk-monitoring/calibration.ts';
import { RISK_MODEL_TERMS } from '../risk-monitoring/risk-model.ts';
import { bigint, boolean, check, date, doublePrecision, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** The coronary vessel of the occlusion (SDL `Vessel`). */
export const VESSELS = ['LAD', 'LCX', 'RCA', 'LM'] as const;
export type Vessel = (typeof VESSELS)[number];
/** Where a registration stands [R18] (SDL `RegistrationStatus`). */
export const REGISTRATION_STATUSES = ['REGISTERED', 'COMPLETE'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** [T14.1] the case report form's state (SDL `FormState`). */
export const FORM_STATES = ['DRAFT', 'SUBMITTED', 'LOCKED'] as const;
export type FormState = (typeof FORM_STATES)[number];

/** Where a data query stands: the site answers it, the data center closes it [T14.1]. */
export const DATA_QUERY_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type DataQueryStatus = (typeof DATA_QUERY_STATUSES)[number];
/** Where an image upload stands: OPEN (announced), RECEIVING, DONE, FAILED. */
export const UPLOAD_STATES = ['OPEN', 'RECEIVING', 'DONE', 'FAILED'] as const;
export type ImageUploadState = (typeof UPLOAD_STATES)[number];

/** Whether a site's contract is signed (SDL `ContractStatus`). */
export const CONTRACT_STATUSES = ['NOT_REQUIRED', 'PENDING', 'SIGNED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A patient's vital status at a follow-up [R19]. */
export const VITAL_STATUSES = ['ALIVE', 'DEAD'] as const;
export type VitalStatus = (typeof VITAL_STATUSES)[number];
/** [T14.1] every action an audit entry records (SDL `AuditAction`). */
export const AUDIT_ACTIONS = [
  'REGISTER',
  'EDIT',
  'SUBMIT',
  'SIGN',
  'SIGNATURE_VOIDED',
  'LOCK',
  'COMPLETE',
  'IMAGE_SERIES_RECEIVED',
  /** [R31] a de-identified file stored; the data center's release or rejection of a held one. */
  'IMAGE_STORED',
  'IMAGE_RELEASED',
  'IMAGE_REJECTED',
  /** [R28b] a committee ruling changed the official core-lab result. */
  'RULING_CHANGED_RESULT',
  /** [R26] the core-lab supervisor gave a reader's slot to another reader before the read. */
  'CORE_LAB_READER_REPLACED',
  'QUERY_RAISED',
  'QUERY_ANSWERED',
  'QUERY_CLOSED',
  'QUERY_REOPENED',
  'CONSENT_WITHDRAWN',
  'DEVIATION_RECORDED',
  'ADVERSE_EVENT_REPORTED',
  'FOLLOW_UP_RECORDED',
  'LOST_TO_FOLLOW_UP',
  'ADOPTED_FOR_ANNUAL_REPORT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** Where a case stands in the core lab [R26] (SDL `CoreLabStatus`). */
export const CORE_LAB_STATUSES = ['AWAITING_READS', 'AWAITING_SUPERVISOR', 'FINAL'] as const;
export type CoreLabStatus = (typeof CORE_LAB_STATUSES)[number];
/** A core-lab member reads cases or supervises the readers [R26]. */
export const CORE_LAB_STAFF_ROLES = ['READER', 'SUPERVISOR'] as const;
export type CoreLabStaffRole = (typeof CORE_LAB_STAFF_ROLES)[number];
/** Who decided an official result's field [R26] (SDL `Provenance`). */
export const PROVENANCES = ['AGREED', 'SUPERVISOR'] as const;
export type Provenance = (typeof PROVENANCES)[number];
/** A stored file: in the library, held for the data center, or rejected by it [R31] (SDL `ImageStatus`). */
export const IMAGE_INSTANCE_STATUSES = ['PUBLISHED', 'QUARANTINED', 'REJECTED'] as const;
export type ImageStatus = (typeof IMAGE_INSTANCE_STATUSES)[number];

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
    /** Date of birth: identifying, so with the code and initials [R30]; others see the age only. */
    birthDate: date('birth_date', { mode: 'string' }),
    domestic: boolean('domestic').notNull(),
    procedureDate: date('procedure_date', { mode: 'string' }).notNull(),
    // `enum` types the column's values for TypeScript only (the column stays text): a row is a CaseRecord without a cast.
    vessel: text('vessel', { enum: VESSELS }).notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** [R16] written consent: its date, and what it covers. */
    consentObtainedOn: date('consent_obtained_on', { mode: 'string' }),
    followUpConsented: boolean('follow_up_consented').notNull().default(false),
    imagePublicationConsented: boolean('image_publication_consented').notNull().default(false),
    /** [T5.3] the inclusion/exclusion answers the registration was judged on. */
    eligibility: jsonb('eligibility'),
    /** [T14.1] DRAFT → SUBMITTED → LOCKED. */
    formState: text('form_state', { enum: FORM_STATES }).notNull().default('DRAFT'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    /** [T8] consent withdrawn: date and reason. */
    consentWithdrawnOn: date('consent_withdrawn_on', { mode: 'string' }),
    consentWithdrawalReason: text('consent_withdrawal_reason'),
    /** [R19] lost to follow-up: since when and why. */
    lostToFollowUpOn: date('lost_to_follow_up_on', { mode: 'string' }),
    lostToFollowUpReason: text('lost_to_follow_up_reason'),
    /** [R20][R27] the annual report year that adopted the case, when adopted. */
    reportYear: integer('report_year'),
  },
  (t) => [
    // [T5.3] one registration per procedure: the same patient, day and vessel. A second CTO of
    // the same patient (another vessel, or a re-try on a later day) is a case of its own,
    // and must be registered [R13][R50b].
    unique('cases_same_procedure_key').on(t.facilityId, t.patientCode, t.procedureDate, t.vessel),
    index('cases_operator_idx').on(t.operatorId),
    index('cases_facility_idx').on(t.facilityId),
    // The case library's search by procedure year (docs/web.md), and [R19] followUpsDue,
    // which reads only the cases whose procedure can still owe a follow-up.
    index('cases_procedure_date_idx').on(t.procedureDate),
  ],
);

/** The last registration number issued per year, for gapless numbering. */
export const registrationCounters = casesSchema.table('registration_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** [R17] a facility's ethics approval and contract, recorded by the secretariat. Keyed by the operators subgraph's facility id. */
export const siteApprovals = casesSchema.table('site_approvals', {
  facilityId: text('facility_id').primaryKey(),
  ethicsApprovedOn: date('ethics_approved_on', { mode: 'string' }).notNull(),
  approvalNumber: text('approval_number').notNull(),
  contractStatus: text('contract_status', { enum: CONTRACT_STATUSES }).notNull(),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
});

/**
 * [Morino 2011] The J-CTO score of a LESION section's data, 3 standing for "3 or more"
 * (very difficult): the library's search and its index share this one expression, so the
 * database can answer the search from the index. Items are booleans (the form's schema).
 */
export const jctoCategoryScore = (data: AnyPgColumn): SQL =>
  sql`least((${data}->'jcto'->>'bluntStump')::boolean::int + (${data}->'jcto'->>'calcification')::boolean::int + (${data}->'jcto'->>'bendingOver45')::boolean::int + (${data}->'jcto'->>'occlusionLength20mmOrMore')::boolean::int + (${data}->'jcto'->>'retryLesion')::boolean::int, 3)`;

/** One section of the case report form; the data as entered, scores never stored [T14.1]. */
export const formSections = casesSchema.table(
  'form_sections',
  {
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    section: text('section').$type<CrfSection>().notNull(),
    data: jsonb('data').notNull(),
    /** [R20] who first entered the section: an operator's entry earns the acute-result fee. */
    firstEnteredByOperatorId: text('first_entered_by_operator_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationNumber, t.section] }),
    // The case library's search by J-CTO category (docs/web.md).
    index('form_sections_lesion_jcto_idx').on(jctoCategoryScore(t.data), t.registrationNumber).where(sql`section = 'LESION'`),
  ],
);

/** [R18] image series received per case; the DICOM upload issue fills it. */
export const imageSeries = casesSchema.table(
  'image_series',
  {
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    kind: text('kind').$type<ImageSeriesKind>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationNumber, t.kind] })],
);

/** [T14.1] the append-only, hash-chained audit trail of every case (one chain per case). */
export const auditEntries = casesSchema.table(
  'audit_entries',
  {
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    seq: integer('seq').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    reason: text('reason'),
    actorAccountId: text('actor_account_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationNumber, t.seq] })],
);

/** [T14.1] electronic signatures of the case report form; a later change voids the current one. */
export const signatures = casesSchema.table(
  'signatures',
  {
    id: uuid('id').primaryKey(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    accountId: text('account_id').notNull(),
    operatorId: text('operator_id').notNull(),
    meaning: text('meaning').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** The re-authentication's token id: one password entry signs once. */
    reauthenticationId: text('reauthentication_id').notNull().unique(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
  },
  (t) => [index('signatures_case_idx').on(t.registrationNumber)],
);

/** [T14.1] data queries raised by the data center on one field of a case. */
export const dataQueries = casesSchema.table(
  'data_queries',
  {
    id: uuid('id').primaryKey(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    facilityId: text('facility_id').notNull(),
    field: text('field').notNull(),
    question: text('question').notNull(),
    status: text('status', { enum: DATA_QUERY_STATUSES }).notNull(),
    answer: text('answer'),
    raisedBy: text('raised_by').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('data_queries_facility_status_idx').on(t.facilityId, t.status), index('data_queries_case_idx').on(t.registrationNumber)],
);

/** [T7.3] protocol deviations, with their reasons. */
export const protocolDeviations = casesSchema.table(
  'protocol_deviations',
  {
    id: uuid('id').primaryKey(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('protocol_deviations_case_idx').on(t.registrationNumber)],
);

/** [T9.5] adverse events with the template's fields; [T9.6] serious ones alert at once. */
export const adverseEvents = casesSchema.table(
  'adverse_events',
  {
    id: uuid('id').primaryKey(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    name: text('name').notNull(),
    onsetOn: date('onset_on', { mode: 'string' }).notNull(),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcome: text('outcome').notNull(),
    otherTreatment: text('other_treatment').notNull(),
    serious: boolean('serious').notNull(),
    seriousnessCriteria: jsonb('seriousness_criteria').notNull(),
    severity: text('severity').notNull(),
    causality: text('causality').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('adverse_events_case_idx').on(t.registrationNumber), index('adverse_events_serious_idx').on(t.serious, t.recordedAt)],
);

/** [R19] yearly follow-ups, 1 to 5 years after the procedure. */
export const followUps = casesSchema.table(
  'follow_ups',
  {
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    year: integer('year').notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    vitalStatus: text('vital_status', { enum: VITAL_STATUSES }).notNull(),
    events: jsonb('events').notNull(),
    /** [R20] the operator's own entry earns the follow-up fee. */
    enteredByOperatorId: text('entered_by_operator_id'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationNumber, t.year] })],
);

// ---------------------------------------------------------------------------------------
// Core lab [R24]-[R29]. Keyed by registration number only: nothing here leads to the
// operator, the facility or the patient [R25][R33].
// ---------------------------------------------------------------------------------------

/** A completed registration on the core lab's worklist, due one month after notice [R29]. */
export const coreLabCases = casesSchema.table(
  'core_lab_cases',
  {
    registrationNumber: text('registration_number').primaryKey().references(() => cases.registrationNumber),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: CORE_LAB_STATUSES }).notNull(),
  },
  (t) => [index('core_lab_cases_status_due_idx').on(t.status, t.dueOn)],
);

/** Readers and supervisors the core lab knows, with the links that make a conflict [R26]. */
export const coreLabStaff = casesSchema.table('core_lab_staff', {
  accountId: uuid('account_id').primaryKey(),
  role: text('role', { enum: CORE_LAB_STAFF_ROLES }).notNull(),
  operatorId: text('operator_id'),
  facilityId: text('facility_id'),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
});

/** Two readers per case, slot 1 and 2, never the same person twice [R26]. */
export const coreLabAssignments = casesSchema.table(
  'core_lab_assignments',
  {
    registrationNumber: text('registration_number').notNull().references(() => coreLabCases.registrationNumber),
    slot: integer('slot').notNull(),
    readerAccountId: uuid('reader_account_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    /** The supervisor who assigned, or null for automatic assignment by load. */
    assignedBy: uuid('assigned_by'),
  },
  (t) => [primaryKey({ columns: [t.registrationNumber, t.slot] }), unique('core_lab_assignments_reader_key').on(t.registrationNumber, t.readerAccountId)],
);

/** One read per assigned reader, final once submitted [R26]; the criteria version it followed [R24][R28a]. */
export const coreLabReads = casesSchema.table(
  'core_lab_reads',
  {
    registrationNumber: text('registration_number').notNull().references(() => coreLabCases.registrationNumber),
    readerAccountId: uuid('reader_account_id').notNull(),
    criteriaVersion: integer('criteria_version').notNull(),
    judgement: jsonb('judgement').$type<CoreLabJudgement>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationNumber, t.readerAccountId] })],
);

/** The official result [R26][R27]: who decided each field, under which criteria. */
export const coreLabResults = casesSchema.table('core_lab_results', {
  registrationNumber: text('registration_number').primaryKey().references(() => coreLabCases.registrationNumber),
  judgement: jsonb('judgement').$type<CoreLabJudgement>().notNull(),
  provenance: jsonb('provenance').$type<Record<JudgementField, (typeof PROVENANCES)[number]>>().notNull(),
  supervisorAccountId: uuid('supervisor_account_id'),
  criteriaVersion: integer('criteria_version').notNull(),
  finalizedAt: timestamp('finalized_at', { withTimezone: true }).notNull(),
});

/** A change to an official result by a committee ruling, with the ruling as its reason [R28b]. */
export const coreLabResultChanges = casesSchema.table(
  'core_lab_result_changes',
  {
    rulingId: text('ruling_id').notNull(),
    registrationNumber: text('registration_number').notNull().references(() => coreLabResults.registrationNumber),
    field: text('field').notNull(),
    fromValue: jsonb('from_value'),
    toValue: jsonb('to_value'),
    matterId: text('matter_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.rulingId, t.registrationNumber, t.field] })],
);

/** Judging criteria versions, as the adjudication committee publishes them [R24][R28b]. */
export const criteriaVersions = casesSchema.table('criteria_versions', {
  version: integer('version').primaryKey(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  title: text('title').notNull(),
});

// ---------------------------------------------------------------------------------------
// Images [R18][R31]: one row per uploaded DICOM instance, de-identified. No identifier of
// the patient or the hospital is stored: UIDs are the keyed replacements, original UIDs
// appear only as keyed fingerprints in `record`.
// ---------------------------------------------------------------------------------------

/**
 * One STOW-RS request, so the uploader can follow it while it streams: bytes received,
 * instances stored and refused. Opened by `startImageUpload` (or by the request itself),
 * updated at most about once a second.
 */
export const imageUploads = casesSchema.table(
  'image_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    kind: text('kind').notNull(),
    /** OPEN (announced), RECEIVING, DONE, FAILED. */
    state: text('state', { enum: UPLOAD_STATES }).notNull(),
    bytesExpected: bigint('bytes_expected', { mode: 'number' }),
    bytesReceived: bigint('bytes_received', { mode: 'number' }).notNull().default(0),
    instancesStored: integer('instances_stored').notNull().default(0),
    instancesQuarantined: integer('instances_quarantined').notNull().default(0),
    /** [{ code, message }] of each refused file: reasons, never identifiers. */
    refusals: jsonb('refusals').notNull().default([]),
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('image_uploads_case_idx').on(t.registrationNumber)],
);

/** A stored, de-identified instance and the record of its de-identification [R31]. */
export const imageInstances = casesSchema.table(
  'image_instances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    /** The series slot: PRE_PROCEDURE_ANGIO, CTO_PCI_ANGIO, IVUS or another kind. */
    kind: text('kind').notNull(),
    studyInstanceUid: text('study_instance_uid').notNull(),
    seriesInstanceUid: text('series_instance_uid').notNull(),
    sopInstanceUid: text('sop_instance_uid').notNull(),
    sopClassUid: text('sop_class_uid').notNull(),
    transferSyntaxUid: text('transfer_syntax_uid').notNull(),
    modality: text('modality'),
    numberOfFrames: integer('number_of_frames'),
    /** SHA-256 of the stored (de-identified) file: its content-addressed key. */
    contentKey: text('content_key').notNull(),
    inputSha256: text('input_sha256').notNull(),
    bytesIn: bigint('bytes_in', { mode: 'number' }).notNull(),
    bytesOut: bigint('bytes_out', { mode: 'number' }).notNull(),
    status: text('status', { enum: IMAGE_INSTANCE_STATUSES }).notNull(),
    quarantineReason: text('quarantine_reason'),
    /** The data center's decision on a quarantined file: who, when, why. */
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewReason: text('review_reason'),
    /** Byte ranges of every frame in the stored file (WADO-RS frames); null when they cannot be told apart. */
    frames: jsonb('frames').$type<FrameRanges[]>(),
    uploadId: uuid('upload_id').references(() => imageUploads.id),
    /** Table revision, options, per-attribute actions, keyed UID map. */
    record: jsonb('record').notNull(),
    /** The de-identified attributes QIDO-RS matches and returns (DICOM JSON); null for files stored before it. */
    attributes: jsonb('attributes').$type<QueryAttributes>(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('image_instances_sop_key').on(t.registrationNumber, t.sopInstanceUid),
    index('image_instances_series_idx').on(t.registrationNumber, t.studyInstanceUid, t.seriesInstanceUid),
    // A discussion post links a series by its (keyed, registry-unique) UID alone.
    index('image_instances_series_uid_idx').on(t.seriesInstanceUid),
  ],
);

/**
 * The adjudication committee as far as the cases subgraph needs it, projected from the
 * adjudication subgraph's events: who sits now (`CommitteeSeatChanged`), and which cases
 * are the subject of a matter and in what state (`MatterStatusChanged`). A sitting member
 * reads the case of each matter before the committee [R28a][R45]. Account ids only.
 */
export const committeeSeats = casesSchema.table('committee_seats', {
  accountId: uuid('account_id').primaryKey(),
  seat: text('seat').notNull(),
  since: date('since', { mode: 'string' }).notNull(),
});

export const committeeMatters = casesSchema.table(
  'committee_matters',
  {
    matterId: uuid('matter_id').primaryKey(),
    registrationNumber: text('registration_number').notNull(),
    status: text('status').notNull(),
  },
  (t) => [index('committee_matters_case_idx').on(t.registrationNumber)],
);

/**
 * The facilities the operators subgraph has announced (`FacilityRegistered`): a site
 * approval or a registration for any other facility is refused [R17].
 */
export const rosterFacilities = casesSchema.table('roster_facilities', {
  facilityId: text('facility_id').primaryKey(),
  /** The bus sequence of the announcement, so a replay never goes back. */
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

/**
 * Where each operator stands, from `OperatorRosterChanged` (the latest per operator): a
 * case is registered only for an operator of the facility who may register [R11][R18].
 */
export const rosterOperators = casesSchema.table('roster_operators', {
  operatorId: text('operator_id').primaryKey(),
  facilityId: text('facility_id').notNull(),
  status: text('status').notNull(),
  registrationAllowed: boolean('registration_allowed').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

// ---------------------------------------------------------------------------------------
// Annual report [R20][R27][R41]: a presented year is frozen. The database refuses every
// UPDATE, DELETE and TRUNCATE of these two tables (migration 0012): the application only
// inserts, once per year.
// ---------------------------------------------------------------------------------------

/** A presented year's report: its content as canonical JSON (text, so the bytes hashed are the bytes kept) and its SHA-256. */
export const annualReports = casesSchema.table('annual_reports', {
  year: integer('year').primaryKey(),
  /** Canonical JSON (keys sorted at every depth): never jsonb, which would re-serialize it. */
  content: text('content').notNull(),
  /** SHA-256 of `content` as UTF-8, lowercase hex. */
  sha256: text('sha256').notNull(),
  presentedBy: text('presented_by').notNull(),
  presentedAt: timestamp('presented_at', { withTimezone: true }).notNull(),
});

/**
 * The cases a presented year adopted [R20][R27], each with the ruling changes its official
 * result carried when the year froze (`rulingId:field`): a later change is a post-freeze
 * correction, whatever the date the committee gave it.
 */
export const annualReportCases = casesSchema.table(
  'annual_report_cases',
  {
    year: integer('year').notNull().references(() => annualReports.year),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    appliedChanges: text('applied_changes').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.registrationNumber] }), unique('annual_report_cases_case_key').on(t.registrationNumber)],
);

// ---------------------------------------------------------------------------------------
// Data requests and releases [R21a–c][R22][R39][T7.2]. The key table (pseudonym ↔
// registration number) stays here, at the data center; it is never in a package.
// ---------------------------------------------------------------------------------------

/** Where a data request stands [R39]: STEERING approves, asks for changes or rejects; an approved one is released once. */
export const DATA_REQUEST_STATUSES = ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RELEASED'] as const;
/** Who asks [R21a][R21b][R21c]. */
export const REQUESTER_KINDS = ['CERTIFIED_OPERATOR', 'RESEARCHER', 'SPONSOR'] as const;
/** What for: research, or (sponsors only) another purpose [R21b][R21c]. */
export const REQUEST_PURPOSES = ['RESEARCH', 'OTHER'] as const;

export const dataRequests = casesSchema.table('data_requests', {
  id: uuid('id').primaryKey(),
  requesterAccountId: text('requester_account_id').notNull(),
  requesterKind: text('requester_kind', { enum: REQUESTER_KINDS }).notNull(),
  /** The recipient as published to all operators [R21a]: a person or an organization. */
  recipientName: text('recipient_name').notNull(),
  purpose: text('purpose', { enum: REQUEST_PURPOSES }).notNull(),
  title: text('title').notNull(),
  /** The sub-analysis plan [R21a]. */
  plan: text('plan').notNull(),
  /** Data dictionary item ids, in the order asked. */
  items: text('items').array().notNull(),
  /** Frozen report years only [R27]. */
  years: integer('years').array().notNull(),
  /** The plan needs full dates; otherwise they are reduced to year and month. */
  fullDates: boolean('full_dates').notNull(),
  /**
   * [R21a][T7.2] The steering committee approved the plan for the operator's and the
   * facility's identity (the request asks for `identifying` items): set by that approval
   * only, cleared by a revision. A release carries identifying items only when it is set.
   */
  identityApproved: boolean('identity_approved').notNull().default(false),
  /** The confidentiality pledge as accepted (its text's version). */
  pledge: text('pledge').notNull(),
  /** The recipient's age X25519 public key: the registry never holds the private key. */
  recipientKey: text('recipient_key').notNull(),
  status: text('status', { enum: DATA_REQUEST_STATUSES }).notNull(),
  filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
  /** [R21a][R39] where the results were published, reported by the requester; public. */
  publication: text('publication'),
  publicationReportedAt: timestamp('publication_reported_at', { withTimezone: true }),
});

/** Every state change of a request, with who, when and why [R39]. Append only. */
export const dataRequestEvents = casesSchema.table(
  'data_request_events',
  {
    requestId: uuid('request_id').notNull().references(() => dataRequests.id),
    seq: integer('seq').notNull(),
    fromStatus: text('from_status', { enum: DATA_REQUEST_STATUSES }),
    toStatus: text('to_status', { enum: DATA_REQUEST_STATUSES }).notNull(),
    reason: text('reason'),
    actorAccountId: text('actor_account_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.seq] })],
);

/** The release of an approved request: the encrypted package, its SHA-256 and the provision record made from it [T7.2]. */
export const dataReleases = casesSchema.table('data_releases', {
  id: uuid('id').primaryKey(),
  requestId: uuid('request_id').notNull().unique().references(() => dataRequests.id),
  releasedAt: timestamp('released_at', { withTimezone: true }).notNull(),
  releasedBy: text('released_by').notNull(),
  /** SHA-256 of the age-armored package (its chunks in order) as UTF-8, lowercase hex. */
  sha256: text('sha256').notNull(),
  /** The armored package's length in bytes, as downloaded. */
  packageBytes: integer('package_bytes').notNull(),
  /** [T7.2] generated from the release itself, never typed. */
  provision: jsonb('provision').notNull(),
});

/**
 * The age-armored package as delivered, in pieces of about 64 KiB written as it streams
 * [#11]: only the recipient's private key opens it. Written before its release row in the
 * same transaction (the foreign key is checked at commit, migration 0016).
 */
export const dataReleaseChunks = casesSchema.table(
  'data_release_chunks',
  {
    releaseId: uuid('release_id').notNull().references(() => dataReleases.id),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.seq] })],
);

/** The key table of a release: pseudonym ↔ registration number. The data center's only; never in a package. */
export const releasePseudonyms = casesSchema.table(
  'release_pseudonyms',
  {
    releaseId: uuid('release_id').notNull().references(() => dataReleases.id),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    pseudonym: text('pseudonym').notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.registrationNumber] }), unique('release_pseudonyms_pseudonym_key').on(t.releaseId, t.pseudonym)],
);

// ---------------------------------------------------------------------------------------
// Fee statements [R20]: the secretariat issues a year's statements, one per facility; an
// issued statement and its lines are never changed (migration 0014 refuses UPDATE, DELETE
// and TRUNCATE, and a line added after the statement's own transaction). A correction is a
// new statement, the next revision, naming the one it replaces.
// ---------------------------------------------------------------------------------------

export const feeStatements = casesSchema.table(
  'fee_statements',
  {
    id: uuid('id').primaryKey(),
    /** `FS-{year}-{facility}-{revision}`, what the facility's office files. */
    number: text('number').notNull().unique(),
    facilityId: text('facility_id').notNull(),
    year: integer('year').notNull(),
    /** 1 for the year's statement, n + 1 for the correction of revision n. */
    revision: integer('revision').notNull(),
    /** The statement this one corrects; a statement is corrected once (the next corrects the correction). */
    replaces: uuid('replaces').unique('fee_statements_replaces_key').references((): AnyPgColumn => feeStatements.id),
    correctionReason: text('correction_reason'),
    total: integer('total').notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The issuing transaction (set by the database): its lines are written in it, never after. */
    issuedInTransaction: bigint('issued_in_transaction', { mode: 'number' }).notNull().default(sql`txid_current()`),
  },
  (t) => [
    unique('fee_statements_revision_key').on(t.facilityId, t.year, t.revision),
    check('fee_statements_revision_replaces', sql`(${t.revision} = 1) = (${t.replaces} is null) and (${t.replaces} is null) = (${t.correctionReason} is null)`),
    check('fee_statements_total', sql`${t.total} >= 0`),
  ],
);

/** One adopted case's fee on an issued statement [R20], as it stood when issued. */
export const feeStatementLines = casesSchema.table(
  'fee_statement_lines',
  {
    statementId: uuid('statement_id').notNull().references(() => feeStatements.id),
    registrationNumber: text('registration_number').notNull().references(() => cases.registrationNumber),
    procedureDate: date('procedure_date', { mode: 'string' }).notNull(),
    registrationFee: integer('registration_fee').notNull(),
    acuteResultFee: integer('acute_result_fee').notNull(),
    followUpYears: integer('follow_up_years').notNull(),
    followUpFee: integer('follow_up_fee').notNull(),
    total: integer('total').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.registrationNumber] }),
    check('fee_statement_lines_amounts', sql`${t.registrationFee} in (0, 4000) and ${t.acuteResultFee} in (0, 1000) and ${t.followUpFee} between 0 and 5000 and ${t.total} = ${t.registrationFee} + ${t.acuteResultFee} + ${t.followUpFee}`),
  ],
);

// ---------------------------------------------------------------------------------------
// Risk-adjusted monitoring [R15][R38] (docs/monitoring.md): the logistic models of
// technical success the data center fits on presented (frozen) years, each with the years
// it came from. Insert only: the database refuses every change (migration 0015), so an
// O/E once shown can always be recomputed from the coefficients it used.
// ---------------------------------------------------------------------------------------

/** A fitted model: the frozen years its cases came from, its size and its calibration there. */
export const riskModels = casesSchema.table('risk_models', {
  id: uuid('id').primaryKey(),
  /** The presented years whose adopted cases the model was fitted on [R27], ascending. */
  years: integer('years').array().notNull(),
  cases: integer('cases').notNull(),
  successes: integer('successes').notNull(),
  iterations: integer('iterations').notNull(),
  logLikelihood: doublePrecision('log_likelihood').notNull(),
  /** Observed against expected by decile of predicted success, and Hosmer–Lemeshow, on the fitted cases. */
  calibration: jsonb('calibration').$type<Calibration>().notNull(),
  fittedBy: text('fitted_by').notNull(),
  fittedAt: timestamp('fitted_at', { withTimezone: true }).notNull(),
});

/** One coefficient of a model (log-odds), with the years it came from, so a row read alone still says where it was estimated. */
export const riskModelCoefficients = casesSchema.table(
  'risk_model_coefficients',
  {
    modelId: uuid('model_id').notNull().references(() => riskModels.id),
    term: text('term', { enum: RISK_MODEL_TERMS }).notNull(),
    estimate: doublePrecision('estimate').notNull(),
    standardError: doublePrecision('standard_error').notNull(),
    years: integer('years').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.term] })],
);
