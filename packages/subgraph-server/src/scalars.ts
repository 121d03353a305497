import type { GraphQLScalarType } from 'graphql';
import { isLocalDate, type LocalDate } from '@registry/calendar';
import { isRegistrationNumber } from '@registry/contracts';
import { stringScalar, type ScalarName } from './string-scalar.ts';

export { InvalidScalarValue, ScalarRefusal, stringScalar, type ScalarName } from './string-scalar.ts';

/**
 * The registry's custom scalars, one implementation for the three subgraphs (each declares
 * the ones it uses in its SDL; `buildSubgraph` attaches these). Why not a library, the
 * wire format, and Date vs DateTime: docs/decisions.md, "Custom scalars".
 *
 * - `DateTime`: an instant. The resolver returns a `Date`; the wire carries
 *   `toISOString()` (UTC, milliseconds, `Z`), as every instant did when it was a String.
 *   Input is ISO 8601 with its offset (`Z` or `±hh:mm`) and becomes a `Date`.
 * - `Date`: a calendar day in Japan (`LocalDate`, `YYYY-MM-DD`, @registry/calendar): the
 *   string itself, both ways. A `Date` object reaching it is a bug (which day?), refused.
 * - `RegistrationNumber`: a case's number `CTO-YYYY-NNNNN` [R31] (@registry/contracts, the
 *   one pattern): the string itself, both ways.
 *
 * All three have one shape, `stringScalar` (string-scalar.ts). A malformed input value is
 * not thrown from there: graphql-js would answer a variable's as a request error without
 * the argument's path (and Apollo Server with HTTP 400, which the gateway cannot read),
 * and a literal's as a validation failure. The parser returns an `InvalidScalarValue`
 * instead, and the input guard (input-guard.ts), which wraps every field with arguments,
 * refuses it as BAD_USER_INPUT on its path (`reason` from `ScalarRefusal`) before the
 * resolver runs, so nothing is written. Serializing a wrong value is a bug of
 * the resolver and throws (masked as an internal error).
 */

/** ISO 8601 date and time with a mandatory offset; seconds and fractions optional. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function readInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m || !isLocalDate(m[1]!)) return undefined;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

export const DateTimeScalar = stringScalar<Date>(
  'DateTime',
  'An instant, ISO 8601 with its offset; answered in UTC as `2026-04-01T00:30:00.000Z`.',
  { expected: 'a valid Date', wire: (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined) },
  { refusal: 'is not a date and time in ISO 8601 with its offset (e.g. 2026-04-01T09:30:00+09:00)', read: readInstant },
);

export const DateScalar = stringScalar<LocalDate>(
  'Date',
  'A calendar day in Japan (Asia/Tokyo), `YYYY-MM-DD`.',
  { expected: 'a YYYY-MM-DD day', wire: (value) => (typeof value === 'string' && isLocalDate(value) ? value : undefined) },
  { refusal: 'is not a calendar date written YYYY-MM-DD', read: (text) => (isLocalDate(text) ? text : undefined) },
);

export const RegistrationNumberScalar = stringScalar<string>(
  'RegistrationNumber',
  'A case\'s registration number [R31], `CTO-YYYY-NNNNN` (e.g. `CTO-2026-00001`).',
  { expected: 'a CTO-YYYY-NNNNN number', wire: (value) => (typeof value === 'string' && isRegistrationNumber(value) ? value : undefined) },
  { refusal: 'is not a registration number written CTO-YYYY-NNNNN (e.g. CTO-2026-00001)', read: (text) => (isRegistrationNumber(text) ? text : undefined) },
);

export const registryScalars: Record<ScalarName, GraphQLScalarType> = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  RegistrationNumber: RegistrationNumberScalar,
};
