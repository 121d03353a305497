import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badUserInput } from '@registry/errors';
import { InvalidScalarValue } from './scalars.ts';

/**
 * Odd input is the client's mistake, whatever field it reaches: every resolver with
 * arguments is wrapped here, once, for every subgraph.
 *
 * - Before the resolver: every String/ID value in the arguments (variables and defaults
 *   already applied), at any depth of input objects and lists, `_entities` representations
 *   included, is refused with BAD_USER_INPUT on its path when it holds a NUL byte
 *   (PostgreSQL cannot store one), a lone surrogate (not Unicode: it cannot be encoded
 *   as UTF-8) or more than MAX_STRING_LENGTH characters. A custom scalar's malformed value
 *   (a Date that is no calendar day, scalars.ts) is refused here too, on its path, with the
 *   scalar's `reason`.
 * - After it: a value the database refuses as data (SQLSTATE class 22: not a UUID, a
 *   number out of range, a string too long for its column, a date that is no date; 54000:
 *   a value too large to index) is BAD_USER_INPUT too, on the argument carrying it. The
 *   statement failed, so its transaction rolls back and nothing is written.
 */
export const MAX_STRING_LENGTH = 100_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Path = (string | number)[];

type Odd = { path: Path; reason: string; code?: string };

function oddString(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode (a lone surrogate)';
  if (value.length > MAX_STRING_LENGTH) return `is longer than ${MAX_STRING_LENGTH} characters`;
  return undefined;
}

/** The first odd string in `value`, with its path. */
function findOdd(value: unknown, path: Path): Odd | undefined {
  if (value instanceof InvalidScalarValue) return { path, reason: value.message, code: value.reason };
  if (typeof value === 'string') {
    const reason = oddString(value);
    return reason ? { path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findOdd(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const badKey = oddString(key);
      if (badKey) return { path: [...path, key], reason: badKey };
      const found = findOdd(inner, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

export function assertPlainInput(args: Record<string, unknown>): void {
  const odd = findOdd(args, []);
  if (odd) throw badUserInput(`${odd.path.join('.')} ${odd.reason}`, odd.path, odd.code);
}

/** PostgreSQL's SQLSTATE of `err` or of an error it wraps (drizzle wraps the driver's). */
function sqlState(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function isDataException(state: string | undefined): boolean {
  return state !== undefined && (state.startsWith('22') || state === '54000');
}

/** The path of the argument whose value the database quoted in its message, else the only argument. */
function pathOfValue(err: unknown, args: Record<string, unknown>): Path {
  const messages: string[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string') messages.push(message);
  }
  const quoted = messages.map((m) => /: "(.*)"$/s.exec(m)?.[1]).find((v) => v !== undefined);
  const search = (value: unknown, path: Path): Path | undefined => {
    if (quoted !== undefined && (typeof value === 'string' || typeof value === 'number') && String(value) === quoted) return path;
    if (Array.isArray(value)) return value.map((v, i) => search(v, [...path, i])).find((p) => p !== undefined);
    if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => search(v, [...path, k])).find((p) => p !== undefined);
    return undefined;
  };
  const names = Object.keys(args);
  return search(args, []) ?? (names.length === 1 ? [names[0]!] : []);
}

function guarded<TSource, TContext>(resolve: GraphQLFieldResolver<TSource, TContext>): GraphQLFieldResolver<TSource, TContext> {
  return async (source, args: Record<string, unknown>, context, info) => {
    assertPlainInput(args);
    try {
      return await resolve(source, args, context, info);
    } catch (err) {
      if (!(err instanceof GraphQLError) && isDataException(sqlState(err))) {
        const path = pathOfValue(err, args);
        throw badUserInput(path.length > 0 ? `${path.join('.')} is not a valid value` : 'An argument is not a valid value', path);
      }
      throw err;
    }
  };
}

/** Wraps, in place, every field of `schema` that takes arguments (subscriptions' `subscribe` too). */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      if (field.subscribe) field.subscribe = guarded(field.subscribe);
      else field.resolve = guarded(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
