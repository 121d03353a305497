/**
 * One error style for every service (STYLE.md "Errors"): refusals are GraphQLErrors with
 * a stable `extensions.code`; anything else is a bug, logged and masked before a client
 * sees it, because database errors carry bound values (patient codes among them).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RuleId } from './rules.ts';

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
  // @registry/query-cost: the query would cost too much, or its answer is too large.
  'QUERY_TOO_COSTLY',
  'RESPONSE_TOO_LARGE',
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

/**
 * Error codes that mean "the database (or a subgraph) is not reachable right now", not
 * "this request is wrong": Node's socket errors (a refused, reset or timed-out
 * connection, undici's for `fetch`), postgres.js's own connection errors, and the
 * server's SQLSTATEs for a shutdown, a crash restart, a server still starting, too many
 * connections, and class 08 (connection exception).
 */
const UNAVAILABLE_CODES = new Set<string>([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * Whether an error, or one it wraps (`cause` from drizzle and fetch, `originalError`
 * from graphql-js, `errors` of an AggregateError), is a dependency being away.
 */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown; extensions?: { code?: unknown } };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.extensions?.code === ErrorCode.ServiceUnavailable) return true;
  if (isUnavailableError(e.cause, depth + 1) || isUnavailableError(e.originalError, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => isUnavailableError(inner, depth + 1));
}

/**
 * The only extension keys a client ever receives: nothing internal (URLs, responses, stack) leaks.
 * `cost`/`maxCost`/`maxBytes` come with QUERY_TOO_COSTLY and RESPONSE_TOO_LARGE.
 */
const PUBLIC_EXTENSION_KEYS = ['code', 'rule', 'field', 'fieldPath', 'violations', 'reason', 'cost', 'maxCost', 'maxBytes'] as const;

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NotFound } });
}

/**
 * Bad input names the field it is about, as a path from the mutation's arguments.
 * `reason`, when given, is a stable code for why (`"TOO_COMMON"`), so that a client shows
 * the reason in its user's language without parsing the English message.
 */
export function badUserInput(message: string, field: ReadonlyArray<string | number>, reason?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, field: field.join('.'), fieldPath: [...field], ...(reason ? { reason } : {}) },
  });
}

/**
 * A refusal by one of the registry's rules; `rule` is its citation without brackets, e.g.
 * "R11". `field`, when the refusal is about one input, is its path as for bad input.
 */
export function ruleViolation(rule: RuleId, message: string, field?: ReadonlyArray<string | number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RuleViolation, rule, ...(field ? { field: field.join('.'), fieldPath: [...field] } : {}) },
  });
}

/** One of several rule violations found at once, each with the input it is about. */
export interface Violation {
  rule: RuleId;
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
  warn?(obj: object, msg?: string): void;
}

function codeOf(error: unknown, depth = 0): unknown {
  if (!error || typeof error !== 'object' || depth > 6) return undefined;
  const e = error as { code?: unknown; cause?: unknown; originalError?: unknown };
  return typeof e.code === 'string' ? e.code : (codeOf(e.cause, depth + 1) ?? codeOf(e.originalError, depth + 1));
}

/**
 * Apollo Server plugin: a response carrying SERVICE_UNAVAILABLE is sent with HTTP 503 and
 * `Retry-After: 1`, so clients, proxies and the gateway retry instead of taking it for
 * an answer. The masker above decides the code; this sets the status, for the errors that
 * Apollo formatted from a plain (non-GraphQL) error and so carried no HTTP status of their own.
 */
export function serviceUnavailableStatus() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: {
          response: { body: { kind: string; singleResult?: { errors?: readonly GraphQLFormattedError[] } }; http: { status?: number | undefined; headers: Map<string, string> } };
        }) {
          const errors = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult?.errors : undefined;
          if (!errors?.some((e) => e.extensions?.['code'] === ErrorCode.ServiceUnavailable)) return;
          ctx.response.http.status = 503;
          ctx.response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
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
    if (isUnavailableError(original)) {
      // Retriable, not a bug: the client is told to try again (HTTP 503, see
      // `serviceUnavailableStatus`); the cause is logged once, without its bound values.
      logger.warn?.({ code: codeOf(original), path: formatted.path }, 'dependency unavailable');
      const unavailable = serviceUnavailable();
      return {
        message: unavailable.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.ServiceUnavailable },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error masked');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.Internal },
    };
  };
}
