import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, createErrorMasker, isUnavailableError, ruleViolation, serviceUnavailable } from './index.ts';

describe('error masking', () => {
  const logged: object[] = [];
  const mask = createErrorMasker({ error: (obj) => logged.push(obj) });

  it('should pass a rule violation through with its rule', () => {
    const err = ruleViolation('R11', 'two recommendations are required');
    const out = mask({ message: err.message, extensions: err.extensions }, err);
    expect(out.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11' });
  });

  it('should keep the field path of bad input', () => {
    const err = badUserInput('must not be empty', ['input', 'body']);
    const out = mask({ message: err.message, extensions: err.extensions }, err);
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
  });

  it('should mask a database error and log the original', () => {
    const dbError = new Error('duplicate key value (patient_code)=(P-0001)');
    const wrapped = new GraphQLError(dbError.message, { originalError: dbError });
    const out = mask({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.message).toBe('Internal server error');
    expect(JSON.stringify(out)).not.toContain('P-0001');
    expect(logged).toContainEqual(expect.objectContaining({ err: dbError }));
  });

  it('should answer SERVICE_UNAVAILABLE, not an internal error, when the database is away [15.4]', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const closed = Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    // drizzle wraps the driver's error in a `cause`; graphql-js wraps it again as originalError.
    const drizzle = Object.assign(new Error('Failed query: insert into … params: P-0001'), { cause: shutdown });
    for (const cause of [refused, closed, drizzle]) {
      const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['postToThread'] });
      const out = mask({ message: wrapped.message, path: ['postToThread'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(out.path).toEqual(['postToThread']);
      expect(JSON.stringify(out)).not.toContain('P-0001');
    }
  });

  it('should still mask an ordinary database error as internal [15.4]', () => {
    const constraint = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isUnavailableError(constraint)).toBe(false);
    expect(isUnavailableError(new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))).toBe(true);
  });

  it('should pass a SERVICE_UNAVAILABLE refusal through with its code only [15.4]', () => {
    const err = serviceUnavailable();
    const out = mask({ message: err.message, extensions: err.extensions }, err);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });
});
