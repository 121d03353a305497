import { OFFICIAL_RESULT_FIELDS, type OfficialResultField } from '@registry/contracts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';
import type { Resolvers, ResultField as ResultFieldEnum } from '../generated/resolvers.ts';

/** `rulings`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/rulings.graphql. */
const MAX_RULINGS_PAGE = 100;
const toEnum = (field: OfficialResultField) => field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as ResultFieldEnum;
const fromEnum = (value: ResultFieldEnum): OfficialResultField => OFFICIAL_RESULT_FIELDS.find((f) => toEnum(f) === value)!;

export const rulingResolvers: Resolvers = {
  Query: {
    rulings: (_, args, ctx) => ctx.rulings.list(pageRequest(args, MAX_RULINGS_PAGE, requireUuid)),
    ruling: (_, args, ctx) => ctx.rulings.get(args.id),
  },
  Mutation: {
    decideMatter: (_, args, ctx) => ctx.rulings.decide({ ...args.input, resultChanges: (args.input.resultChanges ?? []).map((c) => ({ field: fromEnum(c.field), to: c.to })) }),
  },
  Ruling: {
    kind: async (r, _, ctx) => (await ctx.rulings.matterOf(r)).kind,
    registrationNumber: async (r, _, ctx) => (await ctx.rulings.matterOf(r)).registrationNumber,
    question: async (r, _, ctx) => (await ctx.rulings.matterOf(r)).question,
    matter: (r, _, ctx) => ctx.rulings.matterOf(r),
  },
  ResultChange: {
    field: (c) => toEnum(c.field),
  },
};
