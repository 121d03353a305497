/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a member sits on the adjudication committee [R44]. */
export type CommitteeSeat =
  /** Every steering committee member sits on it. */
  | 'STEERING'
  /** At least four certified operators. */
  | 'CERTIFIED_OPERATOR'
  /** At least four external experts. */
  | 'EXTERNAL_EXPERT';

export type AppointCommitteeMemberInput = {
  /** The person's account. */
  accountId: string | number;
  seat: CommitteeSeat;
  /** The operator ID (術者ID) for a member who is an operator, so recusal can apply [R49]. */
  operatorId?: string | number | null | undefined;
  /** Appoints the chair; the previous chair stays a member [R43]. */
  isChair?: boolean | null | undefined;
};

export type PublishCriteriaVersionInput = {
  title: string;
  body: string;
  /** YYYY-MM-DD, not before today: criteria are never retroactive. */
  effectiveFrom: string;
  rulingId?: string | number | null | undefined;
};

export type PostKind =
  /** A question or answer in a case discussion [R6]. */
  | 'DISCUSSION'
  /** A committee member in the committee's group thread [R47]. */
  | 'COMMITTEE'
  /**
   * The recused case operator's opinion, relayed by the steering committee or the
   * secretariat and shown as such [R49].
   */
  | 'OPERATOR_OPINION';

export type ImageLinkInput = {
  seriesUid: string;
  /** 0-based frame within the series. */
  frame?: number | null | undefined;
};

/** What is put to the committee [R24][R28][R45]. */
export type MatterKind =
  /** An operator's objection to an official core-lab result of their case [R28a]. */
  | 'OBJECTION'
  /** A core-lab question on the judging criteria, through the steering committee [R28b][R45a]. */
  | 'CRITERIA_QUESTION'
  /** A data-center question on core-lab or clinical data judgement [R45b]. */
  | 'DATA_CENTER_QUESTION';

export type MatterStatus =
  /** Awaiting the steering committee's screening [R45]. */
  | 'SUBMITTED'
  /** Taken by the committee; the chair may declare a session [R45][R46]. */
  | 'ACCEPTED'
  /** Answered by the steering committee without the committee [R45]. */
  | 'ANSWERED'
  /** Not taken, with a reason [R45]. */
  | 'DECLINED'
  /** In session: points at issue, discussion and votes [R46][R48]. */
  | 'IN_SESSION'
  /** Decided; the ruling is published [R24][R28b]. */
  | 'DECIDED';

export type ScreeningDecision =
  | 'ACCEPT'
  | 'ANSWER'
  | 'DECLINE';

export type PointDecision =
  | 'ADOPTED'
  | 'REJECTED';

export type NotificationKind =
  /** Someone asked in the discussion of one of your cases [R6]. */
  | 'QUESTION_ASKED';

export type ResultField =
  | 'TECHNICAL_SUCCESS'
  | 'PROCEDURE_SUCCESS'
  | 'COMPLICATION'
  | 'INDICATION_APPROPRIATE';

export type ResultChangeInput = {
  field: ResultField;
  to: boolean;
};

export type DecideMatterInput = {
  matterId: string | number;
  /** The decision, in a sentence or two. */
  decision: string;
  /** The reasoning: the chair's summary of the discussion [R45c]. */
  reasoning: string;
  /** The answer to the objector or to whoever asked [R24][R45]. */
  answer: string;
  /** Changes to the case's official core-lab result, for an objection upheld [R28a]. */
  resultChanges?: Array<ResultChangeInput> | null | undefined;
};

export type VoteChoice =
  | 'YES'
  | 'NO'
  | 'ABSTAIN';

export type RoundOutcome =
  | 'ADOPTED'
  | 'REJECTED'
  /** Opinions differ after the first round: the secretariat asks every member again [R48]. */
  | 'SPLIT';

export type AdjudicationApiMatterFieldsFragment = { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null };

export type AdjudicationApiRaiseMutationVariables = Exact<{
  n: string;
  g: string;
}>;


export type AdjudicationApiRaiseMutation = { raiseObjection: { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null } };

export type AdjudicationApiScreenMutationVariables = Exact<{
  m: string | number;
  d: ScreeningDecision;
  r?: string | null | undefined;
}>;


export type AdjudicationApiScreenMutation = { screenMatter: { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null } };

export type AdjudicationApiDeclareMutationVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationApiDeclareMutation = { declareSession: { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null } };

export type AdjudicationApiPointsMutationVariables = Exact<{
  m: string | number;
  p: Array<string> | string;
}>;


export type AdjudicationApiPointsMutation = { postPointsAtIssue: { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null } };

export type AdjudicationApiVoteMutationVariables = Exact<{
  p: string | number;
  c: VoteChoice;
}>;


export type AdjudicationApiVoteMutation = { castVote: { id: string, currentRound: number, decision: PointDecision | null } };

export type AdjudicationApiSecondRoundMutationVariables = Exact<{
  p: string | number;
}>;


export type AdjudicationApiSecondRoundMutation = { callSecondRound: { id: string, currentRound: number } };

export type AdjudicationApiCloseMutationVariables = Exact<{
  p: string | number;
}>;


export type AdjudicationApiCloseMutation = { closeVotingRound: { id: string, decision: PointDecision | null } };

export type AdjudicationApiGetMatterQueryVariables = Exact<{
  id: string | number;
}>;


export type AdjudicationApiGetMatterQuery = { matter: { id: string, status: MatterStatus, screeningReason: string | null, pointsAtIssue: Array<{ id: string, number: number, currentRound: number, decision: PointDecision | null, rounds: Array<{ round: number, closed: boolean, outcome: RoundOutcome | null, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean }, votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }>, committeeThread: { id: string } | null } | null };

export type AdjudicationApiPostMutationVariables = Exact<{
  t: string | number;
  b: string;
  r?: string | number | null | undefined;
  i?: ImageLinkInput | null | undefined;
  p?: string | number | null | undefined;
}>;


export type AdjudicationApiPostMutation = { postToThread: { id: string, kind: PostKind, body: string, image: { seriesUid: string, frame: number | null } | null, replyTo: { id: string } | null, point: { number: number } | null } };

export type AdjudicationApiShortfallsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationApiShortfallsQuery = { committee: { shortfalls: Array<string> } };

export type AdjudicationApiAskDataCenterMutationVariables = Exact<{
  n?: string | null | undefined;
}>;


export type AdjudicationApiAskDataCenterMutation = { askDataCenterQuestion: { kind: MatterKind, status: MatterStatus, case: { registrationNumber: string } | null } };

export type AdjudicationApiRemoveMemberMutationVariables = Exact<{
  a: string | number;
}>;


export type AdjudicationApiRemoveMemberMutation = { removeCommitteeMember: { shortfalls: Array<string> } };

export type AdjudicationApiAppointMemberMutationVariables = Exact<{
  i: AppointCommitteeMemberInput;
}>;


export type AdjudicationApiAppointMemberMutation = { appointCommitteeMember: { shortfalls: Array<string> } };

export type AdjudicationApiDecideMutationVariables = Exact<{
  i: DecideMatterInput;
}>;


export type AdjudicationApiDecideMutation = { decideMatter: { id: string, resultChanges: Array<{ field: ResultField, from: boolean | null, to: boolean }>, matter: { status: MatterStatus, pointsAtIssue: Array<{ rounds: Array<{ votes: Array<{ choice: VoteChoice, member: { id: string } }> | null }> }> } } };

export type AdjudicationPublicRulingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationPublicRulingsQuery = { rulings: Array<{ id: string, decision: string, answer: string, registrationNumber: string | null }> };

export type AdjudicationApiReferQuestionMutationVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationApiReferQuestionMutation = { referCriteriaQuestion: { id: string } };

export type AdjudicationApiRelayMutationVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationApiRelayMutation = { relayOperatorOpinion: { kind: PostKind, onBehalfOf: { id: string } | null } };

export type AdjudicationApiCommitteeSeatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationApiCommitteeSeatsQuery = { committee: { members: Array<{ seat: CommitteeSeat }> } };

export type AdjudicationApiCaseThreadQueryVariables = Exact<{
  c: Record<string, unknown>;
}>;


export type AdjudicationApiCaseThreadQuery = { _entities: Array<
    | { discussion: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type AdjudicationApiEditOthersMutationVariables = Exact<{
  p: string | number;
}>;


export type AdjudicationApiEditOthersMutation = { editPost: { id: string } };

export type AdjudicationApiEditMutationVariables = Exact<{
  p: string | number;
}>;


export type AdjudicationApiEditMutation = { editPost: { body: string, editedAt: string | null, revisions: Array<{ revision: number, body: string }> } };

export type AdjudicationApiUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationApiUnreadQuery = { myNotifications: Array<{ id: string, kind: NotificationKind, read: boolean, post: { id: string } }> };

export type AdjudicationApiMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type AdjudicationApiMarkReadMutation = { markNotificationRead: { read: boolean } };

export type AdjudicationApiUnreadIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationApiUnreadIdsQuery = { myNotifications: Array<{ id: string }> };

export type AdjudicationApiPublishCriteriaMutationVariables = Exact<{
  i: PublishCriteriaVersionInput;
}>;


export type AdjudicationApiPublishCriteriaMutation = { publishCriteriaVersion: { version: number, effectiveFrom: string } };

export type AdjudicationCriteriaInEffectQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationCriteriaInEffectQuery = { criteriaInEffect: { version: number } | null };

export type AdjudicationRulesRaiseMutationVariables = Exact<{
  n: string;
  g: string;
}>;


export type AdjudicationRulesRaiseMutation = { raiseObjection: { id: string, status: MatterStatus } };

export type AdjudicationRulesScreenMutationVariables = Exact<{
  m: string | number;
  d: ScreeningDecision;
  r?: string | null | undefined;
}>;


export type AdjudicationRulesScreenMutation = { screenMatter: { id: string, status: MatterStatus } };

export type AdjudicationRulesDeclareMutationVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationRulesDeclareMutation = { declareSession: { id: string, status: MatterStatus, committeeThread: { id: string } | null } };

export type AdjudicationRulesPointsMutationVariables = Exact<{
  m: string | number;
  p: Array<string> | string;
}>;


export type AdjudicationRulesPointsMutation = { postPointsAtIssue: { pointsAtIssue: Array<{ id: string }> } };

export type AdjudicationRulesVoteMutationVariables = Exact<{
  p: string | number;
  c: VoteChoice;
}>;


export type AdjudicationRulesVoteMutation = { castVote: { id: string, decision: PointDecision | null } };

export type AdjudicationRulesCloseMutationVariables = Exact<{
  p: string | number;
}>;


export type AdjudicationRulesCloseMutation = { closeVotingRound: { id: string, decision: PointDecision | null } };

export type AdjudicationRulesDecideMutationVariables = Exact<{
  i: DecideMatterInput;
}>;


export type AdjudicationRulesDecideMutation = { decideMatter: { id: string } };

export type AdjudicationRulesPostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type AdjudicationRulesPostMutation = { postToThread: { id: string } };

export type AdjudicationRulesThreadQueryVariables = Exact<{
  t: string | number;
}>;


export type AdjudicationRulesThreadQuery = { thread: { id: string, posts: Array<{ body: string }> } | null };

export type AdjudicationRulesMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type AdjudicationRulesMarkReadMutation = { markNotificationRead: { id: string } };

export type AdjudicationRulesAppointMutationVariables = Exact<{
  i: AppointCommitteeMemberInput;
}>;


export type AdjudicationRulesAppointMutation = { appointCommitteeMember: { members: Array<{ seat: CommitteeSeat }> } };

export type AdjudicationRulesRemoveMutationVariables = Exact<{
  a: string | number;
}>;


export type AdjudicationRulesRemoveMutation = { removeCommitteeMember: { members: Array<{ seat: CommitteeSeat }> } };

export type AdjudicationRulesUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesUnreadQuery = { myNotifications: Array<{ id: string }> };

export type AdjudicationRulesDecidedMattersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesDecidedMattersQuery = { matters: Array<{ id: string, committeeThread: { id: string } | null }> };

export type AdjudicationRulesOpenMattersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesOpenMattersQuery = { matters: Array<{ id: string, committeeThread: { id: string } | null }> };

export type AdjudicationRulesDecidedRecordQueryVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationRulesDecidedRecordQuery = { matter: { status: MatterStatus, ruling: { decision: string } | null, committeeThread: { posts: Array<{ body: string }> } | null } | null };

export type AdjudicationRulesUnreadThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesUnreadThreadsQuery = { myNotifications: Array<{ id: string, thread: { id: string, posts: Array<{ body: string }> }, post: { id: string } }> };

export type AdjudicationRulesInSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesInSessionQuery = { matters: Array<{ id: string }> };

export type AdjudicationRulesInSessionPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesInSessionPointsQuery = { matters: Array<{ id: string, pointsAtIssue: Array<{ id: string }> }> };

export type AdjudicationRulesPublishCriteriaMutationVariables = Exact<{
  i: PublishCriteriaVersionInput;
}>;


export type AdjudicationRulesPublishCriteriaMutation = { publishCriteriaVersion: { version: number, effectiveFrom: string } };

export type AdjudicationRulesCreatedAtQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesCreatedAtQuery = { matters: Array<{ createdAt: string }> };

export type AdjudicationRulesDecidedThreadQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesDecidedThreadQuery = { matters: Array<{ committeeThread: { id: string, posts: Array<{ id: string }> } | null }> };

export type AdjudicationRulesEditMutationVariables = Exact<{
  p: string | number;
  b: string;
}>;


export type AdjudicationRulesEditMutation = { editPost: { id: string } };

export type AdjudicationRulesNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesNotificationsQuery = { myNotifications: Array<{ id: string }> };

export type AdjudicationRulesStandingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesStandingQuery = { matters: Array<{ id: string, case: { registrationNumber: string } | null, myStanding: { recused: boolean, presides: boolean } | null, pointsAtIssue: Array<{ myVote: VoteChoice | null }> }> };

export type AdjudicationRulesDecidedStandingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationRulesDecidedStandingQuery = { matters: Array<{ case: { registrationNumber: string } | null, myStanding: { recused: boolean, presides: boolean } | null }> };

export type AdjudicationClockRaiseMutationVariables = Exact<{
  n: string;
  g: string;
}>;


export type AdjudicationClockRaiseMutation = { raiseObjection: { id: string } };

export type AdjudicationClockScreenMutationVariables = Exact<{
  m: string | number;
  d: ScreeningDecision;
  r?: string | null | undefined;
}>;


export type AdjudicationClockScreenMutation = { screenMatter: { id: string } };

export type AdjudicationClockAppointMutationVariables = Exact<{
  i: AppointCommitteeMemberInput;
}>;


export type AdjudicationClockAppointMutation = { appointCommitteeMember: { members: Array<{ seat: CommitteeSeat }> } };

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
export const AdjudicationApiMatterFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}
    `, {"fragmentName":"AdjudicationApiMatterFields"}) as unknown as TypedDocumentString<AdjudicationApiMatterFieldsFragment, unknown>;
export const AdjudicationApiRaiseDocument = new TypedDocumentString(`
    mutation AdjudicationApiRaise($n: RegistrationNumber!, $g: String!) {
  raiseObjection(registrationNumber: $n, grounds: $g) {
    ...AdjudicationApiMatterFields
  }
}
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}`) as unknown as TypedDocumentString<AdjudicationApiRaiseMutation, AdjudicationApiRaiseMutationVariables>;
export const AdjudicationApiScreenDocument = new TypedDocumentString(`
    mutation AdjudicationApiScreen($m: ID!, $d: ScreeningDecision!, $r: String) {
  screenMatter(matterId: $m, decision: $d, reason: $r) {
    ...AdjudicationApiMatterFields
  }
}
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}`) as unknown as TypedDocumentString<AdjudicationApiScreenMutation, AdjudicationApiScreenMutationVariables>;
export const AdjudicationApiDeclareDocument = new TypedDocumentString(`
    mutation AdjudicationApiDeclare($m: ID!) {
  declareSession(matterId: $m) {
    ...AdjudicationApiMatterFields
  }
}
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}`) as unknown as TypedDocumentString<AdjudicationApiDeclareMutation, AdjudicationApiDeclareMutationVariables>;
export const AdjudicationApiPointsDocument = new TypedDocumentString(`
    mutation AdjudicationApiPoints($m: ID!, $p: [String!]!) {
  postPointsAtIssue(matterId: $m, points: $p) {
    ...AdjudicationApiMatterFields
  }
}
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}`) as unknown as TypedDocumentString<AdjudicationApiPointsMutation, AdjudicationApiPointsMutationVariables>;
export const AdjudicationApiVoteDocument = new TypedDocumentString(`
    mutation AdjudicationApiVote($p: ID!, $c: VoteChoice!) {
  castVote(pointId: $p, choice: $c) {
    id
    currentRound
    decision
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiVoteMutation, AdjudicationApiVoteMutationVariables>;
export const AdjudicationApiSecondRoundDocument = new TypedDocumentString(`
    mutation AdjudicationApiSecondRound($p: ID!) {
  callSecondRound(pointId: $p) {
    id
    currentRound
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiSecondRoundMutation, AdjudicationApiSecondRoundMutationVariables>;
export const AdjudicationApiCloseDocument = new TypedDocumentString(`
    mutation AdjudicationApiClose($p: ID!) {
  closeVotingRound(pointId: $p) {
    id
    decision
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiCloseMutation, AdjudicationApiCloseMutationVariables>;
export const AdjudicationApiGetMatterDocument = new TypedDocumentString(`
    query AdjudicationApiGetMatter($id: ID!) {
  matter(id: $id) {
    ...AdjudicationApiMatterFields
  }
}
    fragment AdjudicationApiMatterFields on Matter {
  id
  status
  screeningReason
  pointsAtIssue {
    id
    number
    currentRound
    decision
    rounds {
      round
      closed
      outcome
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
      votes {
        member {
          id
        }
        choice
      }
    }
  }
  committeeThread {
    id
  }
}`) as unknown as TypedDocumentString<AdjudicationApiGetMatterQuery, AdjudicationApiGetMatterQueryVariables>;
export const AdjudicationApiPostDocument = new TypedDocumentString(`
    mutation AdjudicationApiPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput, $p: ID) {
  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i, pointId: $p) {
    id
    kind
    body
    image {
      seriesUid
      frame
    }
    replyTo {
      id
    }
    point {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiPostMutation, AdjudicationApiPostMutationVariables>;
export const AdjudicationApiShortfallsDocument = new TypedDocumentString(`
    query AdjudicationApiShortfalls {
  committee {
    shortfalls
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiShortfallsQuery, AdjudicationApiShortfallsQueryVariables>;
export const AdjudicationApiAskDataCenterDocument = new TypedDocumentString(`
    mutation AdjudicationApiAskDataCenter($n: RegistrationNumber) {
  askDataCenterQuestion(
    question: "Is a retrograde crossing after antegrade failure a technical success?"
    registrationNumber: $n
  ) {
    kind
    status
    case {
      registrationNumber
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiAskDataCenterMutation, AdjudicationApiAskDataCenterMutationVariables>;
export const AdjudicationApiRemoveMemberDocument = new TypedDocumentString(`
    mutation AdjudicationApiRemoveMember($a: ID!) {
  removeCommitteeMember(accountId: $a) {
    shortfalls
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiRemoveMemberMutation, AdjudicationApiRemoveMemberMutationVariables>;
export const AdjudicationApiAppointMemberDocument = new TypedDocumentString(`
    mutation AdjudicationApiAppointMember($i: AppointCommitteeMemberInput!) {
  appointCommitteeMember(input: $i) {
    shortfalls
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiAppointMemberMutation, AdjudicationApiAppointMemberMutationVariables>;
export const AdjudicationApiDecideDocument = new TypedDocumentString(`
    mutation AdjudicationApiDecide($i: DecideMatterInput!) {
  decideMatter(input: $i) {
    id
    resultChanges {
      field
      from
      to
    }
    matter {
      status
      pointsAtIssue {
        rounds {
          votes {
            member {
              id
            }
            choice
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiDecideMutation, AdjudicationApiDecideMutationVariables>;
export const AdjudicationPublicRulingsDocument = new TypedDocumentString(`
    query AdjudicationPublicRulings {
  rulings {
    id
    decision
    answer
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<AdjudicationPublicRulingsQuery, AdjudicationPublicRulingsQueryVariables>;
export const AdjudicationApiReferQuestionDocument = new TypedDocumentString(`
    mutation AdjudicationApiReferQuestion {
  referCriteriaQuestion(
    question: "Does a side-branch loss count as a complication?"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiReferQuestionMutation, AdjudicationApiReferQuestionMutationVariables>;
export const AdjudicationApiRelayDocument = new TypedDocumentString(`
    mutation AdjudicationApiRelay($m: ID!) {
  relayOperatorOpinion(
    matterId: $m
    body: "The wire was in the distal true lumen."
  ) {
    kind
    onBehalfOf {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiRelayMutation, AdjudicationApiRelayMutationVariables>;
export const AdjudicationApiCommitteeSeatsDocument = new TypedDocumentString(`
    query AdjudicationApiCommitteeSeats {
  committee {
    members {
      seat
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiCommitteeSeatsQuery, AdjudicationApiCommitteeSeatsQueryVariables>;
export const AdjudicationApiCaseThreadDocument = new TypedDocumentString(`
    query AdjudicationApiCaseThread($c: _Any!) {
  _entities(representations: [$c]) {
    ... on Case {
      discussion {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiCaseThreadQuery, AdjudicationApiCaseThreadQueryVariables>;
export const AdjudicationApiEditOthersDocument = new TypedDocumentString(`
    mutation AdjudicationApiEditOthers($p: ID!) {
  editPost(postId: $p, body: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiEditOthersMutation, AdjudicationApiEditOthersMutationVariables>;
export const AdjudicationApiEditDocument = new TypedDocumentString(`
    mutation AdjudicationApiEdit($p: ID!) {
  editPost(postId: $p, body: "Which wire crossed the proximal cap?") {
    body
    editedAt
    revisions {
      revision
      body
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiEditMutation, AdjudicationApiEditMutationVariables>;
export const AdjudicationApiUnreadDocument = new TypedDocumentString(`
    query AdjudicationApiUnread {
  myNotifications(unreadOnly: true) {
    id
    kind
    read
    post {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiUnreadQuery, AdjudicationApiUnreadQueryVariables>;
export const AdjudicationApiMarkReadDocument = new TypedDocumentString(`
    mutation AdjudicationApiMarkRead($id: ID!) {
  markNotificationRead(id: $id) {
    read
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiMarkReadMutation, AdjudicationApiMarkReadMutationVariables>;
export const AdjudicationApiUnreadIdsDocument = new TypedDocumentString(`
    query AdjudicationApiUnreadIds {
  myNotifications(unreadOnly: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiUnreadIdsQuery, AdjudicationApiUnreadIdsQueryVariables>;
export const AdjudicationApiPublishCriteriaDocument = new TypedDocumentString(`
    mutation AdjudicationApiPublishCriteria($i: PublishCriteriaVersionInput!) {
  publishCriteriaVersion(input: $i) {
    version
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<AdjudicationApiPublishCriteriaMutation, AdjudicationApiPublishCriteriaMutationVariables>;
export const AdjudicationCriteriaInEffectDocument = new TypedDocumentString(`
    query AdjudicationCriteriaInEffect {
  criteriaInEffect {
    version
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCriteriaInEffectQuery, AdjudicationCriteriaInEffectQueryVariables>;
export const AdjudicationRulesRaiseDocument = new TypedDocumentString(`
    mutation AdjudicationRulesRaise($n: RegistrationNumber!, $g: String!) {
  raiseObjection(registrationNumber: $n, grounds: $g) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesRaiseMutation, AdjudicationRulesRaiseMutationVariables>;
export const AdjudicationRulesScreenDocument = new TypedDocumentString(`
    mutation AdjudicationRulesScreen($m: ID!, $d: ScreeningDecision!, $r: String) {
  screenMatter(matterId: $m, decision: $d, reason: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesScreenMutation, AdjudicationRulesScreenMutationVariables>;
export const AdjudicationRulesDeclareDocument = new TypedDocumentString(`
    mutation AdjudicationRulesDeclare($m: ID!) {
  declareSession(matterId: $m) {
    id
    status
    committeeThread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDeclareMutation, AdjudicationRulesDeclareMutationVariables>;
export const AdjudicationRulesPointsDocument = new TypedDocumentString(`
    mutation AdjudicationRulesPoints($m: ID!, $p: [String!]!) {
  postPointsAtIssue(matterId: $m, points: $p) {
    pointsAtIssue {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesPointsMutation, AdjudicationRulesPointsMutationVariables>;
export const AdjudicationRulesVoteDocument = new TypedDocumentString(`
    mutation AdjudicationRulesVote($p: ID!, $c: VoteChoice!) {
  castVote(pointId: $p, choice: $c) {
    id
    decision
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesVoteMutation, AdjudicationRulesVoteMutationVariables>;
export const AdjudicationRulesCloseDocument = new TypedDocumentString(`
    mutation AdjudicationRulesClose($p: ID!) {
  closeVotingRound(pointId: $p) {
    id
    decision
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesCloseMutation, AdjudicationRulesCloseMutationVariables>;
export const AdjudicationRulesDecideDocument = new TypedDocumentString(`
    mutation AdjudicationRulesDecide($i: DecideMatterInput!) {
  decideMatter(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDecideMutation, AdjudicationRulesDecideMutationVariables>;
export const AdjudicationRulesPostDocument = new TypedDocumentString(`
    mutation AdjudicationRulesPost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesPostMutation, AdjudicationRulesPostMutationVariables>;
export const AdjudicationRulesThreadDocument = new TypedDocumentString(`
    query AdjudicationRulesThread($t: ID!) {
  thread(id: $t) {
    id
    posts {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesThreadQuery, AdjudicationRulesThreadQueryVariables>;
export const AdjudicationRulesMarkReadDocument = new TypedDocumentString(`
    mutation AdjudicationRulesMarkRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesMarkReadMutation, AdjudicationRulesMarkReadMutationVariables>;
export const AdjudicationRulesAppointDocument = new TypedDocumentString(`
    mutation AdjudicationRulesAppoint($i: AppointCommitteeMemberInput!) {
  appointCommitteeMember(input: $i) {
    members {
      seat
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesAppointMutation, AdjudicationRulesAppointMutationVariables>;
export const AdjudicationRulesRemoveDocument = new TypedDocumentString(`
    mutation AdjudicationRulesRemove($a: ID!) {
  removeCommitteeMember(accountId: $a) {
    members {
      seat
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesRemoveMutation, AdjudicationRulesRemoveMutationVariables>;
export const AdjudicationRulesUnreadDocument = new TypedDocumentString(`
    query AdjudicationRulesUnread {
  myNotifications(unreadOnly: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesUnreadQuery, AdjudicationRulesUnreadQueryVariables>;
export const AdjudicationRulesDecidedMattersDocument = new TypedDocumentString(`
    query AdjudicationRulesDecidedMatters {
  matters(status: DECIDED) {
    id
    committeeThread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDecidedMattersQuery, AdjudicationRulesDecidedMattersQueryVariables>;
export const AdjudicationRulesOpenMattersDocument = new TypedDocumentString(`
    query AdjudicationRulesOpenMatters {
  matters(status: IN_SESSION) {
    id
    committeeThread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesOpenMattersQuery, AdjudicationRulesOpenMattersQueryVariables>;
export const AdjudicationRulesDecidedRecordDocument = new TypedDocumentString(`
    query AdjudicationRulesDecidedRecord($m: ID!) {
  matter(id: $m) {
    status
    ruling {
      decision
    }
    committeeThread {
      posts {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDecidedRecordQuery, AdjudicationRulesDecidedRecordQueryVariables>;
export const AdjudicationRulesUnreadThreadsDocument = new TypedDocumentString(`
    query AdjudicationRulesUnreadThreads {
  myNotifications(unreadOnly: true) {
    id
    thread {
      id
      posts {
        body
      }
    }
    post {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesUnreadThreadsQuery, AdjudicationRulesUnreadThreadsQueryVariables>;
export const AdjudicationRulesInSessionDocument = new TypedDocumentString(`
    query AdjudicationRulesInSession {
  matters(status: IN_SESSION) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesInSessionQuery, AdjudicationRulesInSessionQueryVariables>;
export const AdjudicationRulesInSessionPointsDocument = new TypedDocumentString(`
    query AdjudicationRulesInSessionPoints {
  matters(status: IN_SESSION) {
    id
    pointsAtIssue {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesInSessionPointsQuery, AdjudicationRulesInSessionPointsQueryVariables>;
export const AdjudicationRulesPublishCriteriaDocument = new TypedDocumentString(`
    mutation AdjudicationRulesPublishCriteria($i: PublishCriteriaVersionInput!) {
  publishCriteriaVersion(input: $i) {
    version
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesPublishCriteriaMutation, AdjudicationRulesPublishCriteriaMutationVariables>;
export const AdjudicationRulesCreatedAtDocument = new TypedDocumentString(`
    query AdjudicationRulesCreatedAt {
  matters {
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesCreatedAtQuery, AdjudicationRulesCreatedAtQueryVariables>;
export const AdjudicationRulesDecidedThreadDocument = new TypedDocumentString(`
    query AdjudicationRulesDecidedThread {
  matters(status: DECIDED) {
    committeeThread {
      id
      posts {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDecidedThreadQuery, AdjudicationRulesDecidedThreadQueryVariables>;
export const AdjudicationRulesEditDocument = new TypedDocumentString(`
    mutation AdjudicationRulesEdit($p: ID!, $b: String!) {
  editPost(postId: $p, body: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesEditMutation, AdjudicationRulesEditMutationVariables>;
export const AdjudicationRulesNotificationsDocument = new TypedDocumentString(`
    query AdjudicationRulesNotifications {
  myNotifications {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesNotificationsQuery, AdjudicationRulesNotificationsQueryVariables>;
export const AdjudicationRulesStandingDocument = new TypedDocumentString(`
    query AdjudicationRulesStanding {
  matters(status: IN_SESSION) {
    id
    case {
      registrationNumber
    }
    myStanding {
      recused
      presides
    }
    pointsAtIssue {
      myVote
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesStandingQuery, AdjudicationRulesStandingQueryVariables>;
export const AdjudicationRulesDecidedStandingDocument = new TypedDocumentString(`
    query AdjudicationRulesDecidedStanding {
  matters(status: DECIDED) {
    case {
      registrationNumber
    }
    myStanding {
      recused
      presides
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationRulesDecidedStandingQuery, AdjudicationRulesDecidedStandingQueryVariables>;
export const AdjudicationClockRaiseDocument = new TypedDocumentString(`
    mutation AdjudicationClockRaise($n: RegistrationNumber!, $g: String!) {
  raiseObjection(registrationNumber: $n, grounds: $g) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationClockRaiseMutation, AdjudicationClockRaiseMutationVariables>;
export const AdjudicationClockScreenDocument = new TypedDocumentString(`
    mutation AdjudicationClockScreen($m: ID!, $d: ScreeningDecision!, $r: String) {
  screenMatter(matterId: $m, decision: $d, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationClockScreenMutation, AdjudicationClockScreenMutationVariables>;
export const AdjudicationClockAppointDocument = new TypedDocumentString(`
    mutation AdjudicationClockAppoint($i: AppointCommitteeMemberInput!) {
  appointCommitteeMember(input: $i) {
    members {
      seat
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationClockAppointMutation, AdjudicationClockAppointMutationVariables>;