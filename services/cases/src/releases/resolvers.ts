import { localDateOf } from '@registry/calendar';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';
import { asksIdentity } from './data-dictionary.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** The `@listSize` of `dataRequests` in the SDL: its largest page. */
const MAX_REQUESTS_PAGE = 50;

/** Data requests and releases [R21a–c][R22][R39][T7.2]: thin, the service decides. */
export const releaseResolvers: Resolvers = {
  Query: {
    dataDictionary: (_, __, ctx) => [...ctx.releases.dictionary()],
    dataRequests: (_, args, ctx) => ctx.releases.requests(args.status ?? undefined, pageRequest(args, MAX_REQUESTS_PAGE, requireUuid)),
    dataRequest: async (_, { id }, ctx) => (await ctx.releases.request(id)) ?? null,
    dataRequestYears: (_, __, ctx) => ctx.releases.requestableYears(),
    dataReleaseRecipients: (_, __, ctx) => ctx.releases.recipients(),
  },
  Mutation: {
    fileDataRequest: (_, { input }, ctx) => ctx.releases.file(input),
    reviseDataRequest: (_, { id, input }, ctx) => ctx.releases.revise(id, input),
    reviewDataRequest: (_, { id, decision, reason, approveIdentity }, ctx) => ctx.releases.review(id, decision, reason, approveIdentity ?? false),
    releaseData: (_, { requestId }, ctx) => ctx.releases.release(requestId),
    reportDataPublication: (_, { requestId, publication }, ctx) => ctx.releases.reportPublication(requestId, publication),
  },
  DataRequest: {
    recipientPublicKey: (r) => r.recipientKey,
    mine: (r, _, ctx) => ctx.releases.isOwn(r),
    asksIdentity: (r) => asksIdentity(r.items),
    history: (r, _, ctx) => ctx.releases.history(r.id),
    release: async (r, _, ctx) => (await ctx.releases.releaseOf(r.id)) ?? null,
  },
  DataRelease: {
    downloadPath: (r) => `/reports/releases/${r.id}.age`,
  },
  DataRequestEvent: {
    from: (e) => e.fromStatus,
    to: (e) => e.toStatus,
  },
  DataReleaseRecipient: {
    // [R21a] the day in Japan, as every date the registry shows.
    releasedOn: (r) => localDateOf(r.releasedAt),
  },
};
