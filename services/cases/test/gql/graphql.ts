/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Where a stored DICOM file stands [R31]. */
export type ImageStatus =
  /** De-identified and in the library [R5][R21a]. */
  | 'PUBLISHED'
  /** Held for the data center: burned-in text declared, found, or not ruled out [R31]. */
  | 'QUARANTINED'
  /** Rejected by the data center; the facility sends a clean file [R31]. */
  | 'REJECTED';

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