import { z } from 'zod';

/** Registry identifiers (registration number, operator ID, account and record ids): never a patient code [R30]. */
export const id = z.string().min(1).max(200);
/** A registry date in Japan, `YYYY-MM-DD`. */
export const localDate = z.iso.date();
/** An instant, as `Date.toISOString()` writes it. */
export const instant = z.iso.datetime();

/**
 * The four outcomes of an official core-lab result [R15][R27][R38]: what the monitoring
 * counts, what an objection is against [R28a] and what a ruling may change [R28b]. One list
 * for every subgraph.
 */
export const OFFICIAL_RESULT_FIELDS = ['technicalSuccess', 'procedureSuccess', 'complication', 'indicationAppropriate'] as const;
export type OfficialResultField = (typeof OFFICIAL_RESULT_FIELDS)[number];
export const officialResultField = z.enum(OFFICIAL_RESULT_FIELDS);

export const officialResult = {
  technicalSuccess: z.boolean(),
  procedureSuccess: z.boolean(),
  complication: z.boolean(),
  indicationAppropriate: z.boolean(),
} satisfies Record<OfficialResultField, z.ZodBoolean>;
export type OfficialResult = Record<OfficialResultField, boolean>;
/** An official result as one value: what a projection stores and reads back. */
export const officialResultRecord = z.strictObject(officialResult);
/** A ruling's change to one field of the official result [R28b]. */
export const resultChange = z.strictObject({ field: officialResultField, from: z.boolean().nullable(), to: z.boolean() });
