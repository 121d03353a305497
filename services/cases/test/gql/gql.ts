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
    "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }": typeof types.CasesRegistrationYearDocument,
    "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }": typeof types.CasesCoreLabEntityDocument,
    "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }": typeof types.CoreLabCommitteeCaseDocument,
    "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }": typeof types.CoreLabCommitteeReplaceDocument,
    "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }": typeof types.CoreLabCommitteeTrailDocument,
    "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }": typeof types.DemoHistoryReportDocument,
    "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }": typeof types.DemoHistoryTrailDocument,
    "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }": typeof types.BurnedInTextImagesDocument,
    "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }": typeof types.BurnedInTextHeldDocument,
    "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }": typeof types.DicomwebStatusDocument,
    "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }": typeof types.StagingUploadsDocument,
    "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }": typeof types.UploadRefusalsStartDocument,
    "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }": typeof types.UploadRefusalsUploadDocument,
    "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": typeof types.ReleaseLargeFileDocument,
    "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": typeof types.ReleaseLargeApproveDocument,
    "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }": typeof types.ReleaseLargeReleaseDocument,
    "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }": typeof types.RiskModelApiFieldsFragmentDoc,
    "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }": typeof types.RiskApiFitDocument,
    "query RiskApiModels { riskModels { ...RiskModelApiFields } }": typeof types.RiskApiModelsDocument,
    "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }": typeof types.RiskApiReviewDocument,
    "query RiskApiModelIds { riskModels { id years } }": typeof types.RiskApiModelIdsDocument,
};
const documents: Documents = {
    "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }": types.CasesRegistrationYearDocument,
    "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }": types.CasesCoreLabEntityDocument,
    "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }": types.CoreLabCommitteeCaseDocument,
    "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }": types.CoreLabCommitteeReplaceDocument,
    "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }": types.CoreLabCommitteeTrailDocument,
    "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }": types.DemoHistoryReportDocument,
    "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }": types.DemoHistoryTrailDocument,
    "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }": types.BurnedInTextImagesDocument,
    "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }": types.BurnedInTextHeldDocument,
    "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }": types.DicomwebStatusDocument,
    "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }": types.StagingUploadsDocument,
    "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }": types.UploadRefusalsStartDocument,
    "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }": types.UploadRefusalsUploadDocument,
    "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": types.ReleaseLargeFileDocument,
    "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": types.ReleaseLargeApproveDocument,
    "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }": types.ReleaseLargeReleaseDocument,
    "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }": types.RiskModelApiFieldsFragmentDoc,
    "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }": types.RiskApiFitDocument,
    "query RiskApiModels { riskModels { ...RiskModelApiFields } }": types.RiskApiModelsDocument,
    "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }": types.RiskApiReviewDocument,
    "query RiskApiModelIds { riskModels { id years } }": types.RiskApiModelIdsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }"): typeof import('./graphql.js').CasesRegistrationYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }"): typeof import('./graphql.js').CasesCoreLabEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }"): typeof import('./graphql.js').CoreLabCommitteeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }"): typeof import('./graphql.js').CoreLabCommitteeReplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }"): typeof import('./graphql.js').CoreLabCommitteeTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }"): typeof import('./graphql.js').DemoHistoryReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }"): typeof import('./graphql.js').DemoHistoryTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }"): typeof import('./graphql.js').BurnedInTextImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }"): typeof import('./graphql.js').BurnedInTextHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }"): typeof import('./graphql.js').DicomwebStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }"): typeof import('./graphql.js').StagingUploadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }"): typeof import('./graphql.js').UploadRefusalsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }"): typeof import('./graphql.js').UploadRefusalsUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }"): typeof import('./graphql.js').ReleaseLargeFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }"): typeof import('./graphql.js').ReleaseLargeApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }"): typeof import('./graphql.js').ReleaseLargeReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }"): typeof import('./graphql.js').RiskModelApiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }"): typeof import('./graphql.js').RiskApiFitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiModels { riskModels { ...RiskModelApiFields } }"): typeof import('./graphql.js').RiskApiModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }"): typeof import('./graphql.js').RiskApiReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiModelIds { riskModels { id years } }"): typeof import('./graphql.js').RiskApiModelIdsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
