import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { ImageSeriesRecord } from './image-series-repository.ts';
import type { Reminder } from './image-service.ts';
import type { ImageSeriesKind } from './required-series.ts';

export const imageResolvers = {
  Query: {
    completionReminders: (_: unknown, args: { facilityId?: string | null; operatorId?: string | null }, ctx: CasesContext) =>
      ctx.images.reminders({ facilityId: args.facilityId ?? undefined, operatorId: args.operatorId ?? undefined }),
  },
  Mutation: {
    recordImageSeries: (_: unknown, args: { input: { registrationNumber: string; kind: ImageSeriesKind } }, ctx: CasesContext) =>
      ctx.images.recordSeries(args.input.registrationNumber, args.input.kind),
  },
  Case: {
    completion: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.images.completion(c),
  },
  CompletionReminder: {
    operator: (r: Reminder) => ({ id: r.case.operatorId }),
    facility: (r: Reminder) => ({ id: r.case.facilityId }),
  },
  ImageSeries: {
    receivedAt: (s: ImageSeriesRecord) => s.receivedAt.toISOString(),
  },
};
