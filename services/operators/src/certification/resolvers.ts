import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { OperatorsContext } from '../context.ts';
import type { ApplicationInput, Approval } from './application-service.ts';
import type { ApplicationRecord, RecommendationRecord } from './application-repository.ts';
import type { ApplicationStatus, ReviewDecision, ReviewStatus } from './certification-machine.ts';
import type { ReviewRecord } from './review-repository.ts';

/** The maximum page of `applications` and `certificationReviews`: their `@listSize(assumedSize:)` in schema/operators/certification.graphql. */
const MAX_PAGE = 100;

export const certificationResolvers = {
  Query: {
    applications: (_: unknown, args: { status?: ApplicationStatus | null } & PageArgs, ctx: OperatorsContext) =>
      ctx.applications.list(args.status ?? undefined, pageRequest(args, MAX_PAGE, requireUuid)),
    application: (_: unknown, args: { id: string }, ctx: OperatorsContext) => ctx.applications.byId(args.id),
    certificationReviews: (_: unknown, args: { status?: ReviewStatus | null } & PageArgs, ctx: OperatorsContext) =>
      ctx.reviews.list(args.status ?? undefined, pageRequest(args, MAX_PAGE, requireUuid)),
  },
  Mutation: {
    fileApplication: (_: unknown, args: { input: ApplicationInput }, ctx: OperatorsContext) => ctx.applications.file(args.input),
    recommendApplication: (_: unknown, args: { applicationId: string; letter: string }, ctx: OperatorsContext) => ctx.applications.recommend(args.applicationId, args.letter),
    approveApplication: (_: unknown, args: { applicationId: string; reason: string }, ctx: OperatorsContext) => ctx.applications.approve(args.applicationId, args.reason),
    rejectApplication: (_: unknown, args: { applicationId: string; reason: string }, ctx: OperatorsContext) => ctx.applications.reject(args.applicationId, args.reason),
    requestCertificationReview: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.reviews.request(),
    decideCertificationReview: (_: unknown, args: { reviewId: string; decision: ReviewDecision; reason: string }, ctx: OperatorsContext) =>
      ctx.reviews.decide(args.reviewId, args.decision, args.reason),
  },
  Application: {
    facility: (a: ApplicationRecord, _: unknown, ctx: OperatorsContext) => ctx.facilities.byId(a.facilityId),
    recommendations: (a: ApplicationRecord, _: unknown, ctx: OperatorsContext) => ctx.applications.recommendations(a.id),
    operator: (a: ApplicationRecord, _: unknown, ctx: OperatorsContext) => (a.operatorId ? ctx.operators.find(a.operatorId) : null),
  },
  ApplicationApproval: {
    operator: (a: Approval, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(a.operatorId),
  },
  Recommendation: {
    recommender: (r: RecommendationRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(r.recommenderOperatorId),
  },
  CertificationReview: {
    operator: (r: ReviewRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(r.operatorId),
  },
};
