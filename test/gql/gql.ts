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
    "query CommitteeJourneyViewer { viewer { id } }": typeof types.CommitteeJourneyViewerDocument,
    "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }": typeof types.AnnualReportJourneyDocument,
    "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": typeof types.CoreLabOfficialReadDocument,
    "query CoreLabOfficialViewer { viewer { id } }": typeof types.CoreLabOfficialViewerDocument,
    "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }": typeof types.CoreLabOfficialAssignmentsDocument,
    "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }": typeof types.CoreLabOfficialComparisonDocument,
    "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}": typeof types.FirstSliceLibraryDocument,
    "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": typeof types.FirstSliceThreadDocument,
    "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }": typeof types.FirstSlicePostDocument,
    "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }": typeof types.FirstSliceCaseDocument,
    "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }": typeof types.FirstSliceCaseFieldsDocument,
};
const documents: Documents = {
    "query CommitteeJourneyViewer { viewer { id } }": types.CommitteeJourneyViewerDocument,
    "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }": types.AnnualReportJourneyDocument,
    "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": types.CoreLabOfficialReadDocument,
    "query CoreLabOfficialViewer { viewer { id } }": types.CoreLabOfficialViewerDocument,
    "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }": types.CoreLabOfficialAssignmentsDocument,
    "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }": types.CoreLabOfficialComparisonDocument,
    "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}": types.FirstSliceLibraryDocument,
    "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": types.FirstSliceThreadDocument,
    "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }": types.FirstSlicePostDocument,
    "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }": types.FirstSliceCaseDocument,
    "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }": types.FirstSliceCaseFieldsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyViewer { viewer { id } }"): typeof import('./graphql.js').CommitteeJourneyViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }"): typeof import('./graphql.js').AnnualReportJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }"): typeof import('./graphql.js').CoreLabOfficialReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialViewer { viewer { id } }"): typeof import('./graphql.js').CoreLabOfficialViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }"): typeof import('./graphql.js').CoreLabOfficialAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }"): typeof import('./graphql.js').CoreLabOfficialComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}"): typeof import('./graphql.js').FirstSliceLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }"): typeof import('./graphql.js').FirstSliceThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }"): typeof import('./graphql.js').FirstSlicePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }"): typeof import('./graphql.js').FirstSliceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }"): typeof import('./graphql.js').FirstSliceCaseFieldsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
