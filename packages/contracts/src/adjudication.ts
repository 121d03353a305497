import { z } from 'zod';
import { topic, topicFamily } from './contract.ts';
import { id, instant, localDate, officialResultField } from './fields.ts';

const matterStatus = z.enum(['SUBMITTED', 'ACCEPTED', 'ANSWERED', 'DECLINED', 'IN_SESSION', 'DECIDED']);

/** The adjudication subgraph's own topic: matters, seats, rulings that change a result, questions. */
export const adjudicationTopic = topic('adjudication', {
  'MatterStatusChanged.v1': z.strictObject({
    matterId: id,
    kind: z.enum(['OBJECTION', 'CRITERIA_QUESTION', 'DATA_CENTER_QUESTION']),
    registrationNumber: id.nullable(),
    from: matterStatus.nullable(),
    to: matterStatus,
  }),
  /**
   * A seat began or ended (`sitting: false` once the steering committee ended it); `on` is the
   * registry date. A sitting member reads the case of each matter before the committee [R28a][R45].
   */
  'CommitteeSeatChanged.v1': z.strictObject({ accountId: id, seat: z.enum(['STEERING', 'CERTIFIED_OPERATOR', 'EXTERNAL_EXPERT']), sitting: z.boolean(), on: localDate }),
  /** A ruling changed an official result [R28b]: `from` is null where there was no value. */
  'RulingChangedResult.v1': z.strictObject({
    registrationNumber: id,
    matterId: id,
    rulingId: id,
    changes: z.array(z.strictObject({ field: officialResultField, from: z.boolean().nullable(), to: z.boolean() })).min(1),
  }),
  /** Someone asked about a case: its operator is told [R6]. */
  'QuestionAsked.v1': z.strictObject({ registrationNumber: id, operatorId: id, threadId: id, postId: id }),
});

/** The judging criteria [R24]: each new core-lab read records the version in force. */
export const criteriaTopic = topic('criteria', {
  'CriteriaVersionPublished.v1': z.strictObject({ version: z.int().positive(), effectiveFrom: localDate, title: z.string().min(1) }),
});

const roundOutcome = z.enum(['ADOPTED', 'REJECTED', 'SPLIT']);

/** Each matter's votes and tallies, live [R48]: counts only, never who gave which opinion. */
export const matterTallyTopics = topicFamily('matter:', ':tally', 'matterId', {
  'TallyUpdated.v1': z.strictObject({
    event: z.enum(['VOTE_CAST', 'ROUND_CLOSED', 'SECOND_ROUND_CALLED']),
    matterId: id,
    pointId: id,
    pointNumber: z.int().positive(),
    round: z.union([z.literal(1), z.literal(2)]),
    tally: z.strictObject({
      yes: z.int().nonnegative(),
      no: z.int().nonnegative(),
      abstain: z.int().nonnegative(),
      cast: z.int().nonnegative(),
      eligible: z.int().nonnegative(),
      complete: z.boolean(),
      outcome: roundOutcome,
      tie: z.boolean(),
    }),
    decision: z.enum(['ADOPTED', 'REJECTED']).nullable(),
  }),
});

/**
 * Each thread's posts, live; a post's number on its topic is its cursor. Posts announced
 * before posts had kinds, replies, points and images are discussion posts without them.
 */
export const threadPostsTopics = topicFamily('thread:', ':posts', 'threadId', {
  'PostAdded.v1': z.strictObject({
    id,
    threadId: id,
    kind: z.enum(['DISCUSSION', 'COMMITTEE', 'OPERATOR_OPINION']).default('DISCUSSION'),
    authorAccountId: id,
    body: z.string(),
    replyToPostId: id.nullable().default(null),
    pointId: id.nullable().default(null),
    onBehalfOfOperatorId: id.nullable().default(null),
    imageSeriesUid: id.nullable().default(null),
    imageFrame: z.int().nonnegative().nullable().default(null),
    createdAt: instant,
  }),
});

/** Each operator's notifications, live and personal [R6]. */
export const operatorNotificationsTopics = topicFamily('operator:', ':notifications', 'operatorId', {
  'NotificationAdded.v1': z.strictObject({ id, operatorId: id, kind: z.enum(['QUESTION_ASKED']), threadId: id, postId: id, createdAt: instant }),
});
