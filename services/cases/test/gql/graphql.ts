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

/** Where a registration stands [R18]. */
export type RegistrationStatus =
  /** A registration number is issued; the form or the images are still owed. */
  | 'REGISTERED'
  /** The form through the procedure result and the required images are in [R18]. */
  | 'COMPLETE';

/** [T14.1] DRAFT while the site enters; SUBMITTED (changes need a reason); LOCKED by the data center. */
export type FormState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'LOCKED';

export type JctoCategory =
  | 'EASY'
  | 'INTERMEDIATE'
  | 'DIFFICULT'
  | 'VERY_DIFFICULT';

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