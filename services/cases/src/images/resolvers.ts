import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest, pageSize } from '@registry/subgraph-server';

const caseUrl = (registrationNumber: string) => `/dicomweb/cases/${encodeURIComponent(registrationNumber)}`;
const seriesUrl = (s: { registrationNumber: string; studyInstanceUid: string; seriesInstanceUid: string }) =>
  `${caseUrl(s.registrationNumber)}/studies/${s.studyInstanceUid}/series/${s.seriesInstanceUid}`;

/** The maximum page of `completionReminders`, `myImageUploads` and `heldImages`: their `@listSize(assumedSize:)` in schema/cases/images.graphql. */
const MAX_PAGE = 100;
/** The maximum page of `DicomSeries.instances` (its `@listSize(assumedSize:)` in schema/cases/images.graphql). */
const MAX_INSTANCES_PAGE = 200;

export const imageResolvers: Resolvers = {
  Query: {
    completionReminders: (_, args, ctx) =>
      ctx.images.reminders({ facilityId: args.facilityId ?? undefined, operatorId: args.operatorId ?? undefined }, pageRequest(args, MAX_PAGE)),
    imageUpload: (_, args, ctx) => ctx.imageUploads.upload(args.id),
    myImageUploads: (_, args, ctx) => ctx.imageUploads.mine(pageRequest(args, MAX_PAGE, requireUuid)),
    heldImages: async (_, args, ctx) =>
      (await ctx.imageLibrary.held(pageSize(args.first, MAX_PAGE))).map((i) => ({ ...i, seesReview: true })),
  },
  Mutation: {
    recordImageSeries: (_, args, ctx) =>
      ctx.images.recordSeries(args.input.registrationNumber, args.input.kind),
    startImageUpload: (_, args, ctx) =>
      ctx.imageUploads.start(args.input.registrationNumber, args.input.kind, args.input.bytesExpected ?? null),
    reviewHeldImage: async (_, args, ctx) => {
      const { registrationNumber, sopInstanceUid, decision, reason } = args.input;
      return { ...(await ctx.imageLibrary.review(registrationNumber, sopInstanceUid, decision, reason)), seesReview: true };
    },
  },
  Case: {
    completion: (c, _, ctx) => ctx.images.completion(c),
    images: (c, _, ctx) => ctx.imageLibrary.seriesOf(c.registrationNumber),
  },
  CoreLabCase: {
    images: (c, _, ctx) => ctx.imageLibrary.seriesOf(c.registrationNumber),
  },
  CompletionReminder: {
    operator: (r) => ({ id: r.case.operatorId }),
    facility: (r) => ({ id: r.case.facilityId }),
  },
  ImageSeries: {
  },
  DicomSeries: {
    __resolveReference: (ref, ctx) => ctx.imageLibrary.seriesByUid(ref.seriesInstanceUid),
    // The series is loaded whole for frameCount and frameUrl (one statement per batch of
    // series, its rows bounded by what was uploaded); the page bounds what is answered.
    instances: (s, args) => {
      const { limit, after } = pageRequest(args, MAX_INSTANCES_PAGE);
      const from = after === undefined ? 0 : s.instances.findIndex((i) => i.sopInstanceUid === after) + 1;
      if (from === 0 && after !== undefined) return [];
      return s.instances.slice(from, from + limit).map((i) => ({ ...i, seesReview: s.access.seesReview }));
    },
    frameCount: (s) => s.instances.reduce((n, i) => n + (i.numberOfFrames ?? 1), 0),
    dicomwebUrl: (s) => caseUrl(s.registrationNumber),
    retrieveUrl: (s) => seriesUrl(s),
    frameUrl: (s, args) => {
      let rest = args.frame;
      if (rest < 0) return null;
      for (const i of s.instances) {
        const count = i.numberOfFrames ?? 1;
        if (rest < count) return `${seriesUrl(i)}/instances/${i.sopInstanceUid}/frames/${rest + 1}`;
        rest -= count;
      }
      return null;
    },
  },
  DicomInstance: {
    bytes: (i) => i.bytesOut,
    quarantineReason: (i) => (i.seesReview ? i.quarantineReason : null),
    review: (i) =>
      i.seesReview && i.reviewedAt && i.reviewReason
        ? { decision: i.status === 'REJECTED' ? 'REJECT' : 'RELEASE', reason: i.reviewReason, reviewedAt: i.reviewedAt }
        : null,
    retrieveUrl: (i) => `${seriesUrl(i)}/instances/${i.sopInstanceUid}`,
  },
  ImageUpload: {
    fractionReceived: (u) => (u.bytesExpected ? Math.min(1, u.bytesReceived / u.bytesExpected) : null),
    stowUrl: (u) => `${caseUrl(u.registrationNumber)}/studies?upload=${u.id}`,
  },
};
