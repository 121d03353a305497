/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Roles of DOMAIN.md "Who uses it". A person may hold several. */
export type Role =
  /** 認定術者: a certified operator. */
  | 'OPERATOR'
  /** 準認定術者: an associate operator [R11]. */
  | 'ASSOCIATE'
  /** A former operator [R10]. */
  | 'OB'
  /** 施設連絡担当者: enters data for one facility [R18][R30]. */
  | 'SITE_CONTACT'
  /** データセンター [R32]. */
  | 'DATA_CENTER'
  /** 研究事務局 [R34]. */
  | 'SECRETARIAT'
  /** 運営委員会 [R36]. */
  | 'STEERING'
  | 'CORE_LAB_READER'
  | 'CORE_LAB_SUPERVISOR'
  /** CTO疑義判定委員会 [R43]. */
  | 'COMMITTEE_MEMBER'
  | 'COMMITTEE_CHAIR'
  | 'RESEARCHER'
  | 'SPONSOR';

export type StaffAccountInput = {
  loginId: string;
  name: string;
  roles: Array<Role>;
  /** Required for SITE_CONTACT: the facility the contact acts for [R18]. */
  facilityId?: string | number | null | undefined;
};

export type ApplicationStatus =
  | 'PENDING'
  | 'APPROVED'
  | 'REJECTED';

export type ApplicationInput = {
  applicantName: string;
  facilityId: string | number;
  ctoExperience: number;
  /**
   * The operator IDs (術者ID) of the certified operators asked to recommend the applicant
   * [R11]: each CERTIFIED, none twice, none the applicant, at most 5. The application waits
   * on each one's home page for their letter.
   */
  recommenderIds?: Array<string | number> | null | undefined;
};

export type ReviewStatus =
  | 'PENDING'
  | 'CERTIFIED'
  | 'STAYED'
  | 'ENDED';

export type ReviewDecision =
  /** → CERTIFIED, on the public list [R11]. */
  | 'CERTIFY'
  /** The cases fall short: stays associate, may request again later [R11]. */
  | 'STAY_ASSOCIATE'
  /** The cases fall short: the association ends [R11]. */
  | 'END';

export type FacilityInput = {
  /** 施設ID, `F` and three or more digits; the next free number when omitted. */
  id?: string | number | null | undefined;
  name: string;
  prefecture: string;
  location: string;
};

export type MonitoringMeasure =
  /** 適応選択: share of cases with an appropriate indication. */
  | 'INDICATION_SELECTION'
  /** 合併症発生率. */
  | 'COMPLICATION_RATE'
  /** 成功率: technical success. */
  | 'SUCCESS_RATE';

export type MonitoringThresholdsInput = {
  fromYear: number;
  minIndicationAppropriateRate: number;
  maxComplicationRate: number;
  minSuccessRate: number;
};

/** Where an operator stands in the registry's certification life [R10][R11]. */
export type OperatorStatus =
  | 'APPLICANT'
  | 'ASSOCIATE'
  | 'CERTIFIED'
  | 'OB'
  | 'REVOKED'
  | 'REJECTED'
  | 'ENDED';

export type RenewalOutcome =
  /** 50 or more: nothing changes. */
  | 'MET'
  /** A first year under 50. */
  | 'LEAN'
  /**
   * Under 50 in the year the operator was certified (or returned from OB): not a whole year
   * as a certified operator, so never a lean year [R10].
   */
  | 'NOT_JUDGED'
  /** A second consecutive year under 50: the secretariat asks whether to continue [R10]. */
  | 'ASK_TO_CONTINUE'
  /** A third year under 50 after the question: → OB [R10]. */
  | 'BECOMES_OB'
  /** An OB operator reached 50: → CERTIFIED [R10]. */
  | 'RETURNS_CERTIFIED'
  | 'REMAINS_OB';

export type ContinuationAnswer =
  | 'CONTINUE'
  /** → OB at once. */
  | 'DECLINE';

export type RevocationGround =
  /** Intentional exclusion of unfavourable cases, after verification; published [R10]. */
  | 'EXCLUDED_UNFAVOURABLE_CASES'
  /** A warned operator whose next year did not improve [R15][R38]. */
  | 'NO_IMPROVEMENT_AFTER_WARNING'
  /** Failing to register all own cases [R50b]. */
  | 'INCOMPLETE_REGISTRATION';

export type RevocationInput = {
  operatorId: string | number;
  ground: RevocationGround;
  reason: string;
  decisionRecord: string;
  /** For NO_IMPROVEMENT_AFTER_WARNING: the warning (the latest when omitted). */
  warningId?: string | number | null | undefined;
};

export type AccountsApiOpenMutationVariables = Exact<{
  input: StaffAccountInput;
}>;


export type AccountsApiOpenMutation = { openStaffAccount: { initialPassword: string, account: { id: string, loginId: string, name: string, roles: Array<Role> } } };

export type AccountsApiLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type AccountsApiLoginMutation = { login: { token: string, mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type AccountsApiChangeMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type AccountsApiChangeMutation = { changePassword: { mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type AccountsApiTermMutationVariables = Exact<{
  login: string;
  from: string;
}>;


export type AccountsApiTermMutation = { recordSteeringTerm: { startsOn: string, endsOn: string, member: { name: string } } };

export type AccountsApiStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiStaffAccountsQuery = { staffAccounts: Array<{ loginId: string, lockedUntil: string | null, facility: { id: string } | null }> };

export type AccountsApiCommitteeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiCommitteeQuery = { steeringCommittee: Array<{ endsOn: string, member: { name: string } }> };

export type AccountsApiApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiApplicationsQuery = { applications: Array<{ id: string }> };

export type AccountsApiRenewalMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiRenewalMutation = { runAnnualRenewal: { year: number } };

export type AccountsApiCertifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiCertifiedQuery = { certifiedOperators: Array<{ id: string }> };

export type AccountsApiViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiViewerQuery = { viewer: { loginId: string, roles: Array<Role> } | null };

export type AccountsApiChangeForTokenMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type AccountsApiChangeForTokenMutation = { changePassword: { token: string, mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type AccountsApiRolesOfNobodyMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiRolesOfNobodyMutation = { changeStaffRoles: { loginId: string } };

export type AccountsApiListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AccountsApiListQuery = { staffAccounts: Array<{ loginId: string, name: string, roles: Array<Role>, mustChangePassword: boolean, lockedUntil: string | null, facility: { id: string } | null }> };

export type AccountsApiTooManyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiTooManyQuery = { staffAccounts: Array<{ loginId: string }> };

export type AccountsApiUnlockMutationVariables = Exact<{
  login: string;
}>;


export type AccountsApiUnlockMutation = { unlockStaffAccount: { loginId: string, lockedUntil: string | null } };

export type AccountsApiChangeRolesMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsApiChangeRolesMutation = { changeStaffRoles: { loginId: string, roles: Array<Role> } };

export type AskedFileMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type AskedFileMutation = { fileApplication: { id: string, askedRecommenders: Array<{ id: string }> } };

export type AskedAwaitingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AskedAwaitingQuery = { applicationsAwaitingMyRecommendation: Array<{ id: string, applicantName: string }> };

export type AskedRecommendMutationVariables = Exact<{
  id: string | number;
}>;


export type AskedRecommendMutation = { recommendApplication: { id: string } };

export type AskedRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type AskedRejectMutation = { rejectApplication: { id: string } };

export type BootstrapLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type BootstrapLoginMutation = { login: { mustChangePassword: boolean, viewer: { loginId: string, roles: Array<Role> } } };

export type BootstrapOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type BootstrapOperatorsQuery = { certifiedOperators: Array<{ id: string, name: string, facility: { id: string, name: string } }> };

export type CertFileMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type CertFileMutation = { fileApplication: { id: string, status: ApplicationStatus, applicantName: string, facility: { id: string }, recommendations: Array<{ recommender: { id: string } }> } };

export type CertRecommendMutationVariables = Exact<{
  id: string | number;
}>;


export type CertRecommendMutation = { recommendApplication: { id: string } };

export type CertApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type CertApproveMutation = { approveApplication: { initialPassword: string, operator: { id: string, name: string, status: OperatorStatus, statusSince: string, facility: { id: string } }, application: { status: ApplicationStatus, decidedOn: string | null, operator: { id: string } | null, recommendations: Array<{ recommender: { id: string } }> } } };

export type CertRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type CertRejectMutation = { rejectApplication: { status: ApplicationStatus, decisionReason: string | null } };

export type CertLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type CertLoginMutation = { login: { token: string, mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type CertChangeMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type CertChangeMutation = { changePassword: { mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type CertRequestMutationVariables = Exact<{ [key: string]: never; }>;


export type CertRequestMutation = { requestCertificationReview: { id: string, status: ReviewStatus, completedRegistrations: number, windowFrom: string, windowTo: string } };

export type CertDecideMutationVariables = Exact<{
  id: string | number;
  d: ReviewDecision;
}>;


export type CertDecideMutation = { decideCertificationReview: { status: ReviewStatus, decidedOn: string | null, operator: { id: string, status: OperatorStatus } } };

export type CertHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CertHistoryQuery = { operator: { status: OperatorStatus, statusHistory: Array<{ from: OperatorStatus | null, to: OperatorStatus, effectiveOn: string, rule: string, reason: string, decidedBy: { name: string } | null }> | null } | null };

export type CertPendingReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type CertPendingReviewsQuery = { certificationReviews: Array<{ id: string, operator: { id: string } }> };

export type CertPublicListQueryVariables = Exact<{ [key: string]: never; }>;


export type CertPublicListQuery = { certifiedOperatorsUpdatedOn: string | null, certifiedOperators: Array<{ id: string, name: string, facility: { name: string, location: string } }> };

export type PasswordsLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type PasswordsLoginMutation = { login: { token: string } };

export type PasswordsChangeMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type PasswordsChangeMutation = { changePassword: { token: string, mustChangePassword: boolean } };

export type MonitoringSetMutationVariables = Exact<{
  input: MonitoringThresholdsInput;
}>;


export type MonitoringSetMutation = { setMonitoringThresholds: { fromYear: number, maxComplicationRate: number, setOn: string } };

export type MonitoringReviewQueryVariables = Exact<{
  year: number;
}>;


export type MonitoringReviewQuery = { monitoringReview: Array<{ operatorId: string, year: number, cases: number, complicationRate: number, technicalSuccessRate: number, deviations: Array<MonitoringMeasure>, warning: { reason: string } | null }> };

export type MonitoringWarnMutationVariables = Exact<{
  op: string | number;
  year: number;
}>;


export type MonitoringWarnMutation = { issueWarning: { operatorId: string, year: number, measures: Array<MonitoringMeasure>, reason: string } };

export type MonitoringRevokeMutationVariables = Exact<{
  input: RevocationInput;
}>;


export type MonitoringRevokeMutation = { revokeCertification: { ground: RevocationGround, published: boolean, decidedOn: string, operator: { id: string, status: OperatorStatus } } };

export type MonitoringThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringThresholdsQuery = { monitoringThresholds: Array<{ fromYear: number, minSuccessRate: number }> };

export type MonitoringOwnWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringOwnWarningsQuery = { operator: { warnings: Array<{ year: number, measures: Array<MonitoringMeasure> }> | null } | null };

export type MonitoringStatusHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringStatusHistoryQuery = { operator: { statusHistory: Array<{ from: OperatorStatus | null, to: OperatorStatus, rule: string, reason: string }> | null } | null };

export type MonitoringPublishedRevocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringPublishedRevocationsQuery = { publishedRevocations: Array<{ operatorName: string, revokedOn: string, ground: RevocationGround, facility: { name: string } }> };

export type OperatorsLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type OperatorsLoginMutation = { login: { token: string, viewer: { loginId: string, roles: Array<Role>, operator: { id: string } | null } } };

export type OperatorsEntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorsEntitiesQuery = { _entities: Array<
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null> };

export type OperatorsCoreLabEntitiesQueryVariables = Exact<{
  person: Record<string, unknown>;
}>;


export type OperatorsCoreLabEntitiesQuery = { _entities: Array<
    | { name: string }
    | { name: string }
    | { name: string }
   | null> };

export type RenewalApiRunMutationVariables = Exact<{
  year: number;
}>;


export type RenewalApiRunMutation = { runAnnualRenewal: { year: number, runOn: string, results: Array<{ completedRegistrations: number, domestic: number, overseas: number, statusBefore: OperatorStatus, outcome: RenewalOutcome, consecutiveYearsUnder50: number, operator: { id: string } }> } };

export type RenewalApiQuestionQueryVariables = Exact<{
  id: string | number;
}>;


export type RenewalApiQuestionQuery = { operator: { status: OperatorStatus, continuationQuestion: { id: string, askedForYear: number, answer: ContinuationAnswer | null } | null } | null };

export type RenewalApiAnswerMutationVariables = Exact<{
  id: string | number;
  a: ContinuationAnswer;
}>;


export type RenewalApiAnswerMutation = { answerContinuationQuestion: { askedForYear: number, answer: ContinuationAnswer | null, answeredOn: string | null } };

export type RenewalApiHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RenewalApiHistoryQuery = { operator: { statusHistory: Array<{ from: OperatorStatus | null, to: OperatorStatus, effectiveOn: string, rule: string, reason: string }> | null } | null };

export type RenewalApiPreviewQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type RenewalApiPreviewQuery = { annualRenewalPreview: { year: number, asOf: string, results: Array<{ outcome: RenewalOutcome, completedRegistrations: number, operator: { id: string } }> } | null };

export type RenewalApiCertifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type RenewalApiCertifiedQuery = { certifiedOperators: Array<{ id: string }> };

export type RenewalApiPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type RenewalApiPageQuery = { annualRenewal: { results: Array<{ operator: { id: string } }> } | null };

export type RenewalApiShownQueryVariables = Exact<{ [key: string]: never; }>;


export type RenewalApiShownQuery = { annualRenewal: { year: number, results: Array<{ outcome: RenewalOutcome, operator: { id: string } }> } | null };

export type RenewalCalendarRunMutationVariables = Exact<{
  year: number;
}>;


export type RenewalCalendarRunMutation = { runAnnualRenewal: { year: number, runOn: string, results: Array<{ outcome: RenewalOutcome, consecutiveYearsUnder50: number, completedRegistrations: number, operator: { id: string } }> } };

export type RenewalCalendarQuestionQueryVariables = Exact<{
  id: string | number;
}>;


export type RenewalCalendarQuestionQuery = { operator: { status: OperatorStatus, continuationQuestion: { id: string } | null } | null };

export type RenewalCalendarAnswerMutationVariables = Exact<{
  id: string | number;
  a: ContinuationAnswer;
}>;


export type RenewalCalendarAnswerMutation = { answerContinuationQuestion: { answer: ContinuationAnswer | null } };

export type SessionsRevokeMutationVariables = Exact<{
  input: RevocationInput;
}>;


export type SessionsRevokeMutation = { revokeCertification: { operator: { status: OperatorStatus } } };

export type ClockRegisterFacilityMutationVariables = Exact<{
  input: FacilityInput;
}>;


export type ClockRegisterFacilityMutation = { registerFacility: { id: string } };

export type ClockLoginUnknownMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type ClockLoginUnknownMutation = { login: { token: string } };

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

export const AccountsApiOpenDocument = new TypedDocumentString(`
    mutation AccountsApiOpen($input: StaffAccountInput!) {
  openStaffAccount(input: $input) {
    initialPassword
    account {
      id
      loginId
      name
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiOpenMutation, AccountsApiOpenMutationVariables>;
export const AccountsApiLoginDocument = new TypedDocumentString(`
    mutation AccountsApiLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiLoginMutation, AccountsApiLoginMutationVariables>;
export const AccountsApiChangeDocument = new TypedDocumentString(`
    mutation AccountsApiChange($old: String!, $new: String!) {
  changePassword(currentPassword: $old, newPassword: $new) {
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiChangeMutation, AccountsApiChangeMutationVariables>;
export const AccountsApiTermDocument = new TypedDocumentString(`
    mutation AccountsApiTerm($login: String!, $from: Date!) {
  recordSteeringTerm(
    loginId: $login
    startsOn: $from
    resolution: "General meeting"
  ) {
    startsOn
    endsOn
    member {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiTermMutation, AccountsApiTermMutationVariables>;
export const AccountsApiStaffAccountsDocument = new TypedDocumentString(`
    query AccountsApiStaffAccounts {
  staffAccounts(first: 100) {
    loginId
    facility {
      id
    }
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<AccountsApiStaffAccountsQuery, AccountsApiStaffAccountsQueryVariables>;
export const AccountsApiCommitteeDocument = new TypedDocumentString(`
    query AccountsApiCommittee {
  steeringCommittee {
    endsOn
    member {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiCommitteeQuery, AccountsApiCommitteeQueryVariables>;
export const AccountsApiApplicationsDocument = new TypedDocumentString(`
    query AccountsApiApplications {
  applications {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountsApiApplicationsQuery, AccountsApiApplicationsQueryVariables>;
export const AccountsApiRenewalDocument = new TypedDocumentString(`
    mutation AccountsApiRenewal {
  runAnnualRenewal(year: 2020) {
    year
  }
}
    `) as unknown as TypedDocumentString<AccountsApiRenewalMutation, AccountsApiRenewalMutationVariables>;
export const AccountsApiCertifiedDocument = new TypedDocumentString(`
    query AccountsApiCertified {
  certifiedOperators {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountsApiCertifiedQuery, AccountsApiCertifiedQueryVariables>;
export const AccountsApiViewerDocument = new TypedDocumentString(`
    query AccountsApiViewer {
  viewer {
    loginId
    roles
  }
}
    `) as unknown as TypedDocumentString<AccountsApiViewerQuery, AccountsApiViewerQueryVariables>;
export const AccountsApiChangeForTokenDocument = new TypedDocumentString(`
    mutation AccountsApiChangeForToken($old: String!, $new: String!) {
  changePassword(currentPassword: $old, newPassword: $new) {
    token
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsApiChangeForTokenMutation, AccountsApiChangeForTokenMutationVariables>;
export const AccountsApiRolesOfNobodyDocument = new TypedDocumentString(`
    mutation AccountsApiRolesOfNobody {
  changeStaffRoles(loginId: "nobody-at-all", roles: [SPONSOR]) {
    loginId
  }
}
    `) as unknown as TypedDocumentString<AccountsApiRolesOfNobodyMutation, AccountsApiRolesOfNobodyMutationVariables>;
export const AccountsApiListDocument = new TypedDocumentString(`
    query AccountsApiList($after: String) {
  staffAccounts(first: 3, after: $after) {
    loginId
    name
    roles
    facility {
      id
    }
    mustChangePassword
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<AccountsApiListQuery, AccountsApiListQueryVariables>;
export const AccountsApiTooManyDocument = new TypedDocumentString(`
    query AccountsApiTooMany {
  staffAccounts(first: 101) {
    loginId
  }
}
    `) as unknown as TypedDocumentString<AccountsApiTooManyQuery, AccountsApiTooManyQueryVariables>;
export const AccountsApiUnlockDocument = new TypedDocumentString(`
    mutation AccountsApiUnlock($login: String!) {
  unlockStaffAccount(loginId: $login) {
    loginId
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<AccountsApiUnlockMutation, AccountsApiUnlockMutationVariables>;
export const AccountsApiChangeRolesDocument = new TypedDocumentString(`
    mutation AccountsApiChangeRoles {
  changeStaffRoles(loginId: "expert-1", roles: [COMMITTEE_CHAIR]) {
    loginId
    roles
  }
}
    `) as unknown as TypedDocumentString<AccountsApiChangeRolesMutation, AccountsApiChangeRolesMutationVariables>;
export const AskedFileDocument = new TypedDocumentString(`
    mutation AskedFile($input: ApplicationInput!) {
  fileApplication(input: $input) {
    id
    askedRecommenders {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AskedFileMutation, AskedFileMutationVariables>;
export const AskedAwaitingDocument = new TypedDocumentString(`
    query AskedAwaiting($first: Int, $after: ID) {
  applicationsAwaitingMyRecommendation(first: $first, after: $after) {
    id
    applicantName
  }
}
    `) as unknown as TypedDocumentString<AskedAwaitingQuery, AskedAwaitingQueryVariables>;
export const AskedRecommendDocument = new TypedDocumentString(`
    mutation AskedRecommend($id: ID!) {
  recommendApplication(
    applicationId: $id
    letter: "I have watched her work for years."
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AskedRecommendMutation, AskedRecommendMutationVariables>;
export const AskedRejectDocument = new TypedDocumentString(`
    mutation AskedReject($id: ID!) {
  rejectApplication(applicationId: $id, reason: "Withdrawn by the applicant") {
    id
  }
}
    `) as unknown as TypedDocumentString<AskedRejectMutation, AskedRejectMutationVariables>;
export const BootstrapLoginDocument = new TypedDocumentString(`
    mutation BootstrapLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    mustChangePassword
    viewer {
      loginId
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<BootstrapLoginMutation, BootstrapLoginMutationVariables>;
export const BootstrapOperatorsDocument = new TypedDocumentString(`
    query BootstrapOperators {
  certifiedOperators {
    id
    name
    facility {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BootstrapOperatorsQuery, BootstrapOperatorsQueryVariables>;
export const CertFileDocument = new TypedDocumentString(`
    mutation CertFile($input: ApplicationInput!) {
  fileApplication(input: $input) {
    id
    status
    applicantName
    facility {
      id
    }
    recommendations {
      recommender {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertFileMutation, CertFileMutationVariables>;
export const CertRecommendDocument = new TypedDocumentString(`
    mutation CertRecommend($id: ID!) {
  recommendApplication(
    applicationId: $id
    letter: "Skilled and careful; I have seen fifty of her cases."
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CertRecommendMutation, CertRecommendMutationVariables>;
export const CertApproveDocument = new TypedDocumentString(`
    mutation CertApprove($id: ID!) {
  approveApplication(
    applicationId: $id
    reason: "Two certified recommendations; experience verified"
  ) {
    initialPassword
    operator {
      id
      name
      status
      statusSince
      facility {
        id
      }
    }
    application {
      status
      decidedOn
      operator {
        id
      }
      recommendations {
        recommender {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertApproveMutation, CertApproveMutationVariables>;
export const CertRejectDocument = new TypedDocumentString(`
    mutation CertReject($id: ID!) {
  rejectApplication(
    applicationId: $id
    reason: "Experience could not be verified"
  ) {
    status
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<CertRejectMutation, CertRejectMutationVariables>;
export const CertLoginDocument = new TypedDocumentString(`
    mutation CertLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<CertLoginMutation, CertLoginMutationVariables>;
export const CertChangeDocument = new TypedDocumentString(`
    mutation CertChange($old: String!, $new: String!) {
  changePassword(currentPassword: $old, newPassword: $new) {
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<CertChangeMutation, CertChangeMutationVariables>;
export const CertRequestDocument = new TypedDocumentString(`
    mutation CertRequest {
  requestCertificationReview {
    id
    status
    completedRegistrations
    windowFrom
    windowTo
  }
}
    `) as unknown as TypedDocumentString<CertRequestMutation, CertRequestMutationVariables>;
export const CertDecideDocument = new TypedDocumentString(`
    mutation CertDecide($id: ID!, $d: ReviewDecision!) {
  decideCertificationReview(
    reviewId: $id
    decision: $d
    reason: "Reviewed by the committee"
  ) {
    status
    decidedOn
    operator {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CertDecideMutation, CertDecideMutationVariables>;
export const CertHistoryDocument = new TypedDocumentString(`
    query CertHistory($id: ID!) {
  operator(id: $id) {
    status
    statusHistory {
      from
      to
      effectiveOn
      rule
      reason
      decidedBy {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertHistoryQuery, CertHistoryQueryVariables>;
export const CertPendingReviewsDocument = new TypedDocumentString(`
    query CertPendingReviews {
  certificationReviews(status: PENDING) {
    id
    operator {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CertPendingReviewsQuery, CertPendingReviewsQueryVariables>;
export const CertPublicListDocument = new TypedDocumentString(`
    query CertPublicList {
  certifiedOperators {
    id
    name
    facility {
      name
      location
    }
  }
  certifiedOperatorsUpdatedOn
}
    `) as unknown as TypedDocumentString<CertPublicListQuery, CertPublicListQueryVariables>;
export const PasswordsLoginDocument = new TypedDocumentString(`
    mutation PasswordsLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
  }
}
    `) as unknown as TypedDocumentString<PasswordsLoginMutation, PasswordsLoginMutationVariables>;
export const PasswordsChangeDocument = new TypedDocumentString(`
    mutation PasswordsChange($old: String!, $new: String!) {
  changePassword(currentPassword: $old, newPassword: $new) {
    token
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<PasswordsChangeMutation, PasswordsChangeMutationVariables>;
export const MonitoringSetDocument = new TypedDocumentString(`
    mutation MonitoringSet($input: MonitoringThresholdsInput!) {
  setMonitoringThresholds(input: $input) {
    fromYear
    maxComplicationRate
    setOn
  }
}
    `) as unknown as TypedDocumentString<MonitoringSetMutation, MonitoringSetMutationVariables>;
export const MonitoringReviewDocument = new TypedDocumentString(`
    query MonitoringReview($year: Int!) {
  monitoringReview(year: $year) {
    operatorId
    year
    cases
    complicationRate
    technicalSuccessRate
    deviations
    warning {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringReviewQuery, MonitoringReviewQueryVariables>;
export const MonitoringWarnDocument = new TypedDocumentString(`
    mutation MonitoringWarn($op: ID!, $year: Int!) {
  issueWarning(
    operatorId: $op
    year: $year
    reason: "Complication rate above the published criterion"
  ) {
    operatorId
    year
    measures
    reason
  }
}
    `) as unknown as TypedDocumentString<MonitoringWarnMutation, MonitoringWarnMutationVariables>;
export const MonitoringRevokeDocument = new TypedDocumentString(`
    mutation MonitoringRevoke($input: RevocationInput!) {
  revokeCertification(input: $input) {
    ground
    published
    decidedOn
    operator {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringRevokeMutation, MonitoringRevokeMutationVariables>;
export const MonitoringThresholdsDocument = new TypedDocumentString(`
    query MonitoringThresholds {
  monitoringThresholds {
    fromYear
    minSuccessRate
  }
}
    `) as unknown as TypedDocumentString<MonitoringThresholdsQuery, MonitoringThresholdsQueryVariables>;
export const MonitoringOwnWarningsDocument = new TypedDocumentString(`
    query MonitoringOwnWarnings {
  operator(id: "OP0003") {
    warnings {
      year
      measures
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringOwnWarningsQuery, MonitoringOwnWarningsQueryVariables>;
export const MonitoringStatusHistoryDocument = new TypedDocumentString(`
    query MonitoringStatusHistory {
  operator(id: "OP0003") {
    statusHistory {
      from
      to
      rule
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringStatusHistoryQuery, MonitoringStatusHistoryQueryVariables>;
export const MonitoringPublishedRevocationsDocument = new TypedDocumentString(`
    query MonitoringPublishedRevocations {
  publishedRevocations {
    operatorName
    facility {
      name
    }
    revokedOn
    ground
  }
}
    `) as unknown as TypedDocumentString<MonitoringPublishedRevocationsQuery, MonitoringPublishedRevocationsQueryVariables>;
export const OperatorsLoginDocument = new TypedDocumentString(`
    mutation OperatorsLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
    viewer {
      loginId
      roles
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorsLoginMutation, OperatorsLoginMutationVariables>;
export const OperatorsEntitiesDocument = new TypedDocumentString(`
    query OperatorsEntities {
  _entities(
    representations: [{__typename: "Operator", id: "OP0007"}, {__typename: "Operator", id: "OP0003"}]
  ) {
    ... on Operator {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorsEntitiesQuery, OperatorsEntitiesQueryVariables>;
export const OperatorsCoreLabEntitiesDocument = new TypedDocumentString(`
    query OperatorsCoreLabEntities($person: _Any!) {
  _entities(
    representations: [{__typename: "Operator", id: "OP0003"}, {__typename: "Facility", id: "F001"}, $person]
  ) {
    ... on Operator {
      name
    }
    ... on Facility {
      name
    }
    ... on Person {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorsCoreLabEntitiesQuery, OperatorsCoreLabEntitiesQueryVariables>;
export const RenewalApiRunDocument = new TypedDocumentString(`
    mutation RenewalApiRun($year: Int!) {
  runAnnualRenewal(year: $year) {
    year
    runOn
    results {
      operator {
        id
      }
      completedRegistrations
      domestic
      overseas
      statusBefore
      outcome
      consecutiveYearsUnder50
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiRunMutation, RenewalApiRunMutationVariables>;
export const RenewalApiQuestionDocument = new TypedDocumentString(`
    query RenewalApiQuestion($id: ID!) {
  operator(id: $id) {
    status
    continuationQuestion {
      id
      askedForYear
      answer
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiQuestionQuery, RenewalApiQuestionQueryVariables>;
export const RenewalApiAnswerDocument = new TypedDocumentString(`
    mutation RenewalApiAnswer($id: ID!, $a: ContinuationAnswer!) {
  answerContinuationQuestion(questionId: $id, answer: $a) {
    askedForYear
    answer
    answeredOn
  }
}
    `) as unknown as TypedDocumentString<RenewalApiAnswerMutation, RenewalApiAnswerMutationVariables>;
export const RenewalApiHistoryDocument = new TypedDocumentString(`
    query RenewalApiHistory($id: ID!) {
  operator(id: $id) {
    statusHistory {
      from
      to
      effectiveOn
      rule
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiHistoryQuery, RenewalApiHistoryQueryVariables>;
export const RenewalApiPreviewDocument = new TypedDocumentString(`
    query RenewalApiPreview($year: Int!, $first: Int, $after: ID) {
  annualRenewalPreview(year: $year) {
    year
    asOf
    results(first: $first, after: $after) {
      operator {
        id
      }
      outcome
      completedRegistrations
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiPreviewQuery, RenewalApiPreviewQueryVariables>;
export const RenewalApiCertifiedDocument = new TypedDocumentString(`
    query RenewalApiCertified {
  certifiedOperators {
    id
  }
}
    `) as unknown as TypedDocumentString<RenewalApiCertifiedQuery, RenewalApiCertifiedQueryVariables>;
export const RenewalApiPageDocument = new TypedDocumentString(`
    query RenewalApiPage($first: Int, $after: ID) {
  annualRenewal(year: 2029) {
    results(first: $first, after: $after) {
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiPageQuery, RenewalApiPageQueryVariables>;
export const RenewalApiShownDocument = new TypedDocumentString(`
    query RenewalApiShown {
  annualRenewal(year: 2029) {
    year
    results {
      operator {
        id
      }
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalApiShownQuery, RenewalApiShownQueryVariables>;
export const RenewalCalendarRunDocument = new TypedDocumentString(`
    mutation RenewalCalendarRun($year: Int!) {
  runAnnualRenewal(year: $year) {
    year
    runOn
    results {
      operator {
        id
      }
      outcome
      consecutiveYearsUnder50
      completedRegistrations
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalCalendarRunMutation, RenewalCalendarRunMutationVariables>;
export const RenewalCalendarQuestionDocument = new TypedDocumentString(`
    query RenewalCalendarQuestion($id: ID!) {
  operator(id: $id) {
    status
    continuationQuestion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RenewalCalendarQuestionQuery, RenewalCalendarQuestionQueryVariables>;
export const RenewalCalendarAnswerDocument = new TypedDocumentString(`
    mutation RenewalCalendarAnswer($id: ID!, $a: ContinuationAnswer!) {
  answerContinuationQuestion(questionId: $id, answer: $a) {
    answer
  }
}
    `) as unknown as TypedDocumentString<RenewalCalendarAnswerMutation, RenewalCalendarAnswerMutationVariables>;
export const SessionsRevokeDocument = new TypedDocumentString(`
    mutation SessionsRevoke($input: RevocationInput!) {
  revokeCertification(input: $input) {
    operator {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsRevokeMutation, SessionsRevokeMutationVariables>;
export const ClockRegisterFacilityDocument = new TypedDocumentString(`
    mutation ClockRegisterFacility($input: FacilityInput!) {
  registerFacility(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClockRegisterFacilityMutation, ClockRegisterFacilityMutationVariables>;
export const ClockLoginUnknownDocument = new TypedDocumentString(`
    mutation ClockLoginUnknown($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
  }
}
    `) as unknown as TypedDocumentString<ClockLoginUnknownMutation, ClockLoginUnknownMutationVariables>;