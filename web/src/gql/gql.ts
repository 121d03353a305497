/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n": typeof types.OperatorHomeDocument,
    "\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n": typeof types.CaseLibraryDocument,
    "\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n": typeof types.CertifiedOperatorsDocument,
    "\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublishedRevocationsDocument,
    "\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n": typeof types.RulingsAndCriteriaDocument,
    "\n  query CasePage($registrationNumber: String!) {\n    case(registrationNumber: $registrationNumber) {\n      registrationNumber\n      procedureDate\n      domestic\n      vessel\n      status\n      completedOn\n      caseReportForm {\n        state\n        lesion {\n          segment\n        }\n        scores {\n          jcto {\n            score\n            category\n          }\n          progressCto\n          castle\n        }\n        procedure {\n          successfulStrategy\n          contrastVolumeMl\n          fluoroscopyTimeMin\n        }\n        outcome {\n          technicalSuccess\n          proceduralSuccess\n        }\n      }\n      officialResult {\n        criteriaVersion\n        finalizedAt\n        outcomes {\n          indicationAppropriate\n          technicalSuccess\n          complication\n          procedureSuccess\n        }\n      }\n      coreLabComparison {\n        field\n        official\n        operator\n        differs\n      }\n      discussion {\n        id\n      }\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  query ThreadPosts($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 100) {\n        id\n        body\n        createdAt\n        cursor\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ThreadPostsDocument,
    "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    threadPostAdded(threadId: $threadId, after: $after) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadPostAddedDocument,
    "\n  mutation PostToThread($threadId: ID!, $body: String!) {\n    postToThread(threadId: $threadId, body: $body) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PostToThreadDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n": types.OperatorHomeDocument,
    "\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n": types.CaseLibraryDocument,
    "\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n": types.CertifiedOperatorsDocument,
    "\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n": types.PublishedRevocationsDocument,
    "\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n": types.RulingsAndCriteriaDocument,
    "\n  query CasePage($registrationNumber: String!) {\n    case(registrationNumber: $registrationNumber) {\n      registrationNumber\n      procedureDate\n      domestic\n      vessel\n      status\n      completedOn\n      caseReportForm {\n        state\n        lesion {\n          segment\n        }\n        scores {\n          jcto {\n            score\n            category\n          }\n          progressCto\n          castle\n        }\n        procedure {\n          successfulStrategy\n          contrastVolumeMl\n          fluoroscopyTimeMin\n        }\n        outcome {\n          technicalSuccess\n          proceduralSuccess\n        }\n      }\n      officialResult {\n        criteriaVersion\n        finalizedAt\n        outcomes {\n          indicationAppropriate\n          technicalSuccess\n          complication\n          procedureSuccess\n        }\n      }\n      coreLabComparison {\n        field\n        official\n        operator\n        differs\n      }\n      discussion {\n        id\n      }\n    }\n  }\n": types.CasePageDocument,
    "\n  query ThreadPosts($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 100) {\n        id\n        body\n        createdAt\n        cursor\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ThreadPostsDocument,
    "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    threadPostAdded(threadId: $threadId, after: $after) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadPostAddedDocument,
    "\n  mutation PostToThread($threadId: ID!, $body: String!) {\n    postToThread(threadId: $threadId, body: $body) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.PostToThreadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n"): (typeof documents)["\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n"): (typeof documents)["\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($registrationNumber: String!) {\n    case(registrationNumber: $registrationNumber) {\n      registrationNumber\n      procedureDate\n      domestic\n      vessel\n      status\n      completedOn\n      caseReportForm {\n        state\n        lesion {\n          segment\n        }\n        scores {\n          jcto {\n            score\n            category\n          }\n          progressCto\n          castle\n        }\n        procedure {\n          successfulStrategy\n          contrastVolumeMl\n          fluoroscopyTimeMin\n        }\n        outcome {\n          technicalSuccess\n          proceduralSuccess\n        }\n      }\n      officialResult {\n        criteriaVersion\n        finalizedAt\n        outcomes {\n          indicationAppropriate\n          technicalSuccess\n          complication\n          procedureSuccess\n        }\n      }\n      coreLabComparison {\n        field\n        official\n        operator\n        differs\n      }\n      discussion {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePage($registrationNumber: String!) {\n    case(registrationNumber: $registrationNumber) {\n      registrationNumber\n      procedureDate\n      domestic\n      vessel\n      status\n      completedOn\n      caseReportForm {\n        state\n        lesion {\n          segment\n        }\n        scores {\n          jcto {\n            score\n            category\n          }\n          progressCto\n          castle\n        }\n        procedure {\n          successfulStrategy\n          contrastVolumeMl\n          fluoroscopyTimeMin\n        }\n        outcome {\n          technicalSuccess\n          proceduralSuccess\n        }\n      }\n      officialResult {\n        criteriaVersion\n        finalizedAt\n        outcomes {\n          indicationAppropriate\n          technicalSuccess\n          complication\n          procedureSuccess\n        }\n      }\n      coreLabComparison {\n        field\n        official\n        operator\n        differs\n      }\n      discussion {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 100) {\n        id\n        body\n        createdAt\n        cursor\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPosts($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 100) {\n        id\n        body\n        createdAt\n        cursor\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    threadPostAdded(threadId: $threadId, after: $after) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    threadPostAdded(threadId: $threadId, after: $after) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostToThread($threadId: ID!, $body: String!) {\n    postToThread(threadId: $threadId, body: $body) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostToThread($threadId: ID!, $body: String!) {\n    postToThread(threadId: $threadId, body: $body) {\n      id\n      body\n      createdAt\n      cursor\n      author {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;