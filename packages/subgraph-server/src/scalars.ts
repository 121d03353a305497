import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isLocalDate, type LocalDate } from '@registry/calendar';
import { isRegistrationNumber } from '@registry/contracts';

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
 * A malformed input value is not thrown from here: graphql-js would answer a variable's as
 * a request error without the argument's path (and Apollo Server with HTTP 400, which the
 * gateway cannot read), and a literal's as a validation failure. The parser returns an
 * `InvalidScalarValue` instead, and the input guard (input-guard.ts), which wraps every
 * field with arguments, refuses it as BAD_USER_INPUT on its path (`reason` the code below)
 * before the resolver runs, so nothing is written. Serializing a wrong value is a bug of
 * the resolver and throws (masked as an internal error).
 */

/** The stable `reason` of each scalar's refusal (`extensions.reason`, docs/errors.md). */
export const ScalarRefusal = {
  DateTime: 'NOT_A_DATE_TIME',
  Date: 'NOT_A_DATE',
  RegistrationNumber: 'NOT_A_REGISTRATION_NUMBER',
} as const;
export type ScalarName = keyof typeof ScalarRefusal;

/** A malformed input value of a custom scalar, refused by the input guard with its path. */
export class InvalidScalarValue {
  constructor(
    readonly scalar: ScalarName,
    readonly message: string,
  ) {}

  get reason(): string {
    return ScalarRefusal[this.scalar];
  }
}

/** ISO 8601 date and time with a mandatory offset; seconds and fractions optional. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function parseInstant(value: unknown): Date | InvalidScalarValue {
  const refuse = new InvalidScalarValue('DateTime', 'is not a date and time in ISO 8601 with its offset (e.g. 2026-04-01T09:30:00+09:00)');
  if (typeof value !== 'string') return refuse;
  const m = INSTANT.exec(value);
  if (!m || !isLocalDate(m[1]!)) return refuse;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? refuse : at;
}

function parseDay(value: unknown): LocalDate | InvalidScalarValue {
  if (typeof value === 'string' && isLocalDate(value)) return value;
  return new InvalidScalarValue('Date', 'is not a calendar date written YYYY-MM-DD');
}

function parseRegistrationNumber(value: unknown): string | InvalidScalarValue {
  if (typeof value === 'string' && isRegistrationNumber(value)) return value;
  return new InvalidScalarValue('RegistrationNumber', 'is not a registration number written CTO-YYYY-NNNNN (e.g. CTO-2026-00001)');
}

/** A literal in the document: only a string can be one of these. */
const literal =
  <T>(parse: (value: unknown) => T) =>
  (node: ValueNode): T =>
    parse(node.kind === Kind.STRING ? node.value : undefined);

export const DateTimeScalar = new GraphQLScalarType<Date | InvalidScalarValue, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with its offset; answered in UTC as `2026-04-01T00:30:00.000Z`.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new TypeError(`DateTime cannot represent ${String(value)}: a resolver must return a valid Date`);
  },
  parseValue: parseInstant,
  parseLiteral: literal(parseInstant),
});

export const DateScalar = new GraphQLScalarType<LocalDate | InvalidScalarValue, LocalDate>({
  name: 'Date',
  description: 'A calendar day in Japan (Asia/Tokyo), `YYYY-MM-DD`.',
  serialize(value) {
    if (typeof value === 'string' && isLocalDate(value)) return value;
    throw new TypeError(`Date cannot represent ${JSON.stringify(value)}: a resolver must return a YYYY-MM-DD day`);
  },
  parseValue: parseDay,
  parseLiteral: literal(parseDay),
});

export const RegistrationNumberScalar = new GraphQLScalarType<string | InvalidScalarValue, string>({
  name: 'RegistrationNumber',
  description: 'A case\'s registration number [R31], `CTO-YYYY-NNNNN` (e.g. `CTO-2026-00001`).',
  serialize(value) {
    if (typeof value === 'string' && isRegistrationNumber(value)) return value;
    throw new TypeError(`RegistrationNumber cannot represent ${JSON.stringify(value)}: a resolver must return a CTO-YYYY-NNNNN number`);
  },
  parseValue: parseRegistrationNumber,
  parseLiteral: literal(parseRegistrationNumber),
});

export const registryScalars: Record<ScalarName, GraphQLScalarType> = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  RegistrationNumber: RegistrationNumberScalar,
};
