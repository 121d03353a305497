import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, createErrorMasker, ruleViolation } from './index.ts';

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
});
