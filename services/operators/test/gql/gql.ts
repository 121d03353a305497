/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccountsApiOpen($input: StaffAccountInput!) { openStaffAccount(input: $input) { initialPassword account { id loginId name roles } } }": typeof types.AccountsApiOpenDocument,
    "mutation AccountsApiLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": typeof types.AccountsApiLoginDocument,
    "mutation AccountsApiChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }": typeof types.AccountsApiChangeDocument,
    "mutation AccountsApiTerm($login: String!, $from: Date!) { recordSteeringTerm(loginId: $login, startsOn: $from, resolution: \"General meeting\") { startsOn endsOn member { name } } }": typeof types.AccountsApiTermDocument,
    "query AccountsApiStaffAccounts { staffAccounts(first: 100) { loginId facility { id } lockedUntil } }": typeof types.AccountsApiStaffAccountsDocument,
    "query AccountsApiCommittee { steeringCommittee { endsOn member { name } } }": typeof types.AccountsApiCommitteeDocument,
    "query AccountsApiApplications { applications { id } }": typeof types.AccountsApiApplicationsDocument,
    "mutation AccountsApiRenewal { runAnnualRenewal(year: 2020) { year } }": typeof types.AccountsApiRenewalDocument,
    "query AccountsApiCertified { certifiedOperators { id } }": typeof types.AccountsApiCertifiedDocument,
    "query AccountsApiViewer { viewer { loginId roles } }": typeof types.AccountsApiViewerDocument,
    "mutation AccountsApiChangeForToken($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword viewer { roles } } }": typeof types.AccountsApiChangeForTokenDocument,
    "mutation AccountsApiRolesOfNobody { changeStaffRoles(loginId: \"nobody-at-all\", roles: [SPONSOR]) { loginId } }": typeof types.AccountsApiRolesOfNobodyDocument,
    "query AccountsApiList($after: String) { staffAccounts(first: 3, after: $after) { loginId name roles facility { id } mustChangePassword lockedUntil } }": typeof types.AccountsApiListDocument,
    "query AccountsApiTooMany { staffAccounts(first: 101) { loginId } }": typeof types.AccountsApiTooManyDocument,
    "mutation AccountsApiUnlock($login: String!) { unlockStaffAccount(loginId: $login) { loginId lockedUntil } }": typeof types.AccountsApiUnlockDocument,
    "mutation AccountsApiChangeRoles { changeStaffRoles(loginId: \"expert-1\", roles: [COMMITTEE_CHAIR]) { loginId roles } }": typeof types.AccountsApiChangeRolesDocument,
    "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id } } }": typeof types.AskedFileDocument,
    "query AskedAwaiting($first: Int, $after: ID) { applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName } }": typeof types.AskedAwaitingDocument,
    "mutation AskedRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I have watched her work for years.\") { id } }": typeof types.AskedRecommendDocument,
    "mutation AskedReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Withdrawn by the applicant\") { id } }": typeof types.AskedRejectDocument,
    "mutation BootstrapLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { mustChangePassword viewer { loginId roles } } }": typeof types.BootstrapLoginDocument,
    "query BootstrapOperators { certifiedOperators { id name facility { id name } } }": typeof types.BootstrapOperatorsDocument,
    "mutation CertFile($input: ApplicationInput!) { fileApplication(input: $input) { id status applicantName facility { id } recommendations { recommender { id } } } }": typeof types.CertFileDocument,
    "mutation CertRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"Skilled and careful; I have seen fifty of her cases.\") { id } }": typeof types.CertRecommendDocument,
    "mutation CertApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Two certified recommendations; experience verified\") {\n  initialPassword operator { id name status statusSince facility { id } } application { status decidedOn operator { id } recommendations { recommender { id } } } } }": typeof types.CertApproveDocument,
    "mutation CertReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Experience could not be verified\") { status decisionReason } }": typeof types.CertRejectDocument,
    "mutation CertLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": typeof types.CertLoginDocument,
    "mutation CertChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }": typeof types.CertChangeDocument,
    "mutation CertRequest { requestCertificationReview { id status completedRegistrations windowFrom windowTo } }": typeof types.CertRequestDocument,
    "mutation CertDecide($id: ID!, $d: ReviewDecision!) { decideCertificationReview(reviewId: $id, decision: $d, reason: \"Reviewed by the committee\") { status decidedOn operator { id status } } }": typeof types.CertDecideDocument,
    "query CertHistory($id: ID!) { operator(id: $id) { status statusHistory { from to effectiveOn rule reason decidedBy { name } } } }": typeof types.CertHistoryDocument,
    "query CertPendingReviews { certificationReviews(status: PENDING) { id operator { id } } }": typeof types.CertPendingReviewsDocument,
    "query CertPublicList { certifiedOperators { id name facility { name location } } certifiedOperatorsUpdatedOn }": typeof types.CertPublicListDocument,
    "mutation PasswordsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": typeof types.PasswordsLoginDocument,
    "mutation PasswordsChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword } }": typeof types.PasswordsChangeDocument,
    "mutation MonitoringSet($input: MonitoringThresholdsInput!) { setMonitoringThresholds(input: $input) { fromYear maxComplicationRate setOn } }": typeof types.MonitoringSetDocument,
    "query MonitoringReview($year: Int!) { monitoringReview(year: $year) { operatorId year cases complicationRate technicalSuccessRate deviations warning { reason } } }": typeof types.MonitoringReviewDocument,
    "mutation MonitoringWarn($op: ID!, $year: Int!) { issueWarning(operatorId: $op, year: $year, reason: \"Complication rate above the published criterion\") { operatorId year measures reason } }": typeof types.MonitoringWarnDocument,
    "mutation MonitoringRevoke($input: RevocationInput!) { revokeCertification(input: $input) { ground published decidedOn operator { id status } } }": typeof types.MonitoringRevokeDocument,
    "query MonitoringThresholds { monitoringThresholds { fromYear minSuccessRate } }": typeof types.MonitoringThresholdsDocument,
    "query MonitoringOwnWarnings { operator(id: \"OP0003\") { warnings { year measures } } }": typeof types.MonitoringOwnWarningsDocument,
    "query MonitoringStatusHistory { operator(id: \"OP0003\") { statusHistory { from to rule reason } } }": typeof types.MonitoringStatusHistoryDocument,
    "query MonitoringPublishedRevocations { publishedRevocations { operatorName facility { name } revokedOn ground } }": typeof types.MonitoringPublishedRevocationsDocument,
    "mutation OperatorsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token viewer { loginId roles operator { id } } } }": typeof types.OperatorsLoginDocument,
    "query OperatorsEntities { _entities(representations: [{ __typename: \"Operator\", id: \"OP0007\" }, { __typename: \"Operator\", id: \"OP0003\" }]) { ... on Operator { id name } } }": typeof types.OperatorsEntitiesDocument,
    "query OperatorsCoreLabEntities($person: _Any!) { _entities(representations: [\n      { __typename: \"Operator\", id: \"OP0003\" }, { __typename: \"Facility\", id: \"F001\" }, $person\n    ]) { ... on Operator { name } ... on Facility { name } ... on Person { name } } }": typeof types.OperatorsCoreLabEntitiesDocument,
    "mutation RenewalApiRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } completedRegistrations domestic overseas statusBefore outcome consecutiveYearsUnder50 } } }": typeof types.RenewalApiRunDocument,
    "query RenewalApiQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id askedForYear answer } } }": typeof types.RenewalApiQuestionDocument,
    "mutation RenewalApiAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { askedForYear answer answeredOn } }": typeof types.RenewalApiAnswerDocument,
    "query RenewalApiHistory($id: ID!) { operator(id: $id) { statusHistory { from to effectiveOn rule reason } } }": typeof types.RenewalApiHistoryDocument,
    "query RenewalApiPreview($year: Int!, $first: Int, $after: ID) { annualRenewalPreview(year: $year) { year asOf results(first: $first, after: $after) { operator { id } outcome completedRegistrations } } }": typeof types.RenewalApiPreviewDocument,
    "query RenewalApiCertified { certifiedOperators { id } }": typeof types.RenewalApiCertifiedDocument,
    "query RenewalApiPage($first: Int, $after: ID) { annualRenewal(year: 2029) { results(first: $first, after: $after) { operator { id } } } }": typeof types.RenewalApiPageDocument,
    "query RenewalApiShown { annualRenewal(year: 2029) { year results { operator { id } outcome } } }": typeof types.RenewalApiShownDocument,
    "mutation RenewalCalendarRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } outcome consecutiveYearsUnder50 completedRegistrations } } }": typeof types.RenewalCalendarRunDocument,
    "query RenewalCalendarQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id } } }": typeof types.RenewalCalendarQuestionDocument,
    "mutation RenewalCalendarAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { answer } }": typeof types.RenewalCalendarAnswerDocument,
    "mutation SessionsRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { status } } }": typeof types.SessionsRevokeDocument,
    "mutation ClockRegisterFacility($input: FacilityInput!) { registerFacility(input: $input) { id } }": typeof types.ClockRegisterFacilityDocument,
    "mutation ClockLoginUnknown($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": typeof types.ClockLoginUnknownDocument,
};
const documents: Documents = {
    "mutation AccountsApiOpen($input: StaffAccountInput!) { openStaffAccount(input: $input) { initialPassword account { id loginId name roles } } }": types.AccountsApiOpenDocument,
    "mutation AccountsApiLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": types.AccountsApiLoginDocument,
    "mutation AccountsApiChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }": types.AccountsApiChangeDocument,
    "mutation AccountsApiTerm($login: String!, $from: Date!) { recordSteeringTerm(loginId: $login, startsOn: $from, resolution: \"General meeting\") { startsOn endsOn member { name } } }": types.AccountsApiTermDocument,
    "query AccountsApiStaffAccounts { staffAccounts(first: 100) { loginId facility { id } lockedUntil } }": types.AccountsApiStaffAccountsDocument,
    "query AccountsApiCommittee { steeringCommittee { endsOn member { name } } }": types.AccountsApiCommitteeDocument,
    "query AccountsApiApplications { applications { id } }": types.AccountsApiApplicationsDocument,
    "mutation AccountsApiRenewal { runAnnualRenewal(year: 2020) { year } }": types.AccountsApiRenewalDocument,
    "query AccountsApiCertified { certifiedOperators { id } }": types.AccountsApiCertifiedDocument,
    "query AccountsApiViewer { viewer { loginId roles } }": types.AccountsApiViewerDocument,
    "mutation AccountsApiChangeForToken($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword viewer { roles } } }": types.AccountsApiChangeForTokenDocument,
    "mutation AccountsApiRolesOfNobody { changeStaffRoles(loginId: \"nobody-at-all\", roles: [SPONSOR]) { loginId } }": types.AccountsApiRolesOfNobodyDocument,
    "query AccountsApiList($after: String) { staffAccounts(first: 3, after: $after) { loginId name roles facility { id } mustChangePassword lockedUntil } }": types.AccountsApiListDocument,
    "query AccountsApiTooMany { staffAccounts(first: 101) { loginId } }": types.AccountsApiTooManyDocument,
    "mutation AccountsApiUnlock($login: String!) { unlockStaffAccount(loginId: $login) { loginId lockedUntil } }": types.AccountsApiUnlockDocument,
    "mutation AccountsApiChangeRoles { changeStaffRoles(loginId: \"expert-1\", roles: [COMMITTEE_CHAIR]) { loginId roles } }": types.AccountsApiChangeRolesDocument,
    "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id } } }": types.AskedFileDocument,
    "query AskedAwaiting($first: Int, $after: ID) { applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName } }": types.AskedAwaitingDocument,
    "mutation AskedRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I have watched her work for years.\") { id } }": types.AskedRecommendDocument,
    "mutation AskedReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Withdrawn by the applicant\") { id } }": types.AskedRejectDocument,
    "mutation BootstrapLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { mustChangePassword viewer { loginId roles } } }": types.BootstrapLoginDocument,
    "query BootstrapOperators { certifiedOperators { id name facility { id name } } }": types.BootstrapOperatorsDocument,
    "mutation CertFile($input: ApplicationInput!) { fileApplication(input: $input) { id status applicantName facility { id } recommendations { recommender { id } } } }": types.CertFileDocument,
    "mutation CertRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"Skilled and careful; I have seen fifty of her cases.\") { id } }": types.CertRecommendDocument,
    "mutation CertApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Two certified recommendations; experience verified\") {\n  initialPassword operator { id name status statusSince facility { id } } application { status decidedOn operator { id } recommendations { recommender { id } } } } }": types.CertApproveDocument,
    "mutation CertReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Experience could not be verified\") { status decisionReason } }": types.CertRejectDocument,
    "mutation CertLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": types.CertLoginDocument,
    "mutation CertChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }": types.CertChangeDocument,
    "mutation CertRequest { requestCertificationReview { id status completedRegistrations windowFrom windowTo } }": types.CertRequestDocument,
    "mutation CertDecide($id: ID!, $d: ReviewDecision!) { decideCertificationReview(reviewId: $id, decision: $d, reason: \"Reviewed by the committee\") { status decidedOn operator { id status } } }": types.CertDecideDocument,
    "query CertHistory($id: ID!) { operator(id: $id) { status statusHistory { from to effectiveOn rule reason decidedBy { name } } } }": types.CertHistoryDocument,
    "query CertPendingReviews { certificationReviews(status: PENDING) { id operator { id } } }": types.CertPendingReviewsDocument,
    "query CertPublicList { certifiedOperators { id name facility { name location } } certifiedOperatorsUpdatedOn }": types.CertPublicListDocument,
    "mutation PasswordsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": types.PasswordsLoginDocument,
    "mutation PasswordsChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword } }": types.PasswordsChangeDocument,
    "mutation MonitoringSet($input: MonitoringThresholdsInput!) { setMonitoringThresholds(input: $input) { fromYear maxComplicationRate setOn } }": types.MonitoringSetDocument,
    "query MonitoringReview($year: Int!) { monitoringReview(year: $year) { operatorId year cases complicationRate technicalSuccessRate deviations warning { reason } } }": types.MonitoringReviewDocument,
    "mutation MonitoringWarn($op: ID!, $year: Int!) { issueWarning(operatorId: $op, year: $year, reason: \"Complication rate above the published criterion\") { operatorId year measures reason } }": types.MonitoringWarnDocument,
    "mutation MonitoringRevoke($input: RevocationInput!) { revokeCertification(input: $input) { ground published decidedOn operator { id status } } }": types.MonitoringRevokeDocument,
    "query MonitoringThresholds { monitoringThresholds { fromYear minSuccessRate } }": types.MonitoringThresholdsDocument,
    "query MonitoringOwnWarnings { operator(id: \"OP0003\") { warnings { year measures } } }": types.MonitoringOwnWarningsDocument,
    "query MonitoringStatusHistory { operator(id: \"OP0003\") { statusHistory { from to rule reason } } }": types.MonitoringStatusHistoryDocument,
    "query MonitoringPublishedRevocations { publishedRevocations { operatorName facility { name } revokedOn ground } }": types.MonitoringPublishedRevocationsDocument,
    "mutation OperatorsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token viewer { loginId roles operator { id } } } }": types.OperatorsLoginDocument,
    "query OperatorsEntities { _entities(representations: [{ __typename: \"Operator\", id: \"OP0007\" }, { __typename: \"Operator\", id: \"OP0003\" }]) { ... on Operator { id name } } }": types.OperatorsEntitiesDocument,
    "query OperatorsCoreLabEntities($person: _Any!) { _entities(representations: [\n      { __typename: \"Operator\", id: \"OP0003\" }, { __typename: \"Facility\", id: \"F001\" }, $person\n    ]) { ... on Operator { name } ... on Facility { name } ... on Person { name } } }": types.OperatorsCoreLabEntitiesDocument,
    "mutation RenewalApiRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } completedRegistrations domestic overseas statusBefore outcome consecutiveYearsUnder50 } } }": types.RenewalApiRunDocument,
    "query RenewalApiQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id askedForYear answer } } }": types.RenewalApiQuestionDocument,
    "mutation RenewalApiAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { askedForYear answer answeredOn } }": types.RenewalApiAnswerDocument,
    "query RenewalApiHistory($id: ID!) { operator(id: $id) { statusHistory { from to effectiveOn rule reason } } }": types.RenewalApiHistoryDocument,
    "query RenewalApiPreview($year: Int!, $first: Int, $after: ID) { annualRenewalPreview(year: $year) { year asOf results(first: $first, after: $after) { operator { id } outcome completedRegistrations } } }": types.RenewalApiPreviewDocument,
    "query RenewalApiCertified { certifiedOperators { id } }": types.RenewalApiCertifiedDocument,
    "query RenewalApiPage($first: Int, $after: ID) { annualRenewal(year: 2029) { results(first: $first, after: $after) { operator { id } } } }": types.RenewalApiPageDocument,
    "query RenewalApiShown { annualRenewal(year: 2029) { year results { operator { id } outcome } } }": types.RenewalApiShownDocument,
    "mutation RenewalCalendarRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } outcome consecutiveYearsUnder50 completedRegistrations } } }": types.RenewalCalendarRunDocument,
    "query RenewalCalendarQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id } } }": types.RenewalCalendarQuestionDocument,
    "mutation RenewalCalendarAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { answer } }": types.RenewalCalendarAnswerDocument,
    "mutation SessionsRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { status } } }": types.SessionsRevokeDocument,
    "mutation ClockRegisterFacility($input: FacilityInput!) { registerFacility(input: $input) { id } }": types.ClockRegisterFacilityDocument,
    "mutation ClockLoginUnknown($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": types.ClockLoginUnknownDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiOpen($input: StaffAccountInput!) { openStaffAccount(input: $input) { initialPassword account { id loginId name roles } } }"): typeof import('./graphql.js').AccountsApiOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').AccountsApiLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').AccountsApiChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiTerm($login: String!, $from: Date!) { recordSteeringTerm(loginId: $login, startsOn: $from, resolution: \"General meeting\") { startsOn endsOn member { name } } }"): typeof import('./graphql.js').AccountsApiTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiStaffAccounts { staffAccounts(first: 100) { loginId facility { id } lockedUntil } }"): typeof import('./graphql.js').AccountsApiStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiCommittee { steeringCommittee { endsOn member { name } } }"): typeof import('./graphql.js').AccountsApiCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiApplications { applications { id } }"): typeof import('./graphql.js').AccountsApiApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiRenewal { runAnnualRenewal(year: 2020) { year } }"): typeof import('./graphql.js').AccountsApiRenewalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiCertified { certifiedOperators { id } }"): typeof import('./graphql.js').AccountsApiCertifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiViewer { viewer { loginId roles } }"): typeof import('./graphql.js').AccountsApiViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiChangeForToken($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').AccountsApiChangeForTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiRolesOfNobody { changeStaffRoles(loginId: \"nobody-at-all\", roles: [SPONSOR]) { loginId } }"): typeof import('./graphql.js').AccountsApiRolesOfNobodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiList($after: String) { staffAccounts(first: 3, after: $after) { loginId name roles facility { id } mustChangePassword lockedUntil } }"): typeof import('./graphql.js').AccountsApiListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsApiTooMany { staffAccounts(first: 101) { loginId } }"): typeof import('./graphql.js').AccountsApiTooManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiUnlock($login: String!) { unlockStaffAccount(loginId: $login) { loginId lockedUntil } }"): typeof import('./graphql.js').AccountsApiUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsApiChangeRoles { changeStaffRoles(loginId: \"expert-1\", roles: [COMMITTEE_CHAIR]) { loginId roles } }"): typeof import('./graphql.js').AccountsApiChangeRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id } } }"): typeof import('./graphql.js').AskedFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskedAwaiting($first: Int, $after: ID) { applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName } }"): typeof import('./graphql.js').AskedAwaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskedRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I have watched her work for years.\") { id } }"): typeof import('./graphql.js').AskedRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskedReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Withdrawn by the applicant\") { id } }"): typeof import('./graphql.js').AskedRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BootstrapLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { mustChangePassword viewer { loginId roles } } }"): typeof import('./graphql.js').BootstrapLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BootstrapOperators { certifiedOperators { id name facility { id name } } }"): typeof import('./graphql.js').BootstrapOperatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertFile($input: ApplicationInput!) { fileApplication(input: $input) { id status applicantName facility { id } recommendations { recommender { id } } } }"): typeof import('./graphql.js').CertFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"Skilled and careful; I have seen fifty of her cases.\") { id } }"): typeof import('./graphql.js').CertRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Two certified recommendations; experience verified\") {\n  initialPassword operator { id name status statusSince facility { id } } application { status decidedOn operator { id } recommendations { recommender { id } } } } }"): typeof import('./graphql.js').CertApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertReject($id: ID!) { rejectApplication(applicationId: $id, reason: \"Experience could not be verified\") { status decisionReason } }"): typeof import('./graphql.js').CertRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').CertLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').CertChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertRequest { requestCertificationReview { id status completedRegistrations windowFrom windowTo } }"): typeof import('./graphql.js').CertRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertDecide($id: ID!, $d: ReviewDecision!) { decideCertificationReview(reviewId: $id, decision: $d, reason: \"Reviewed by the committee\") { status decidedOn operator { id status } } }"): typeof import('./graphql.js').CertDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertHistory($id: ID!) { operator(id: $id) { status statusHistory { from to effectiveOn rule reason decidedBy { name } } } }"): typeof import('./graphql.js').CertHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertPendingReviews { certificationReviews(status: PENDING) { id operator { id } } }"): typeof import('./graphql.js').CertPendingReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertPublicList { certifiedOperators { id name facility { name location } } certifiedOperatorsUpdatedOn }"): typeof import('./graphql.js').CertPublicListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }"): typeof import('./graphql.js').PasswordsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword } }"): typeof import('./graphql.js').PasswordsChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringSet($input: MonitoringThresholdsInput!) { setMonitoringThresholds(input: $input) { fromYear maxComplicationRate setOn } }"): typeof import('./graphql.js').MonitoringSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringReview($year: Int!) { monitoringReview(year: $year) { operatorId year cases complicationRate technicalSuccessRate deviations warning { reason } } }"): typeof import('./graphql.js').MonitoringReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringWarn($op: ID!, $year: Int!) { issueWarning(operatorId: $op, year: $year, reason: \"Complication rate above the published criterion\") { operatorId year measures reason } }"): typeof import('./graphql.js').MonitoringWarnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringRevoke($input: RevocationInput!) { revokeCertification(input: $input) { ground published decidedOn operator { id status } } }"): typeof import('./graphql.js').MonitoringRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringThresholds { monitoringThresholds { fromYear minSuccessRate } }"): typeof import('./graphql.js').MonitoringThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringOwnWarnings { operator(id: \"OP0003\") { warnings { year measures } } }"): typeof import('./graphql.js').MonitoringOwnWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringStatusHistory { operator(id: \"OP0003\") { statusHistory { from to rule reason } } }"): typeof import('./graphql.js').MonitoringStatusHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringPublishedRevocations { publishedRevocations { operatorName facility { name } revokedOn ground } }"): typeof import('./graphql.js').MonitoringPublishedRevocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperatorsLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token viewer { loginId roles operator { id } } } }"): typeof import('./graphql.js').OperatorsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperatorsEntities { _entities(representations: [{ __typename: \"Operator\", id: \"OP0007\" }, { __typename: \"Operator\", id: \"OP0003\" }]) { ... on Operator { id name } } }"): typeof import('./graphql.js').OperatorsEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperatorsCoreLabEntities($person: _Any!) { _entities(representations: [\n      { __typename: \"Operator\", id: \"OP0003\" }, { __typename: \"Facility\", id: \"F001\" }, $person\n    ]) { ... on Operator { name } ... on Facility { name } ... on Person { name } } }"): typeof import('./graphql.js').OperatorsCoreLabEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewalApiRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } completedRegistrations domestic overseas statusBefore outcome consecutiveYearsUnder50 } } }"): typeof import('./graphql.js').RenewalApiRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id askedForYear answer } } }"): typeof import('./graphql.js').RenewalApiQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewalApiAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { askedForYear answer answeredOn } }"): typeof import('./graphql.js').RenewalApiAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiHistory($id: ID!) { operator(id: $id) { statusHistory { from to effectiveOn rule reason } } }"): typeof import('./graphql.js').RenewalApiHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiPreview($year: Int!, $first: Int, $after: ID) { annualRenewalPreview(year: $year) { year asOf results(first: $first, after: $after) { operator { id } outcome completedRegistrations } } }"): typeof import('./graphql.js').RenewalApiPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiCertified { certifiedOperators { id } }"): typeof import('./graphql.js').RenewalApiCertifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiPage($first: Int, $after: ID) { annualRenewal(year: 2029) { results(first: $first, after: $after) { operator { id } } } }"): typeof import('./graphql.js').RenewalApiPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalApiShown { annualRenewal(year: 2029) { year results { operator { id } outcome } } }"): typeof import('./graphql.js').RenewalApiShownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewalCalendarRun($year: Int!) { runAnnualRenewal(year: $year) { year runOn results { operator { id } outcome consecutiveYearsUnder50 completedRegistrations } } }"): typeof import('./graphql.js').RenewalCalendarRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalCalendarQuestion($id: ID!) { operator(id: $id) { status continuationQuestion { id } } }"): typeof import('./graphql.js').RenewalCalendarQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewalCalendarAnswer($id: ID!, $a: ContinuationAnswer!) { answerContinuationQuestion(questionId: $id, answer: $a) { answer } }"): typeof import('./graphql.js').RenewalCalendarAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { status } } }"): typeof import('./graphql.js').SessionsRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClockRegisterFacility($input: FacilityInput!) { registerFacility(input: $input) { id } }"): typeof import('./graphql.js').ClockRegisterFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClockLoginUnknown($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }"): typeof import('./graphql.js').ClockLoginUnknownDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
