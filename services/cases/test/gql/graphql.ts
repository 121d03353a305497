/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a complication figure counts. The angiographic ones are the official result's; the in-hospital events are the form's. */
export type ReportComplication =
  /** Any angiographic complication of the official result (perforation, no-reflow, dissection, or one a ruling found). */
  | 'ANGIOGRAPHIC'
  | 'PERFORATION'
  | 'PERFORATION_ELLIS_I'
  | 'PERFORATION_ELLIS_II'
  | 'PERFORATION_ELLIS_III'
  | 'PERFORATION_ELLIS_III_CAVITY_SPILLING'
  | 'NO_REFLOW'
  | 'DISSECTION'
  | 'DEATH'
  | 'MYOCARDIAL_INFARCTION'
  | 'STROKE'
  | 'TAMPONADE'
  | 'EMERGENCY_CABG'
  | 'DONOR_VESSEL_INJURY'
  | 'CONTRAST_NEPHROPATHY'
  | 'ACCESS_SITE_COMPLICATION';

export type ReportSource =
  /** The core lab's final judgement with the committee's rulings applied [R26][R28b]. */
  | 'CORE_LAB'
  /** The case report form, locked by the data center; over the cases whose outcome section is entered. */
  | 'CASE_REPORT_FORM';

/** ANTEGRADE: only antegrade strategies were tried. RETROGRADE: a retrograde attempt, alone or after antegrade ones (from the form). */
export type ReportApproach =
  | 'ANTEGRADE'
  | 'RETROGRADE'
  | 'NOT_RECORDED';

/** The operator's registered cases with a procedure before the report year [R13][R14]. */
export type ExperienceBand =
  | 'NONE_BEFORE'
  | 'UNDER_50'
  | 'FROM_50_TO_149'
  | 'FROM_150';

export type AnnualReportStatus =
  /** Computed now from the official results, as presenting it today would adopt. */
  | 'DRAFT'
  /** Presented by the secretariat: frozen, the figures never change [R27][R41]. */
  | 'PRESENTED';

/** What an audit entry records: a change of a field, or a workflow action. */
export type AuditAction =
  | 'REGISTER'
  | 'EDIT'
  | 'SUBMIT'
  | 'SIGN'
  | 'SIGNATURE_VOIDED'
  | 'LOCK'
  | 'COMPLETE'
  | 'IMAGE_SERIES_RECEIVED'
  /** A committee ruling changed the official core-lab result [R28b]. */
  | 'RULING_CHANGED_RESULT'
  /** The core-lab supervisor gave an unread case's reader slot to another reader [R26]. */
  | 'CORE_LAB_READER_REPLACED'
  /** A de-identified DICOM file was stored [R31]. */
  | 'IMAGE_STORED'
  /** The data center released a held image into the library [R31]. */
  | 'IMAGE_RELEASED'
  /** The data center rejected a held image [R31]. */
  | 'IMAGE_REJECTED'
  | 'QUERY_RAISED'
  | 'QUERY_ANSWERED'
  | 'QUERY_CLOSED'
  | 'QUERY_REOPENED'
  | 'CONSENT_WITHDRAWN'
  | 'DEVIATION_RECORDED'
  | 'ADVERSE_EVENT_REPORTED'
  | 'FOLLOW_UP_RECORDED'
  | 'LOST_TO_FOLLOW_UP'
  | 'ADOPTED_FOR_ANNUAL_REPORT';

/** The coronary vessel of the occlusion. */
export type Vessel =
  | 'LAD'
  | 'LCX'
  | 'RCA'
  | 'LM';

/** Where a registration stands [R18]. */
export type RegistrationStatus =
  /** A registration number is issued; the form or the images are still owed. */
  | 'REGISTERED'
  /** The form through the procedure result and the required images are in [R18]. */
  | 'COMPLETE';

/** Written consent [R16]; follow-up consent only for domestic cases [R19]. */
export type ConsentInput = {
  obtainedOn: string;
  /** Long-term follow-up (domestic cases only). */
  followUpConsented: boolean;
  /** Publication of the images for education. */
  imagePublicationConsented: boolean;
};

export type PatientIdentificationInput = {
  /** The facility's patient identification code [R30]. */
  code: string;
  initials: string;
  birthDate: string;
};

/** Inclusion criteria: each must be yes [T5.3]. */
export type InclusionInput = {
  timiZeroFlow: boolean;
  occlusionAtLeastThreeMonths: boolean;
  nativeCoronaryArtery: boolean;
  adult: boolean;
};

/** Exclusion criteria: each must be no [T5.3]. */
export type ExclusionInput = {
  acuteCoronarySyndromeCulprit: boolean;
  declinedDataUse: boolean;
};

export type EligibilityInput = {
  inclusion: InclusionInput;
  exclusion: ExclusionInput;
};

export type RegisterCaseInput = {
  facilityId: string | number;
  operatorId: string | number;
  patient: PatientIdentificationInput;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  /** Required; a missing consent is refused with its field path [R16]. */
  consent?: ConsentInput | null | undefined;
  eligibility: EligibilityInput;
};

export type EligibilityVerdict =
  | 'ELIGIBLE';

export type DataQueryStatus =
  /** Raised by the data center, or re-opened: the site owes an answer. */
  | 'OPEN'
  /** The site answered; the data center closes or re-opens it. */
  | 'ANSWERED'
  | 'CLOSED';

export type RaiseDataQueryInput = {
  registrationNumber: string;
  field: string;
  question: string;
};

export type FollowUpState =
  | 'UPCOMING'
  | 'DUE'
  | 'OVERDUE'
  | 'DONE';

export type VitalStatus =
  | 'ALIVE'
  | 'DEAD';

export type ClinicalEventType =
  | 'DEATH'
  | 'CARDIAC_DEATH'
  | 'MYOCARDIAL_INFARCTION'
  | 'TARGET_VESSEL_REVASCULARIZATION'
  | 'TARGET_LESION_REVASCULARIZATION'
  | 'STENT_THROMBOSIS'
  | 'STROKE'
  | 'HEART_FAILURE_HOSPITALIZATION'
  | 'OTHER';

export type ClinicalEventInput = {
  type: ClinicalEventType;
  occurredOn: string;
  note?: string | null | undefined;
};

export type RecordFollowUpInput = {
  registrationNumber: string;
  /** 1 to 5. */
  year: number;
  contactedOn: string;
  vitalStatus: VitalStatus;
  events: Array<ClinicalEventInput>;
};

export type MarkLostToFollowUpInput = {
  registrationNumber: string;
  on: string;
  reason: string;
};

/** The sections of the case report form. */
export type CrfSection =
  | 'BACKGROUND'
  | 'LESION'
  | 'PROCEDURE'
  | 'OUTCOME'
  | 'JUDGEMENT';

/** [T14.1] DRAFT while the site enters; SUBMITTED (changes need a reason); LOCKED by the data center. */
export type FormState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'LOCKED';

export type Sex =
  | 'MALE'
  | 'FEMALE';

export type Diabetes =
  | 'NONE'
  | 'NON_INSULIN'
  | 'INSULIN';

export type CrossingStrategy =
  | 'ANTEGRADE_WIRE_ESCALATION'
  | 'ANTEGRADE_DISSECTION_REENTRY'
  | 'RETROGRADE';

/** Ellis classification of a coronary perforation. */
export type PerforationType =
  | 'ELLIS_I'
  | 'ELLIS_II'
  | 'ELLIS_III'
  | 'ELLIS_III_CAVITY_SPILLING';

export type JctoCategory =
  | 'EASY'
  | 'INTERMEDIATE'
  | 'DIFFICULT'
  | 'VERY_DIFFICULT';

export type BackgroundInput = {
  sex: Sex;
  heightCm: number;
  weightKg: number;
  hypertension: boolean;
  dyslipidemia: boolean;
  diabetes: Diabetes;
  currentSmoker: boolean;
  chronicKidneyDisease: boolean;
  dialysis: boolean;
  priorMyocardialInfarction: boolean;
  priorPci: boolean;
  priorCabg: boolean;
  peripheralArteryDisease: boolean;
  priorStroke: boolean;
  leftVentricularEjectionFraction: number;
};

export type JctoItemsInput = {
  bluntStump: boolean;
  calcification: boolean;
  bendingOver45: boolean;
  occlusionLength20mmOrMore: boolean;
  retryLesion: boolean;
};

/** PROGRESS-CTO items; the circumflex point comes from the case's vessel. */
export type ProgressCtoItemsInput = {
  proximalCapAmbiguity: boolean;
  moderateOrSevereTortuosity: boolean;
  noInterventionalCollaterals: boolean;
};

/** CASTLE items beyond J-CTO's stump and length, the background's CABG and the age. */
export type CastleItemsInput = {
  severeTortuosityOrUnseen: boolean;
  severeCalcification: boolean;
};

export type LesionInput = {
  /** AHA segment, 1–15. */
  segment: number;
  jcto: JctoItemsInput;
  progressCto: ProgressCtoItemsInput;
  castle: CastleItemsInput;
};

export type StrategyAttemptInput = {
  strategy: CrossingStrategy;
  crossed: boolean;
};

export type DevicesInput = {
  guideCatheterFrench: number;
  guidewireCount: number;
  microcatheterCount: number;
  dissectionReentrySystem: boolean;
  stentCount: number;
  ivusUsed: boolean;
};

export type ProcedureInput = {
  /** Strategies in the order tried, each with whether it crossed the lesion. */
  strategies: Array<StrategyAttemptInput>;
  devices: DevicesInput;
  contrastVolumeMl: number;
  fluoroscopyTimeMin: number;
  airKermaMGy: number;
};

export type ComplicationsInput = {
  death: boolean;
  myocardialInfarction: boolean;
  stroke: boolean;
  /** Null when there was no perforation. */
  perforation?: PerforationType | null | undefined;
  tamponade: boolean;
  emergencyCabg: boolean;
  donorVesselInjury: boolean;
  contrastNephropathy: boolean;
  accessSiteComplication: boolean;
};

export type OutcomeInput = {
  technicalSuccess: boolean;
  proceduralSuccess: boolean;
  complications: ComplicationsInput;
};

export type JudgementInput = {
  trueChronicTotalOcclusion: boolean;
  finalTimiFlow: number;
  residualStenosisPercent: number;
  comment?: string | null | undefined;
};

/**
 * Saves the given sections, each merged over what was saved: a field left out keeps its
 * saved value, an explicit null clears a nullable one. Only a real change of value goes to
 * the audit trail, needs `reason` after submission and voids a signature [T14.1].
 */
export type SaveCaseReportFormInput = {
  registrationNumber: string;
  background?: BackgroundInput | null | undefined;
  lesion?: LesionInput | null | undefined;
  procedure?: ProcedureInput | null | undefined;
  outcome?: OutcomeInput | null | undefined;
  judgement?: JudgementInput | null | undefined;
  reason?: string | null | undefined;
};

export type SignatureMeaning =
  /** The responsible operator confirms the form is correct and complete (作成したCRFに誤りがないことを確認). */
  | 'APPROVED_AS_CORRECT';

export type SignCaseReportFormInput = {
  registrationNumber: string;
  meaning: SignatureMeaning;
  /**
   * The `assertion` of `reauthenticateForSignature`: the signer re-entered the password for
   * this signature (21 CFR 11.200). It must be the signer's own, for this registration
   * number, at most five minutes old, and signs once. A session token is refused.
   */
  signatureAssertion: string;
};

/** Where a stored DICOM file stands [R31]. */
export type ImageStatus =
  /** De-identified and in the library [R5][R21a]. */
  | 'PUBLISHED'
  /** Held for the data center: burned-in text declared, found, or not ruled out [R31]. */
  | 'QUARANTINED'
  /** Rejected by the data center; the facility sends a clean file [R31]. */
  | 'REJECTED';

export type ImageReviewDecision =
  /** Into the library. */
  | 'RELEASE'
  /** Kept out of it. */
  | 'REJECT';

export type ImageUploadState =
  /** Announced; no bytes yet. */
  | 'OPEN'
  | 'RECEIVING'
  | 'DONE'
  /** The request broke off; what was stored before stays stored. */
  | 'FAILED';

export type StartImageUploadInput = {
  registrationNumber: string;
  /** The series slot: PRE_PROCEDURE_ANGIO, CTO_PCI_ANGIO, IVUS, ADDITIONAL_ANGIO or ADDITIONAL_IVUS. */
  kind: string;
  /** The size about to be sent, for the fraction received: whole bytes, at most 20 GiB (21474836480). */
  bytesExpected?: number | null | undefined;
};

export type ReviewHeldImageInput = {
  registrationNumber: string;
  sopInstanceUid: string;
  decision: ImageReviewDecision;
  reason: string;
};

/** Image series a registration needs [R18]. */
export type ImageSeriesKind =
  /** Pre-procedure angiogram, or a control angiogram showing every branch: always. */
  | 'PRE_PROCEDURE_ANGIO'
  /** The CTO-PCI angiogram: always. */
  | 'CTO_PCI_ANGIO'
  /** IVUS: domestic cases. */
  | 'IVUS';

/** Who asks for data [R21a][R21b][R21c]. */
export type DataRequesterKind =
  | 'CERTIFIED_OPERATOR'
  | 'RESEARCHER'
  | 'SPONSOR';

/** Research, or (a sponsor only) another purpose [R21b][R21c]. */
export type DataRequestPurpose =
  | 'RESEARCH'
  | 'OTHER';

export type DataRequestStatus =
  | 'SUBMITTED'
  | 'CHANGES_REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'RELEASED';

export type DataRequestDecision =
  | 'APPROVE'
  | 'REQUEST_CHANGES'
  | 'REJECT';

export type DataRequestInput = {
  recipientName: string;
  purpose: DataRequestPurpose;
  title: string;
  plan: string;
  items: Array<string>;
  years: Array<number>;
  /** The plan needs full dates; otherwise dates are reduced to year and month. */
  fullDates: boolean;
  /** The confidentiality pledge, accepted [R21a]. */
  pledgeAccepted: boolean;
  /** The recipient's age X25519 public key (age1…). */
  recipientPublicKey: string;
};

/** A term of the risk model of technical success: logit P(success) = intercept + J-CTO + PROGRESS-CTO [R15][R38]. */
export type RiskModelTerm =
  | 'INTERCEPT'
  /** Per point of the J-CTO score of the core lab's read (0–5) [Morino 2011]. */
  | 'JCTO_SCORE'
  /** Per point of the PROGRESS-CTO score (0–4) of the operator's form and the vessel [Christopoulos 2016]. */
  | 'PROGRESS_CTO_SCORE';

/** Where an operator's O/E stands against the funnel's limits for its number of cases. */
export type FunnelPosition =
  | 'INSIDE_95'
  | 'BELOW_95'
  | 'ABOVE_95'
  /** Below the 99.8 % limit: flagged for the steering committee's review [R15][R38]. */
  | 'BELOW_998'
  /** Above the 99.8 % limit: flagged too (unusually good results may hide unregistered cases [R10][R50b]). */
  | 'ABOVE_998';

/** [T9.5] 転帰. */
export type AdverseEventOutcome =
  | 'RECOVERED'
  | 'IMPROVED'
  | 'RECOVERED_WITH_SEQUELAE'
  | 'NOT_RECOVERED'
  | 'DEATH'
  | 'UNKNOWN';

/** [T9.5] その他の処置. */
export type AdverseEventTreatment =
  | 'NONE'
  | 'DRUG'
  | 'OTHER';

/** [T9.5] 重症度. */
export type Severity =
  | 'MILD'
  | 'MODERATE'
  | 'SEVERE';

/** [T9.5] 因果関係 (with the procedure). */
export type Causality =
  | 'RELATED'
  | 'NOT_RELATED';

/** [T9.6.1] what makes an adverse event serious. */
export type SeriousnessCriterion =
  | 'DEATH'
  | 'LIFE_THREATENING'
  | 'DISABILITY'
  | 'RISK_OF_DISABILITY'
  | 'HOSPITALIZATION'
  | 'COMPARABLE_SEVERITY'
  | 'CONGENITAL_ANOMALY';

export type ReportAdverseEventInput = {
  registrationNumber: string;
  name: string;
  onsetOn: string;
  outcomeOn?: string | null | undefined;
  outcome: AdverseEventOutcome;
  otherTreatment: AdverseEventTreatment;
  /** Serious when any criterion applies [T9.6.1]; empty for a non-serious event. */
  seriousnessCriteria: Array<SeriousnessCriterion>;
  severity: Severity;
  causality: Causality;
};

export type RecordProtocolDeviationInput = {
  registrationNumber: string;
  occurredOn: string;
  description: string;
  reason: string;
};

export type WithdrawConsentInput = {
  registrationNumber: string;
  withdrawnOn: string;
  reason: string;
};

/** A facility's contract with the CTO-PCI expert council [R17]. */
export type ContractStatus =
  /** No contract is needed for this facility. */
  | 'NOT_REQUIRED'
  /** A contract is needed and not yet signed: the facility cannot register. */
  | 'PENDING'
  | 'SIGNED';

export type SiteApprovalInput = {
  /** The facility's id in the operators subgraph, e.g. F001. */
  facilityId: string | number;
  ethicsApprovedOn: string;
  approvalNumber: string;
  contractStatus: ContractStatus;
};

export type AnnualReportReportQueryVariables = Exact<{
  y: number;
}>;


export type AnnualReportReportQuery = { annualReport: { year: number, status: AnnualReportStatus, sha256: string | null, content: string, presentedAt: string | null, csvPath: string, adoption: { domesticCases: number, adopted: number, notComplete: number, awaitingOfficialResult: number, consentWithdrawn: number }, overall: { cases: number, technicalSuccess: { numerator: number, denominator: number, percent: number | null }, procedureSuccess: { numerator: number, denominator: number }, indicationAppropriate: { numerator: number, denominator: number }, complications: Array<{ kind: ReportComplication, source: ReportSource, rate: { numerator: number, denominator: number } }> }, byJctoCategory: Array<{ category: JctoCategory, figures: { cases: number, technicalSuccess: { numerator: number, denominator: number } } }>, byApproach: Array<{ approach: ReportApproach, figures: { cases: number } }>, byExperienceBand: Array<{ band: ExperienceBand, figures: { cases: number } }>, corrections: Array<{ registrationNumber: string, field: string, from: string | null, to: string | null, rulingId: string, changedAt: string }> } };

export type AnnualReportPresentMutationVariables = Exact<{
  y: number;
}>;


export type AnnualReportPresentMutation = { presentAnnualReport: { year: number, status: AnnualReportStatus, sha256: string | null, content: string } };

export type AnnualReportFeesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportFeesQuery = { feeStatement: { lines: Array<{ total: number, case: { registrationNumber: string } }> } };

export type AnnualReportOfficialQueryVariables = Exact<{
  n: string;
}>;


export type AnnualReportOfficialQuery = { case: { officialResult: { outcomes: { technicalSuccess: boolean } } | null } | null };

export type CasesRegistrationYearQueryVariables = Exact<{
  y: number;
  op?: string | number | null | undefined;
}>;


export type CasesRegistrationYearQuery = { registrationYear: { operatorId: string, year: number, domesticCompleted: number, overseasCompleted: number, overseasRequired: boolean } };

export type CasesCoreLabEntityQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesCoreLabEntityQuery = { _entities: Array<
    | { operator: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type CoreLabCommitteeCaseQueryVariables = Exact<{
  n: string;
}>;


export type CoreLabCommitteeCaseQuery = { case: { registrationNumber: string, caseReportForm: { state: FormState }, officialResult: { outcomes: { technicalSuccess: boolean } } | null, coreLabReads: Array<{ criteriaVersion: number, judgement: { technicalSuccess: boolean } }> | null } | null };

export type CoreLabCommitteeReplaceMutationVariables = Exact<{
  n: string;
  r: string | number;
  w?: string | number | null | undefined;
  why: string;
}>;


export type CoreLabCommitteeReplaceMutation = { replaceCoreLabReader: { registrationNumber: string } };

export type CoreLabCommitteeTrailQueryVariables = Exact<{
  n: string;
}>;


export type CoreLabCommitteeTrailQuery = { case: { auditTrail: Array<{ action: AuditAction }> | null } | null };

export type DemoHistoryReportQueryVariables = Exact<{
  y: number;
}>;


export type DemoHistoryReportQuery = { annualReport: { status: AnnualReportStatus, sha256: string | null, overall: { cases: number }, corrections: Array<{ registrationNumber: string, field: string, from: string | null, to: string | null, rulingId: string, changedAt: string }> } };

export type DemoHistoryTrailQueryVariables = Exact<{
  n: string;
}>;


export type DemoHistoryTrailQuery = { case: { auditTrail: Array<{ field: string | null, actor: { __typename: 'Person', id: string } | null }> | null } | null };

export type EdcApiRegisterMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type EdcApiRegisterMutation = { registerCase: { verdict: EligibilityVerdict, registrationNumber: string, registeredOn: string, case: { status: RegistrationStatus } } };

export type EdcApiSaveMutationVariables = Exact<{
  input: SaveCaseReportFormInput;
}>;


export type EdcApiSaveMutation = { saveCaseReportForm: { status: RegistrationStatus, caseReportForm: { state: FormState, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null } } };

export type EdcApiRecordSeriesMutationVariables = Exact<{
  n: string;
  k: ImageSeriesKind;
}>;


export type EdcApiRecordSeriesMutation = { recordImageSeries: { status: RegistrationStatus } };

export type EdcApiCaseQueryVariables = Exact<{
  n: string;
}>;


export type EdcApiCaseQuery = { case: { registrationNumber: string, ageAtProcedure: number | null, patientIdentification: { code: string, initials: string, birthDate: string | null } | null, consent: { followUpConsented: boolean } | null, auditTrail: Array<{ seq: number, action: AuditAction, field: string | null, oldValue: string | null, newValue: string | null, reason: string | null }> | null } | null };

export type EdcApiSiteApprovalMutationVariables = Exact<{
  i: SiteApprovalInput;
}>;


export type EdcApiSiteApprovalMutation = { recordSiteApproval: { ethicsApprovedOn: string, approvalNumber: string, contractStatus: ContractStatus, readyToRegister: boolean } };

export type EdcApiFacilityReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiFacilityReadinessQuery = { _entities: Array<
    | { siteApproval: { approvalNumber: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type EdcApiSubmitMutationVariables = Exact<{
  n: string;
}>;


export type EdcApiSubmitMutation = { submitCaseReportForm: { caseReportForm: { state: FormState } } };

export type EdcApiVerifyTrailQueryVariables = Exact<{
  n: string;
}>;


export type EdcApiVerifyTrailQuery = { verifyAuditTrail: { intact: boolean, checkedEntries: number, firstAlteredSeq: number | null } };

export type EdcApiSignMutationVariables = Exact<{
  i: SignCaseReportFormInput;
}>;


export type EdcApiSignMutation = { signCaseReportForm: { caseReportForm: { signature: { meaning: SignatureMeaning, valid: boolean, signedAt: string, signer: { id: string } | null, operator: { id: string } | null } | null } } };

export type EdcApiSignatureAfterChangeQueryVariables = Exact<{
  n: string;
}>;


export type EdcApiSignatureAfterChangeQuery = { case: { caseReportForm: { signature: { valid: boolean, voidedAt: string | null } | null }, auditTrail: Array<{ action: AuditAction }> | null } | null };

export type EdcApiOpenQueryIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiOpenQueryIdsQuery = { openDataQueries: Array<{ id: string }> };

export type EdcApiRaiseQueryMutationVariables = Exact<{
  i: RaiseDataQueryInput;
}>;


export type EdcApiRaiseQueryMutation = { raiseDataQuery: { id: string, status: DataQueryStatus } };

export type EdcApiOpenQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiOpenQueriesQuery = { openDataQueries: Array<{ id: string, status: DataQueryStatus, field: string }> };

export type EdcApiAnswerQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcApiAnswerQueryMutation = { answerDataQuery: { status: DataQueryStatus, answer: string | null } };

export type EdcApiReopenQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcApiReopenQueryMutation = { reopenDataQuery: { status: DataQueryStatus } };

export type EdcApiAnswerQueryAgainMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcApiAnswerQueryAgainMutation = { answerDataQuery: { status: DataQueryStatus } };

export type EdcApiCloseQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcApiCloseQueryMutation = { closeDataQuery: { status: DataQueryStatus } };

export type EdcApiRaiseQueryOnPatientMutationVariables = Exact<{
  i: RaiseDataQueryInput;
}>;


export type EdcApiRaiseQueryOnPatientMutation = { raiseDataQuery: { id: string } };

export type EdcApiRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiRemindersQuery = { completionReminders: Array<{ missingSections: Array<CrfSection>, missingImageSeries: Array<ImageSeriesKind>, case: { registrationNumber: string } }> };

export type EdcApiRemindersLeftQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiRemindersLeftQuery = { completionReminders: Array<{ case: { registrationNumber: string } }> };

export type EdcApiFollowUpsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiFollowUpsDueQuery = { followUpsDue: Array<{ year: number, dueOn: string, state: FollowUpState, case: { registrationNumber: string } }> };

export type EdcApiFollowUpsOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiFollowUpsOverdueQuery = { followUpsDue: Array<{ year: number, state: FollowUpState }> };

export type EdcApiFollowUpsOnQueryVariables = Exact<{
  d: string;
}>;


export type EdcApiFollowUpsOnQuery = { followUpsDue: Array<{ year: number, state: FollowUpState, case: { registrationNumber: string } }> };

export type EdcApiFollowUpsTooManyQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiFollowUpsTooManyQuery = { followUpsDue: Array<{ year: number }> };

export type EdcApiCaseFollowUpsQueryVariables = Exact<{
  n: string;
}>;


export type EdcApiCaseFollowUpsQuery = { case: { followUps: Array<{ year: number }> | null } | null };

export type EdcApiSafetyAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiSafetyAlertsQuery = { safetyAlerts: Array<{ registrationNumber: string }> };

export type EdcApiReportAdverseEventMutationVariables = Exact<{
  i: ReportAdverseEventInput;
}>;


export type EdcApiReportAdverseEventMutation = { reportAdverseEvent: { id: string, serious: boolean } };

export type EdcApiSafetyAlertDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcApiSafetyAlertDetailsQuery = { safetyAlerts: Array<{ registrationNumber: string, cursor: string, adverseEvent: { name: string, severity: Severity } }> };

export type EdcApiDeviationMutationVariables = Exact<{
  i: RecordProtocolDeviationInput;
}>;


export type EdcApiDeviationMutation = { recordProtocolDeviation: { occurredOn: string, reason: string } };

export type EdcApiWithdrawMutationVariables = Exact<{
  i: WithdrawConsentInput;
}>;


export type EdcApiWithdrawMutation = { withdrawConsent: { consent: { withdrawnOn: string | null, withdrawalReason: string | null } | null, followUps: Array<{ year: number }> | null } };

export type EdcRulesRegisterMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type EdcRulesRegisterMutation = { registerCase: { registrationNumber: string } };

export type EdcRulesSaveMutationVariables = Exact<{
  input: SaveCaseReportFormInput;
}>;


export type EdcRulesSaveMutation = { saveCaseReportForm: { registrationNumber: string } };

export type EdcRulesFormQueryVariables = Exact<{
  n: string;
}>;


export type EdcRulesFormQuery = { case: { caseReportForm: { judgement: { comment: string | null, finalTimiFlow: number } | null, signature: { valid: boolean } | null }, auditTrail: Array<{ action: AuditAction, field: string | null }> | null } | null };

export type EdcRulesDeviationMutationVariables = Exact<{
  i: RecordProtocolDeviationInput;
}>;


export type EdcRulesDeviationMutation = { recordProtocolDeviation: { id: string } };

export type EdcRulesSiteApprovalMutationVariables = Exact<{
  i: SiteApprovalInput;
}>;


export type EdcRulesSiteApprovalMutation = { recordSiteApproval: { readyToRegister: boolean } };

export type EdcRulesSubmitMutationVariables = Exact<{
  n: string;
}>;


export type EdcRulesSubmitMutation = { submitCaseReportForm: { registrationNumber: string } };

export type EdcRulesSignMutationVariables = Exact<{
  i: SignCaseReportFormInput;
}>;


export type EdcRulesSignMutation = { signCaseReportForm: { registrationNumber: string } };

export type EdcRulesFollowUpMutationVariables = Exact<{
  i: RecordFollowUpInput;
}>;


export type EdcRulesFollowUpMutation = { recordFollowUp: { registrationNumber: string } };

export type EdcRulesDeviationLiteralMutationVariables = Exact<{
  n: string;
}>;


export type EdcRulesDeviationLiteralMutation = { recordProtocolDeviation: { id: string } };

export type EdcRulesDeviationWellFormedMutationVariables = Exact<{
  n: string;
}>;


export type EdcRulesDeviationWellFormedMutation = { recordProtocolDeviation: { occurredOn: string, recordedAt: string } };

export type EdcRulesReportAdverseEventMutationVariables = Exact<{
  i: ReportAdverseEventInput;
}>;


export type EdcRulesReportAdverseEventMutation = { reportAdverseEvent: { id: string, outcomeOn: string | null } };

export type EdcRulesProcedureDateQueryVariables = Exact<{
  n: string;
}>;


export type EdcRulesProcedureDateQuery = { case: { procedureDate: string, registeredOn: string } | null };

export type EdcWritesRegisterMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type EdcWritesRegisterMutation = { registerCase: { registrationNumber: string } };

export type EdcWritesSaveMutationVariables = Exact<{
  input: SaveCaseReportFormInput;
}>;


export type EdcWritesSaveMutation = { saveCaseReportForm: { registrationNumber: string } };

export type EdcWritesSiteApprovalMutationVariables = Exact<{
  i: SiteApprovalInput;
}>;


export type EdcWritesSiteApprovalMutation = { recordSiteApproval: { readyToRegister: boolean } };

export type EdcWritesRaiseQueryMutationVariables = Exact<{
  i: RaiseDataQueryInput;
}>;


export type EdcWritesRaiseQueryMutation = { raiseDataQuery: { id: string } };

export type EdcWritesWithdrawMutationVariables = Exact<{
  i: WithdrawConsentInput;
}>;


export type EdcWritesWithdrawMutation = { withdrawConsent: { registrationNumber: string } };

export type EdcWritesAnswerConfirmedMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcWritesAnswerConfirmedMutation = { answerDataQuery: { status: DataQueryStatus } };

export type EdcWritesSubmitMutationVariables = Exact<{
  n: string;
}>;


export type EdcWritesSubmitMutation = { submitCaseReportForm: { registrationNumber: string } };

export type EdcWritesSignMutationVariables = Exact<{
  i: SignCaseReportFormInput;
}>;


export type EdcWritesSignMutation = { signCaseReportForm: { registrationNumber: string } };

export type EdcWritesAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcWritesAnswerMutation = { answerDataQuery: { status: DataQueryStatus } };

export type EdcWritesReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcWritesReopenMutation = { reopenDataQuery: { status: DataQueryStatus } };

export type EdcWritesCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type EdcWritesCloseMutation = { closeDataQuery: { status: DataQueryStatus } };

export type EdcWritesStartUploadMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type EdcWritesStartUploadMutation = { startImageUpload: { id: string } };

export type EdcWritesRecordSeriesMutationVariables = Exact<{
  n: string;
}>;


export type EdcWritesRecordSeriesMutation = { recordImageSeries: { status: RegistrationStatus } };

export type EdcWritesReviewHeldMutationVariables = Exact<{
  i: ReviewHeldImageInput;
}>;


export type EdcWritesReviewHeldMutation = { reviewHeldImage: { status: ImageStatus } };

export type EdcWritesFollowUpMutationVariables = Exact<{
  i: RecordFollowUpInput;
}>;


export type EdcWritesFollowUpMutation = { recordFollowUp: { registrationNumber: string } };

export type EdcWritesAdverseEventMutationVariables = Exact<{
  i: ReportAdverseEventInput;
}>;


export type EdcWritesAdverseEventMutation = { reportAdverseEvent: { id: string } };

export type EdcWritesDeviationMutationVariables = Exact<{
  i: RecordProtocolDeviationInput;
}>;


export type EdcWritesDeviationMutation = { recordProtocolDeviation: { id: string } };

export type EdcWritesLockMutationVariables = Exact<{
  n: string;
}>;


export type EdcWritesLockMutation = { lockCaseReportForm: { registrationNumber: string } };

export type EdcWritesLostToFollowUpMutationVariables = Exact<{
  i: MarkLostToFollowUpInput;
}>;


export type EdcWritesLostToFollowUpMutation = { markLostToFollowUp: { registrationNumber: string } };

export type EdcWritesLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcWritesLibraryQuery = { caseLibrary: { totalCount: number, nodes: Array<{ registrationNumber: string }> } };

export type EdcWritesImagesQueryVariables = Exact<{
  n: string;
}>;


export type EdcWritesImagesQuery = { case: { registrationNumber: string, images: Array<{ instances: Array<{ status: ImageStatus }> }> } | null };

export type FeeStatementsFieldsFragment = { id: string, number: string, year: number, revision: number, total: number, issuedAt: string, issuedBy: string, correctionReason: string | null, csvPath: string, facility: { id: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null, lines: Array<{ registrationNumber: string, procedureDate: string, registrationFee: number, acuteResultFee: number, followUpYears: number, followUpFee: number, total: number }> };

export type FeeStatementsIssueMutationVariables = Exact<{
  y: number;
}>;


export type FeeStatementsIssueMutation = { issueFeeStatements: Array<{ id: string, number: string, year: number, revision: number, total: number, issuedAt: string, issuedBy: string, correctionReason: string | null, csvPath: string, facility: { id: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null, lines: Array<{ registrationNumber: string, procedureDate: string, registrationFee: number, acuteResultFee: number, followUpYears: number, followUpFee: number, total: number }> }> };

export type FeeStatementsListQueryVariables = Exact<{
  y: number;
  f?: string | number | null | undefined;
}>;


export type FeeStatementsListQuery = { issuedFeeStatements: Array<{ id: string, number: string, year: number, revision: number, total: number, issuedAt: string, issuedBy: string, correctionReason: string | null, csvPath: string, facility: { id: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null, lines: Array<{ registrationNumber: string, procedureDate: string, registrationFee: number, acuteResultFee: number, followUpYears: number, followUpFee: number, total: number }> }> };

export type FeeStatementsCorrectMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type FeeStatementsCorrectMutation = { correctFeeStatement: { id: string, number: string, year: number, revision: number, total: number, issuedAt: string, issuedBy: string, correctionReason: string | null, csvPath: string, facility: { id: string }, replaces: { id: string, number: string } | null, replacedBy: { id: string, number: string } | null, lines: Array<{ registrationNumber: string, procedureDate: string, registrationFee: number, acuteResultFee: number, followUpYears: number, followUpFee: number, total: number }> } };

export type FeeStatementsPresentMutationVariables = Exact<{ [key: string]: never; }>;


export type FeeStatementsPresentMutation = { presentAnnualReport: { status: AnnualReportStatus } };

export type FeeStatementsNowQueryVariables = Exact<{
  f: string | number;
}>;


export type FeeStatementsNowQuery = { feeStatement: { total: number, lines: Array<{ total: number, case: { registrationNumber: string } }> } };

export type FeeStatementsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type FeeStatementsOneQuery = { issuedFeeStatement: { number: string } | null };

export type BurnedInTextImagesQueryVariables = Exact<{
  n: string;
}>;


export type BurnedInTextImagesQuery = { case: { images: Array<{ instances: Array<{ sopInstanceUid: string, status: ImageStatus, quarantineReason: string | null }> }> } | null };

export type BurnedInTextHeldQueryVariables = Exact<{ [key: string]: never; }>;


export type BurnedInTextHeldQuery = { heldImages: Array<{ sopInstanceUid: string, quarantineReason: string | null }> };

export type DicomwebStatusQueryVariables = Exact<{
  n: string;
}>;


export type DicomwebStatusQuery = { case: { status: RegistrationStatus } | null };

export type ImagesLibraryStartMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type ImagesLibraryStartMutation = { startImageUpload: { id: string, state: ImageUploadState, stowUrl: string, bytesExpected: number | null } };

export type ImagesLibraryUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type ImagesLibraryUploadQuery = { imageUpload: { state: ImageUploadState, bytesReceived: number, fractionReceived: number | null, instancesStored: number, instancesQuarantined: number, finishedAt: string | null, refusals: Array<{ code: string }> } | null };

export type ImagesLibraryImagesQueryVariables = Exact<{
  n: string;
}>;


export type ImagesLibraryImagesQuery = { case: { images: Array<{ seriesInstanceUid: string, kind: string, modality: string | null, frameCount: number, retrieveUrl: string, dicomwebUrl: string, instances: Array<{ sopInstanceUid: string, status: ImageStatus, quarantineReason: string | null, numberOfFrames: number | null, bytes: number, retrieveUrl: string, review: { decision: ImageReviewDecision, reason: string } | null }> }> } | null };

export type ImagesLibraryPageQueryVariables = Exact<{
  n: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImagesLibraryPageQuery = { case: { images: Array<{ frameCount: number, instances: Array<{ sopInstanceUid: string }> }> } | null };

export type ImagesLibraryCoreLabImagesQueryVariables = Exact<{
  n: string;
}>;


export type ImagesLibraryCoreLabImagesQuery = { coreLabCase: { images: Array<{ seriesInstanceUid: string, frameCount: number, instances: Array<{ sopInstanceUid: string, status: ImageStatus }> }> } | null };

export type ImagesLibraryHeldQueryVariables = Exact<{ [key: string]: never; }>;


export type ImagesLibraryHeldQuery = { heldImages: Array<{ registrationNumber: string, sopInstanceUid: string, quarantineReason: string | null }> };

export type ImagesLibraryReviewMutationVariables = Exact<{
  i: ReviewHeldImageInput;
}>;


export type ImagesLibraryReviewMutation = { reviewHeldImage: { status: ImageStatus, review: { decision: ImageReviewDecision, reason: string } | null } };

export type ImagesLibraryAuditQueryVariables = Exact<{
  n: string;
}>;


export type ImagesLibraryAuditQuery = { case: { auditTrail: Array<{ action: AuditAction, reason: string | null }> | null } | null };

export type StagingUploadsQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingUploadsQuery = { myImageUploads: Array<{ state: ImageUploadState, instancesStored: number, refusals: Array<{ code: string }> }> };

export type UploadRefusalsStartMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type UploadRefusalsStartMutation = { startImageUpload: { id: string, state: ImageUploadState, stowUrl: string } };

export type UploadRefusalsUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadRefusalsUploadQuery = { imageUpload: { state: ImageUploadState, finishedAt: string | null, refusals: Array<{ code: string, message: string }> } | null };

export type ReleaseApiRequestFragment = { id: string, status: DataRequestStatus, items: Array<string>, years: Array<number>, requesterKind: DataRequesterKind, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null }>, release: { id: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null };

export type ReleaseApiFileMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type ReleaseApiFileMutation = { fileDataRequest: { id: string, status: DataRequestStatus, items: Array<string>, years: Array<number>, requesterKind: DataRequesterKind, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null }>, release: { id: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null } };

export type ReleaseApiReviseMutationVariables = Exact<{
  id: string | number;
  input: DataRequestInput;
}>;


export type ReleaseApiReviseMutation = { reviseDataRequest: { id: string, status: DataRequestStatus, items: Array<string>, years: Array<number>, requesterKind: DataRequesterKind, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null }>, release: { id: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null } };

export type ReleaseApiReviewMutationVariables = Exact<{
  id: string | number;
  d: DataRequestDecision;
  r?: string | null | undefined;
}>;


export type ReleaseApiReviewMutation = { reviewDataRequest: { id: string, status: DataRequestStatus, items: Array<string>, years: Array<number>, requesterKind: DataRequesterKind, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null }>, release: { id: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null } };

export type ReleaseApiReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseApiReleaseMutation = { releaseData: { id: string, status: DataRequestStatus, items: Array<string>, years: Array<number>, requesterKind: DataRequesterKind, history: Array<{ from: DataRequestStatus | null, to: DataRequestStatus, reason: string | null }>, release: { id: string, sha256: string, packageBytes: number, downloadPath: string, provision: { recipient: string, items: Array<string>, years: Array<number>, providedOn: string, method: string, formats: Array<string>, casesIncluded: number, casesExcludedForWithdrawnConsent: number, anonymization: Array<string>, smallCellThreshold: number, keyTableExists: boolean, keyTableHeldBy: string, packageSha256: string } } | null } };

export type ReleaseApiDictionaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiDictionaryQuery = { dataDictionary: Array<{ id: string, dataType: string, source: string, identifying: boolean }> };

export type ReleaseApiDictionaryIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiDictionaryIdsQuery = { dataDictionary: Array<{ id: string }> };

export type ReleaseApiPublicationMutationVariables = Exact<{
  id: string | number;
  p: string;
}>;


export type ReleaseApiPublicationMutation = { reportDataPublication: { status: DataRequestStatus } };

export type ReleaseApiRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiRecipientsQuery = { dataReleaseRecipients: Array<{ recipientName: string, requesterKind: DataRequesterKind, title: string, years: Array<number>, releasedOn: string, publication: string | null }> };

export type ReleaseApiRequesterKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiRequesterKindsQuery = { dataRequests: Array<{ requesterKind: DataRequesterKind }> };

export type ReleaseApiRequestIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiRequestIdsQuery = { dataRequests: Array<{ id: string }> };

export type ReleaseApiWaitingQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type ReleaseApiWaitingQuery = { dataRequests: Array<{ id: string, status: DataRequestStatus }> };

export type ReleaseApiSubmittedQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiSubmittedQuery = { dataRequests: Array<{ id: string, title: string }> };

export type ReleaseApiOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ReleaseApiOneQuery = { dataRequest: { id: string, title: string } | null };

export type ReleaseApiMineQueryVariables = Exact<{
  id: string | number;
}>;


export type ReleaseApiMineQuery = { dataRequest: { mine: boolean } | null };

export type ReleaseApiTooManyQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiTooManyQuery = { dataRequests: Array<{ id: string }> };

export type ReleaseApiYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseApiYearsQuery = { dataRequestYears: Array<number> };

export type ReleaseLargeFileMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type ReleaseLargeFileMutation = { fileDataRequest: { id: string } };

export type ReleaseLargeApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseLargeApproveMutation = { reviewDataRequest: { status: DataRequestStatus } };

export type ReleaseLargeReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseLargeReleaseMutation = { releaseData: { release: { sha256: string, packageBytes: number, downloadPath: string, provision: { casesIncluded: number, casesExcludedForWithdrawnConsent: number } } | null } };

export type RiskModelApiFieldsFragment = { id: string, years: Array<number>, cases: number, successes: number, coefficients: Array<{ term: RiskModelTerm, estimate: number, standardError: number, oddsRatio: number, years: Array<number> }>, calibration: { hosmerLemeshow: number, degreesOfFreedom: number, pValue: number, groups: Array<{ group: number, cases: number, observed: number, expected: number }> } };

export type RiskApiFitMutationVariables = Exact<{
  years: Array<number> | number;
}>;


export type RiskApiFitMutation = { fitRiskModel: { id: string, years: Array<number>, cases: number, successes: number, coefficients: Array<{ term: RiskModelTerm, estimate: number, standardError: number, oddsRatio: number, years: Array<number> }>, calibration: { hosmerLemeshow: number, degreesOfFreedom: number, pValue: number, groups: Array<{ group: number, cases: number, observed: number, expected: number }> } } };

export type RiskApiModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskApiModelsQuery = { riskModels: Array<{ id: string, years: Array<number>, cases: number, successes: number, coefficients: Array<{ term: RiskModelTerm, estimate: number, standardError: number, oddsRatio: number, years: Array<number> }>, calibration: { hosmerLemeshow: number, degreesOfFreedom: number, pValue: number, groups: Array<{ group: number, cases: number, observed: number, expected: number }> } }> };

export type RiskApiReviewQueryVariables = Exact<{
  year: number;
  modelId?: string | number | null | undefined;
}>;


export type RiskApiReviewQuery = { riskAdjustedMonitoring: { year: number, cases: number, observed: number, expected: number, expectedRate: number, casesWithoutScores: number, model: { id: string, years: Array<number> }, operators: Array<{ operatorId: string, cases: number, observed: number, expected: number, observedToExpected: number, position: FunnelPosition, flaggedForReview: boolean, interval95: { lower: number, upper: number }, limits: { cases: number, lower95: number, upper95: number, lower998: number, upper998: number } }>, overdispersion: { operators: number, phi: number, pValue: number, tau2: number, applied: boolean }, funnel: Array<{ cases: number, lower95: number, upper95: number, lower998: number, upper998: number }> } };

export type RiskApiModelIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskApiModelIdsQuery = { riskModels: Array<{ id: string, years: Array<number> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FeeStatementsFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeeStatementsFields on IssuedFeeStatement {
  id
  number
  year
  revision
  total
  issuedAt
  issuedBy
  correctionReason
  csvPath
  facility {
    id
  }
  replaces {
    id
    number
  }
  replacedBy {
    id
    number
  }
  lines {
    registrationNumber
    procedureDate
    registrationFee
    acuteResultFee
    followUpYears
    followUpFee
    total
  }
}
    `, {"fragmentName":"FeeStatementsFields"}) as unknown as TypedDocumentString<FeeStatementsFieldsFragment, unknown>;
export const ReleaseApiRequestFragmentDoc = new TypedDocumentString(`
    fragment ReleaseApiRequest on DataRequest {
  id
  status
  items
  years
  requesterKind
  history {
    from
    to
    reason
  }
  release {
    id
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
}
    `, {"fragmentName":"ReleaseApiRequest"}) as unknown as TypedDocumentString<ReleaseApiRequestFragment, unknown>;
export const RiskModelApiFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskModelApiFields on RiskModel {
  id
  years
  cases
  successes
  coefficients {
    term
    estimate
    standardError
    oddsRatio
    years
  }
  calibration {
    groups {
      group
      cases
      observed
      expected
    }
    hosmerLemeshow
    degreesOfFreedom
    pValue
  }
}
    `, {"fragmentName":"RiskModelApiFields"}) as unknown as TypedDocumentString<RiskModelApiFieldsFragment, unknown>;
export const AnnualReportReportDocument = new TypedDocumentString(`
    query AnnualReportReport($y: Int!) {
  annualReport(year: $y) {
    year
    status
    sha256
    content
    presentedAt
    csvPath
    adoption {
      domesticCases
      adopted
      notComplete
      awaitingOfficialResult
      consentWithdrawn
    }
    overall {
      cases
      technicalSuccess {
        numerator
        denominator
        percent
      }
      procedureSuccess {
        numerator
        denominator
      }
      indicationAppropriate {
        numerator
        denominator
      }
      complications {
        kind
        source
        rate {
          numerator
          denominator
        }
      }
    }
    byJctoCategory {
      category
      figures {
        cases
        technicalSuccess {
          numerator
          denominator
        }
      }
    }
    byApproach {
      approach
      figures {
        cases
      }
    }
    byExperienceBand {
      band
      figures {
        cases
      }
    }
    corrections {
      registrationNumber
      field
      from
      to
      rulingId
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportReportQuery, AnnualReportReportQueryVariables>;
export const AnnualReportPresentDocument = new TypedDocumentString(`
    mutation AnnualReportPresent($y: Int!) {
  presentAnnualReport(year: $y) {
    year
    status
    sha256
    content
  }
}
    `) as unknown as TypedDocumentString<AnnualReportPresentMutation, AnnualReportPresentMutationVariables>;
export const AnnualReportFeesDocument = new TypedDocumentString(`
    query AnnualReportFees {
  feeStatement(facilityId: "F001", year: 2026) {
    lines {
      case {
        registrationNumber
      }
      total
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportFeesQuery, AnnualReportFeesQueryVariables>;
export const AnnualReportOfficialDocument = new TypedDocumentString(`
    query AnnualReportOfficial($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    officialResult {
      outcomes {
        technicalSuccess
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportOfficialQuery, AnnualReportOfficialQueryVariables>;
export const CasesRegistrationYearDocument = new TypedDocumentString(`
    query CasesRegistrationYear($y: Int!, $op: ID) {
  registrationYear(year: $y, operatorId: $op) {
    operatorId
    year
    domesticCompleted
    overseasCompleted
    overseasRequired
  }
}
    `) as unknown as TypedDocumentString<CasesRegistrationYearQuery, CasesRegistrationYearQueryVariables>;
export const CasesCoreLabEntityDocument = new TypedDocumentString(`
    query CasesCoreLabEntity {
  _entities(
    representations: [{__typename: "Case", registrationNumber: "CTO-2026-00001"}]
  ) {
    ... on Case {
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesCoreLabEntityQuery, CasesCoreLabEntityQueryVariables>;
export const CoreLabCommitteeCaseDocument = new TypedDocumentString(`
    query CoreLabCommitteeCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    registrationNumber
    caseReportForm {
      state
    }
    officialResult {
      outcomes {
        technicalSuccess
      }
    }
    coreLabReads {
      criteriaVersion
      judgement {
        technicalSuccess
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabCommitteeCaseQuery, CoreLabCommitteeCaseQueryVariables>;
export const CoreLabCommitteeReplaceDocument = new TypedDocumentString(`
    mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) {
  replaceCoreLabReader(
    registrationNumber: $n
    readerId: $r
    replacementId: $w
    reason: $why
  ) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<CoreLabCommitteeReplaceMutation, CoreLabCommitteeReplaceMutationVariables>;
export const CoreLabCommitteeTrailDocument = new TypedDocumentString(`
    query CoreLabCommitteeTrail($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    auditTrail {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabCommitteeTrailQuery, CoreLabCommitteeTrailQueryVariables>;
export const DemoHistoryReportDocument = new TypedDocumentString(`
    query DemoHistoryReport($y: Int!) {
  annualReport(year: $y) {
    status
    sha256
    overall {
      cases
    }
    corrections {
      registrationNumber
      field
      from
      to
      rulingId
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DemoHistoryReportQuery, DemoHistoryReportQueryVariables>;
export const DemoHistoryTrailDocument = new TypedDocumentString(`
    query DemoHistoryTrail($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    auditTrail {
      field
      actor {
        __typename
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoHistoryTrailQuery, DemoHistoryTrailQueryVariables>;
export const EdcApiRegisterDocument = new TypedDocumentString(`
    mutation EdcApiRegister($input: RegisterCaseInput!) {
  registerCase(input: $input) {
    verdict
    registrationNumber
    registeredOn
    case {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiRegisterMutation, EdcApiRegisterMutationVariables>;
export const EdcApiSaveDocument = new TypedDocumentString(`
    mutation EdcApiSave($input: SaveCaseReportFormInput!) {
  saveCaseReportForm(input: $input) {
    status
    caseReportForm {
      state
      scores {
        jcto {
          score
          category
        }
        progressCto
        castle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiSaveMutation, EdcApiSaveMutationVariables>;
export const EdcApiRecordSeriesDocument = new TypedDocumentString(`
    mutation EdcApiRecordSeries($n: RegistrationNumber!, $k: ImageSeriesKind!) {
  recordImageSeries(input: {registrationNumber: $n, kind: $k}) {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcApiRecordSeriesMutation, EdcApiRecordSeriesMutationVariables>;
export const EdcApiCaseDocument = new TypedDocumentString(`
    query EdcApiCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    registrationNumber
    ageAtProcedure
    patientIdentification {
      code
      initials
      birthDate
    }
    consent {
      followUpConsented
    }
    auditTrail {
      seq
      action
      field
      oldValue
      newValue
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiCaseQuery, EdcApiCaseQueryVariables>;
export const EdcApiSiteApprovalDocument = new TypedDocumentString(`
    mutation EdcApiSiteApproval($i: SiteApprovalInput!) {
  recordSiteApproval(input: $i) {
    ethicsApprovedOn
    approvalNumber
    contractStatus
    readyToRegister
  }
}
    `) as unknown as TypedDocumentString<EdcApiSiteApprovalMutation, EdcApiSiteApprovalMutationVariables>;
export const EdcApiFacilityReadinessDocument = new TypedDocumentString(`
    query EdcApiFacilityReadiness {
  _entities(representations: [{__typename: "Facility", id: "F001"}]) {
    ... on Facility {
      siteApproval {
        approvalNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiFacilityReadinessQuery, EdcApiFacilityReadinessQueryVariables>;
export const EdcApiSubmitDocument = new TypedDocumentString(`
    mutation EdcApiSubmit($n: RegistrationNumber!) {
  submitCaseReportForm(registrationNumber: $n) {
    caseReportForm {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiSubmitMutation, EdcApiSubmitMutationVariables>;
export const EdcApiVerifyTrailDocument = new TypedDocumentString(`
    query EdcApiVerifyTrail($n: RegistrationNumber!) {
  verifyAuditTrail(registrationNumber: $n) {
    intact
    checkedEntries
    firstAlteredSeq
  }
}
    `) as unknown as TypedDocumentString<EdcApiVerifyTrailQuery, EdcApiVerifyTrailQueryVariables>;
export const EdcApiSignDocument = new TypedDocumentString(`
    mutation EdcApiSign($i: SignCaseReportFormInput!) {
  signCaseReportForm(input: $i) {
    caseReportForm {
      signature {
        signer {
          id
        }
        operator {
          id
        }
        meaning
        valid
        signedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiSignMutation, EdcApiSignMutationVariables>;
export const EdcApiSignatureAfterChangeDocument = new TypedDocumentString(`
    query EdcApiSignatureAfterChange($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    caseReportForm {
      signature {
        valid
        voidedAt
      }
    }
    auditTrail {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiSignatureAfterChangeQuery, EdcApiSignatureAfterChangeQueryVariables>;
export const EdcApiOpenQueryIdsDocument = new TypedDocumentString(`
    query EdcApiOpenQueryIds {
  openDataQueries(facilityId: "F001") {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcApiOpenQueryIdsQuery, EdcApiOpenQueryIdsQueryVariables>;
export const EdcApiRaiseQueryDocument = new TypedDocumentString(`
    mutation EdcApiRaiseQuery($i: RaiseDataQueryInput!) {
  raiseDataQuery(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EdcApiRaiseQueryMutation, EdcApiRaiseQueryMutationVariables>;
export const EdcApiOpenQueriesDocument = new TypedDocumentString(`
    query EdcApiOpenQueries {
  openDataQueries(facilityId: "F001") {
    id
    status
    field
  }
}
    `) as unknown as TypedDocumentString<EdcApiOpenQueriesQuery, EdcApiOpenQueriesQueryVariables>;
export const EdcApiAnswerQueryDocument = new TypedDocumentString(`
    mutation EdcApiAnswerQuery($id: ID!) {
  answerDataQuery(id: $id, answer: "250 ml is correct") {
    status
    answer
  }
}
    `) as unknown as TypedDocumentString<EdcApiAnswerQueryMutation, EdcApiAnswerQueryMutationVariables>;
export const EdcApiReopenQueryDocument = new TypedDocumentString(`
    mutation EdcApiReopenQuery($id: ID!) {
  reopenDataQuery(id: $id, reason: "Source shows 260") {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcApiReopenQueryMutation, EdcApiReopenQueryMutationVariables>;
export const EdcApiAnswerQueryAgainDocument = new TypedDocumentString(`
    mutation EdcApiAnswerQueryAgain($id: ID!) {
  answerDataQuery(id: $id, answer: "Corrected source: 250") {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcApiAnswerQueryAgainMutation, EdcApiAnswerQueryAgainMutationVariables>;
export const EdcApiCloseQueryDocument = new TypedDocumentString(`
    mutation EdcApiCloseQuery($id: ID!) {
  closeDataQuery(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcApiCloseQueryMutation, EdcApiCloseQueryMutationVariables>;
export const EdcApiRaiseQueryOnPatientDocument = new TypedDocumentString(`
    mutation EdcApiRaiseQueryOnPatient($i: RaiseDataQueryInput!) {
  raiseDataQuery(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcApiRaiseQueryOnPatientMutation, EdcApiRaiseQueryOnPatientMutationVariables>;
export const EdcApiRemindersDocument = new TypedDocumentString(`
    query EdcApiReminders {
  completionReminders {
    case {
      registrationNumber
    }
    missingSections
    missingImageSeries
  }
}
    `) as unknown as TypedDocumentString<EdcApiRemindersQuery, EdcApiRemindersQueryVariables>;
export const EdcApiRemindersLeftDocument = new TypedDocumentString(`
    query EdcApiRemindersLeft {
  completionReminders {
    case {
      registrationNumber
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiRemindersLeftQuery, EdcApiRemindersLeftQueryVariables>;
export const EdcApiFollowUpsDueDocument = new TypedDocumentString(`
    query EdcApiFollowUpsDue {
  followUpsDue(asOf: "2027-03-20") {
    case {
      registrationNumber
    }
    year
    dueOn
    state
  }
}
    `) as unknown as TypedDocumentString<EdcApiFollowUpsDueQuery, EdcApiFollowUpsDueQueryVariables>;
export const EdcApiFollowUpsOverdueDocument = new TypedDocumentString(`
    query EdcApiFollowUpsOverdue {
  followUpsDue(asOf: "2027-07-01") {
    year
    state
  }
}
    `) as unknown as TypedDocumentString<EdcApiFollowUpsOverdueQuery, EdcApiFollowUpsOverdueQueryVariables>;
export const EdcApiFollowUpsOnDocument = new TypedDocumentString(`
    query EdcApiFollowUpsOn($d: String!) {
  followUpsDue(asOf: $d) {
    case {
      registrationNumber
    }
    year
    state
  }
}
    `) as unknown as TypedDocumentString<EdcApiFollowUpsOnQuery, EdcApiFollowUpsOnQueryVariables>;
export const EdcApiFollowUpsTooManyDocument = new TypedDocumentString(`
    query EdcApiFollowUpsTooMany {
  followUpsDue(first: 101) {
    year
  }
}
    `) as unknown as TypedDocumentString<EdcApiFollowUpsTooManyQuery, EdcApiFollowUpsTooManyQueryVariables>;
export const EdcApiCaseFollowUpsDocument = new TypedDocumentString(`
    query EdcApiCaseFollowUps($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    followUps {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiCaseFollowUpsQuery, EdcApiCaseFollowUpsQueryVariables>;
export const EdcApiSafetyAlertsDocument = new TypedDocumentString(`
    query EdcApiSafetyAlerts {
  safetyAlerts {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcApiSafetyAlertsQuery, EdcApiSafetyAlertsQueryVariables>;
export const EdcApiReportAdverseEventDocument = new TypedDocumentString(`
    mutation EdcApiReportAdverseEvent($i: ReportAdverseEventInput!) {
  reportAdverseEvent(input: $i) {
    id
    serious
  }
}
    `) as unknown as TypedDocumentString<EdcApiReportAdverseEventMutation, EdcApiReportAdverseEventMutationVariables>;
export const EdcApiSafetyAlertDetailsDocument = new TypedDocumentString(`
    query EdcApiSafetyAlertDetails {
  safetyAlerts {
    registrationNumber
    cursor
    adverseEvent {
      name
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiSafetyAlertDetailsQuery, EdcApiSafetyAlertDetailsQueryVariables>;
export const EdcApiDeviationDocument = new TypedDocumentString(`
    mutation EdcApiDeviation($i: RecordProtocolDeviationInput!) {
  recordProtocolDeviation(input: $i) {
    occurredOn
    reason
  }
}
    `) as unknown as TypedDocumentString<EdcApiDeviationMutation, EdcApiDeviationMutationVariables>;
export const EdcApiWithdrawDocument = new TypedDocumentString(`
    mutation EdcApiWithdraw($i: WithdrawConsentInput!) {
  withdrawConsent(input: $i) {
    consent {
      withdrawnOn
      withdrawalReason
    }
    followUps {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<EdcApiWithdrawMutation, EdcApiWithdrawMutationVariables>;
export const EdcRulesRegisterDocument = new TypedDocumentString(`
    mutation EdcRulesRegister($input: RegisterCaseInput!) {
  registerCase(input: $input) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcRulesRegisterMutation, EdcRulesRegisterMutationVariables>;
export const EdcRulesSaveDocument = new TypedDocumentString(`
    mutation EdcRulesSave($input: SaveCaseReportFormInput!) {
  saveCaseReportForm(input: $input) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcRulesSaveMutation, EdcRulesSaveMutationVariables>;
export const EdcRulesFormDocument = new TypedDocumentString(`
    query EdcRulesForm($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    caseReportForm {
      judgement {
        comment
        finalTimiFlow
      }
      signature {
        valid
      }
    }
    auditTrail {
      action
      field
    }
  }
}
    `) as unknown as TypedDocumentString<EdcRulesFormQuery, EdcRulesFormQueryVariables>;
export const EdcRulesDeviationDocument = new TypedDocumentString(`
    mutation EdcRulesDeviation($i: RecordProtocolDeviationInput!) {
  recordProtocolDeviation(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcRulesDeviationMutation, EdcRulesDeviationMutationVariables>;
export const EdcRulesSiteApprovalDocument = new TypedDocumentString(`
    mutation EdcRulesSiteApproval($i: SiteApprovalInput!) {
  recordSiteApproval(input: $i) {
    readyToRegister
  }
}
    `) as unknown as TypedDocumentString<EdcRulesSiteApprovalMutation, EdcRulesSiteApprovalMutationVariables>;
export const EdcRulesSubmitDocument = new TypedDocumentString(`
    mutation EdcRulesSubmit($n: RegistrationNumber!) {
  submitCaseReportForm(registrationNumber: $n) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcRulesSubmitMutation, EdcRulesSubmitMutationVariables>;
export const EdcRulesSignDocument = new TypedDocumentString(`
    mutation EdcRulesSign($i: SignCaseReportFormInput!) {
  signCaseReportForm(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcRulesSignMutation, EdcRulesSignMutationVariables>;
export const EdcRulesFollowUpDocument = new TypedDocumentString(`
    mutation EdcRulesFollowUp($i: RecordFollowUpInput!) {
  recordFollowUp(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcRulesFollowUpMutation, EdcRulesFollowUpMutationVariables>;
export const EdcRulesDeviationLiteralDocument = new TypedDocumentString(`
    mutation EdcRulesDeviationLiteral($n: RegistrationNumber!) {
  recordProtocolDeviation(
    input: {registrationNumber: $n, occurredOn: "2025/06/30", description: "Late form", reason: "Delivery"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcRulesDeviationLiteralMutation, EdcRulesDeviationLiteralMutationVariables>;
export const EdcRulesDeviationWellFormedDocument = new TypedDocumentString(`
    mutation EdcRulesDeviationWellFormed($n: RegistrationNumber!) {
  recordProtocolDeviation(
    input: {registrationNumber: $n, occurredOn: "2025-06-30", description: "Late form", reason: "Delivery"}
  ) {
    occurredOn
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<EdcRulesDeviationWellFormedMutation, EdcRulesDeviationWellFormedMutationVariables>;
export const EdcRulesReportAdverseEventDocument = new TypedDocumentString(`
    mutation EdcRulesReportAdverseEvent($i: ReportAdverseEventInput!) {
  reportAdverseEvent(input: $i) {
    id
    outcomeOn
  }
}
    `) as unknown as TypedDocumentString<EdcRulesReportAdverseEventMutation, EdcRulesReportAdverseEventMutationVariables>;
export const EdcRulesProcedureDateDocument = new TypedDocumentString(`
    query EdcRulesProcedureDate($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    procedureDate
    registeredOn
  }
}
    `) as unknown as TypedDocumentString<EdcRulesProcedureDateQuery, EdcRulesProcedureDateQueryVariables>;
export const EdcWritesRegisterDocument = new TypedDocumentString(`
    mutation EdcWritesRegister($input: RegisterCaseInput!) {
  registerCase(input: $input) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesRegisterMutation, EdcWritesRegisterMutationVariables>;
export const EdcWritesSaveDocument = new TypedDocumentString(`
    mutation EdcWritesSave($input: SaveCaseReportFormInput!) {
  saveCaseReportForm(input: $input) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesSaveMutation, EdcWritesSaveMutationVariables>;
export const EdcWritesSiteApprovalDocument = new TypedDocumentString(`
    mutation EdcWritesSiteApproval($i: SiteApprovalInput!) {
  recordSiteApproval(input: $i) {
    readyToRegister
  }
}
    `) as unknown as TypedDocumentString<EdcWritesSiteApprovalMutation, EdcWritesSiteApprovalMutationVariables>;
export const EdcWritesRaiseQueryDocument = new TypedDocumentString(`
    mutation EdcWritesRaiseQuery($i: RaiseDataQueryInput!) {
  raiseDataQuery(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcWritesRaiseQueryMutation, EdcWritesRaiseQueryMutationVariables>;
export const EdcWritesWithdrawDocument = new TypedDocumentString(`
    mutation EdcWritesWithdraw($i: WithdrawConsentInput!) {
  withdrawConsent(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesWithdrawMutation, EdcWritesWithdrawMutationVariables>;
export const EdcWritesAnswerConfirmedDocument = new TypedDocumentString(`
    mutation EdcWritesAnswerConfirmed($id: ID!) {
  answerDataQuery(id: $id, answer: "Confirmed") {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesAnswerConfirmedMutation, EdcWritesAnswerConfirmedMutationVariables>;
export const EdcWritesSubmitDocument = new TypedDocumentString(`
    mutation EdcWritesSubmit($n: RegistrationNumber!) {
  submitCaseReportForm(registrationNumber: $n) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesSubmitMutation, EdcWritesSubmitMutationVariables>;
export const EdcWritesSignDocument = new TypedDocumentString(`
    mutation EdcWritesSign($i: SignCaseReportFormInput!) {
  signCaseReportForm(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesSignMutation, EdcWritesSignMutationVariables>;
export const EdcWritesAnswerDocument = new TypedDocumentString(`
    mutation EdcWritesAnswer($id: ID!) {
  answerDataQuery(id: $id, answer: "It is 220 ml") {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesAnswerMutation, EdcWritesAnswerMutationVariables>;
export const EdcWritesReopenDocument = new TypedDocumentString(`
    mutation EdcWritesReopen($id: ID!) {
  reopenDataQuery(id: $id, reason: "Source says 230") {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesReopenMutation, EdcWritesReopenMutationVariables>;
export const EdcWritesCloseDocument = new TypedDocumentString(`
    mutation EdcWritesClose($id: ID!) {
  closeDataQuery(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesCloseMutation, EdcWritesCloseMutationVariables>;
export const EdcWritesStartUploadDocument = new TypedDocumentString(`
    mutation EdcWritesStartUpload($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcWritesStartUploadMutation, EdcWritesStartUploadMutationVariables>;
export const EdcWritesRecordSeriesDocument = new TypedDocumentString(`
    mutation EdcWritesRecordSeries($n: RegistrationNumber!) {
  recordImageSeries(input: {registrationNumber: $n, kind: IVUS}) {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesRecordSeriesMutation, EdcWritesRecordSeriesMutationVariables>;
export const EdcWritesReviewHeldDocument = new TypedDocumentString(`
    mutation EdcWritesReviewHeld($i: ReviewHeldImageInput!) {
  reviewHeldImage(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<EdcWritesReviewHeldMutation, EdcWritesReviewHeldMutationVariables>;
export const EdcWritesFollowUpDocument = new TypedDocumentString(`
    mutation EdcWritesFollowUp($i: RecordFollowUpInput!) {
  recordFollowUp(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesFollowUpMutation, EdcWritesFollowUpMutationVariables>;
export const EdcWritesAdverseEventDocument = new TypedDocumentString(`
    mutation EdcWritesAdverseEvent($i: ReportAdverseEventInput!) {
  reportAdverseEvent(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcWritesAdverseEventMutation, EdcWritesAdverseEventMutationVariables>;
export const EdcWritesDeviationDocument = new TypedDocumentString(`
    mutation EdcWritesDeviation($i: RecordProtocolDeviationInput!) {
  recordProtocolDeviation(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcWritesDeviationMutation, EdcWritesDeviationMutationVariables>;
export const EdcWritesLockDocument = new TypedDocumentString(`
    mutation EdcWritesLock($n: RegistrationNumber!) {
  lockCaseReportForm(registrationNumber: $n) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesLockMutation, EdcWritesLockMutationVariables>;
export const EdcWritesLostToFollowUpDocument = new TypedDocumentString(`
    mutation EdcWritesLostToFollowUp($i: MarkLostToFollowUpInput!) {
  markLostToFollowUp(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<EdcWritesLostToFollowUpMutation, EdcWritesLostToFollowUpMutationVariables>;
export const EdcWritesLibraryDocument = new TypedDocumentString(`
    query EdcWritesLibrary {
  caseLibrary(first: 100) {
    totalCount
    nodes {
      registrationNumber
    }
  }
}
    `) as unknown as TypedDocumentString<EdcWritesLibraryQuery, EdcWritesLibraryQueryVariables>;
export const EdcWritesImagesDocument = new TypedDocumentString(`
    query EdcWritesImages($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    registrationNumber
    images {
      instances {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcWritesImagesQuery, EdcWritesImagesQueryVariables>;
export const FeeStatementsIssueDocument = new TypedDocumentString(`
    mutation FeeStatementsIssue($y: Int!) {
  issueFeeStatements(year: $y) {
    ...FeeStatementsFields
  }
}
    fragment FeeStatementsFields on IssuedFeeStatement {
  id
  number
  year
  revision
  total
  issuedAt
  issuedBy
  correctionReason
  csvPath
  facility {
    id
  }
  replaces {
    id
    number
  }
  replacedBy {
    id
    number
  }
  lines {
    registrationNumber
    procedureDate
    registrationFee
    acuteResultFee
    followUpYears
    followUpFee
    total
  }
}`) as unknown as TypedDocumentString<FeeStatementsIssueMutation, FeeStatementsIssueMutationVariables>;
export const FeeStatementsListDocument = new TypedDocumentString(`
    query FeeStatementsList($y: Int!, $f: ID) {
  issuedFeeStatements(year: $y, facilityId: $f) {
    ...FeeStatementsFields
  }
}
    fragment FeeStatementsFields on IssuedFeeStatement {
  id
  number
  year
  revision
  total
  issuedAt
  issuedBy
  correctionReason
  csvPath
  facility {
    id
  }
  replaces {
    id
    number
  }
  replacedBy {
    id
    number
  }
  lines {
    registrationNumber
    procedureDate
    registrationFee
    acuteResultFee
    followUpYears
    followUpFee
    total
  }
}`) as unknown as TypedDocumentString<FeeStatementsListQuery, FeeStatementsListQueryVariables>;
export const FeeStatementsCorrectDocument = new TypedDocumentString(`
    mutation FeeStatementsCorrect($id: ID!, $r: String!) {
  correctFeeStatement(statementId: $id, reason: $r) {
    ...FeeStatementsFields
  }
}
    fragment FeeStatementsFields on IssuedFeeStatement {
  id
  number
  year
  revision
  total
  issuedAt
  issuedBy
  correctionReason
  csvPath
  facility {
    id
  }
  replaces {
    id
    number
  }
  replacedBy {
    id
    number
  }
  lines {
    registrationNumber
    procedureDate
    registrationFee
    acuteResultFee
    followUpYears
    followUpFee
    total
  }
}`) as unknown as TypedDocumentString<FeeStatementsCorrectMutation, FeeStatementsCorrectMutationVariables>;
export const FeeStatementsPresentDocument = new TypedDocumentString(`
    mutation FeeStatementsPresent {
  presentAnnualReport(year: 2026) {
    status
  }
}
    `) as unknown as TypedDocumentString<FeeStatementsPresentMutation, FeeStatementsPresentMutationVariables>;
export const FeeStatementsNowDocument = new TypedDocumentString(`
    query FeeStatementsNow($f: ID!) {
  feeStatement(facilityId: $f, year: 2026) {
    total
    lines {
      case {
        registrationNumber
      }
      total
    }
  }
}
    `) as unknown as TypedDocumentString<FeeStatementsNowQuery, FeeStatementsNowQueryVariables>;
export const FeeStatementsOneDocument = new TypedDocumentString(`
    query FeeStatementsOne($id: ID!) {
  issuedFeeStatement(id: $id) {
    number
  }
}
    `) as unknown as TypedDocumentString<FeeStatementsOneQuery, FeeStatementsOneQueryVariables>;
export const BurnedInTextImagesDocument = new TypedDocumentString(`
    query BurnedInTextImages($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    images {
      instances {
        sopInstanceUid
        status
        quarantineReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BurnedInTextImagesQuery, BurnedInTextImagesQueryVariables>;
export const BurnedInTextHeldDocument = new TypedDocumentString(`
    query BurnedInTextHeld {
  heldImages {
    sopInstanceUid
    quarantineReason
  }
}
    `) as unknown as TypedDocumentString<BurnedInTextHeldQuery, BurnedInTextHeldQueryVariables>;
export const DicomwebStatusDocument = new TypedDocumentString(`
    query DicomwebStatus($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    status
  }
}
    `) as unknown as TypedDocumentString<DicomwebStatusQuery, DicomwebStatusQueryVariables>;
export const ImagesLibraryStartDocument = new TypedDocumentString(`
    mutation ImagesLibraryStart($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    id
    state
    stowUrl
    bytesExpected
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryStartMutation, ImagesLibraryStartMutationVariables>;
export const ImagesLibraryUploadDocument = new TypedDocumentString(`
    query ImagesLibraryUpload($id: ID!) {
  imageUpload(id: $id) {
    state
    bytesReceived
    fractionReceived
    instancesStored
    instancesQuarantined
    refusals {
      code
    }
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryUploadQuery, ImagesLibraryUploadQueryVariables>;
export const ImagesLibraryImagesDocument = new TypedDocumentString(`
    query ImagesLibraryImages($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    images {
      seriesInstanceUid
      kind
      modality
      frameCount
      retrieveUrl
      dicomwebUrl
      instances {
        sopInstanceUid
        status
        quarantineReason
        numberOfFrames
        bytes
        retrieveUrl
        review {
          decision
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryImagesQuery, ImagesLibraryImagesQueryVariables>;
export const ImagesLibraryPageDocument = new TypedDocumentString(`
    query ImagesLibraryPage($n: RegistrationNumber!, $first: Int, $after: String) {
  case(registrationNumber: $n) {
    images {
      frameCount
      instances(first: $first, after: $after) {
        sopInstanceUid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryPageQuery, ImagesLibraryPageQueryVariables>;
export const ImagesLibraryCoreLabImagesDocument = new TypedDocumentString(`
    query ImagesLibraryCoreLabImages($n: RegistrationNumber!) {
  coreLabCase(registrationNumber: $n) {
    images {
      seriesInstanceUid
      frameCount
      instances {
        sopInstanceUid
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryCoreLabImagesQuery, ImagesLibraryCoreLabImagesQueryVariables>;
export const ImagesLibraryHeldDocument = new TypedDocumentString(`
    query ImagesLibraryHeld {
  heldImages {
    registrationNumber
    sopInstanceUid
    quarantineReason
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryHeldQuery, ImagesLibraryHeldQueryVariables>;
export const ImagesLibraryReviewDocument = new TypedDocumentString(`
    mutation ImagesLibraryReview($i: ReviewHeldImageInput!) {
  reviewHeldImage(input: $i) {
    status
    review {
      decision
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryReviewMutation, ImagesLibraryReviewMutationVariables>;
export const ImagesLibraryAuditDocument = new TypedDocumentString(`
    query ImagesLibraryAudit($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    auditTrail {
      action
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImagesLibraryAuditQuery, ImagesLibraryAuditQueryVariables>;
export const StagingUploadsDocument = new TypedDocumentString(`
    query StagingUploads {
  myImageUploads(first: 5) {
    state
    refusals {
      code
    }
    instancesStored
  }
}
    `) as unknown as TypedDocumentString<StagingUploadsQuery, StagingUploadsQueryVariables>;
export const UploadRefusalsStartDocument = new TypedDocumentString(`
    mutation UploadRefusalsStart($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    id
    state
    stowUrl
  }
}
    `) as unknown as TypedDocumentString<UploadRefusalsStartMutation, UploadRefusalsStartMutationVariables>;
export const UploadRefusalsUploadDocument = new TypedDocumentString(`
    query UploadRefusalsUpload($id: ID!) {
  imageUpload(id: $id) {
    state
    refusals {
      code
      message
    }
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<UploadRefusalsUploadQuery, UploadRefusalsUploadQueryVariables>;
export const ReleaseApiFileDocument = new TypedDocumentString(`
    mutation ReleaseApiFile($input: DataRequestInput!) {
  fileDataRequest(input: $input) {
    ...ReleaseApiRequest
  }
}
    fragment ReleaseApiRequest on DataRequest {
  id
  status
  items
  years
  requesterKind
  history {
    from
    to
    reason
  }
  release {
    id
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
}`) as unknown as TypedDocumentString<ReleaseApiFileMutation, ReleaseApiFileMutationVariables>;
export const ReleaseApiReviseDocument = new TypedDocumentString(`
    mutation ReleaseApiRevise($id: ID!, $input: DataRequestInput!) {
  reviseDataRequest(id: $id, input: $input) {
    ...ReleaseApiRequest
  }
}
    fragment ReleaseApiRequest on DataRequest {
  id
  status
  items
  years
  requesterKind
  history {
    from
    to
    reason
  }
  release {
    id
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
}`) as unknown as TypedDocumentString<ReleaseApiReviseMutation, ReleaseApiReviseMutationVariables>;
export const ReleaseApiReviewDocument = new TypedDocumentString(`
    mutation ReleaseApiReview($id: ID!, $d: DataRequestDecision!, $r: String) {
  reviewDataRequest(id: $id, decision: $d, reason: $r) {
    ...ReleaseApiRequest
  }
}
    fragment ReleaseApiRequest on DataRequest {
  id
  status
  items
  years
  requesterKind
  history {
    from
    to
    reason
  }
  release {
    id
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
}`) as unknown as TypedDocumentString<ReleaseApiReviewMutation, ReleaseApiReviewMutationVariables>;
export const ReleaseApiReleaseDocument = new TypedDocumentString(`
    mutation ReleaseApiRelease($id: ID!) {
  releaseData(requestId: $id) {
    ...ReleaseApiRequest
  }
}
    fragment ReleaseApiRequest on DataRequest {
  id
  status
  items
  years
  requesterKind
  history {
    from
    to
    reason
  }
  release {
    id
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
}`) as unknown as TypedDocumentString<ReleaseApiReleaseMutation, ReleaseApiReleaseMutationVariables>;
export const ReleaseApiDictionaryDocument = new TypedDocumentString(`
    query ReleaseApiDictionary {
  dataDictionary {
    id
    dataType
    source
    identifying
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiDictionaryQuery, ReleaseApiDictionaryQueryVariables>;
export const ReleaseApiDictionaryIdsDocument = new TypedDocumentString(`
    query ReleaseApiDictionaryIds {
  dataDictionary {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiDictionaryIdsQuery, ReleaseApiDictionaryIdsQueryVariables>;
export const ReleaseApiPublicationDocument = new TypedDocumentString(`
    mutation ReleaseApiPublication($id: ID!, $p: String!) {
  reportDataPublication(requestId: $id, publication: $p) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiPublicationMutation, ReleaseApiPublicationMutationVariables>;
export const ReleaseApiRecipientsDocument = new TypedDocumentString(`
    query ReleaseApiRecipients {
  dataReleaseRecipients {
    recipientName
    requesterKind
    title
    years
    releasedOn
    publication
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiRecipientsQuery, ReleaseApiRecipientsQueryVariables>;
export const ReleaseApiRequesterKindsDocument = new TypedDocumentString(`
    query ReleaseApiRequesterKinds {
  dataRequests {
    requesterKind
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiRequesterKindsQuery, ReleaseApiRequesterKindsQueryVariables>;
export const ReleaseApiRequestIdsDocument = new TypedDocumentString(`
    query ReleaseApiRequestIds {
  dataRequests {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiRequestIdsQuery, ReleaseApiRequestIdsQueryVariables>;
export const ReleaseApiWaitingDocument = new TypedDocumentString(`
    query ReleaseApiWaiting($a: ID) {
  dataRequests(status: SUBMITTED, first: 1, after: $a) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiWaitingQuery, ReleaseApiWaitingQueryVariables>;
export const ReleaseApiSubmittedDocument = new TypedDocumentString(`
    query ReleaseApiSubmitted {
  dataRequests(status: SUBMITTED) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiSubmittedQuery, ReleaseApiSubmittedQueryVariables>;
export const ReleaseApiOneDocument = new TypedDocumentString(`
    query ReleaseApiOne($id: ID!) {
  dataRequest(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiOneQuery, ReleaseApiOneQueryVariables>;
export const ReleaseApiMineDocument = new TypedDocumentString(`
    query ReleaseApiMine($id: ID!) {
  dataRequest(id: $id) {
    mine
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiMineQuery, ReleaseApiMineQueryVariables>;
export const ReleaseApiTooManyDocument = new TypedDocumentString(`
    query ReleaseApiTooMany {
  dataRequests(first: 51) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseApiTooManyQuery, ReleaseApiTooManyQueryVariables>;
export const ReleaseApiYearsDocument = new TypedDocumentString(`
    query ReleaseApiYears {
  dataRequestYears
}
    `) as unknown as TypedDocumentString<ReleaseApiYearsQuery, ReleaseApiYearsQueryVariables>;
export const ReleaseLargeFileDocument = new TypedDocumentString(`
    mutation ReleaseLargeFile($input: DataRequestInput!) {
  fileDataRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseLargeFileMutation, ReleaseLargeFileMutationVariables>;
export const ReleaseLargeApproveDocument = new TypedDocumentString(`
    mutation ReleaseLargeApprove($id: ID!) {
  reviewDataRequest(id: $id, decision: APPROVE) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseLargeApproveMutation, ReleaseLargeApproveMutationVariables>;
export const ReleaseLargeReleaseDocument = new TypedDocumentString(`
    mutation ReleaseLargeRelease($id: ID!) {
  releaseData(requestId: $id) {
    release {
      sha256
      packageBytes
      downloadPath
      provision {
        casesIncluded
        casesExcludedForWithdrawnConsent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseLargeReleaseMutation, ReleaseLargeReleaseMutationVariables>;
export const RiskApiFitDocument = new TypedDocumentString(`
    mutation RiskApiFit($years: [Int!]!) {
  fitRiskModel(years: $years) {
    ...RiskModelApiFields
  }
}
    fragment RiskModelApiFields on RiskModel {
  id
  years
  cases
  successes
  coefficients {
    term
    estimate
    standardError
    oddsRatio
    years
  }
  calibration {
    groups {
      group
      cases
      observed
      expected
    }
    hosmerLemeshow
    degreesOfFreedom
    pValue
  }
}`) as unknown as TypedDocumentString<RiskApiFitMutation, RiskApiFitMutationVariables>;
export const RiskApiModelsDocument = new TypedDocumentString(`
    query RiskApiModels {
  riskModels {
    ...RiskModelApiFields
  }
}
    fragment RiskModelApiFields on RiskModel {
  id
  years
  cases
  successes
  coefficients {
    term
    estimate
    standardError
    oddsRatio
    years
  }
  calibration {
    groups {
      group
      cases
      observed
      expected
    }
    hosmerLemeshow
    degreesOfFreedom
    pValue
  }
}`) as unknown as TypedDocumentString<RiskApiModelsQuery, RiskApiModelsQueryVariables>;
export const RiskApiReviewDocument = new TypedDocumentString(`
    query RiskApiReview($year: Int!, $modelId: ID) {
  riskAdjustedMonitoring(year: $year, modelId: $modelId) {
    year
    cases
    observed
    expected
    expectedRate
    casesWithoutScores
    model {
      id
      years
    }
    operators {
      operatorId
      cases
      observed
      expected
      observedToExpected
      interval95 {
        lower
        upper
      }
      limits {
        cases
        lower95
        upper95
        lower998
        upper998
      }
      position
      flaggedForReview
    }
    overdispersion {
      operators
      phi
      pValue
      tau2
      applied
    }
    funnel {
      cases
      lower95
      upper95
      lower998
      upper998
    }
  }
}
    `) as unknown as TypedDocumentString<RiskApiReviewQuery, RiskApiReviewQueryVariables>;
export const RiskApiModelIdsDocument = new TypedDocumentString(`
    query RiskApiModelIds {
  riskModels {
    id
    years
  }
}
    `) as unknown as TypedDocumentString<RiskApiModelIdsQuery, RiskApiModelIdsQueryVariables>;