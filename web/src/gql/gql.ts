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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n": typeof types.OperatorHomeDocument,
    "\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n": typeof types.CaseLibraryDocument,
    "\n  mutation Login($operatorId: String!, $password: String!) {\n    login(operatorId: $operatorId, password: $password) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n": typeof types.CertifiedOperatorsDocument,
    "\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublishedRevocationsDocument,
    "\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n": typeof types.RulingsAndCriteriaDocument,
    "\n  query CommitteeMatters($status: MatterStatus) {\n    matters(status: $status) {\n      id\n      kind\n      status\n      question\n      createdAt\n      case {\n        registrationNumber\n      }\n    }\n  }\n": typeof types.CommitteeMattersDocument,
    "\n  query CommitteeMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      kind\n      status\n      question\n      createdAt\n      screeningReason\n      sessionDeclaredAt\n      decidedAt\n      case {\n        registrationNumber\n      }\n      raisedBy {\n        id\n        name\n      }\n      myStanding {\n        recused\n        presides\n      }\n      pointsAtIssue {\n        id\n        number\n        text\n        currentRound\n        decision\n        myVote\n        rounds {\n          round\n          closed\n          outcome\n          tally {\n            yes\n            no\n            abstain\n            cast\n            eligible\n            complete\n            outcome\n            tie\n          }\n          votes {\n            member {\n              id\n              name\n            }\n            choice\n          }\n        }\n      }\n      ruling {\n        id\n        decision\n        reasoning\n        answer\n        publishedAt\n        resultChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.CommitteeMatterDocument,
    "\n  subscription CommitteeTally($matterId: ID!, $after: String) {\n    matterTallyUpdated(matterId: $matterId, after: $after) {\n      event\n      pointId\n      round\n      decision\n      cursor\n      tally {\n        yes\n        no\n        abstain\n        cast\n        eligible\n        complete\n        outcome\n        tie\n      }\n    }\n  }\n": typeof types.CommitteeTallyDocument,
    "\n  mutation CommitteeDeclareSession($matterId: ID!) {\n    declareSession(matterId: $matterId) {\n      id\n      status\n    }\n  }\n": typeof types.CommitteeDeclareSessionDocument,
    "\n  mutation CommitteePostPoints($matterId: ID!, $points: [String!]!) {\n    postPointsAtIssue(matterId: $matterId, points: $points) {\n      id\n    }\n  }\n": typeof types.CommitteePostPointsDocument,
    "\n  mutation CommitteeCastVote($pointId: ID!, $choice: VoteChoice!) {\n    castVote(pointId: $pointId, choice: $choice) {\n      id\n      decision\n      myVote\n    }\n  }\n": typeof types.CommitteeCastVoteDocument,
    "\n  mutation CommitteeCloseRound($pointId: ID!) {\n    closeVotingRound(pointId: $pointId) {\n      id\n      decision\n    }\n  }\n": typeof types.CommitteeCloseRoundDocument,
    "\n  mutation CommitteeDecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      id\n    }\n  }\n": typeof types.CommitteeDecideMatterDocument,
    "\n  mutation CommitteeScreenMatter($matterId: ID!, $decision: ScreeningDecision!, $reason: String) {\n    screenMatter(matterId: $matterId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CommitteeScreenMatterDocument,
    "\n  query CoreLabWorklist {\n    coreLabWorklist {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      reads {\n        readerId\n        submittedAt\n      }\n    }\n  }\n": typeof types.CoreLabWorklistDocument,
    "\n  query CoreLabCaseView($registrationNumber: String!) {\n    coreLabCase(registrationNumber: $registrationNumber) {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      discordantFields\n      reads {\n        readerId\n        criteriaVersion\n        submittedAt\n        judgement {\n          ...CoreLabJudgementFields\n        }\n      }\n      result {\n        finalizedAt\n        criteriaVersion\n        judgement {\n          ...CoreLabJudgementFields\n        }\n        decisions {\n          field\n          provenance\n        }\n      }\n    }\n  }\n  fragment CoreLabJudgementFields on CoreLabJudgement {\n    ctoStatus\n    bluntStump\n    calcification\n    bending\n    occlusionLength20mm\n    retryLesion\n    jctoScore\n    timiBefore\n    timiAfter\n    residualStenosis\n    sideBranchLoss\n    technicalSuccess\n    perforation\n    noReflow\n    dissection\n  }\n": typeof types.CoreLabCaseViewDocument,
    "\n  mutation CoreLabSubmitRead($registrationNumber: String!, $judgement: CoreLabJudgementInput!) {\n    submitCoreLabRead(registrationNumber: $registrationNumber, judgement: $judgement) {\n      registrationNumber\n      status\n    }\n  }\n": typeof types.CoreLabSubmitReadDocument,
    "\n  mutation CoreLabResolveDiscordance($registrationNumber: String!, $decisions: CoreLabDecisionsInput!) {\n    resolveCoreLabDiscordance(registrationNumber: $registrationNumber, decisions: $decisions) {\n      registrationNumber\n      status\n    }\n  }\n": typeof types.CoreLabResolveDiscordanceDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query OperatorHome($year: Int!) {\n    viewer {\n      id\n      name\n      operator {\n        id\n        status\n        statusSince\n        facility {\n          id\n          name\n        }\n        statusHistory {\n          from\n          to\n          effectiveOn\n          reason\n          rule\n        }\n      }\n    }\n    registrationYear(year: $year) {\n      year\n      domesticCompleted\n      overseasCompleted\n      overseasRequired\n    }\n  }\n": types.OperatorHomeDocument,
    "\n  query CaseLibrary($first: Int!, $after: String) {\n    caseLibrary(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        registrationNumber\n        procedureDate\n        domestic\n        vessel\n        status\n      }\n    }\n  }\n": types.CaseLibraryDocument,
    "\n  mutation Login($operatorId: String!, $password: String!) {\n    login(operatorId: $operatorId, password: $password) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query CertifiedOperators {\n    certifiedOperatorsUpdatedOn\n    certifiedOperators {\n      id\n      name\n      facility {\n        id\n        name\n        prefecture\n        location\n      }\n    }\n  }\n": types.CertifiedOperatorsDocument,
    "\n  query PublishedRevocations {\n    publishedRevocations {\n      operatorName\n      revokedOn\n      ground\n      facility {\n        id\n        name\n      }\n    }\n  }\n": types.PublishedRevocationsDocument,
    "\n  query RulingsAndCriteria {\n    rulings {\n      id\n      registrationNumber\n      question\n      decision\n      reasoning\n      publishedAt\n    }\n    criteriaVersions {\n      version\n      title\n      body\n      effectiveFrom\n    }\n  }\n": types.RulingsAndCriteriaDocument,
    "\n  query CommitteeMatters($status: MatterStatus) {\n    matters(status: $status) {\n      id\n      kind\n      status\n      question\n      createdAt\n      case {\n        registrationNumber\n      }\n    }\n  }\n": types.CommitteeMattersDocument,
    "\n  query CommitteeMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      kind\n      status\n      question\n      createdAt\n      screeningReason\n      sessionDeclaredAt\n      decidedAt\n      case {\n        registrationNumber\n      }\n      raisedBy {\n        id\n        name\n      }\n      myStanding {\n        recused\n        presides\n      }\n      pointsAtIssue {\n        id\n        number\n        text\n        currentRound\n        decision\n        myVote\n        rounds {\n          round\n          closed\n          outcome\n          tally {\n            yes\n            no\n            abstain\n            cast\n            eligible\n            complete\n            outcome\n            tie\n          }\n          votes {\n            member {\n              id\n              name\n            }\n            choice\n          }\n        }\n      }\n      ruling {\n        id\n        decision\n        reasoning\n        answer\n        publishedAt\n        resultChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.CommitteeMatterDocument,
    "\n  subscription CommitteeTally($matterId: ID!, $after: String) {\n    matterTallyUpdated(matterId: $matterId, after: $after) {\n      event\n      pointId\n      round\n      decision\n      cursor\n      tally {\n        yes\n        no\n        abstain\n        cast\n        eligible\n        complete\n        outcome\n        tie\n      }\n    }\n  }\n": types.CommitteeTallyDocument,
    "\n  mutation CommitteeDeclareSession($matterId: ID!) {\n    declareSession(matterId: $matterId) {\n      id\n      status\n    }\n  }\n": types.CommitteeDeclareSessionDocument,
    "\n  mutation CommitteePostPoints($matterId: ID!, $points: [String!]!) {\n    postPointsAtIssue(matterId: $matterId, points: $points) {\n      id\n    }\n  }\n": types.CommitteePostPointsDocument,
    "\n  mutation CommitteeCastVote($pointId: ID!, $choice: VoteChoice!) {\n    castVote(pointId: $pointId, choice: $choice) {\n      id\n      decision\n      myVote\n    }\n  }\n": types.CommitteeCastVoteDocument,
    "\n  mutation CommitteeCloseRound($pointId: ID!) {\n    closeVotingRound(pointId: $pointId) {\n      id\n      decision\n    }\n  }\n": types.CommitteeCloseRoundDocument,
    "\n  mutation CommitteeDecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      id\n    }\n  }\n": types.CommitteeDecideMatterDocument,
    "\n  mutation CommitteeScreenMatter($matterId: ID!, $decision: ScreeningDecision!, $reason: String) {\n    screenMatter(matterId: $matterId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CommitteeScreenMatterDocument,
    "\n  query CoreLabWorklist {\n    coreLabWorklist {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      reads {\n        readerId\n        submittedAt\n      }\n    }\n  }\n": types.CoreLabWorklistDocument,
    "\n  query CoreLabCaseView($registrationNumber: String!) {\n    coreLabCase(registrationNumber: $registrationNumber) {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      discordantFields\n      reads {\n        readerId\n        criteriaVersion\n        submittedAt\n        judgement {\n          ...CoreLabJudgementFields\n        }\n      }\n      result {\n        finalizedAt\n        criteriaVersion\n        judgement {\n          ...CoreLabJudgementFields\n        }\n        decisions {\n          field\n          provenance\n        }\n      }\n    }\n  }\n  fragment CoreLabJudgementFields on CoreLabJudgement {\n    ctoStatus\n    bluntStump\n    calcification\n    bending\n    occlusionLength20mm\n    retryLesion\n    jctoScore\n    timiBefore\n    timiAfter\n    residualStenosis\n    sideBranchLoss\n    technicalSuccess\n    perforation\n    noReflow\n    dissection\n  }\n": types.CoreLabCaseViewDocument,
    "\n  mutation CoreLabSubmitRead($registrationNumber: String!, $judgement: CoreLabJudgementInput!) {\n    submitCoreLabRead(registrationNumber: $registrationNumber, judgement: $judgement) {\n      registrationNumber\n      status\n    }\n  }\n": types.CoreLabSubmitReadDocument,
    "\n  mutation CoreLabResolveDiscordance($registrationNumber: String!, $decisions: CoreLabDecisionsInput!) {\n    resolveCoreLabDiscordance(registrationNumber: $registrationNumber, decisions: $decisions) {\n      registrationNumber\n      status\n    }\n  }\n": types.CoreLabResolveDiscordanceDocument,
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
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation Login($operatorId: String!, $password: String!) {\n    login(operatorId: $operatorId, password: $password) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($operatorId: String!, $password: String!) {\n    login(operatorId: $operatorId, password: $password) {\n      token\n      mustChangePassword\n      viewer {\n        id\n        loginId\n        name\n        roles\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CommitteeMatters($status: MatterStatus) {\n    matters(status: $status) {\n      id\n      kind\n      status\n      question\n      createdAt\n      case {\n        registrationNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMatters($status: MatterStatus) {\n    matters(status: $status) {\n      id\n      kind\n      status\n      question\n      createdAt\n      case {\n        registrationNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      kind\n      status\n      question\n      createdAt\n      screeningReason\n      sessionDeclaredAt\n      decidedAt\n      case {\n        registrationNumber\n      }\n      raisedBy {\n        id\n        name\n      }\n      myStanding {\n        recused\n        presides\n      }\n      pointsAtIssue {\n        id\n        number\n        text\n        currentRound\n        decision\n        myVote\n        rounds {\n          round\n          closed\n          outcome\n          tally {\n            yes\n            no\n            abstain\n            cast\n            eligible\n            complete\n            outcome\n            tie\n          }\n          votes {\n            member {\n              id\n              name\n            }\n            choice\n          }\n        }\n      }\n      ruling {\n        id\n        decision\n        reasoning\n        answer\n        publishedAt\n        resultChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      kind\n      status\n      question\n      createdAt\n      screeningReason\n      sessionDeclaredAt\n      decidedAt\n      case {\n        registrationNumber\n      }\n      raisedBy {\n        id\n        name\n      }\n      myStanding {\n        recused\n        presides\n      }\n      pointsAtIssue {\n        id\n        number\n        text\n        currentRound\n        decision\n        myVote\n        rounds {\n          round\n          closed\n          outcome\n          tally {\n            yes\n            no\n            abstain\n            cast\n            eligible\n            complete\n            outcome\n            tie\n          }\n          votes {\n            member {\n              id\n              name\n            }\n            choice\n          }\n        }\n      }\n      ruling {\n        id\n        decision\n        reasoning\n        answer\n        publishedAt\n        resultChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommitteeTally($matterId: ID!, $after: String) {\n    matterTallyUpdated(matterId: $matterId, after: $after) {\n      event\n      pointId\n      round\n      decision\n      cursor\n      tally {\n        yes\n        no\n        abstain\n        cast\n        eligible\n        complete\n        outcome\n        tie\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommitteeTally($matterId: ID!, $after: String) {\n    matterTallyUpdated(matterId: $matterId, after: $after) {\n      event\n      pointId\n      round\n      decision\n      cursor\n      tally {\n        yes\n        no\n        abstain\n        cast\n        eligible\n        complete\n        outcome\n        tie\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeDeclareSession($matterId: ID!) {\n    declareSession(matterId: $matterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeDeclareSession($matterId: ID!) {\n    declareSession(matterId: $matterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteePostPoints($matterId: ID!, $points: [String!]!) {\n    postPointsAtIssue(matterId: $matterId, points: $points) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteePostPoints($matterId: ID!, $points: [String!]!) {\n    postPointsAtIssue(matterId: $matterId, points: $points) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCastVote($pointId: ID!, $choice: VoteChoice!) {\n    castVote(pointId: $pointId, choice: $choice) {\n      id\n      decision\n      myVote\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeCastVote($pointId: ID!, $choice: VoteChoice!) {\n    castVote(pointId: $pointId, choice: $choice) {\n      id\n      decision\n      myVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCloseRound($pointId: ID!) {\n    closeVotingRound(pointId: $pointId) {\n      id\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeCloseRound($pointId: ID!) {\n    closeVotingRound(pointId: $pointId) {\n      id\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeDecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeDecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeScreenMatter($matterId: ID!, $decision: ScreeningDecision!, $reason: String) {\n    screenMatter(matterId: $matterId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeScreenMatter($matterId: ID!, $decision: ScreeningDecision!, $reason: String) {\n    screenMatter(matterId: $matterId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreLabWorklist {\n    coreLabWorklist {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      reads {\n        readerId\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreLabWorklist {\n    coreLabWorklist {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      reads {\n        readerId\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreLabCaseView($registrationNumber: String!) {\n    coreLabCase(registrationNumber: $registrationNumber) {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      discordantFields\n      reads {\n        readerId\n        criteriaVersion\n        submittedAt\n        judgement {\n          ...CoreLabJudgementFields\n        }\n      }\n      result {\n        finalizedAt\n        criteriaVersion\n        judgement {\n          ...CoreLabJudgementFields\n        }\n        decisions {\n          field\n          provenance\n        }\n      }\n    }\n  }\n  fragment CoreLabJudgementFields on CoreLabJudgement {\n    ctoStatus\n    bluntStump\n    calcification\n    bending\n    occlusionLength20mm\n    retryLesion\n    jctoScore\n    timiBefore\n    timiAfter\n    residualStenosis\n    sideBranchLoss\n    technicalSuccess\n    perforation\n    noReflow\n    dissection\n  }\n"): (typeof documents)["\n  query CoreLabCaseView($registrationNumber: String!) {\n    coreLabCase(registrationNumber: $registrationNumber) {\n      registrationNumber\n      notifiedAt\n      dueOn\n      overdue\n      status\n      discordantFields\n      reads {\n        readerId\n        criteriaVersion\n        submittedAt\n        judgement {\n          ...CoreLabJudgementFields\n        }\n      }\n      result {\n        finalizedAt\n        criteriaVersion\n        judgement {\n          ...CoreLabJudgementFields\n        }\n        decisions {\n          field\n          provenance\n        }\n      }\n    }\n  }\n  fragment CoreLabJudgementFields on CoreLabJudgement {\n    ctoStatus\n    bluntStump\n    calcification\n    bending\n    occlusionLength20mm\n    retryLesion\n    jctoScore\n    timiBefore\n    timiAfter\n    residualStenosis\n    sideBranchLoss\n    technicalSuccess\n    perforation\n    noReflow\n    dissection\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreLabSubmitRead($registrationNumber: String!, $judgement: CoreLabJudgementInput!) {\n    submitCoreLabRead(registrationNumber: $registrationNumber, judgement: $judgement) {\n      registrationNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoreLabSubmitRead($registrationNumber: String!, $judgement: CoreLabJudgementInput!) {\n    submitCoreLabRead(registrationNumber: $registrationNumber, judgement: $judgement) {\n      registrationNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreLabResolveDiscordance($registrationNumber: String!, $decisions: CoreLabDecisionsInput!) {\n    resolveCoreLabDiscordance(registrationNumber: $registrationNumber, decisions: $decisions) {\n      registrationNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoreLabResolveDiscordance($registrationNumber: String!, $decisions: CoreLabDecisionsInput!) {\n    resolveCoreLabDiscordance(registrationNumber: $registrationNumber, decisions: $decisions) {\n      registrationNumber\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;