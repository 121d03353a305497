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
    "fragment AdjudicationApiMatterFields on Matter { id status screeningReason\n  pointsAtIssue { id number currentRound decision rounds { round closed outcome tally { yes no abstain cast eligible complete outcome tie } votes { member { id } choice } } }\n  committeeThread { id } }": typeof types.AdjudicationApiMatterFieldsFragmentDoc,
    "mutation AdjudicationApiRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { ...AdjudicationApiMatterFields } }": typeof types.AdjudicationApiRaiseDocument,
    "mutation AdjudicationApiScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { ...AdjudicationApiMatterFields } }": typeof types.AdjudicationApiScreenDocument,
    "mutation AdjudicationApiDeclare($m: ID!) { declareSession(matterId: $m) { ...AdjudicationApiMatterFields } }": typeof types.AdjudicationApiDeclareDocument,
    "mutation AdjudicationApiPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { ...AdjudicationApiMatterFields } }": typeof types.AdjudicationApiPointsDocument,
    "mutation AdjudicationApiVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id currentRound decision } }": typeof types.AdjudicationApiVoteDocument,
    "mutation AdjudicationApiSecondRound($p: ID!) { callSecondRound(pointId: $p) { id currentRound } }": typeof types.AdjudicationApiSecondRoundDocument,
    "mutation AdjudicationApiClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }": typeof types.AdjudicationApiCloseDocument,
    "query AdjudicationApiGetMatter($id: ID!) { matter(id: $id) { ...AdjudicationApiMatterFields } }": typeof types.AdjudicationApiGetMatterDocument,
    "mutation AdjudicationApiPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput, $p: ID) {\n  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i, pointId: $p) { id kind body image { seriesUid frame } replyTo { id } point { number } }\n}": typeof types.AdjudicationApiPostDocument,
    "query AdjudicationApiShortfalls { committee { shortfalls } }": typeof types.AdjudicationApiShortfallsDocument,
    "mutation AdjudicationApiAskDataCenter($n: RegistrationNumber) {\n      askDataCenterQuestion(question: \"Is a retrograde crossing after antegrade failure a technical success?\", registrationNumber: $n) { kind status case { registrationNumber } }\n    }": typeof types.AdjudicationApiAskDataCenterDocument,
    "mutation AdjudicationApiRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }": typeof types.AdjudicationApiRemoveMemberDocument,
    "mutation AdjudicationApiAppointMember($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { shortfalls } }": typeof types.AdjudicationApiAppointMemberDocument,
    "mutation AdjudicationApiDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } matter { status pointsAtIssue { rounds { votes { member { id } choice } } } } } }": typeof types.AdjudicationApiDecideDocument,
    "query AdjudicationPublicRulings { rulings { id decision answer registrationNumber } }": typeof types.AdjudicationPublicRulingsDocument,
    "mutation AdjudicationApiReferQuestion { referCriteriaQuestion(question: \"Does a side-branch loss count as a complication?\") { id } }": typeof types.AdjudicationApiReferQuestionDocument,
    "mutation AdjudicationApiRelay($m: ID!) { relayOperatorOpinion(matterId: $m, body: \"The wire was in the distal true lumen.\") { kind onBehalfOf { id } } }": typeof types.AdjudicationApiRelayDocument,
    "query AdjudicationApiCommitteeSeats { committee { members { seat } } }": typeof types.AdjudicationApiCommitteeSeatsDocument,
    "query AdjudicationApiCaseThread($c: _Any!) { _entities(representations: [$c]) { ... on Case { discussion { id } } } }": typeof types.AdjudicationApiCaseThreadDocument,
    "mutation AdjudicationApiEditOthers($p: ID!) { editPost(postId: $p, body: \"x\") { id } }": typeof types.AdjudicationApiEditOthersDocument,
    "mutation AdjudicationApiEdit($p: ID!) { editPost(postId: $p, body: \"Which wire crossed the proximal cap?\") { body editedAt revisions { revision body } } }": typeof types.AdjudicationApiEditDocument,
    "query AdjudicationApiUnread { myNotifications(unreadOnly: true) { id kind read post { id } } }": typeof types.AdjudicationApiUnreadDocument,
    "mutation AdjudicationApiMarkRead($id: ID!) { markNotificationRead(id: $id) { read } }": typeof types.AdjudicationApiMarkReadDocument,
    "query AdjudicationApiUnreadIds { myNotifications(unreadOnly: true) { id } }": typeof types.AdjudicationApiUnreadIdsDocument,
    "mutation AdjudicationApiPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }": typeof types.AdjudicationApiPublishCriteriaDocument,
    "query AdjudicationCriteriaInEffect { criteriaInEffect { version } }": typeof types.AdjudicationCriteriaInEffectDocument,
    "mutation AdjudicationRulesRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id status } }": typeof types.AdjudicationRulesRaiseDocument,
    "mutation AdjudicationRulesScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id status } }": typeof types.AdjudicationRulesScreenDocument,
    "mutation AdjudicationRulesDeclare($m: ID!) { declareSession(matterId: $m) { id status committeeThread { id } } }": typeof types.AdjudicationRulesDeclareDocument,
    "mutation AdjudicationRulesPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { pointsAtIssue { id } } }": typeof types.AdjudicationRulesPointsDocument,
    "mutation AdjudicationRulesVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id decision } }": typeof types.AdjudicationRulesVoteDocument,
    "mutation AdjudicationRulesClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }": typeof types.AdjudicationRulesCloseDocument,
    "mutation AdjudicationRulesDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id } }": typeof types.AdjudicationRulesDecideDocument,
    "mutation AdjudicationRulesPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": typeof types.AdjudicationRulesPostDocument,
    "query AdjudicationRulesThread($t: ID!) { thread(id: $t) { id posts { body } } }": typeof types.AdjudicationRulesThreadDocument,
    "mutation AdjudicationRulesMarkRead($id: ID!) { markNotificationRead(id: $id) { id } }": typeof types.AdjudicationRulesMarkReadDocument,
    "mutation AdjudicationRulesAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }": typeof types.AdjudicationRulesAppointDocument,
    "mutation AdjudicationRulesRemove($a: ID!) { removeCommitteeMember(accountId: $a) { members { seat } } }": typeof types.AdjudicationRulesRemoveDocument,
    "query AdjudicationRulesUnread { myNotifications(unreadOnly: true) { id } }": typeof types.AdjudicationRulesUnreadDocument,
    "query AdjudicationRulesDecidedMatters { matters(status: DECIDED) { id committeeThread { id } } }": typeof types.AdjudicationRulesDecidedMattersDocument,
    "query AdjudicationRulesOpenMatters { matters(status: IN_SESSION) { id committeeThread { id } } }": typeof types.AdjudicationRulesOpenMattersDocument,
    "query AdjudicationRulesDecidedRecord($m: ID!) { matter(id: $m) { status ruling { decision } committeeThread { posts { body } } } }": typeof types.AdjudicationRulesDecidedRecordDocument,
    "query AdjudicationRulesUnreadThreads { myNotifications(unreadOnly: true) { id thread { id posts { body } } post { id } } }": typeof types.AdjudicationRulesUnreadThreadsDocument,
    "query AdjudicationRulesInSession { matters(status: IN_SESSION) { id } }": typeof types.AdjudicationRulesInSessionDocument,
    "query AdjudicationRulesInSessionPoints { matters(status: IN_SESSION) { id pointsAtIssue { id } } }": typeof types.AdjudicationRulesInSessionPointsDocument,
    "mutation AdjudicationRulesPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }": typeof types.AdjudicationRulesPublishCriteriaDocument,
    "query AdjudicationRulesCreatedAt { matters { createdAt } }": typeof types.AdjudicationRulesCreatedAtDocument,
    "query AdjudicationRulesDecidedThread { matters(status: DECIDED) { committeeThread { id posts { id } } } }": typeof types.AdjudicationRulesDecidedThreadDocument,
    "mutation AdjudicationRulesEdit($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { id } }": typeof types.AdjudicationRulesEditDocument,
    "query AdjudicationRulesNotifications { myNotifications { id } }": typeof types.AdjudicationRulesNotificationsDocument,
    "query AdjudicationRulesStanding { matters(status: IN_SESSION) { id case { registrationNumber } myStanding { recused presides } pointsAtIssue { myVote } } }": typeof types.AdjudicationRulesStandingDocument,
    "query AdjudicationRulesDecidedStanding { matters(status: DECIDED) { case { registrationNumber } myStanding { recused presides } } }": typeof types.AdjudicationRulesDecidedStandingDocument,
    "mutation AdjudicationClockRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }": typeof types.AdjudicationClockRaiseDocument,
    "mutation AdjudicationClockScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id } }": typeof types.AdjudicationClockScreenDocument,
    "mutation AdjudicationClockAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }": typeof types.AdjudicationClockAppointDocument,
};
const documents: Documents = {
    "fragment AdjudicationApiMatterFields on Matter { id status screeningReason\n  pointsAtIssue { id number currentRound decision rounds { round closed outcome tally { yes no abstain cast eligible complete outcome tie } votes { member { id } choice } } }\n  committeeThread { id } }": types.AdjudicationApiMatterFieldsFragmentDoc,
    "mutation AdjudicationApiRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { ...AdjudicationApiMatterFields } }": types.AdjudicationApiRaiseDocument,
    "mutation AdjudicationApiScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { ...AdjudicationApiMatterFields } }": types.AdjudicationApiScreenDocument,
    "mutation AdjudicationApiDeclare($m: ID!) { declareSession(matterId: $m) { ...AdjudicationApiMatterFields } }": types.AdjudicationApiDeclareDocument,
    "mutation AdjudicationApiPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { ...AdjudicationApiMatterFields } }": types.AdjudicationApiPointsDocument,
    "mutation AdjudicationApiVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id currentRound decision } }": types.AdjudicationApiVoteDocument,
    "mutation AdjudicationApiSecondRound($p: ID!) { callSecondRound(pointId: $p) { id currentRound } }": types.AdjudicationApiSecondRoundDocument,
    "mutation AdjudicationApiClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }": types.AdjudicationApiCloseDocument,
    "query AdjudicationApiGetMatter($id: ID!) { matter(id: $id) { ...AdjudicationApiMatterFields } }": types.AdjudicationApiGetMatterDocument,
    "mutation AdjudicationApiPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput, $p: ID) {\n  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i, pointId: $p) { id kind body image { seriesUid frame } replyTo { id } point { number } }\n}": types.AdjudicationApiPostDocument,
    "query AdjudicationApiShortfalls { committee { shortfalls } }": types.AdjudicationApiShortfallsDocument,
    "mutation AdjudicationApiAskDataCenter($n: RegistrationNumber) {\n      askDataCenterQuestion(question: \"Is a retrograde crossing after antegrade failure a technical success?\", registrationNumber: $n) { kind status case { registrationNumber } }\n    }": types.AdjudicationApiAskDataCenterDocument,
    "mutation AdjudicationApiRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }": types.AdjudicationApiRemoveMemberDocument,
    "mutation AdjudicationApiAppointMember($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { shortfalls } }": types.AdjudicationApiAppointMemberDocument,
    "mutation AdjudicationApiDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } matter { status pointsAtIssue { rounds { votes { member { id } choice } } } } } }": types.AdjudicationApiDecideDocument,
    "query AdjudicationPublicRulings { rulings { id decision answer registrationNumber } }": types.AdjudicationPublicRulingsDocument,
    "mutation AdjudicationApiReferQuestion { referCriteriaQuestion(question: \"Does a side-branch loss count as a complication?\") { id } }": types.AdjudicationApiReferQuestionDocument,
    "mutation AdjudicationApiRelay($m: ID!) { relayOperatorOpinion(matterId: $m, body: \"The wire was in the distal true lumen.\") { kind onBehalfOf { id } } }": types.AdjudicationApiRelayDocument,
    "query AdjudicationApiCommitteeSeats { committee { members { seat } } }": types.AdjudicationApiCommitteeSeatsDocument,
    "query AdjudicationApiCaseThread($c: _Any!) { _entities(representations: [$c]) { ... on Case { discussion { id } } } }": types.AdjudicationApiCaseThreadDocument,
    "mutation AdjudicationApiEditOthers($p: ID!) { editPost(postId: $p, body: \"x\") { id } }": types.AdjudicationApiEditOthersDocument,
    "mutation AdjudicationApiEdit($p: ID!) { editPost(postId: $p, body: \"Which wire crossed the proximal cap?\") { body editedAt revisions { revision body } } }": types.AdjudicationApiEditDocument,
    "query AdjudicationApiUnread { myNotifications(unreadOnly: true) { id kind read post { id } } }": types.AdjudicationApiUnreadDocument,
    "mutation AdjudicationApiMarkRead($id: ID!) { markNotificationRead(id: $id) { read } }": types.AdjudicationApiMarkReadDocument,
    "query AdjudicationApiUnreadIds { myNotifications(unreadOnly: true) { id } }": types.AdjudicationApiUnreadIdsDocument,
    "mutation AdjudicationApiPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }": types.AdjudicationApiPublishCriteriaDocument,
    "query AdjudicationCriteriaInEffect { criteriaInEffect { version } }": types.AdjudicationCriteriaInEffectDocument,
    "mutation AdjudicationRulesRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id status } }": types.AdjudicationRulesRaiseDocument,
    "mutation AdjudicationRulesScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id status } }": types.AdjudicationRulesScreenDocument,
    "mutation AdjudicationRulesDeclare($m: ID!) { declareSession(matterId: $m) { id status committeeThread { id } } }": types.AdjudicationRulesDeclareDocument,
    "mutation AdjudicationRulesPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { pointsAtIssue { id } } }": types.AdjudicationRulesPointsDocument,
    "mutation AdjudicationRulesVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id decision } }": types.AdjudicationRulesVoteDocument,
    "mutation AdjudicationRulesClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }": types.AdjudicationRulesCloseDocument,
    "mutation AdjudicationRulesDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id } }": types.AdjudicationRulesDecideDocument,
    "mutation AdjudicationRulesPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": types.AdjudicationRulesPostDocument,
    "query AdjudicationRulesThread($t: ID!) { thread(id: $t) { id posts { body } } }": types.AdjudicationRulesThreadDocument,
    "mutation AdjudicationRulesMarkRead($id: ID!) { markNotificationRead(id: $id) { id } }": types.AdjudicationRulesMarkReadDocument,
    "mutation AdjudicationRulesAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }": types.AdjudicationRulesAppointDocument,
    "mutation AdjudicationRulesRemove($a: ID!) { removeCommitteeMember(accountId: $a) { members { seat } } }": types.AdjudicationRulesRemoveDocument,
    "query AdjudicationRulesUnread { myNotifications(unreadOnly: true) { id } }": types.AdjudicationRulesUnreadDocument,
    "query AdjudicationRulesDecidedMatters { matters(status: DECIDED) { id committeeThread { id } } }": types.AdjudicationRulesDecidedMattersDocument,
    "query AdjudicationRulesOpenMatters { matters(status: IN_SESSION) { id committeeThread { id } } }": types.AdjudicationRulesOpenMattersDocument,
    "query AdjudicationRulesDecidedRecord($m: ID!) { matter(id: $m) { status ruling { decision } committeeThread { posts { body } } } }": types.AdjudicationRulesDecidedRecordDocument,
    "query AdjudicationRulesUnreadThreads { myNotifications(unreadOnly: true) { id thread { id posts { body } } post { id } } }": types.AdjudicationRulesUnreadThreadsDocument,
    "query AdjudicationRulesInSession { matters(status: IN_SESSION) { id } }": types.AdjudicationRulesInSessionDocument,
    "query AdjudicationRulesInSessionPoints { matters(status: IN_SESSION) { id pointsAtIssue { id } } }": types.AdjudicationRulesInSessionPointsDocument,
    "mutation AdjudicationRulesPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }": types.AdjudicationRulesPublishCriteriaDocument,
    "query AdjudicationRulesCreatedAt { matters { createdAt } }": types.AdjudicationRulesCreatedAtDocument,
    "query AdjudicationRulesDecidedThread { matters(status: DECIDED) { committeeThread { id posts { id } } } }": types.AdjudicationRulesDecidedThreadDocument,
    "mutation AdjudicationRulesEdit($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { id } }": types.AdjudicationRulesEditDocument,
    "query AdjudicationRulesNotifications { myNotifications { id } }": types.AdjudicationRulesNotificationsDocument,
    "query AdjudicationRulesStanding { matters(status: IN_SESSION) { id case { registrationNumber } myStanding { recused presides } pointsAtIssue { myVote } } }": types.AdjudicationRulesStandingDocument,
    "query AdjudicationRulesDecidedStanding { matters(status: DECIDED) { case { registrationNumber } myStanding { recused presides } } }": types.AdjudicationRulesDecidedStandingDocument,
    "mutation AdjudicationClockRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }": types.AdjudicationClockRaiseDocument,
    "mutation AdjudicationClockScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id } }": types.AdjudicationClockScreenDocument,
    "mutation AdjudicationClockAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }": types.AdjudicationClockAppointDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdjudicationApiMatterFields on Matter { id status screeningReason\n  pointsAtIssue { id number currentRound decision rounds { round closed outcome tally { yes no abstain cast eligible complete outcome tie } votes { member { id } choice } } }\n  committeeThread { id } }"): typeof import('./graphql.js').AdjudicationApiMatterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { ...AdjudicationApiMatterFields } }"): typeof import('./graphql.js').AdjudicationApiRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { ...AdjudicationApiMatterFields } }"): typeof import('./graphql.js').AdjudicationApiScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiDeclare($m: ID!) { declareSession(matterId: $m) { ...AdjudicationApiMatterFields } }"): typeof import('./graphql.js').AdjudicationApiDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { ...AdjudicationApiMatterFields } }"): typeof import('./graphql.js').AdjudicationApiPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id currentRound decision } }"): typeof import('./graphql.js').AdjudicationApiVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiSecondRound($p: ID!) { callSecondRound(pointId: $p) { id currentRound } }"): typeof import('./graphql.js').AdjudicationApiSecondRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }"): typeof import('./graphql.js').AdjudicationApiCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiGetMatter($id: ID!) { matter(id: $id) { ...AdjudicationApiMatterFields } }"): typeof import('./graphql.js').AdjudicationApiGetMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput, $p: ID) {\n  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i, pointId: $p) { id kind body image { seriesUid frame } replyTo { id } point { number } }\n}"): typeof import('./graphql.js').AdjudicationApiPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiShortfalls { committee { shortfalls } }"): typeof import('./graphql.js').AdjudicationApiShortfallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiAskDataCenter($n: RegistrationNumber) {\n      askDataCenterQuestion(question: \"Is a retrograde crossing after antegrade failure a technical success?\", registrationNumber: $n) { kind status case { registrationNumber } }\n    }"): typeof import('./graphql.js').AdjudicationApiAskDataCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }"): typeof import('./graphql.js').AdjudicationApiRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiAppointMember($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { shortfalls } }"): typeof import('./graphql.js').AdjudicationApiAppointMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } matter { status pointsAtIssue { rounds { votes { member { id } choice } } } } } }"): typeof import('./graphql.js').AdjudicationApiDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationPublicRulings { rulings { id decision answer registrationNumber } }"): typeof import('./graphql.js').AdjudicationPublicRulingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiReferQuestion { referCriteriaQuestion(question: \"Does a side-branch loss count as a complication?\") { id } }"): typeof import('./graphql.js').AdjudicationApiReferQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiRelay($m: ID!) { relayOperatorOpinion(matterId: $m, body: \"The wire was in the distal true lumen.\") { kind onBehalfOf { id } } }"): typeof import('./graphql.js').AdjudicationApiRelayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiCommitteeSeats { committee { members { seat } } }"): typeof import('./graphql.js').AdjudicationApiCommitteeSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiCaseThread($c: _Any!) { _entities(representations: [$c]) { ... on Case { discussion { id } } } }"): typeof import('./graphql.js').AdjudicationApiCaseThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiEditOthers($p: ID!) { editPost(postId: $p, body: \"x\") { id } }"): typeof import('./graphql.js').AdjudicationApiEditOthersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiEdit($p: ID!) { editPost(postId: $p, body: \"Which wire crossed the proximal cap?\") { body editedAt revisions { revision body } } }"): typeof import('./graphql.js').AdjudicationApiEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiUnread { myNotifications(unreadOnly: true) { id kind read post { id } } }"): typeof import('./graphql.js').AdjudicationApiUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiMarkRead($id: ID!) { markNotificationRead(id: $id) { read } }"): typeof import('./graphql.js').AdjudicationApiMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationApiUnreadIds { myNotifications(unreadOnly: true) { id } }"): typeof import('./graphql.js').AdjudicationApiUnreadIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationApiPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }"): typeof import('./graphql.js').AdjudicationApiPublishCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationCriteriaInEffect { criteriaInEffect { version } }"): typeof import('./graphql.js').AdjudicationCriteriaInEffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id status } }"): typeof import('./graphql.js').AdjudicationRulesRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id status } }"): typeof import('./graphql.js').AdjudicationRulesScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesDeclare($m: ID!) { declareSession(matterId: $m) { id status committeeThread { id } } }"): typeof import('./graphql.js').AdjudicationRulesDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { pointsAtIssue { id } } }"): typeof import('./graphql.js').AdjudicationRulesPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id decision } }"): typeof import('./graphql.js').AdjudicationRulesVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }"): typeof import('./graphql.js').AdjudicationRulesCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id } }"): typeof import('./graphql.js').AdjudicationRulesDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }"): typeof import('./graphql.js').AdjudicationRulesPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesThread($t: ID!) { thread(id: $t) { id posts { body } } }"): typeof import('./graphql.js').AdjudicationRulesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesMarkRead($id: ID!) { markNotificationRead(id: $id) { id } }"): typeof import('./graphql.js').AdjudicationRulesMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }"): typeof import('./graphql.js').AdjudicationRulesAppointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesRemove($a: ID!) { removeCommitteeMember(accountId: $a) { members { seat } } }"): typeof import('./graphql.js').AdjudicationRulesRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesUnread { myNotifications(unreadOnly: true) { id } }"): typeof import('./graphql.js').AdjudicationRulesUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesDecidedMatters { matters(status: DECIDED) { id committeeThread { id } } }"): typeof import('./graphql.js').AdjudicationRulesDecidedMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesOpenMatters { matters(status: IN_SESSION) { id committeeThread { id } } }"): typeof import('./graphql.js').AdjudicationRulesOpenMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesDecidedRecord($m: ID!) { matter(id: $m) { status ruling { decision } committeeThread { posts { body } } } }"): typeof import('./graphql.js').AdjudicationRulesDecidedRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesUnreadThreads { myNotifications(unreadOnly: true) { id thread { id posts { body } } post { id } } }"): typeof import('./graphql.js').AdjudicationRulesUnreadThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesInSession { matters(status: IN_SESSION) { id } }"): typeof import('./graphql.js').AdjudicationRulesInSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesInSessionPoints { matters(status: IN_SESSION) { id pointsAtIssue { id } } }"): typeof import('./graphql.js').AdjudicationRulesInSessionPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }"): typeof import('./graphql.js').AdjudicationRulesPublishCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesCreatedAt { matters { createdAt } }"): typeof import('./graphql.js').AdjudicationRulesCreatedAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesDecidedThread { matters(status: DECIDED) { committeeThread { id posts { id } } } }"): typeof import('./graphql.js').AdjudicationRulesDecidedThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationRulesEdit($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { id } }"): typeof import('./graphql.js').AdjudicationRulesEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesNotifications { myNotifications { id } }"): typeof import('./graphql.js').AdjudicationRulesNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesStanding { matters(status: IN_SESSION) { id case { registrationNumber } myStanding { recused presides } pointsAtIssue { myVote } } }"): typeof import('./graphql.js').AdjudicationRulesStandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationRulesDecidedStanding { matters(status: DECIDED) { case { registrationNumber } myStanding { recused presides } } }"): typeof import('./graphql.js').AdjudicationRulesDecidedStandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationClockRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }"): typeof import('./graphql.js').AdjudicationClockRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationClockScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id } }"): typeof import('./graphql.js').AdjudicationClockScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationClockAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }"): typeof import('./graphql.js').AdjudicationClockAppointDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
