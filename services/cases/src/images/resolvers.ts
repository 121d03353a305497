import { requireUuid } from '@registry/errors';
import { pageRequest, pageSize, type PageArgs } from '@registry/subgraph-server';
import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { CoreLabCaseRecord } from '../core-lab/core-lab-repository.ts';
import type { ImageSeriesRecord } from './image-series-repository.ts';
import type { Reminder } from './image-service.ts';
import type { ReviewDecision, SeriesView } from './library/image-library.ts';
import type { ImageSeriesKind } from './required-series.ts';
import type { ImageInstanceRecord } from './upload/image-instance-repository.ts';
import type { ImageUploadRecord } from './upload/image-upload-repository.ts';

const iso = (d: Date) => d.toISOString();
const caseUrl = (registrationNumber: string) => `/dicomweb/cases/${encodeURIComponent(registrationNumber)}`;
const seriesUrl = (s: { registrationNumber: string; studyInstanceUid: string; seriesInstanceUid: string }) =>
  `${caseUrl(s.registrationNumber)}/studies/${s.studyInstanceUid}/series/${s.seriesInstanceUid}`;

/** An instance as shown: review details only to those who see held files. */
type InstanceView = ImageInstanceRecord & { seesReview: boolean };

/** The maximum page of `completionReminders`, `myImageUploads` and `heldImages`: their `@listSize(assumedSize:)` in schema/cases/completion.graphql and images.graphql. */
const MAX_PAGE = 100;
/** The maximum page of `DicomSeries.instances` (its `@listSize(assumedSize:)` in schema/cases/images.graphql). */
const MAX_INSTANCES_PAGE = 200;

export const imageResolvers = {
  Query: {
    completionReminders: (_: unknown, args: { facilityId?: string | null; operatorId?: string | null } & PageArgs, ctx: CasesContext) =>
      ctx.images.reminders({ facilityId: args.facilityId ?? undefined, operatorId: args.operatorId ?? undefined }, pageRequest(args, MAX_PAGE)),
    imageUpload: (_: unknown, args: { id: string }, ctx: CasesContext) => ctx.imageUploads.upload(args.id),
    myImageUploads: (_: unknown, args: PageArgs, ctx: CasesContext) => ctx.imageUploads.mine(pageRequest(args, MAX_PAGE, requireUuid)),
    heldImages: async (_: unknown, args: { first?: number | null }, ctx: CasesContext): Promise<InstanceView[]> =>
      (await ctx.imageLibrary.held(pageSize(args.first, MAX_PAGE))).map((i) => ({ ...i, seesReview: true })),
  },
  Mutation: {
    recordImageSeries: (_: unknown, args: { input: { registrationNumber: string; kind: ImageSeriesKind } }, ctx: CasesContext) =>
      ctx.images.recordSeries(args.input.registrationNumber, args.input.kind),
    startImageUpload: (_: unknown, args: { input: { registrationNumber: string; kind: string; bytesExpected?: number | null } }, ctx: CasesContext) =>
      ctx.imageUploads.start(args.input.registrationNumber, args.input.kind, args.input.bytesExpected ?? null),
    reviewHeldImage: async (_: unknown, args: { input: { registrationNumber: string; sopInstanceUid: string; decision: ReviewDecision; reason: string } }, ctx: CasesContext): Promise<InstanceView> => {
      const { registrationNumber, sopInstanceUid, decision, reason } = args.input;
      return { ...(await ctx.imageLibrary.review(registrationNumber, sopInstanceUid, decision, reason)), seesReview: true };
    },
  },
  Case: {
    completion: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.images.completion(c),
    images: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.imageLibrary.seriesOf(c.registrationNumber),
  },
  CoreLabCase: {
    images: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) => ctx.imageLibrary.seriesOf(c.registrationNumber),
  },
  CompletionReminder: {
    operator: (r: Reminder) => ({ id: r.case.operatorId }),
    facility: (r: Reminder) => ({ id: r.case.facilityId }),
  },
  ImageSeries: {
    receivedAt: (s: ImageSeriesRecord) => s.receivedAt.toISOString(),
  },
  DicomSeries: {
    __resolveReference: (ref: { seriesInstanceUid: string }, ctx: CasesContext) => ctx.imageLibrary.seriesByUid(ref.seriesInstanceUid),
    // The series is loaded whole for frameCount and frameUrl (one statement per batch of
    // series, its rows bounded by what was uploaded); the page bounds what is answered.
    instances: (s: SeriesView, args: PageArgs): InstanceView[] => {
      const { limit, after } = pageRequest(args, MAX_INSTANCES_PAGE);
      const from = after === undefined ? 0 : s.instances.findIndex((i) => i.sopInstanceUid === after) + 1;
      if (from === 0 && after !== undefined) return [];
      return s.instances.slice(from, from + limit).map((i) => ({ ...i, seesReview: s.access.seesReview }));
    },
    frameCount: (s: SeriesView) => s.instances.reduce((n, i) => n + (i.numberOfFrames ?? 1), 0),
    dicomwebUrl: (s: SeriesView) => caseUrl(s.registrationNumber),
    retrieveUrl: (s: SeriesView) => seriesUrl(s),
    frameUrl: (s: SeriesView, args: { frame: number }) => {
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
    bytes: (i: InstanceView) => i.bytesOut,
    quarantineReason: (i: InstanceView) => (i.seesReview ? i.quarantineReason : null),
    review: (i: InstanceView) =>
      i.seesReview && i.reviewedAt && i.reviewReason
        ? { decision: i.status === 'REJECTED' ? 'REJECT' : 'RELEASE', reason: i.reviewReason, reviewedAt: iso(i.reviewedAt) }
        : null,
    uploadedAt: (i: InstanceView) => iso(i.uploadedAt),
    retrieveUrl: (i: InstanceView) => `${seriesUrl(i)}/instances/${i.sopInstanceUid}`,
  },
  ImageUpload: {
    fractionReceived: (u: ImageUploadRecord) => (u.bytesExpected ? Math.min(1, u.bytesReceived / u.bytesExpected) : null),
    stowUrl: (u: ImageUploadRecord) => `${caseUrl(u.registrationNumber)}/studies?upload=${u.id}`,
    startedAt: (u: ImageUploadRecord) => iso(u.startedAt),
    updatedAt: (u: ImageUploadRecord) => iso(u.updatedAt),
    finishedAt: (u: ImageUploadRecord) => (u.finishedAt ? iso(u.finishedAt) : null),
  },
};
