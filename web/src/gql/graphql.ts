/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CrossingStrategy =
  | 'ANTEGRADE_DISSECTION_REENTRY'
  | 'ANTEGRADE_WIRE_ESCALATION'
  | 'RETROGRADE';

/** [T14.1] DRAFT while the site enters; SUBMITTED (changes need a reason); LOCKED by the data center. */
export type FormState =
  | 'DRAFT'
  | 'LOCKED'
  | 'SUBMITTED';

export type JctoCategory =
  | 'DIFFICULT'
  | 'EASY'
  | 'INTERMEDIATE'
  | 'VERY_DIFFICULT';

/** Where an operator stands in the registry's certification life [R10][R11]. */
export type OperatorStatus =
  | 'APPLICANT'
  | 'ASSOCIATE'
  | 'CERTIFIED'
  | 'ENDED'
  | 'OB'
  | 'REJECTED'
  | 'REVOKED';

/** Where a registration stands [R18]. */
export type RegistrationStatus =
  /** The form through the procedure result and the required images are in [R18]. */
  | 'COMPLETE'
  /** A registration number is issued; the form or the images are still owed. */
  | 'REGISTERED';

export type RevocationGround =
  /** Intentional exclusion of unfavourable cases, after verification; published [R10]. */
  | 'EXCLUDED_UNFAVOURABLE_CASES'
  /** Failing to register all own cases [R50b]. */
  | 'INCOMPLETE_REGISTRATION'
  /** A warned operator whose next year did not improve [R15][R38]. */
  | 'NO_IMPROVEMENT_AFTER_WARNING';

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

/** The coronary vessel of the occlusion. */
export type Vessel =
  | 'LAD'
  | 'LCX'
  | 'LM'
  | 'RCA';

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

export type CasePageQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type CasePageQuery = { case: { registrationNumber: string, procedureDate: string, domestic: boolean, vessel: Vessel, status: RegistrationStatus, completedOn: string | null, caseReportForm: { state: FormState, lesion: { segment: number } | null, scores: { progressCto: number, castle: number | null, jcto: { score: number, category: JctoCategory } } | null, procedure: { successfulStrategy: CrossingStrategy | null, contrastVolumeMl: number, fluoroscopyTimeMin: number } | null, outcome: { technicalSuccess: boolean, proceduralSuccess: boolean } | null }, officialResult: { criteriaVersion: number, finalizedAt: string, outcomes: { indicationAppropriate: boolean, technicalSuccess: boolean, complication: boolean, procedureSuccess: boolean } } | null, coreLabComparison: Array<{ field: string, official: string, operator: string | null, differs: boolean }> | null, discussion: { id: string } | null } | null };

export type ThreadPostsQueryVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadPostsQuery = { thread: { id: string, posts: Array<{ id: string, body: string, createdAt: string, cursor: string, author: { id: string, name: string } }> } | null };

export type ThreadPostAddedSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;


export type ThreadPostAddedSubscription = { threadPostAdded: { id: string, body: string, createdAt: string, cursor: string, author: { id: string, name: string } } };

export type PostToThreadMutationVariables = Exact<{
  threadId: string | number;
  body: string;
}>;


export type PostToThreadMutation = { postToThread: { id: string, body: string, createdAt: string, cursor: string, author: { id: string, name: string } } };


export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const OperatorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"domesticCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"overseasCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"overseasRequired"}}]}}]}}]} as unknown as DocumentNode<OperatorHomeQuery, OperatorHomeQueryVariables>;
export const CaseLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CaseLibraryQuery, CaseLibraryQueryVariables>;
export const CertifiedOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOperatorsUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<CertifiedOperatorsQuery, CertifiedOperatorsQueryVariables>;
export const PublishedRevocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedRevocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedRevocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedRevocationsQuery, PublishedRevocationsQueryVariables>;
export const RulingsAndCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulingsAndCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rulings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<RulingsAndCriteriaQuery, RulingsAndCriteriaQueryVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureDate"}},{"kind":"Field","name":{"kind":"Name","value":"domestic"}},{"kind":"Field","name":{"kind":"Name","value":"vessel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseReportForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jcto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressCto"}},{"kind":"Field","name":{"kind":"Name","value":"castle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successfulStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"contrastVolumeMl"}},{"kind":"Field","name":{"kind":"Name","value":"fluoroscopyTimeMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralSuccess"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicationAppropriate"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"complication"}},{"kind":"Field","name":{"kind":"Name","value":"procedureSuccess"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coreLabComparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ThreadPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadPostsQuery, ThreadPostsQueryVariables>;
export const ThreadPostAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadPostAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadPostAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadPostAddedSubscription, ThreadPostAddedSubscriptionVariables>;
export const PostToThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostToThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postToThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PostToThreadMutation, PostToThreadMutationVariables>;