/**
 * One error style for every service (STYLE.md "Errors"): refusals are GraphQLErrors with
 * a stable `extensions.code`; anything else is a bug, logged and masked before a client
 * sees it, because database errors carry bound values (patient codes among them).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  RuleViolation: 'RULE_VIOLATION',
  PasswordChangeRequired: 'PASSWORD_CHANGE_REQUIRED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  TooManySubscriptions: 'TOO_MANY_SUBSCRIPTIONS',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that Apollo Server or graphql-js produce for a client's own mistakes. */
const CLIENT_FACING_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * `transport`: the request as a whole is refused (no or bad token at the door), so the
 * HTTP status is 401 too. A resolver's refusal stays a GraphQL error in a 200 response.
 */
export function unauthenticated(message = 'Authentication required', options: { transport?: boolean } = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, ...(options.transport ? { http: { status: 401 } } : {}) },
  });
}

/**
 * The person is known but must set a new password first (a one-time password, or one the
 * secretariat reset): nothing but `changePassword` is open to them. Not UNAUTHENTICATED,
 * which a client takes for "log in again".
 */
export function passwordChangeRequired(message = 'A new password must be set before anything else'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.PasswordChangeRequired } });
}

/**
 * A dependency (the database) is away for now; the same request may succeed if retried.
 * HTTP 503 so that clients and proxies retry, never a masked 500.
 */
export function serviceUnavailable(message = 'The registry is briefly unavailable; please retry'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.ServiceUnavailable, http: { status: 503 } } });
}

/**
 * A live subscription refused because its socket or its person already holds the most
 * allowed (`limit`); the others go on. A client ends one before it starts another.
 */
export function tooManySubscriptions(per: 'socket' | 'person', limit: number): GraphQLError {
  return new GraphQLError(`At most ${limit} live subscriptions per ${per}: end one before starting another`, {
    extensions: { code: ErrorCode.TooManySubscriptions },
  });
}

/** The only extension keys a client ever receives: nothing internal (URLs, responses, stack) leaks. */
const PUBLIC_EXTENSION_KEYS = ['code', 'rule', 'field', 'fieldPath', 'violations'] as const;

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NotFound } });
}

/** Bad input names the field it is about, as a path from the mutation's arguments. */
export function badUserInput(message: string, field: ReadonlyArray<string | number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, field: field.join('.'), fieldPath: [...field] },
  });
}

/**
 * A refusal by one of the registry's rules; `rule` is its citation without brackets, e.g.
 * "R11". `field`, when the refusal is about one input, is its path as for bad input.
 */
export function ruleViolation(rule: string, message: string, field?: ReadonlyArray<string | number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RuleViolation, rule, ...(field ? { field: field.join('.'), fieldPath: [...field] } : {}) },
  });
}

/** One of several rule violations found at once, each with the input it is about. */
export interface Violation {
  rule: string;
  message: string;
  field: ReadonlyArray<string | number>;
}

/**
 * Several violations found together (every failed criterion of an eligibility check):
 * one RULE_VIOLATION whose `rule` and `field` are the first's, and `violations` lists
 * every one as `{ rule, field, fieldPath, message }`, in a stable order.
 */
export function ruleViolations(message: string, violations: readonly Violation[]): GraphQLError {
  const [first] = violations;
  if (!first) throw new Error('ruleViolations needs at least one violation');
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RuleViolation,
      rule: first.rule,
      field: first.field.join('.'),
      fieldPath: [...first.field],
      violations: violations.map((v) => ({ rule: v.rule, field: v.field.join('.'), fieldPath: [...v.field], message: v.message })),
    },
  });
}

/** A GraphQLError or an already-formatted one (as graphql-ws hands them over), formatted. */
export function toFormattedError(error: unknown): GraphQLFormattedError {
  if (error instanceof GraphQLError) return error.toJSON();
  if (error && typeof error === 'object' && 'message' in error) return error as GraphQLFormattedError;
  return { message: String(error) };
}

export interface ErrorLogger {
  error(obj: object, msg?: string): void;
}

/**
 * Apollo `formatError`: passes refusals through and masks everything else. The original
 * error goes to the log (server side only), the client gets a generic message and code.
 */
export function createErrorMasker(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_FACING_CODES.has(code) && code !== ErrorCode.Internal) {
      const extensions: Record<string, unknown> = {};
      for (const key of PUBLIC_EXTENSION_KEYS) {
        if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
      }
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, path: formatted.path }, 'unexpected error masked');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.Internal },
    };
  };
}
