/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** [T9.5] 転帰. */
export type AdverseEventOutcome =
  | 'DEATH'
  | 'IMPROVED'
  | 'NOT_RECOVERED'
  | 'RECOVERED'
  | 'RECOVERED_WITH_SEQUELAE'
  | 'UNKNOWN';

/** [T9.5] その他の処置. */
export type AdverseEventTreatment =
  | 'DRUG'
  | 'NONE'
  | 'OTHER';

export type AnnualReportStatus =
  /** Computed now from the official results, as presenting it today would adopt. */
  | 'DRAFT'
  /** Presented by the secretariat: frozen, the figures never change [R27][R41]. */
  | 'PRESENTED';

export type ApplicationInput = {
  applicantName: string;
  ctoExperience: number;
  facilityId: string | number;
  /**
   * The operator IDs (術者ID) of the certified operators asked to recommend the applicant
   * [R11]: each CERTIFIED, none twice, none the applicant, at most 5. The application waits
   * on each one's home page for their letter.
   */
  recommenderIds?: Array<string | number> | null | undefined;
};

export type ApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type BackgroundInput = {
  chronicKidneyDisease: boolean;
  currentSmoker: boolean;
  diabetes: Diabetes;
  dialysis: boolean;
  dyslipidemia: boolean;
  heightCm: number;
  hypertension: boolean;
  leftVentricularEjectionFraction: number;
  peripheralArteryDisease: boolean;
  priorCabg: boolean;
  priorMyocardialInfarction: boolean;
  priorPci: boolean;
  priorStroke: boolean;
  sex: Sex;
  weightKg: number;
};

/**
 * What the case library is searched by; every field given must match (docs/web.md, "Case
 * library search"). A case without the field (no lesion section yet, no official result)
 * does not match a filter on it.
 */
export type CaseLibraryFilter = {
  /**
   * J-CTO categories of the CRF's lesion (0 easy, 1 intermediate, 2 difficult, ≥ 3 very
   * difficult; Morino 2011): any of these; at least one when given.
   */
  jctoCategories?: Array<JctoCategory> | null | undefined;
  /**
   * The official technical outcome. Only cases whose official result the viewer may see
   * match it (their own cases, their facility's; all for the registry's staff) [R15][R28a]:
   * a filter never tells anyone a result they could not read on the case.
   */
  outcome?: OfficialOutcome | null | undefined;
  /** The AHA segment (1 to 15) of the lesion, from the CRF's lesion section. */
  segment?: number | null | undefined;
  /** The vessel of the occlusion: any of these; at least one when given. */
  vessels?: Array<Vessel> | null | undefined;
  /** The calendar year of the procedure date, 2000 to 2100. */
  year?: number | null | undefined;
};

/** CASTLE items beyond J-CTO's stump and length, the background's CABG and the age. */
export type CastleItemsInput = {
  severeCalcification: boolean;
  severeTortuosityOrUnseen: boolean;
};

/** [T9.5] 因果関係 (with the procedure). */
export type Causality =
  | 'NOT_RELATED'
  | 'RELATED';

export type ClinicalEventInput = {
  note?: string | null | undefined;
  occurredOn: string;
  type: ClinicalEventType;
};

export type ClinicalEventType =
  | 'CARDIAC_DEATH'
  | 'DEATH'
  | 'HEART_FAILURE_HOSPITALIZATION'
  | 'MYOCARDIAL_INFARCTION'
  | 'OTHER'
  | 'STENT_THROMBOSIS'
  | 'STROKE'
  | 'TARGET_LESION_REVASCULARIZATION'
  | 'TARGET_VESSEL_REVASCULARIZATION';

export type ComplicationsInput = {
  accessSiteComplication: boolean;
  contrastNephropathy: boolean;
  death: boolean;
  donorVesselInjury: boolean;
  emergencyCabg: boolean;
  myocardialInfarction: boolean;
  /** Null when there was no perforation. */
  perforation?: PerforationType | null | undefined;
  stroke: boolean;
  tamponade: boolean;
};

/** Written consent [R16]; follow-up consent only for domestic cases [R19]. */
export type ConsentInput = {
  /** Long-term follow-up (domestic cases only). */
  followUpConsented: boolean;
  /** Publication of the images for education. */
  imagePublicationConsented: boolean;
  obtainedOn: string;
};

/** The supervisor's decisions: exactly the discordant fields [R26]. */
export type CoreLabDecisionsInput = {
  bending?: boolean | null | undefined;
  bluntStump?: boolean | null | undefined;
  calcification?: boolean | null | undefined;
  ctoStatus?: CtoStatus | null | undefined;
  dissection?: boolean | null | undefined;
  noReflow?: boolean | null | undefined;
  occlusionLength20mm?: boolean | null | undefined;
  perforation?: CoreLabPerforation | null | undefined;
  residualStenosis?: number | null | undefined;
  retryLesion?: boolean | null | undefined;
  sideBranchLoss?: boolean | null | undefined;
  technicalSuccess?: boolean | null | undefined;
  timiAfter?: number | null | undefined;
  timiBefore?: number | null | undefined;
};

export type CoreLabJudgementInput = {
  bending: boolean;
  bluntStump: boolean;
  calcification: boolean;
  ctoStatus: CtoStatus;
  dissection: boolean;
  noReflow: boolean;
  occlusionLength20mm: boolean;
  perforation: CoreLabPerforation;
  /** Percent of diameter, 0–100. */
  residualStenosis: number;
  retryLesion: boolean;
  sideBranchLoss: boolean;
  technicalSuccess: boolean;
  timiAfter: number;
  /** TIMI flow 0–3. */
  timiBefore: number;
};

/** Perforation as the core lab reads it (Ellis class), NONE when there is none. */
export type CoreLabPerforation =
  | 'ELLIS_I'
  | 'ELLIS_II'
  | 'ELLIS_III'
  | 'ELLIS_III_CAVITY_SPILLING'
  | 'NONE';

export type CoreLabStatus =
  /** Waiting for the two independent reads [R26]. */
  | 'AWAITING_READS'
  /** The reads disagree; the supervisor decides the discordant fields [R26]. */
  | 'AWAITING_SUPERVISOR'
  /** The official result [R27]. */
  | 'FINAL';

/** The sections of the case report form. */
export type CrfSection =
  | 'BACKGROUND'
  | 'JUDGEMENT'
  | 'LESION'
  | 'OUTCOME'
  | 'PROCEDURE';

export type CrossingStrategy =
  | 'ANTEGRADE_DISSECTION_REENTRY'
  | 'ANTEGRADE_WIRE_ESCALATION'
  | 'RETROGRADE';

export type CtoStatus =
  | 'CTO_CONFIRMED'
  | 'NOT_ELIGIBLE'
  | 'SUBTOTAL';

export type DataQueryStatus =
  /** The site answered; the data center closes or re-opens it. */
  | 'ANSWERED'
  | 'CLOSED'
  /** Raised by the data center, or re-opened: the site owes an answer. */
  | 'OPEN';

export type DataRequestDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES';

export type DataRequestInput = {
  /** The plan needs full dates; otherwise dates are reduced to year and month. */
  fullDates: boolean;
  items: Array<string>;
  plan: string;
  /** The confidentiality pledge, accepted [R21a]. */
  pledgeAccepted: boolean;
  purpose: DataRequestPurpose;
  recipientName: string;
  /** The recipient's age X25519 public key (age1…). */
  recipientPublicKey: string;
  title: string;
  years: Array<number>;
};

/** Research, or (a sponsor only) another purpose [R21b][R21c]. */
export type DataRequestPurpose =
  | 'OTHER'
  | 'RESEARCH';

export type DataRequestStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'REJECTED'
  | 'RELEASED'
  | 'SUBMITTED';

/** Who asks for data [R21a][R21b][R21c]. */
export type DataRequesterKind =
  | 'CERTIFIED_OPERATOR'
  | 'RESEARCHER'
  | 'SPONSOR';

export type DecideMatterInput = {
  /** The answer to the objector or to whoever asked [R24][R45]. */
  answer: string;
  /** The decision, in a sentence or two. */
  decision: string;
  matterId: string | number;
  /** The reasoning: the chair's summary of the discussion [R45c]. */
  reasoning: string;
  /** Changes to the case's official core-lab result, for an objection upheld [R28a]. */
  resultChanges?: Array<ResultChangeInput> | null | undefined;
};

export type DevicesInput = {
  dissectionReentrySystem: boolean;
  guideCatheterFrench: number;
  guidewireCount: number;
  ivusUsed: boolean;
  microcatheterCount: number;
  stentCount: number;
};

export type Diabetes =
  | 'INSULIN'
  | 'NONE'
  | 'NON_INSULIN';

export type EligibilityInput = {
  exclusion: ExclusionInput;
  inclusion: InclusionInput;
};

export type EligibilityVerdict =
  | 'ELIGIBLE';

/** Exclusion criteria: each must be no [T5.3]. */
export type ExclusionInput = {
  acuteCoronarySyndromeCulprit: boolean;
  declinedDataUse: boolean;
};

/** The operator's registered cases with a procedure before the report year [R13][R14]. */
export type ExperienceBand =
  | 'FROM_50_TO_149'
  | 'FROM_150'
  | 'NONE_BEFORE'
  | 'UNDER_50';

export type FollowUpState =
  | 'DONE'
  | 'DUE'
  | 'OVERDUE'
  | 'UPCOMING';

/** [T14.1] DRAFT while the site enters; SUBMITTED (changes need a reason); LOCKED by the data center. */
export type FormState =
  | 'DRAFT'
  | 'LOCKED'
  | 'SUBMITTED';

/** Where an operator's O/E stands against the funnel's limits for its number of cases. */
export type FunnelPosition =
  | 'ABOVE_95'
  /** Above the 99.8 % limit: flagged too (unusually good results may hide unregistered cases [R10][R50b]). */
  | 'ABOVE_998'
  | 'BELOW_95'
  /** Below the 99.8 % limit: flagged for the steering committee's review [R15][R38]. */
  | 'BELOW_998'
  | 'INSIDE_95';

export type ImageLinkInput = {
  /** 0-based frame within the series. */
  frame?: number | null | undefined;
  seriesUid: string;
};

export type ImageReviewDecision =
  /** Kept out of it. */
  | 'REJECT'
  /** Into the library. */
  | 'RELEASE';

/** Image series a registration needs [R18]. */
export type ImageSeriesKind =
  /** The CTO-PCI angiogram: always. */
  | 'CTO_PCI_ANGIO'
  /** IVUS: domestic cases. */
  | 'IVUS'
  /** Pre-procedure angiogram, or a control angiogram showing every branch: always. */
  | 'PRE_PROCEDURE_ANGIO';

/** Where a stored DICOM file stands [R31]. */
export type ImageStatus =
  /** De-identified and in the library [R5][R21a]. */
  | 'PUBLISHED'
  /** Held for the data center: burned-in text declared, found, or not ruled out [R31]. */
  | 'QUARANTINED'
  /** Rejected by the data center; the facility sends a clean file [R31]. */
  | 'REJECTED';

export type ImageUploadState =
  | 'DONE'
  /** The request broke off; what was stored before stays stored. */
  | 'FAILED'
  /** Announced; no bytes yet. */
  | 'OPEN'
  | 'RECEIVING';

/** Inclusion criteria: each must be yes [T5.3]. */
export type InclusionInput = {
  adult: boolean;
  nativeCoronaryArtery: boolean;
  occlusionAtLeastThreeMonths: boolean;
  timiZeroFlow: boolean;
};

export type JctoCategory =
  | 'DIFFICULT'
  | 'EASY'
  | 'INTERMEDIATE'
  | 'VERY_DIFFICULT';

export type JctoItemsInput = {
  bendingOver45: boolean;
  bluntStump: boolean;
  calcification: boolean;
  occlusionLength20mmOrMore: boolean;
  retryLesion: boolean;
};

export type JudgementInput = {
  comment?: string | null | undefined;
  finalTimiFlow: number;
  residualStenosisPercent: number;
  trueChronicTotalOcclusion: boolean;
};

export type LesionInput = {
  castle: CastleItemsInput;
  jcto: JctoItemsInput;
  progressCto: ProgressCtoItemsInput;
  /** AHA segment, 1–15. */
  segment: number;
};

export type MarkLostToFollowUpInput = {
  on: string;
  reason: string;
  registrationNumber: string;
};

/** What is put to the committee [R24][R28][R45]. */
export type MatterKind =
  /** A core-lab question on the judging criteria, through the steering committee [R28b][R45a]. */
  | 'CRITERIA_QUESTION'
  /** A data-center question on core-lab or clinical data judgement [R45b]. */
  | 'DATA_CENTER_QUESTION'
  /** An operator's objection to an official core-lab result of their case [R28a]. */
  | 'OBJECTION';

export type MatterStatus =
  /** Taken by the committee; the chair may declare a session [R45][R46]. */
  | 'ACCEPTED'
  /** Answered by the steering committee without the committee [R45]. */
  | 'ANSWERED'
  /** Decided; the ruling is published [R24][R28b]. */
  | 'DECIDED'
  /** Not taken, with a reason [R45]. */
  | 'DECLINED'
  /** In session: points at issue, discussion and votes [R46][R48]. */
  | 'IN_SESSION'
  /** Awaiting the steering committee's screening [R45]. */
  | 'SUBMITTED';

export type NotificationKind =
  /** Someone asked in the discussion of one of your cases [R6]. */
  | 'QUESTION_ASKED';

/**
 * The technical outcome of a case by its official result: the core lab's, or a committee
 * ruling that changed it [R27][R28b]. Never the operator's own report or a provisional read.
 */
export type OfficialOutcome =
  | 'TECHNICAL_FAILURE'
  | 'TECHNICAL_SUCCESS';

/** Where an operator stands in the registry's certification life [R10][R11]. */
export type OperatorStatus =
  | 'APPLICANT'
  | 'ASSOCIATE'
  | 'CERTIFIED'
  | 'ENDED'
  | 'OB'
  | 'REJECTED'
  | 'REVOKED';

export type OutcomeInput = {
  complications: ComplicationsInput;
  proceduralSuccess: boolean;
  technicalSuccess: boolean;
};

export type PatientIdentificationInput = {
  birthDate: string;
  /** The facility's patient identification code [R30]. */
  code: string;
  initials: string;
};

/** Ellis classification of a coronary perforation. */
export type PerforationType =
  | 'ELLIS_I'
  | 'ELLIS_II'
  | 'ELLIS_III'
  | 'ELLIS_III_CAVITY_SPILLING';

export type PointDecision =
  | 'ADOPTED'
  | 'REJECTED';

export type PostKind =
  /** A committee member in the committee's group thread [R47]. */
  | 'COMMITTEE'
  /** A question or answer in a case discussion [R6]. */
  | 'DISCUSSION'
  /**
   * The recused case operator's opinion, relayed by the steering committee or the
   * secretariat and shown as such [R49].
   */
  | 'OPERATOR_OPINION';

export type ProcedureInput = {
  airKermaMGy: number;
  contrastVolumeMl: number;
  devices: DevicesInput;
  fluoroscopyTimeMin: number;
  /** Strategies in the order tried, each with whether it crossed the lesion. */
  strategies: Array<StrategyAttemptInput>;
};

/** PROGRESS-CTO items; the circumflex point comes from the case's vessel. */
export type ProgressCtoItemsInput = {
  moderateOrSevereTortuosity: boolean;
  noInterventionalCollaterals: boolean;
  proximalCapAmbiguity: boolean;
};

export type Provenance =
  /** Both readers agreed. */
  | 'AGREED'
  /** The supervisor decided a disagreement [R26]. */
  | 'SUPERVISOR';

export type RaiseDataQueryInput = {
  field: string;
  question: string;
  registrationNumber: string;
};

export type RecordFollowUpInput = {
  contactedOn: string;
  events: Array<ClinicalEventInput>;
  registrationNumber: string;
  vitalStatus: VitalStatus;
  /** 1 to 5. */
  year: number;
};

export type RecordProtocolDeviationInput = {
  description: string;
  occurredOn: string;
  reason: string;
  registrationNumber: string;
};

export type RegisterCaseInput = {
  /** Required; a missing consent is refused with its field path [R16]. */
  consent?: ConsentInput | null | undefined;
  domestic: boolean;
  eligibility: EligibilityInput;
  facilityId: string | number;
  operatorId: string | number;
  patient: PatientIdentificationInput;
  procedureDate: string;
  vessel: Vessel;
};

/** Where a registration stands [R18]. */
export type RegistrationStatus =
  /** The form through the procedure result and the required images are in [R18]. */
  | 'COMPLETE'
  /** A registration number is issued; the form or the images are still owed. */
  | 'REGISTERED';

export type RenewalOutcome =
  /** A second consecutive year under 50: the secretariat asks whether to continue [R10]. */
  | 'ASK_TO_CONTINUE'
  /** A third year under 50 after the question: → OB [R10]. */
  | 'BECOMES_OB'
  /** A first year under 50. */
  | 'LEAN'
  /** 50 or more: nothing changes. */
  | 'MET'
  /**
   * Under 50 in the year the operator was certified (or returned from OB): not a whole year
   * as a certified operator, so never a lean year [R10].
   */
  | 'NOT_JUDGED'
  | 'REMAINS_OB'
  /** An OB operator reached 50: → CERTIFIED [R10]. */
  | 'RETURNS_CERTIFIED';

export type ReportAdverseEventInput = {
  causality: Causality;
  name: string;
  onsetOn: string;
  otherTreatment: AdverseEventTreatment;
  outcome: AdverseEventOutcome;
  outcomeOn?: string | null | undefined;
  registrationNumber: string;
  /** Serious when any criterion applies [T9.6.1]; empty for a non-serious event. */
  seriousnessCriteria: Array<SeriousnessCriterion>;
  severity: Severity;
};

/** ANTEGRADE: only antegrade strategies were tried. RETROGRADE: a retrograde attempt, alone or after antegrade ones (from the form). */
export type ReportApproach =
  | 'ANTEGRADE'
  | 'NOT_RECORDED'
  | 'RETROGRADE';

/** What a complication figure counts. The angiographic ones are the official result's; the in-hospital events are the form's. */
export type ReportComplication =
  | 'ACCESS_SITE_COMPLICATION'
  /** Any angiographic complication of the official result (perforation, no-reflow, dissection, or one a ruling found). */
  | 'ANGIOGRAPHIC'
  | 'CONTRAST_NEPHROPATHY'
  | 'DEATH'
  | 'DISSECTION'
  | 'DONOR_VESSEL_INJURY'
  | 'EMERGENCY_CABG'
  | 'MYOCARDIAL_INFARCTION'
  | 'NO_REFLOW'
  | 'PERFORATION'
  | 'PERFORATION_ELLIS_I'
  | 'PERFORATION_ELLIS_II'
  | 'PERFORATION_ELLIS_III'
  | 'PERFORATION_ELLIS_III_CAVITY_SPILLING'
  | 'STROKE'
  | 'TAMPONADE';

export type ReportSource =
  /** The case report form, locked by the data center; over the cases whose outcome section is entered. */
  | 'CASE_REPORT_FORM'
  /** The core lab's final judgement with the committee's rulings applied [R26][R28b]. */
  | 'CORE_LAB';

export type ResultChangeInput = {
  field: ResultField;
  to: boolean;
};

export type ResultField =
  | 'COMPLICATION'
  | 'INDICATION_APPROPRIATE'
  | 'PROCEDURE_SUCCESS'
  | 'TECHNICAL_SUCCESS';

export type ReviewHeldImageInput = {
  decision: ImageReviewDecision;
  reason: string;
  registrationNumber: string;
  sopInstanceUid: string;
};

export type RevocationGround =
  /** Intentional exclusion of unfavourable cases, after verification; published [R10]. */
  | 'EXCLUDED_UNFAVOURABLE_CASES'
  /** Failing to register all own cases [R50b]. */
  | 'INCOMPLETE_REGISTRATION'
  /** A warned operator whose next year did not improve [R15][R38]. */
  | 'NO_IMPROVEMENT_AFTER_WARNING';

/** A term of the risk model of technical success: logit P(success) = intercept + J-CTO + PROGRESS-CTO [R15][R38]. */
export type RiskModelTerm =
  | 'INTERCEPT'
  /** Per point of the J-CTO score of the core lab's read (0–5) [Morino 2011]. */
  | 'JCTO_SCORE'
  /** Per point of the PROGRESS-CTO score (0–4) of the operator's form and the vessel [Christopoulos 2016]. */
  | 'PROGRESS_CTO_SCORE';

/** Roles of DOMAIN.md "Who uses it". A person may hold several. */
export type Role =
  /** 準認定術者: an associate operator [R11]. */
  | 'ASSOCIATE'
  | 'COMMITTEE_CHAIR'
  /** CTO疑義判定委員会 [R43]. */
  | 'COMMITTEE_MEMBER'
  | 'CORE_LAB_READER'
  | 'CORE_LAB_SUPERVISOR'
  /** データセンター [R32]. */
  | 'DATA_CENTER'
  /** A former operator [R10]. */
  | 'OB'
  /** 認定術者: a certified operator. */
  | 'OPERATOR'
  | 'RESEARCHER'
  /** 研究事務局 [R34]. */
  | 'SECRETARIAT'
  /** 施設連絡担当者: enters data for one facility [R18][R30]. */
  | 'SITE_CONTACT'
  | 'SPONSOR'
  /** 運営委員会 [R36]. */
  | 'STEERING';

export type RoundOutcome =
  | 'ADOPTED'
  | 'REJECTED'
  /** Opinions differ after the first round: the secretariat asks every member again [R48]. */
  | 'SPLIT';

/**
 * Saves the given sections, each merged over what was saved: a field left out keeps its
 * saved value, an explicit null clears a nullable one. Only a real change of value goes to
 * the audit trail, needs `reason` after submission and voids a signature [T14.1].
 */
export type SaveCaseReportFormInput = {
  background?: BackgroundInput | null | undefined;
  judgement?: JudgementInput | null | undefined;
  lesion?: LesionInput | null | undefined;
  outcome?: OutcomeInput | null | undefined;
  procedure?: ProcedureInput | null | undefined;
  reason?: string | null | undefined;
  registrationNumber: string;
};

export type ScreeningDecision =
  | 'ACCEPT'
  | 'ANSWER'
  | 'DECLINE';

/** [T9.6.1] what makes an adverse event serious. */
export type SeriousnessCriterion =
  | 'COMPARABLE_SEVERITY'
  | 'CONGENITAL_ANOMALY'
  | 'DEATH'
  | 'DISABILITY'
  | 'HOSPITALIZATION'
  | 'LIFE_THREATENING'
  | 'RISK_OF_DISABILITY';

/** [T9.5] 重症度. */
export type Severity =
  | 'MILD'
  | 'MODERATE'
  | 'SEVERE';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SignCaseReportFormInput = {
  meaning: SignatureMeaning;
  registrationNumber: string;
  /**
   * The `assertion` of `reauthenticateForSignature`: the signer re-entered the password for
   * this signature (21 CFR 11.200). It must be the signer's own, for this registration
   * number, at most five minutes old, and signs once. A session token is refused.
   */
  signatureAssertion: string;
};

export type SignatureMeaning =
  /** The responsible operator confirms the form is correct and complete (作成したCRFに誤りがないことを確認). */
  | 'APPROVED_AS_CORRECT';

export type StaffAccountInput = {
  /** Required for SITE_CONTACT: the facility the contact acts for [R18]. */
  facilityId?: string | number | null | undefined;
  loginId: string;
  name: string;
  roles: Array<Role>;
};

export type StartImageUploadInput = {
  /** The size about to be sent, for the fraction received: whole bytes, at most 20 GiB (21474836480). */
  bytesExpected?: number | null | undefined;
  /** The series slot: PRE_PROCEDURE_ANGIO, CTO_PCI_ANGIO, IVUS, ADDITIONAL_ANGIO or ADDITIONAL_IVUS. */
  kind: string;
  registrationNumber: string;
};

export type StrategyAttemptInput = {
  crossed: boolean;
  strategy: CrossingStrategy;
};

export type TallyEvent =
  | 'ROUND_CLOSED'
  | 'SECOND_ROUND_CALLED'
  | 'VOTE_CAST';

/** The coronary vessel of the occlusion. */
export type Vessel =
  | 'LAD'
  | 'LCX'
  | 'LM'
  | 'RCA';

export type VitalStatus =
  | 'ALIVE'
  | 'DEAD';

export type VoteChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

export type WithdrawConsentInput = {
  reason: string;
  registrationNumber: string;
  withdrawnOn: string;
};

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, createdAt: string, read: boolean, cursor: string | null, thread: { id: string, case: { registrationNumber: string } | null }, post: { id: string, body: string, author: { id: string, name: string } } };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
  unreadFirst: number;
}>;


export type MyNotificationsQuery = { newest: Array<{ id: string, kind: NotificationKind, createdAt: string, read: boolean, cursor: string | null, thread: { id: string, case: { registrationNumber: string } | null }, post: { id: string, body: string, author: { id: string, name: string } } }>, unread: Array<{ id: string, read: boolean }> };

export type NotificationAddedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, createdAt: string, read: boolean, cursor: string | null, thread: { id: string, case: { registrationNumber: string } | null }, post: { id: string, body: string, author: { id: string, name: string } } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, read: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, mustChangePassword: boolean, viewer: { id: string, loginId: string, name: string, roles: Array<Role> } } };

export type OperatorHomeQueryVariables = Exact<{
  year: number;
}>;


export type OperatorHomeQuery = { viewer: { id: string, name: string, operator: { id: string, status: OperatorStatus, statusSince: string, facility: { id: string, name: string }, statusHistory: Array<{ from: OperatorStatus | null, to: OperatorStatus, effectiveOn: string, reason: string, rule: string }> | null } | null } | null, registrationYear: { year: number, domesticCompleted: number, overseasCompleted: number, overseasRequired: boolean } };

export type CaseLibraryQueryVariables = Exact<{
  filter?: CaseLibraryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CaseLibraryQuery = { caseLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ registrationNumber: string, procedureDate: string, domestic: boolean, vessel: Vessel, status: RegistrationStatus }> } };

export type CertifiedOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CertifiedOperatorsQuery = { certifiedOperatorsUpdatedOn: string | null, certifiedOperators: Array<{ id: string, name: string, facility: { id: string, name: string, prefecture: string, location: string } }> };

export type PublishedRevocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedRevocationsQuery = { publishedRevocations: Array<{ operatorName: string, revokedOn: string, ground: RevocationGround, facility: { id: string, name: string } }> };

export type RulingsAndCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type RulingsAndCriteriaQuery = { rulings: Array<{ id: string, registrationNumber: string | null, question: string, decision: string, reasoning: string, publishedAt: string }>, criteriaVersions: Array<{ version: number, title: string, body: string, effectiveFrom: string }> };

export type ApplicationsQueryVariables = Exact<{
  status?: ApplicationStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type ApplicationsQuery = { applications: Array<{ id: string, applicantName: string, status: ApplicationStatus, filedOn: string, ctoExperience: number, facility: { id: string, name: string }, recommendations: Array<{ givenOn: string }> }> };

export type ApplicationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationDetailQuery = { application: { id: string, applicantName: string, status: ApplicationStatus, filedOn: string, ctoExperience: number, decidedOn: string | null, decisionReason: string | null, facility: { id: string, name: string, location: string }, askedRecommenders: Array<{ id: string, name: string }>, recommendations: Array<{ letter: string, givenOn: string, recommender: { id: string, name: string, status: OperatorStatus, facility: { id: string, name: string } } }>, operator: { id: string, name: string } | null } | null };

export type ApplicationFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationFacilitiesQuery = { certifiedOperators: Array<{ id: string, name: string, facility: { id: string, name: string, location: string } }> };

export type FileApplicationMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type FileApplicationMutation = { fileApplication: { id: string, applicantName: string, filedOn: string, facility: { id: string, name: string } } };

export type RecommendApplicationMutationVariables = Exact<{
  applicationId: string | number;
  letter: string;
}>;


export type RecommendApplicationMutation = { recommendApplication: { id: string } };

export type ApproveApplicationMutationVariables = Exact<{
  applicationId: string | number;
  reason: string;
}>;


export type ApproveApplicationMutation = { approveApplication: { initialPassword: string, operator: { id: string, name: string }, application: { id: string, status: ApplicationStatus } } };

export type RejectApplicationMutationVariables = Exact<{
  applicationId: string | number;
  reason: string;
}>;


export type RejectApplicationMutation = { rejectApplication: { id: string, status: ApplicationStatus } };

export type AwaitingMyRecommendationQueryVariables = Exact<{
  first: number;
  after?: string | number | null | undefined;
}>;


export type AwaitingMyRecommendationQuery = { applicationsAwaitingMyRecommendation: Array<{ id: string, applicantName: string, filedOn: string, ctoExperience: number, facility: { id: string, name: string } }> };

export type CasePageQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type CasePageQuery = { case: { registrationNumber: string, procedureDate: string, domestic: boolean, vessel: Vessel, status: RegistrationStatus, completedOn: string | null, caseReportForm: { state: FormState, lesion: { segment: number } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, procedure: { successfulStrategy: CrossingStrategy | null, contrastVolumeMl: number, fluoroscopyTimeMin: number } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean } | null }, officialResult: { criteriaVersion: number, finalizedAt: string, outcomes: { indicationAppropriate: boolean, technicalSuccess: boolean, complication: boolean, procedureSuccess: boolean } } | null, coreLabComparison: Array<{ field: string, official: string, operator: string | null, differs: boolean }> | null, discussion: { id: string } | null } | null };

export type ThreadPostsQueryVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadPostsQuery = { thread: { id: string, posts: Array<{ id: string, body: string, createdAt: string, cursor: string, kind: PostKind, author: { id: string, name: string }, image: { seriesUid: string, frame: number | null, series: { kind: string, modality: string | null } | null } | null, point: { id: string, number: number } | null, onBehalfOf: { id: string, name: string } | null }> } | null };

export type ThreadPostAddedSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;


export type ThreadPostAddedSubscription = { threadPostAdded: { id: string, body: string, createdAt: string, cursor: string, kind: PostKind, author: { id: string, name: string }, image: { seriesUid: string, frame: number | null, series: { kind: string, modality: string | null } | null } | null, point: { id: string, number: number } | null, onBehalfOf: { id: string, name: string } | null } };

export type PostToThreadMutationVariables = Exact<{
  threadId: string | number;
  body: string;
  image?: ImageLinkInput | null | undefined;
  pointId?: string | number | null | undefined;
}>;


export type PostToThreadMutation = { postToThread: { id: string, body: string, createdAt: string, cursor: string, kind: PostKind, author: { id: string, name: string }, image: { seriesUid: string, frame: number | null, series: { kind: string, modality: string | null } | null } | null, point: { id: string, number: number } | null, onBehalfOf: { id: string, name: string } | null } };

export type CaseObjectionsQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type CaseObjectionsQuery = { case: { registrationNumber: string, operator: { id: string } | null, officialResult: { criteriaVersion: number } | null, matters: Array<{ id: string, kind: MatterKind, status: MatterStatus, question: string, createdAt: string, screeningReason: string | null, decidedAt: string | null }> } | null };

export type RaiseObjectionMutationVariables = Exact<{
  registrationNumber: string;
  grounds: string;
}>;


export type RaiseObjectionMutation = { raiseObjection: { id: string, status: MatterStatus } };

export type CommitteeMattersQueryVariables = Exact<{
  status?: MatterStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type CommitteeMattersQuery = { matters: Array<{ id: string, kind: MatterKind, status: MatterStatus, question: string, createdAt: string, case: { registrationNumber: string } | null }> };

export type MattersInSessionQueryVariables = Exact<{
  first: number;
  after?: string | number | null | undefined;
}>;


export type MattersInSessionQuery = { matters: Array<{ id: string, kind: MatterKind, question: string, sessionDeclaredAt: string | null, case: { registrationNumber: string } | null }> };

export type CommitteeMatterQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeMatterQuery = { matter: { id: string, kind: MatterKind, status: MatterStatus, question: string, createdAt: string, screeningReason: string | null, sessionDeclaredAt: string | null, decidedAt: string | null, case: { registrationNumber: string } | null, raisedBy: { id: string, name: string }, myStanding: { recused: boolean, presides: boolean } | null, committeeThread: { id: string } | null, pointsAtIssue: Array<{ id: string, number: number, text: string, currentRound: number, decision: PointDecision | null, myVote: VoteChoice | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string, name: string } }> | null }> }>, ruling: { id: string, decision: string, reasoning: string, answer: string, publishedAt: string, resultChanges: Array<{ field: ResultField, from: boolean | null, to: boolean }> } | null } | null };

export type CommitteeTallySubscriptionVariables = Exact<{
  matterId: string | number;
  after?: string | null | undefined;
}>;


export type CommitteeTallySubscription = { matterTallyUpdated: { event: TallyEvent, pointId: string, round: number, decision: PointDecision | null, cursor: string, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean } } };

export type CommitteeDeclareSessionMutationVariables = Exact<{
  matterId: string | number;
}>;


export type CommitteeDeclareSessionMutation = { declareSession: { id: string, status: MatterStatus } };

export type CommitteePostPointsMutationVariables = Exact<{
  matterId: string | number;
  points: Array<string> | string;
}>;


export type CommitteePostPointsMutation = { postPointsAtIssue: { id: string } };

export type CommitteeCastVoteMutationVariables = Exact<{
  pointId: string | number;
  choice: VoteChoice;
}>;


export type CommitteeCastVoteMutation = { castVote: { id: string, decision: PointDecision | null, myVote: VoteChoice | null } };

export type CommitteeCloseRoundMutationVariables = Exact<{
  pointId: string | number;
}>;


export type CommitteeCloseRoundMutation = { closeVotingRound: { id: string, decision: PointDecision | null } };

export type CommitteeDecideMatterMutationVariables = Exact<{
  input: DecideMatterInput;
}>;


export type CommitteeDecideMatterMutation = { decideMatter: { id: string } };

export type CommitteeScreenMatterMutationVariables = Exact<{
  matterId: string | number;
  decision: ScreeningDecision;
  reason?: string | null | undefined;
}>;


export type CommitteeScreenMatterMutation = { screenMatter: { id: string, status: MatterStatus } };

export type CommitteeRelayOpinionMutationVariables = Exact<{
  matterId: string | number;
  body: string;
}>;


export type CommitteeRelayOpinionMutation = { relayOperatorOpinion: { id: string } };

export type CoreLabWorklistQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CoreLabWorklistQuery = { coreLabWorklist: Array<{ registrationNumber: string, notifiedAt: string, dueOn: string, overdue: boolean, status: CoreLabStatus, reads: Array<{ readerId: string, submittedAt: string }> }> };

export type CoreLabCaseViewQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type CoreLabCaseViewQuery = { coreLabCase: { registrationNumber: string, notifiedAt: string, dueOn: string, overdue: boolean, status: CoreLabStatus, discordantFields: Array<string> | null, reads: Array<{ readerId: string, criteriaVersion: number, submittedAt: string, judgement: { ctoStatus: CtoStatus, bluntStump: boolean, calcification: boolean, bending: boolean, occlusionLength20mm: boolean, retryLesion: boolean, jctoScore: number, timiBefore: number, timiAfter: number, residualStenosis: number, sideBranchLoss: boolean, technicalSuccess: boolean, perforation: CoreLabPerforation, noReflow: boolean, dissection: boolean } }>, result: { finalizedAt: string, criteriaVersion: number, judgement: { ctoStatus: CtoStatus, bluntStump: boolean, calcification: boolean, bending: boolean, occlusionLength20mm: boolean, retryLesion: boolean, jctoScore: number, timiBefore: number, timiAfter: number, residualStenosis: number, sideBranchLoss: boolean, technicalSuccess: boolean, perforation: CoreLabPerforation, noReflow: boolean, dissection: boolean }, decisions: Array<{ field: string, provenance: Provenance }> } | null } | null };

export type CoreLabJudgementFieldsFragment = { ctoStatus: CtoStatus, bluntStump: boolean, calcification: boolean, bending: boolean, occlusionLength20mm: boolean, retryLesion: boolean, jctoScore: number, timiBefore: number, timiAfter: number, residualStenosis: number, sideBranchLoss: boolean, technicalSuccess: boolean, perforation: CoreLabPerforation, noReflow: boolean, dissection: boolean };

export type CoreLabSubmitReadMutationVariables = Exact<{
  registrationNumber: string;
  judgement: CoreLabJudgementInput;
}>;


export type CoreLabSubmitReadMutation = { submitCoreLabRead: { registrationNumber: string, status: CoreLabStatus } };

export type CoreLabResolveDiscordanceMutationVariables = Exact<{
  registrationNumber: string;
  decisions: CoreLabDecisionsInput;
}>;


export type CoreLabResolveDiscordanceMutation = { resolveCoreLabDiscordance: { registrationNumber: string, status: CoreLabStatus } };

export type OverdueCoreLabCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OverdueCoreLabCasesQuery = { overdueCoreLabCases: Array<{ registrationNumber: string, notifiedAt: string, dueOn: string, status: CoreLabStatus }> };

export type CoreLabAgreementStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabAgreementStatisticsQuery = { coreLabAgreement: Array<{ readerId: string, fields: Array<{ field: string, withOtherReader: number, withFinal: number, reads: number }> }> };

export type DataCenterHeldImagesQueryVariables = Exact<{
  first: number;
}>;


export type DataCenterHeldImagesQuery = { heldImages: Array<{ sopInstanceUid: string, seriesInstanceUid: string, registrationNumber: string, sopClassUid: string, numberOfFrames: number | null, bytes: number, status: ImageStatus, quarantineReason: string | null, uploadedAt: string, retrieveUrl: string }> };

export type DataCenterHeldImageSeriesQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type DataCenterHeldImageSeriesQuery = { case: { registrationNumber: string, images: Array<{ seriesInstanceUid: string, kind: string, modality: string | null, instances: Array<{ sopInstanceUid: string, numberOfFrames: number | null }> }> } | null };

export type DataCenterReviewHeldImageMutationVariables = Exact<{
  input: ReviewHeldImageInput;
}>;


export type DataCenterReviewHeldImageMutation = { reviewHeldImage: { sopInstanceUid: string, status: ImageStatus, review: { decision: ImageReviewDecision, reason: string, reviewedAt: string } | null } };

export type DataCenterFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DataCenterFacilitiesQuery = { certifiedOperators: Array<{ id: string, facility: { id: string, name: string } }> };

export type DataCenterOpenDataQueriesQueryVariables = Exact<{
  facilityId: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type DataCenterOpenDataQueriesQuery = { openDataQueries: Array<{ id: string, field: string, question: string, status: DataQueryStatus, answer: string | null, raisedAt: string, answeredAt: string | null, case: { registrationNumber: string } }> };

export type DataCenterRaiseDataQueryMutationVariables = Exact<{
  input: RaiseDataQueryInput;
}>;


export type DataCenterRaiseDataQueryMutation = { raiseDataQuery: { id: string, status: DataQueryStatus } };

export type DataCenterCloseDataQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type DataCenterCloseDataQueryMutation = { closeDataQuery: { id: string, status: DataQueryStatus, closedAt: string | null } };

export type DataCenterReopenDataQueryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DataCenterReopenDataQueryMutation = { reopenDataQuery: { id: string, status: DataQueryStatus } };

export type DataCenterCompletionRemindersQueryVariables = Exact<{
  facilityId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DataCenterCompletionRemindersQuery = { completionReminders: Array<{ missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, case: { registrationNumber: string, procedureDate: string }, operator: { id: string, name: string } | null, facility: { id: string, name: string } | null }> };

export type SafetyAlertsQueryVariables = Exact<{
  first: number;
}>;


export type SafetyAlertsQuery = { safetyAlerts: Array<{ cursor: string, registrationNumber: string, reportedAt: string, adverseEvent: { id: string, name: string, onsetOn: string, outcome: AdverseEventOutcome, severity: Severity, causality: Causality, seriousnessCriteria: Array<SeriousnessCriterion> } }> };

export type SafetyAlertFieldsFragment = { cursor: string, registrationNumber: string, reportedAt: string, adverseEvent: { id: string, name: string, onsetOn: string, outcome: AdverseEventOutcome, severity: Severity, causality: Causality, seriousnessCriteria: Array<SeriousnessCriterion> } };

export type SafetyAlertReportedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SafetyAlertReportedSubscription = { seriousAdverseEventReported: { cursor: string, registrationNumber: string, reportedAt: string, adverseEvent: { id: string, name: string, onsetOn: string, outcome: AdverseEventOutcome, severity: Severity, causality: Causality, seriousnessCriteria: Array<SeriousnessCriterion> } } };

export type DataRequestFieldsFragment = { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> };

export type DataRequestsQueryVariables = Exact<{
  status?: DataRequestStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type DataRequestsQuery = { dataRequests: Array<{ id: string, requesterKind: DataRequesterKind, recipientName: string, title: string, years: Array<number>, status: DataRequestStatus, filedAt: string }> };

export type DataRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DataRequestDetailQuery = { dataRequest: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, release: { id: string, releasedAt: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, requesterKind: DataRequesterKind, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, consentStatus: string, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } | null };

export type DataReleaseFieldsFragment = { id: string, releasedAt: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, requesterKind: DataRequesterKind, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, consentStatus: string, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } };

export type DataRequestChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DataRequestChoicesQuery = { dataRequestYears: Array<number>, dataDictionary: Array<{ id: string, label: string, dataType: string, source: string, description: string, identifying: boolean }> };

export type FileDataRequestMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type FileDataRequestMutation = { fileDataRequest: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } };

export type ReviseDataRequestMutationVariables = Exact<{
  id: string | number;
  input: DataRequestInput;
}>;


export type ReviseDataRequestMutation = { reviseDataRequest: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } };

export type ReviewDataRequestMutationVariables = Exact<{
  id: string | number;
  decision: DataRequestDecision;
  reason?: string | null | undefined;
  approveIdentity?: boolean | null | undefined;
}>;


export type ReviewDataRequestMutation = { reviewDataRequest: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } };

export type ReleaseDataMutationVariables = Exact<{
  requestId: string | number;
}>;


export type ReleaseDataMutation = { releaseData: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, release: { id: string, releasedAt: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, requesterKind: DataRequesterKind, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, consentStatus: string, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } };

export type ReportDataPublicationMutationVariables = Exact<{
  requestId: string | number;
  publication: string;
}>;


export type ReportDataPublicationMutation = { reportDataPublication: { id: string, requesterKind: DataRequesterKind, recipientName: string, purpose: DataRequestPurpose, title: string, plan: string, items: Array<string>, years: Array<number>, fullDates: boolean, asksIdentity: boolean, identityApproved: boolean, recipientPublicKey: string, status: DataRequestStatus, filedAt: string, publication: string | null, mine: boolean, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null, at: string }> } };

export type DataReleaseRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseRecipientsQuery = { dataReleaseRecipients: Array<{ recipientName: string, requesterKind: DataRequesterKind, title: string, years: Array<number>, items: Array<string>, releasedOn: string, publication: string | null }> };

export type IssuedFeeStatementSummaryFragment = { id: string, number: string, year: number, revision: number, total: number, issuedAt: string, correctionReason: string | null, facility: { id: string, name: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null };

export type IssuedFeeStatementsQueryVariables = Exact<{
  year: number;
  facilityId?: string | number | null | undefined;
}>;


export type IssuedFeeStatementsQuery = { issuedFeeStatements: Array<{ id: string, number: string, year: number, revision: number, total: number, issuedAt: string, correctionReason: string | null, lines: Array<{ registrationNumber: string }>, facility: { id: string, name: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null }> };

export type IssuedFeeStatementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IssuedFeeStatementDetailQuery = { issuedFeeStatement: { csvPath: string, id: string, number: string, year: number, revision: number, total: number, issuedAt: string, correctionReason: string | null, lines: Array<{ registrationNumber: string, procedureDate: string, registrationFee: number, acuteResultFee: number, followUpYears: number, followUpFee: number, total: number }>, facility: { id: string, name: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null } | null };

export type IssueFeeStatementsMutationVariables = Exact<{
  year: number;
}>;


export type IssueFeeStatementsMutation = { issueFeeStatements: Array<{ id: string, number: string }> };

export type CorrectFeeStatementMutationVariables = Exact<{
  statementId: string | number;
  reason: string;
}>;


export type CorrectFeeStatementMutation = { correctFeeStatement: { id: string, number: string } };

export type RiskAdjustedMonitoringQueryVariables = Exact<{
  year: number;
}>;


export type RiskAdjustedMonitoringQuery = { riskAdjustedMonitoring: { year: number, cases: number, observed: number, expected: number, expectedRate: number, casesWithoutScores: number, overdispersion: { operators: number, phi: number, pValue: number, tau2: number, applied: boolean }, model: { id: string, years: Array<number>, cases: number, fittedAt: string, coefficients: Array<{ term: RiskModelTerm, estimate: number, standardError: number, oddsRatio: number }>, calibration: { hosmerLemeshow: number, degreesOfFreedom: number, pValue: number } }, operators: Array<{ operatorId: string, cases: number, observed: number, expected: number, observedToExpected: number, position: FunnelPosition, flaggedForReview: boolean, interval95: { lower: number, upper: number } }>, funnel: Array<{ cases: number, lower95: number, upper95: number, lower998: number, upper998: number }> } };

export type ReportFiguresFragment = { cases: number, indicationAppropriate: { numerator: number, denominator: number, percent: number | null }, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number, percent: number | null }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number, percent: number | null } }> };

export type AnnualReportQueryVariables = Exact<{
  year: number;
}>;


export type AnnualReportQuery = { annualReport: { year: number, status: AnnualReportStatus, presentedAt: string | null, sha256: string | null, csvPath: string, adoption: { domesticCases: number, adopted: number, notComplete: number, awaitingOfficialResult: number, consentWithdrawn: number }, overall: { cases: number, indicationAppropriate: { numerator: number, denominator: number, percent: number | null }, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number, percent: number | null }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number, percent: number | null } }> }, byJctoCategory: Array<{ category: JctoCategory, figures: { cases: number, indicationAppropriate: { numerator: number, denominator: number, percent: number | null }, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number, percent: number | null }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number, percent: number | null } }> } }>, byApproach: Array<{ approach: ReportApproach, figures: { cases: number, indicationAppropriate: { numerator: number, denominator: number, percent: number | null }, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number, percent: number | null }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number, percent: number | null } }> } }>, byExperienceBand: Array<{ band: ExperienceBand, figures: { cases: number, indicationAppropriate: { numerator: number, denominator: number, percent: number | null }, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number, percent: number | null }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number, percent: number | null } }> } }>, corrections: Array<{ registrationNumber: string, field: string, from: string | null, to: string | null, rulingId: string, changedAt: string }> } };

export type PresentAnnualReportMutationVariables = Exact<{
  year: number;
}>;


export type PresentAnnualReportMutation = { presentAnnualReport: { year: number, status: AnnualReportStatus, presentedAt: string | null, sha256: string | null } };

export type AnnualReportComplicationsQueryVariables = Exact<{
  year: number;
}>;


export type AnnualReportComplicationsQuery = { annualReport: { year: number, status: AnnualReportStatus, overall: { cases: number, complications: Array<{ kind: ReportComplication, rate: { numerator: number, denominator: number, percent: number | null } }> } } };

export type StaffAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type StaffAccountsQuery = { staffAccounts: Array<{ id: string, loginId: string, name: string, roles: Array<Role>, mustChangePassword: boolean, lockedUntil: string | null, facility: { id: string, name: string } | null }> };

export type OpenStaffAccountMutationVariables = Exact<{
  input: StaffAccountInput;
}>;


export type OpenStaffAccountMutation = { openStaffAccount: { initialPassword: string, account: { id: string, loginId: string, name: string } } };

export type ChangeStaffRolesMutationVariables = Exact<{
  loginId: string;
  roles: Array<Role> | Role;
}>;


export type ChangeStaffRolesMutation = { changeStaffRoles: { id: string, loginId: string, roles: Array<Role> } };

export type UnlockStaffAccountMutationVariables = Exact<{
  loginId: string;
}>;


export type UnlockStaffAccountMutation = { unlockStaffAccount: { id: string, loginId: string, lockedUntil: string | null } };

export type SecretariatAnnualRenewalQueryVariables = Exact<{
  year: number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type SecretariatAnnualRenewalQuery = { annualRenewal: { year: number, runOn: string, results: Array<{ year: number, completedRegistrations: number, domestic: number, overseas: number, statusBefore: OperatorStatus, outcome: RenewalOutcome, consecutiveYearsUnder50: number, operator: { id: string, name: string } }>, outcomes: Array<{ outcome: RenewalOutcome }> } | null };

export type RenewalResultFieldsFragment = { year: number, completedRegistrations: number, domestic: number, overseas: number, statusBefore: OperatorStatus, outcome: RenewalOutcome, consecutiveYearsUnder50: number, operator: { id: string, name: string } };

export type SecretariatAnnualRenewalPreviewQueryVariables = Exact<{
  year: number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type SecretariatAnnualRenewalPreviewQuery = { annualRenewalPreview: { year: number, asOf: string, results: Array<{ year: number, completedRegistrations: number, domestic: number, overseas: number, statusBefore: OperatorStatus, outcome: RenewalOutcome, consecutiveYearsUnder50: number, operator: { id: string, name: string } }>, outcomes: Array<{ outcome: RenewalOutcome }> } | null };

export type SecretariatRunAnnualRenewalMutationVariables = Exact<{
  year: number;
}>;


export type SecretariatRunAnnualRenewalMutation = { runAnnualRenewal: { year: number, runOn: string } };

export type SiteViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteViewerQuery = { viewer: { id: string, roles: Array<Role>, operator: { id: string, name: string, facility: { id: string, name: string } } | null, facility: { id: string, name: string } | null } | null };

export type SiteFacilityOperatorsQueryVariables = Exact<{
  facilityId: string | number;
}>;


export type SiteFacilityOperatorsQuery = { certifiedOperators: Array<{ id: string, name: string }> };

export type SiteRegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type SiteRegisterCaseMutation = { registerCase: { verdict: EligibilityVerdict, registrationNumber: string, registeredOn: string } };

export type SiteCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SiteCasesQuery = { completionReminders: Array<{ missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, case: { registrationNumber: string, procedureDate: string, vessel: Vessel } }> };

export type SiteCaseQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type SiteCaseQuery = { case: { registrationNumber: string, registeredOn: string, procedureDate: string, domestic: boolean, vessel: Vessel, status: RegistrationStatus, ageAtProcedure: number | null, operator: { id: string, name: string } | null, patientIdentification: { code: string, initials: string } | null, caseReportForm: { state: FormState, submittedAt: string | null, background: { sex: Sex, heightCm: number, weightKg: number, hypertension: boolean, dyslipidemia: boolean, diabetes: Diabetes, currentSmoker: boolean, chronicKidneyDisease: boolean, dialysis: boolean, priorMyocardialInfarction: boolean, priorPci: boolean, priorCabg: boolean, peripheralArteryDisease: boolean, priorStroke: boolean, leftVentricularEjectionFraction: number } | null, lesion: { segment: number, jcto: { bluntStump: boolean, calcification: boolean, bendingOver45: boolean, occlusionLength20mmOrMore: boolean, retryLesion: boolean }, progressCto: { proximalCapAmbiguity: boolean, moderateOrSevereTortuosity: boolean, noInterventionalCollaterals: boolean }, castle: { severeTortuosityOrUnseen: boolean, severeCalcification: boolean } } | null, procedure: { contrastVolumeMl: number, fluoroscopyTimeMin: number, airKermaMGy: number, strategies: Array<{ strategy: CrossingStrategy, crossed: boolean }>, devices: { guideCatheterFrench: number, guidewireCount: number, microcatheterCount: number, dissectionReentrySystem: boolean, stentCount: number, ivusUsed: boolean } } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean, complications: { death: boolean, myocardialInfarction: boolean, stroke: boolean, perforation: PerforationType | null, tamponade: boolean, emergencyCabg: boolean, donorVesselInjury: boolean, contrastNephropathy: boolean, accessSiteComplication: boolean } } | null, judgement: { trueChronicTotalOcclusion: boolean, finalTimiFlow: number, residualStenosisPercent: number, comment: string | null } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, signature: { signedAt: string, valid: boolean, signer: { name: string } | null } | null }, completion: { complete: boolean, missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, receivedImageSeries: Array<{ kind: ImageSeriesKind, receivedAt: string }> } | null, images: Array<{ seriesInstanceUid: string, kind: string, frameCount: number, instances: Array<{ sopInstanceUid: string, status: ImageStatus, quarantineReason: string | null, bytes: number, uploadedAt: string }> }> } | null };

export type SiteCompletionFragment = { complete: boolean, missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, receivedImageSeries: Array<{ kind: ImageSeriesKind, receivedAt: string }> };

export type SiteFormFragment = { state: FormState, submittedAt: string | null, background: { sex: Sex, heightCm: number, weightKg: number, hypertension: boolean, dyslipidemia: boolean, diabetes: Diabetes, currentSmoker: boolean, chronicKidneyDisease: boolean, dialysis: boolean, priorMyocardialInfarction: boolean, priorPci: boolean, priorCabg: boolean, peripheralArteryDisease: boolean, priorStroke: boolean, leftVentricularEjectionFraction: number } | null, lesion: { segment: number, jcto: { bluntStump: boolean, calcification: boolean, bendingOver45: boolean, occlusionLength20mmOrMore: boolean, retryLesion: boolean }, progressCto: { proximalCapAmbiguity: boolean, moderateOrSevereTortuosity: boolean, noInterventionalCollaterals: boolean }, castle: { severeTortuosityOrUnseen: boolean, severeCalcification: boolean } } | null, procedure: { contrastVolumeMl: number, fluoroscopyTimeMin: number, airKermaMGy: number, strategies: Array<{ strategy: CrossingStrategy, crossed: boolean }>, devices: { guideCatheterFrench: number, guidewireCount: number, microcatheterCount: number, dissectionReentrySystem: boolean, stentCount: number, ivusUsed: boolean } } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean, complications: { death: boolean, myocardialInfarction: boolean, stroke: boolean, perforation: PerforationType | null, tamponade: boolean, emergencyCabg: boolean, donorVesselInjury: boolean, contrastNephropathy: boolean, accessSiteComplication: boolean } } | null, judgement: { trueChronicTotalOcclusion: boolean, finalTimiFlow: number, residualStenosisPercent: number, comment: string | null } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, signature: { signedAt: string, valid: boolean, signer: { name: string } | null } | null };

export type SiteSaveFormMutationVariables = Exact<{
  input: SaveCaseReportFormInput;
}>;


export type SiteSaveFormMutation = { saveCaseReportForm: { registrationNumber: string, status: RegistrationStatus, caseReportForm: { state: FormState, submittedAt: string | null, background: { sex: Sex, heightCm: number, weightKg: number, hypertension: boolean, dyslipidemia: boolean, diabetes: Diabetes, currentSmoker: boolean, chronicKidneyDisease: boolean, dialysis: boolean, priorMyocardialInfarction: boolean, priorPci: boolean, priorCabg: boolean, peripheralArteryDisease: boolean, priorStroke: boolean, leftVentricularEjectionFraction: number } | null, lesion: { segment: number, jcto: { bluntStump: boolean, calcification: boolean, bendingOver45: boolean, occlusionLength20mmOrMore: boolean, retryLesion: boolean }, progressCto: { proximalCapAmbiguity: boolean, moderateOrSevereTortuosity: boolean, noInterventionalCollaterals: boolean }, castle: { severeTortuosityOrUnseen: boolean, severeCalcification: boolean } } | null, procedure: { contrastVolumeMl: number, fluoroscopyTimeMin: number, airKermaMGy: number, strategies: Array<{ strategy: CrossingStrategy, crossed: boolean }>, devices: { guideCatheterFrench: number, guidewireCount: number, microcatheterCount: number, dissectionReentrySystem: boolean, stentCount: number, ivusUsed: boolean } } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean, complications: { death: boolean, myocardialInfarction: boolean, stroke: boolean, perforation: PerforationType | null, tamponade: boolean, emergencyCabg: boolean, donorVesselInjury: boolean, contrastNephropathy: boolean, accessSiteComplication: boolean } } | null, judgement: { trueChronicTotalOcclusion: boolean, finalTimiFlow: number, residualStenosisPercent: number, comment: string | null } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, signature: { signedAt: string, valid: boolean, signer: { name: string } | null } | null }, completion: { complete: boolean, missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, receivedImageSeries: Array<{ kind: ImageSeriesKind, receivedAt: string }> } | null } };

export type SiteSubmitFormMutationVariables = Exact<{
  registrationNumber: string;
}>;


export type SiteSubmitFormMutation = { submitCaseReportForm: { registrationNumber: string, caseReportForm: { state: FormState, submittedAt: string | null, background: { sex: Sex, heightCm: number, weightKg: number, hypertension: boolean, dyslipidemia: boolean, diabetes: Diabetes, currentSmoker: boolean, chronicKidneyDisease: boolean, dialysis: boolean, priorMyocardialInfarction: boolean, priorPci: boolean, priorCabg: boolean, peripheralArteryDisease: boolean, priorStroke: boolean, leftVentricularEjectionFraction: number } | null, lesion: { segment: number, jcto: { bluntStump: boolean, calcification: boolean, bendingOver45: boolean, occlusionLength20mmOrMore: boolean, retryLesion: boolean }, progressCto: { proximalCapAmbiguity: boolean, moderateOrSevereTortuosity: boolean, noInterventionalCollaterals: boolean }, castle: { severeTortuosityOrUnseen: boolean, severeCalcification: boolean } } | null, procedure: { contrastVolumeMl: number, fluoroscopyTimeMin: number, airKermaMGy: number, strategies: Array<{ strategy: CrossingStrategy, crossed: boolean }>, devices: { guideCatheterFrench: number, guidewireCount: number, microcatheterCount: number, dissectionReentrySystem: boolean, stentCount: number, ivusUsed: boolean } } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean, complications: { death: boolean, myocardialInfarction: boolean, stroke: boolean, perforation: PerforationType | null, tamponade: boolean, emergencyCabg: boolean, donorVesselInjury: boolean, contrastNephropathy: boolean, accessSiteComplication: boolean } } | null, judgement: { trueChronicTotalOcclusion: boolean, finalTimiFlow: number, residualStenosisPercent: number, comment: string | null } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, signature: { signedAt: string, valid: boolean, signer: { name: string } | null } | null } } };

export type SiteReauthenticateMutationVariables = Exact<{
  password: string;
  registrationNumber: string;
}>;


export type SiteReauthenticateMutation = { reauthenticateForSignature: { assertion: string, expiresAt: string } };

export type SiteSignFormMutationVariables = Exact<{
  input: SignCaseReportFormInput;
}>;


export type SiteSignFormMutation = { signCaseReportForm: { registrationNumber: string, caseReportForm: { state: FormState, submittedAt: string | null, background: { sex: Sex, heightCm: number, weightKg: number, hypertension: boolean, dyslipidemia: boolean, diabetes: Diabetes, currentSmoker: boolean, chronicKidneyDisease: boolean, dialysis: boolean, priorMyocardialInfarction: boolean, priorPci: boolean, priorCabg: boolean, peripheralArteryDisease: boolean, priorStroke: boolean, leftVentricularEjectionFraction: number } | null, lesion: { segment: number, jcto: { bluntStump: boolean, calcification: boolean, bendingOver45: boolean, occlusionLength20mmOrMore: boolean, retryLesion: boolean }, progressCto: { proximalCapAmbiguity: boolean, moderateOrSevereTortuosity: boolean, noInterventionalCollaterals: boolean }, castle: { severeTortuosityOrUnseen: boolean, severeCalcification: boolean } } | null, procedure: { contrastVolumeMl: number, fluoroscopyTimeMin: number, airKermaMGy: number, strategies: Array<{ strategy: CrossingStrategy, crossed: boolean }>, devices: { guideCatheterFrench: number, guidewireCount: number, microcatheterCount: number, dissectionReentrySystem: boolean, stentCount: number, ivusUsed: boolean } } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean, complications: { death: boolean, myocardialInfarction: boolean, stroke: boolean, perforation: PerforationType | null, tamponade: boolean, emergencyCabg: boolean, donorVesselInjury: boolean, contrastNephropathy: boolean, accessSiteComplication: boolean } } | null, judgement: { trueChronicTotalOcclusion: boolean, finalTimiFlow: number, residualStenosisPercent: number, comment: string | null } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, signature: { signedAt: string, valid: boolean, signer: { name: string } | null } | null } } };

export type SiteStartUploadMutationVariables = Exact<{
  input: StartImageUploadInput;
}>;


export type SiteStartUploadMutation = { startImageUpload: { id: string, stowUrl: string } };

export type SiteUploadStateQueryVariables = Exact<{
  id: string | number;
}>;


export type SiteUploadStateQuery = { imageUpload: { id: string, state: ImageUploadState, bytesExpected: number | null, bytesReceived: number, instancesStored: number, instancesQuarantined: number, refusals: Array<{ code: string }> } | null };

export type SiteDataQueriesQueryVariables = Exact<{
  facilityId: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type SiteDataQueriesQuery = { openDataQueries: Array<{ id: string, field: string, question: string, status: DataQueryStatus, answer: string | null, raisedAt: string, answeredAt: string | null, case: { registrationNumber: string, operator: { id: string } | null } }> };

export type SiteAnswerDataQueryMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type SiteAnswerDataQueryMutation = { answerDataQuery: { id: string, status: DataQueryStatus, answer: string | null, answeredAt: string | null } };

export type SiteFollowUpsDueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SiteFollowUpsDueQuery = { followUpsDue: Array<{ year: number, dueOn: string, windowOpensOn: string, windowClosesOn: string, state: FollowUpState, case: { registrationNumber: string, procedureDate: string, operator: { id: string, name: string } | null } }> };

export type SiteRecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type SiteRecordFollowUpMutation = { recordFollowUp: { registrationNumber: string } };

export type SiteCaseRecordsQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type SiteCaseRecordsQuery = { case: { registrationNumber: string, procedureDate: string, domestic: boolean, operator: { id: string } | null, consent: { obtainedOn: string | null, followUpConsented: boolean, withdrawnOn: string | null, withdrawalReason: string | null } | null, followUps: Array<{ year: number, dueOn: string, windowOpensOn: string, windowClosesOn: string, state: FollowUpState, record: { contactedOn: string, vitalStatus: VitalStatus } | null }> | null, lostToFollowUp: { on: string, reason: string } | null, protocolDeviations: Array<{ id: string, occurredOn: string, description: string, reason: string, recordedAt: string }> | null, adverseEvents: Array<{ id: string, name: string, onsetOn: string, outcomeOn: string | null, outcome: AdverseEventOutcome, otherTreatment: AdverseEventTreatment, serious: boolean, seriousnessCriteria: Array<SeriousnessCriterion>, severity: Severity, causality: Causality, recordedAt: string }> | null } | null };

export type SiteReportAdverseEventMutationVariables = Exact<{
  input: ReportAdverseEventInput;
}>;


export type SiteReportAdverseEventMutation = { reportAdverseEvent: { id: string, serious: boolean } };

export type SiteWithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type SiteWithdrawConsentMutation = { withdrawConsent: { registrationNumber: string } };

export type SiteMarkLostToFollowUpMutationVariables = Exact<{
  input: MarkLostToFollowUpInput;
}>;


export type SiteMarkLostToFollowUpMutation = { markLostToFollowUp: { registrationNumber: string } };

export type SiteRecordProtocolDeviationMutationVariables = Exact<{
  input: RecordProtocolDeviationInput;
}>;


export type SiteRecordProtocolDeviationMutation = { recordProtocolDeviation: { id: string } };

export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const CoreLabJudgementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoreLabJudgementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoreLabJudgement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ctoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bending"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mm"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}},{"kind":"Field","name":{"kind":"Name","value":"jctoScore"}},{"kind":"Field","name":{"kind":"Name","value":"timiBefore"}},{"kind":"Field","name":{"kind":"Name","value":"timiAfter"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosis"}},{"kind":"Field","name":{"kind":"Name","value":"sideBranchLoss"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"noReflow"}},{"kind":"Field","name":{"kind":"Name","value":"dissection"}}]}}]} as unknown as DocumentNode<CoreLabJudgementFieldsFragment, unknown>;
export const SafetyAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onsetOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"causality"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessCriteria"}}]}}]}}]} as unknown as DocumentNode<SafetyAlertFieldsFragment, unknown>;
export const DataRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<DataRequestFieldsFragment, unknown>;
export const DataReleaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"packageBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"casesIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"casesExcludedForWithdrawnConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableExists"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableHeldBy"}},{"kind":"Field","name":{"kind":"Name","value":"packageSha256"}}]}}]}}]} as unknown as DocumentNode<DataReleaseFieldsFragment, unknown>;
export const IssuedFeeStatementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedFeeStatementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssuedFeeStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssuedFeeStatementSummaryFragment, unknown>;
export const ReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"indicationAppropriate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<ReportFiguresFragment, unknown>;
export const RenewalResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenewalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RenewalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"overseas"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveYearsUnder50"}}]}}]} as unknown as DocumentNode<RenewalResultFieldsFragment, unknown>;
export const SiteCompletionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCompletion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"missingImageSeries"}},{"kind":"Field","name":{"kind":"Name","value":"receivedImageSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SiteCompletionFragment, unknown>;
export const SiteFormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"background"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"hypertension"}},{"kind":"Field","name":{"kind":"Name","value":"dyslipidemia"}},{"kind":"Field","name":{"kind":"Name","value":"diabetes"}},{"kind":"Field","name":{"kind":"Name","value":"currentSmoker"}},{"kind":"Field","name":{"kind":"Name","value":"chronicKidneyDisease"}},{"kind":"Field","name":{"kind":"Name","value":"dialysis"}},{"kind":"Field","name":{"kind":"Name","value":"priorMyocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"priorPci"}},{"kind":"Field","name":{"kind":"Name","value":"priorCabg"}},{"kind":"Field","name":{"kind":"Name","value":"peripheralArteryDisease"}},{"kind":"Field","name":{"kind":"Name","value":"priorStroke"}},{"kind":"Field","name":{"kind":"Name","value":"leftVentricularEjectionFraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bendingOver45"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mmOrMore"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proximalCapAmbiguity"}},{"kind":"Field","name":{"kind":"Name","value":"moderateOrSevereTortuosity"}},{"kind":"Field","name":{"kind":"Name","value":"noInterventionalCollaterals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severeTortuosityOrUnseen"}},{"kind":"Field","name":{"kind":"Name","value":"severeCalcification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"crossed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideCatheterFrench"}},{"kind":"Field","name":{"kind":"Name","value":"guidewireCount"}},{"kind":"Field","name":{"kind":"Name","value":"microcatheterCount"}},{"kind":"Field","name":{"kind":"Name","value":"dissectionReentrySystem"}},{"kind":"Field","name":{"kind":"Name","value":"stentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ivusUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}},{"kind":"Field","name":{"kind":"Name","value":"airKermaMGy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"death"}},{"kind":"Field","name":{"kind":"Name","value":"myocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"stroke"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"tamponade"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCabg"}},{"kind":"Field","name":{"kind":"Name","value":"donorVesselInjury"}},{"kind":"Field","name":{"kind":"Name","value":"contrastNephropathy"}},{"kind":"Field","name":{"kind":"Name","value":"accessSiteComplication"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueChronicTotalOcclusion"}},{"kind":"Field","name":{"kind":"Name","value":"finalTimiFlow"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosisPercent"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SiteFormFragment, unknown>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"newest"},"name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const OperatorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"domesticCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"overseasCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"overseasRequired"}}]}}]}}]} as unknown as DocumentNode<OperatorHomeQuery, OperatorHomeQueryVariables>;
export const CaseLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseLibraryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CaseLibraryQuery, CaseLibraryQueryVariables>;
export const CertifiedOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOperatorsUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<CertifiedOperatorsQuery, CertifiedOperatorsQueryVariables>;
export const PublishedRevocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedRevocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedRevocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedRevocationsQuery, PublishedRevocationsQueryVariables>;
export const RulingsAndCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulingsAndCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rulings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<RulingsAndCriteriaQuery, RulingsAndCriteriaQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ctoExperience"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenOn"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ctoExperience"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askedRecommenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"recommender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDetailQuery, ApplicationDetailQueryVariables>;
export const ApplicationFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationFacilitiesQuery, ApplicationFacilitiesQueryVariables>;
export const FileApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FileApplicationMutation, FileApplicationMutationVariables>;
export const RecommendApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"letter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"letter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"letter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecommendApplicationMutation, RecommendApplicationMutationVariables>;
export const ApproveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialPassword"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const AwaitingMyRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingMyRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationsAwaitingMyRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ctoExperience"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingMyRecommendationQuery, AwaitingMyRecommendationQueryVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successfulStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicationAppropriate"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complication"}},{"kind":"Field","name":{"kind":"Name","value":"procedureSuccess"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coreLabComparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ThreadPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesUid"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadPostsQuery, ThreadPostsQueryVariables>;
export const ThreadPostAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadPostAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadPostAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesUid"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadPostAddedSubscription, ThreadPostAddedSubscriptionVariables>;
export const PostToThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostToThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageLinkInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postToThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}},{"kind":"Argument","name":{"kind":"Name","value":"pointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesUid"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PostToThreadMutation, PostToThreadMutationVariables>;
export const CaseObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseObjectionsQuery, CaseObjectionsQueryVariables>;
export const RaiseObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"grounds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RaiseObjectionMutation, RaiseObjectionMutationVariables>;
export const CommitteeMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMattersQuery, CommitteeMattersQueryVariables>;
export const MattersInSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MattersInSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_SESSION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]} as unknown as DocumentNode<MattersInSessionQuery, MattersInSessionQueryVariables>;
export const CommitteeMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recused"}},{"kind":"Field","name":{"kind":"Name","value":"presides"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeThread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"cast"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMatterQuery, CommitteeMatterQueryVariables>;
export const CommitteeTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommitteeTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterTallyUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"pointId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"cast"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeTallySubscription, CommitteeTallySubscriptionVariables>;
export const CommitteeDeclareSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeDeclareSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommitteeDeclareSessionMutation, CommitteeDeclareSessionMutationVariables>;
export const CommitteePostPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteePostPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"points"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postPointsAtIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"Variable","name":{"kind":"Name","value":"points"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommitteePostPointsMutation, CommitteePostPointsMutationVariables>;
export const CommitteeCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoteChoice"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"choice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}}]}}]}}]} as unknown as DocumentNode<CommitteeCastVoteMutation, CommitteeCastVoteMutationVariables>;
export const CommitteeCloseRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeCloseRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVotingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<CommitteeCloseRoundMutation, CommitteeCloseRoundMutationVariables>;
export const CommitteeDecideMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeDecideMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommitteeDecideMatterMutation, CommitteeDecideMatterMutationVariables>;
export const CommitteeScreenMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeScreenMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommitteeScreenMatterMutation, CommitteeScreenMatterMutationVariables>;
export const CommitteeRelayOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeRelayOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relayOperatorOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommitteeRelayOpinionMutation, CommitteeRelayOpinionMutationVariables>;
export const CoreLabWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreLabWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coreLabWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoreLabWorklistQuery, CoreLabWorklistQueryVariables>;
export const CoreLabCaseViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreLabCaseView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coreLabCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discordantFields"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerId"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoreLabJudgementFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoreLabJudgementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoreLabJudgementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoreLabJudgement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ctoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bending"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mm"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}},{"kind":"Field","name":{"kind":"Name","value":"jctoScore"}},{"kind":"Field","name":{"kind":"Name","value":"timiBefore"}},{"kind":"Field","name":{"kind":"Name","value":"timiAfter"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosis"}},{"kind":"Field","name":{"kind":"Name","value":"sideBranchLoss"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"noReflow"}},{"kind":"Field","name":{"kind":"Name","value":"dissection"}}]}}]} as unknown as DocumentNode<CoreLabCaseViewQuery, CoreLabCaseViewQueryVariables>;
export const CoreLabSubmitReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreLabSubmitRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"judgement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoreLabJudgementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCoreLabRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"judgement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"judgement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CoreLabSubmitReadMutation, CoreLabSubmitReadMutationVariables>;
export const CoreLabResolveDiscordanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreLabResolveDiscordance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoreLabDecisionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCoreLabDiscordance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CoreLabResolveDiscordanceMutation, CoreLabResolveDiscordanceMutationVariables>;
export const OverdueCoreLabCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueCoreLabCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueCoreLabCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OverdueCoreLabCasesQuery, OverdueCoreLabCasesQueryVariables>;
export const CoreLabAgreementStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreLabAgreementStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coreLabAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"withOtherReader"}},{"kind":"Field","name":{"kind":"Name","value":"withFinal"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}}]}}]}}]}}]} as unknown as DocumentNode<CoreLabAgreementStatisticsQuery, CoreLabAgreementStatisticsQueryVariables>;
export const DataCenterHeldImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCenterHeldImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sopInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"seriesInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sopClassUid"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfFrames"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retrieveUrl"}}]}}]}}]} as unknown as DocumentNode<DataCenterHeldImagesQuery, DataCenterHeldImagesQueryVariables>;
export const DataCenterHeldImageSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCenterHeldImageSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sopInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfFrames"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataCenterHeldImageSeriesQuery, DataCenterHeldImageSeriesQueryVariables>;
export const DataCenterReviewHeldImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataCenterReviewHeldImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewHeldImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHeldImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sopInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DataCenterReviewHeldImageMutation, DataCenterReviewHeldImageMutationVariables>;
export const DataCenterFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCenterFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DataCenterFacilitiesQuery, DataCenterFacilitiesQueryVariables>;
export const DataCenterOpenDataQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCenterOpenDataQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDataQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]} as unknown as DocumentNode<DataCenterOpenDataQueriesQuery, DataCenterOpenDataQueriesQueryVariables>;
export const DataCenterRaiseDataQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataCenterRaiseDataQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseDataQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseDataQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DataCenterRaiseDataQueryMutation, DataCenterRaiseDataQueryMutationVariables>;
export const DataCenterCloseDataQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataCenterCloseDataQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDataQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<DataCenterCloseDataQueryMutation, DataCenterCloseDataQueryMutationVariables>;
export const DataCenterReopenDataQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataCenterReopenDataQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDataQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DataCenterReopenDataQueryMutation, DataCenterReopenDataQueryMutationVariables>;
export const DataCenterCompletionRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCenterCompletionReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completionReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"missingImageSeries"}}]}}]}}]} as unknown as DocumentNode<DataCenterCompletionRemindersQuery, DataCenterCompletionRemindersQueryVariables>;
export const SafetyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onsetOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"causality"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessCriteria"}}]}}]}}]} as unknown as DocumentNode<SafetyAlertsQuery, SafetyAlertsQueryVariables>;
export const SafetyAlertReportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SafetyAlertReported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriousAdverseEventReported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onsetOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"causality"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessCriteria"}}]}}]}}]} as unknown as DocumentNode<SafetyAlertReportedSubscription, SafetyAlertReportedSubscriptionVariables>;
export const DataRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]} as unknown as DocumentNode<DataRequestsQuery, DataRequestsQueryVariables>;
export const DataRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataReleaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"packageBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"casesIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"casesExcludedForWithdrawnConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableExists"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableHeldBy"}},{"kind":"Field","name":{"kind":"Name","value":"packageSha256"}}]}}]}}]} as unknown as DocumentNode<DataRequestDetailQuery, DataRequestDetailQueryVariables>;
export const DataRequestChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataRequestChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataDictionary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"identifying"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataRequestYears"}}]}}]} as unknown as DocumentNode<DataRequestChoicesQuery, DataRequestChoicesQueryVariables>;
export const FileDataRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FileDataRequestMutation, FileDataRequestMutationVariables>;
export const ReviseDataRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ReviseDataRequestMutation, ReviseDataRequestMutationVariables>;
export const ReviewDataRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequestDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approveIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"approveIdentity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approveIdentity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ReviewDataRequestMutation, ReviewDataRequestMutationVariables>;
export const ReleaseDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataReleaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"packageBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"casesIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"casesExcludedForWithdrawnConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableExists"}},{"kind":"Field","name":{"kind":"Name","value":"keyTableHeldBy"}},{"kind":"Field","name":{"kind":"Name","value":"packageSha256"}}]}}]}}]} as unknown as DocumentNode<ReleaseDataMutation, ReleaseDataMutationVariables>;
export const ReportDataPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDataPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publication"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDataPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"publication"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publication"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"fullDates"}},{"kind":"Field","name":{"kind":"Name","value":"asksIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"identityApproved"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ReportDataPublicationMutation, ReportDataPublicationMutationVariables>;
export const DataReleaseRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataReleaseRecipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataReleaseRecipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"releasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}}]}}]}}]} as unknown as DocumentNode<DataReleaseRecipientsQuery, DataReleaseRecipientsQueryVariables>;
export const IssuedFeeStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedFeeStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedFeeStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedFeeStatementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedFeeStatementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssuedFeeStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssuedFeeStatementsQuery, IssuedFeeStatementsQueryVariables>;
export const IssuedFeeStatementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedFeeStatementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedFeeStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedFeeStatementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationFee"}},{"kind":"Field","name":{"kind":"Name","value":"acuteResultFee"}},{"kind":"Field","name":{"kind":"Name","value":"followUpYears"}},{"kind":"Field","name":{"kind":"Name","value":"followUpFee"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedFeeStatementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssuedFeeStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssuedFeeStatementDetailQuery, IssuedFeeStatementDetailQueryVariables>;
export const IssueFeeStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueFeeStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueFeeStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssueFeeStatementsMutation, IssueFeeStatementsMutationVariables>;
export const CorrectFeeStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectFeeStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctFeeStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CorrectFeeStatementMutation, CorrectFeeStatementMutationVariables>;
export const RiskAdjustedMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAdjustedMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAdjustedMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRate"}},{"kind":"Field","name":{"kind":"Name","value":"casesWithoutScores"}},{"kind":"Field","name":{"kind":"Name","value":"overdispersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"phi"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"tau2"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"fittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coefficients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"oddsRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosmerLemeshow"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"observedToExpected"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"lower998"}},{"kind":"Field","name":{"kind":"Name","value":"upper998"}}]}}]}}]}}]} as unknown as DocumentNode<RiskAdjustedMonitoringQuery, RiskAdjustedMonitoringQueryVariables>;
export const AnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"presentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domesticCases"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"notComplete"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingOfficialResult"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byJctoCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byApproach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approach"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byExperienceBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rulingId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"indicationAppropriate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const PresentAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresentAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presentAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"presentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<PresentAnnualReportMutation, PresentAnnualReportMutationVariables>;
export const AnnualReportComplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReportComplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportComplicationsQuery, AnnualReportComplicationsQueryVariables>;
export const StaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const OpenStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialPassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OpenStaffAccountMutation, OpenStaffAccountMutationVariables>;
export const ChangeStaffRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStaffRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ChangeStaffRolesMutation, ChangeStaffRolesMutationVariables>;
export const UnlockStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]} as unknown as DocumentNode<UnlockStaffAccountMutation, UnlockStaffAccountMutationVariables>;
export const SecretariatAnnualRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatAnnualRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"runOn"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RenewalResultFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outcomes"},"name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenewalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RenewalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"overseas"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveYearsUnder50"}}]}}]} as unknown as DocumentNode<SecretariatAnnualRenewalQuery, SecretariatAnnualRenewalQueryVariables>;
export const SecretariatAnnualRenewalPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatAnnualRenewalPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualRenewalPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RenewalResultFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outcomes"},"name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenewalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RenewalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"overseas"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveYearsUnder50"}}]}}]} as unknown as DocumentNode<SecretariatAnnualRenewalPreviewQuery, SecretariatAnnualRenewalPreviewQueryVariables>;
export const SecretariatRunAnnualRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretariatRunAnnualRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAnnualRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"runOn"}}]}}]}}]} as unknown as DocumentNode<SecretariatRunAnnualRenewalMutation, SecretariatRunAnnualRenewalMutationVariables>;
export const SiteViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SiteViewerQuery, SiteViewerQueryVariables>;
export const SiteFacilityOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteFacilityOperators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOperators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SiteFacilityOperatorsQuery, SiteFacilityOperatorsQueryVariables>;
export const SiteRegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteRegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]} as unknown as DocumentNode<SiteRegisterCaseMutation, SiteRegisterCaseMutationVariables>;
export const SiteCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completionReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"missingImageSeries"}}]}}]}}]} as unknown as DocumentNode<SiteCasesQuery, SiteCasesQueryVariables>;
export const SiteCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCompletion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frameCount"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sopInstanceUid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"background"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"hypertension"}},{"kind":"Field","name":{"kind":"Name","value":"dyslipidemia"}},{"kind":"Field","name":{"kind":"Name","value":"diabetes"}},{"kind":"Field","name":{"kind":"Name","value":"currentSmoker"}},{"kind":"Field","name":{"kind":"Name","value":"chronicKidneyDisease"}},{"kind":"Field","name":{"kind":"Name","value":"dialysis"}},{"kind":"Field","name":{"kind":"Name","value":"priorMyocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"priorPci"}},{"kind":"Field","name":{"kind":"Name","value":"priorCabg"}},{"kind":"Field","name":{"kind":"Name","value":"peripheralArteryDisease"}},{"kind":"Field","name":{"kind":"Name","value":"priorStroke"}},{"kind":"Field","name":{"kind":"Name","value":"leftVentricularEjectionFraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bendingOver45"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mmOrMore"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proximalCapAmbiguity"}},{"kind":"Field","name":{"kind":"Name","value":"moderateOrSevereTortuosity"}},{"kind":"Field","name":{"kind":"Name","value":"noInterventionalCollaterals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severeTortuosityOrUnseen"}},{"kind":"Field","name":{"kind":"Name","value":"severeCalcification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"crossed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideCatheterFrench"}},{"kind":"Field","name":{"kind":"Name","value":"guidewireCount"}},{"kind":"Field","name":{"kind":"Name","value":"microcatheterCount"}},{"kind":"Field","name":{"kind":"Name","value":"dissectionReentrySystem"}},{"kind":"Field","name":{"kind":"Name","value":"stentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ivusUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}},{"kind":"Field","name":{"kind":"Name","value":"airKermaMGy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"death"}},{"kind":"Field","name":{"kind":"Name","value":"myocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"stroke"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"tamponade"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCabg"}},{"kind":"Field","name":{"kind":"Name","value":"donorVesselInjury"}},{"kind":"Field","name":{"kind":"Name","value":"contrastNephropathy"}},{"kind":"Field","name":{"kind":"Name","value":"accessSiteComplication"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueChronicTotalOcclusion"}},{"kind":"Field","name":{"kind":"Name","value":"finalTimiFlow"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosisPercent"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCompletion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"missingImageSeries"}},{"kind":"Field","name":{"kind":"Name","value":"receivedImageSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SiteCaseQuery, SiteCaseQueryVariables>;
export const SiteSaveFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteSaveForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCaseReportFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCaseReportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCompletion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"background"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"hypertension"}},{"kind":"Field","name":{"kind":"Name","value":"dyslipidemia"}},{"kind":"Field","name":{"kind":"Name","value":"diabetes"}},{"kind":"Field","name":{"kind":"Name","value":"currentSmoker"}},{"kind":"Field","name":{"kind":"Name","value":"chronicKidneyDisease"}},{"kind":"Field","name":{"kind":"Name","value":"dialysis"}},{"kind":"Field","name":{"kind":"Name","value":"priorMyocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"priorPci"}},{"kind":"Field","name":{"kind":"Name","value":"priorCabg"}},{"kind":"Field","name":{"kind":"Name","value":"peripheralArteryDisease"}},{"kind":"Field","name":{"kind":"Name","value":"priorStroke"}},{"kind":"Field","name":{"kind":"Name","value":"leftVentricularEjectionFraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bendingOver45"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mmOrMore"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proximalCapAmbiguity"}},{"kind":"Field","name":{"kind":"Name","value":"moderateOrSevereTortuosity"}},{"kind":"Field","name":{"kind":"Name","value":"noInterventionalCollaterals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severeTortuosityOrUnseen"}},{"kind":"Field","name":{"kind":"Name","value":"severeCalcification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"crossed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideCatheterFrench"}},{"kind":"Field","name":{"kind":"Name","value":"guidewireCount"}},{"kind":"Field","name":{"kind":"Name","value":"microcatheterCount"}},{"kind":"Field","name":{"kind":"Name","value":"dissectionReentrySystem"}},{"kind":"Field","name":{"kind":"Name","value":"stentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ivusUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}},{"kind":"Field","name":{"kind":"Name","value":"airKermaMGy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"death"}},{"kind":"Field","name":{"kind":"Name","value":"myocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"stroke"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"tamponade"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCabg"}},{"kind":"Field","name":{"kind":"Name","value":"donorVesselInjury"}},{"kind":"Field","name":{"kind":"Name","value":"contrastNephropathy"}},{"kind":"Field","name":{"kind":"Name","value":"accessSiteComplication"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueChronicTotalOcclusion"}},{"kind":"Field","name":{"kind":"Name","value":"finalTimiFlow"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosisPercent"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCompletion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"missingImageSeries"}},{"kind":"Field","name":{"kind":"Name","value":"receivedImageSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SiteSaveFormMutation, SiteSaveFormMutationVariables>;
export const SiteSubmitFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteSubmitForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCaseReportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteForm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"background"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"hypertension"}},{"kind":"Field","name":{"kind":"Name","value":"dyslipidemia"}},{"kind":"Field","name":{"kind":"Name","value":"diabetes"}},{"kind":"Field","name":{"kind":"Name","value":"currentSmoker"}},{"kind":"Field","name":{"kind":"Name","value":"chronicKidneyDisease"}},{"kind":"Field","name":{"kind":"Name","value":"dialysis"}},{"kind":"Field","name":{"kind":"Name","value":"priorMyocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"priorPci"}},{"kind":"Field","name":{"kind":"Name","value":"priorCabg"}},{"kind":"Field","name":{"kind":"Name","value":"peripheralArteryDisease"}},{"kind":"Field","name":{"kind":"Name","value":"priorStroke"}},{"kind":"Field","name":{"kind":"Name","value":"leftVentricularEjectionFraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bendingOver45"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mmOrMore"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proximalCapAmbiguity"}},{"kind":"Field","name":{"kind":"Name","value":"moderateOrSevereTortuosity"}},{"kind":"Field","name":{"kind":"Name","value":"noInterventionalCollaterals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severeTortuosityOrUnseen"}},{"kind":"Field","name":{"kind":"Name","value":"severeCalcification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"crossed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideCatheterFrench"}},{"kind":"Field","name":{"kind":"Name","value":"guidewireCount"}},{"kind":"Field","name":{"kind":"Name","value":"microcatheterCount"}},{"kind":"Field","name":{"kind":"Name","value":"dissectionReentrySystem"}},{"kind":"Field","name":{"kind":"Name","value":"stentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ivusUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}},{"kind":"Field","name":{"kind":"Name","value":"airKermaMGy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"death"}},{"kind":"Field","name":{"kind":"Name","value":"myocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"stroke"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"tamponade"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCabg"}},{"kind":"Field","name":{"kind":"Name","value":"donorVesselInjury"}},{"kind":"Field","name":{"kind":"Name","value":"contrastNephropathy"}},{"kind":"Field","name":{"kind":"Name","value":"accessSiteComplication"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueChronicTotalOcclusion"}},{"kind":"Field","name":{"kind":"Name","value":"finalTimiFlow"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosisPercent"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSubmitFormMutation, SiteSubmitFormMutationVariables>;
export const SiteReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteReauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticateForSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assertion"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SiteReauthenticateMutation, SiteReauthenticateMutationVariables>;
export const SiteSignFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteSignForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignCaseReportFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signCaseReportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteForm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"background"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"hypertension"}},{"kind":"Field","name":{"kind":"Name","value":"dyslipidemia"}},{"kind":"Field","name":{"kind":"Name","value":"diabetes"}},{"kind":"Field","name":{"kind":"Name","value":"currentSmoker"}},{"kind":"Field","name":{"kind":"Name","value":"chronicKidneyDisease"}},{"kind":"Field","name":{"kind":"Name","value":"dialysis"}},{"kind":"Field","name":{"kind":"Name","value":"priorMyocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"priorPci"}},{"kind":"Field","name":{"kind":"Name","value":"priorCabg"}},{"kind":"Field","name":{"kind":"Name","value":"peripheralArteryDisease"}},{"kind":"Field","name":{"kind":"Name","value":"priorStroke"}},{"kind":"Field","name":{"kind":"Name","value":"leftVentricularEjectionFraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bluntStump"}},{"kind":"Field","name":{"kind":"Name","value":"calcification"}},{"kind":"Field","name":{"kind":"Name","value":"bendingOver45"}},{"kind":"Field","name":{"kind":"Name","value":"occlusionLength20mmOrMore"}},{"kind":"Field","name":{"kind":"Name","value":"retryLesion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proximalCapAmbiguity"}},{"kind":"Field","name":{"kind":"Name","value":"moderateOrSevereTortuosity"}},{"kind":"Field","name":{"kind":"Name","value":"noInterventionalCollaterals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severeTortuosityOrUnseen"}},{"kind":"Field","name":{"kind":"Name","value":"severeCalcification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"crossed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideCatheterFrench"}},{"kind":"Field","name":{"kind":"Name","value":"guidewireCount"}},{"kind":"Field","name":{"kind":"Name","value":"microcatheterCount"}},{"kind":"Field","name":{"kind":"Name","value":"dissectionReentrySystem"}},{"kind":"Field","name":{"kind":"Name","value":"stentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ivusUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}},{"kind":"Field","name":{"kind":"Name","value":"airKermaMGy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"death"}},{"kind":"Field","name":{"kind":"Name","value":"myocardialInfarction"}},{"kind":"Field","name":{"kind":"Name","value":"stroke"}},{"kind":"Field","name":{"kind":"Name","value":"perforation"}},{"kind":"Field","name":{"kind":"Name","value":"tamponade"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCabg"}},{"kind":"Field","name":{"kind":"Name","value":"donorVesselInjury"}},{"kind":"Field","name":{"kind":"Name","value":"contrastNephropathy"}},{"kind":"Field","name":{"kind":"Name","value":"accessSiteComplication"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueChronicTotalOcclusion"}},{"kind":"Field","name":{"kind":"Name","value":"finalTimiFlow"}},{"kind":"Field","name":{"kind":"Name","value":"residualStenosisPercent"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSignFormMutation, SiteSignFormMutationVariables>;
export const SiteStartUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteStartUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartImageUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImageUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stowUrl"}}]}}]}}]} as unknown as DocumentNode<SiteStartUploadMutation, SiteStartUploadMutationVariables>;
export const SiteUploadStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteUploadState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bytesExpected"}},{"kind":"Field","name":{"kind":"Name","value":"bytesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"instancesStored"}},{"kind":"Field","name":{"kind":"Name","value":"instancesQuarantined"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SiteUploadStateQuery, SiteUploadStateQueryVariables>;
export const SiteDataQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteDataQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDataQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteDataQueriesQuery, SiteDataQueriesQueryVariables>;
export const SiteAnswerDataQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteAnswerDataQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerDataQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<SiteAnswerDataQueryMutation, SiteAnswerDataQueryMutationVariables>;
export const SiteFollowUpsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteFollowUpsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteFollowUpsDueQuery, SiteFollowUpsDueQueryVariables>;
export const SiteRecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteRecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<SiteRecordFollowUpMutation, SiteRecordFollowUpMutationVariables>;
export const SiteCaseRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteCaseRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obtainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpConsented"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"vitalStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostToFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeviations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onsetOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"otherTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"causality"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SiteCaseRecordsQuery, SiteCaseRecordsQueryVariables>;
export const SiteReportAdverseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteReportAdverseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAdverseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAdverseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}}]}}]}}]} as unknown as DocumentNode<SiteReportAdverseEventMutation, SiteReportAdverseEventMutationVariables>;
export const SiteWithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteWithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<SiteWithdrawConsentMutation, SiteWithdrawConsentMutationVariables>;
export const SiteMarkLostToFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteMarkLostToFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkLostToFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markLostToFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<SiteMarkLostToFollowUpMutation, SiteMarkLostToFollowUpMutationVariables>;
export const SiteRecordProtocolDeviationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteRecordProtocolDeviation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtocolDeviationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtocolDeviation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SiteRecordProtocolDeviationMutation, SiteRecordProtocolDeviationMutationVariables>;