import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';

/** The maximum page of `applications` and `certificationReviews`: their `@listSize(assumedSize:)` in schema/operators/certification.graphql. */
const MAX_PAGE = 100;

export const certificationResolvers: Resolvers = {
  Query: {
    applications: (_, args, ctx) =>
      ctx.applications.list(args.status ?? undefined, pageRequest(args, MAX_PAGE, requireUuid)),
    application: (_, args, ctx) => ctx.applications.byId(args.id),
    applicationsAwaitingMyRecommendation: (_, args, ctx) =>
      ctx.applications.awaitingMyRecommendation(pageRequest(args, MAX_PAGE, requireUuid)),
    certificationReviews: (_, args, ctx) =>
      ctx.reviews.list(args.status ?? undefined, pageRequest(args, MAX_PAGE, requireUuid)),
  },
  Mutation: {
    fileApplication: (_, args, ctx) => ctx.applications.file(args.input),
    recommendApplication: (_, args, ctx) => ctx.applications.recommend(args.applicationId, args.letter),
    approveApplication: (_, args, ctx) => ctx.applications.approve(args.applicationId, args.reason),
    rejectApplication: (_, args, ctx) => ctx.applications.reject(args.applicationId, args.reason),
    requestCertificationReview: (_, __, ctx) => ctx.reviews.request(),
    decideCertificationReview: (_, args, ctx) =>
      ctx.reviews.decide(args.reviewId, args.decision, args.reason),
  },
  Application: {
    facility: (a, _, ctx) => ctx.facilities.byId(a.facilityId),
    recommendations: (a, _, ctx) => ctx.applications.recommendations(a.id),
    askedRecommenders: async (a, _, ctx) => Promise.all((await ctx.applications.askedRecommenders(a.id)).map((id) => ctx.operators.byId(id))),
    operator: (a, _, ctx) => (a.operatorId ? ctx.operators.find(a.operatorId) : null),
  },
  ApplicationApproval: {
    operator: (a, _, ctx) => ctx.operators.byId(a.operatorId),
  },
  Recommendation: {
    recommender: (r, _, ctx) => ctx.operators.byId(r.recommenderOperatorId),
  },
  CertificationReview: {
    operator: (r, _, ctx) => ctx.operators.byId(r.operatorId),
  },
};
