import { OFFICIAL_RESULT_FIELDS, type OfficialResultField as ResultField } from '@registry/contracts';
import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { ResultChange, RulingRecord } from './ruling-repository.ts';
import type { DecideInput } from './ruling-service.ts';

type Ctx = AdjudicationContext;

/** `rulings`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/rulings.graphql. */
const MAX_RULINGS_PAGE = 100;
type ResultFieldEnum = 'TECHNICAL_SUCCESS' | 'PROCEDURE_SUCCESS' | 'COMPLICATION' | 'INDICATION_APPROPRIATE';

const toEnum = (field: ResultField) => field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as ResultFieldEnum;
const fromEnum = (value: ResultFieldEnum): ResultField => OFFICIAL_RESULT_FIELDS.find((f) => toEnum(f) === value)!;

export const rulingResolvers = {
  Query: {
    rulings: (_: unknown, args: PageArgs, ctx: Ctx) => ctx.rulings.list(pageRequest(args, MAX_RULINGS_PAGE, requireUuid)),
    ruling: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.rulings.get(args.id),
  },
  Mutation: {
    decideMatter: (
      _: unknown,
      args: { input: Omit<DecideInput, 'resultChanges'> & { resultChanges?: { field: ResultFieldEnum; to: boolean }[] | null } },
      ctx: Ctx,
    ) => ctx.rulings.decide({ ...args.input, resultChanges: (args.input.resultChanges ?? []).map((c) => ({ field: fromEnum(c.field), to: c.to })) }),
  },
  Ruling: {
    kind: async (r: RulingRecord, _: unknown, ctx: Ctx) => (await ctx.rulings.matterOf(r)).kind,
    registrationNumber: async (r: RulingRecord, _: unknown, ctx: Ctx) => (await ctx.rulings.matterOf(r)).registrationNumber,
    question: async (r: RulingRecord, _: unknown, ctx: Ctx) => (await ctx.rulings.matterOf(r)).question,
    matter: (r: RulingRecord, _: unknown, ctx: Ctx) => ctx.rulings.matterOf(r),
    publishedAt: (r: RulingRecord) => iso(r.publishedAt),
  },
  ResultChange: {
    field: (c: ResultChange) => toEnum(c.field),
  },
};
