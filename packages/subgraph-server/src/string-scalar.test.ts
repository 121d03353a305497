import { Kind, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { InvalidScalarValue, stringScalar } from './string-scalar.ts';

/** A toy scalar of the factory's shape: upper-case words in, their lower case inside, upper case out. */
const Shout = stringScalar<string>(
  'RegistrationNumber',
  'Upper-case words.',
  { expected: 'a lower-case word', wire: (value) => (typeof value === 'string' && /^[a-z]+$/.test(value) ? value.toUpperCase() : undefined) },
  { refusal: 'is not an upper-case word', read: (text) => (/^[A-Z]+$/.test(text) ? text.toLowerCase() : undefined) },
);

describe('stringScalar: one shape for the string scalars', () => {
  it('should name and describe the scalar as given', () => {
    expect([Shout.name, Shout.description]).toEqual(['RegistrationNumber', 'Upper-case words.']);
  });

  it('should read a variable and a string literal alike with `parse`', () => {
    expect(Shout.parseValue('HELLO')).toBe('hello');
    expect(Shout.parseLiteral(parseValue('"HELLO"'))).toBe('hello');
  });

  it('should return, never throw, a refusal with the scalar\'s reason for a malformed string, a non-string and a non-string literal', () => {
    for (const refused of [Shout.parseValue('hello'), Shout.parseValue(42), Shout.parseValue(null), Shout.parseLiteral(parseValue('42')), Shout.parseLiteral({ kind: Kind.NULL })]) {
      expect(refused).toBeInstanceOf(InvalidScalarValue);
      expect(refused).toMatchObject({ scalar: 'RegistrationNumber', reason: 'NOT_A_REGISTRATION_NUMBER', message: 'is not an upper-case word' });
    }
  });

  it('should serialize what `accepts` writes and throw a TypeError naming the scalar for anything else (a resolver bug)', () => {
    expect(Shout.serialize('hello')).toBe('HELLO');
    expect(() => Shout.serialize('HELLO')).toThrow(new TypeError('RegistrationNumber cannot represent "HELLO": a resolver must return a lower-case word'));
    expect(() => Shout.serialize(undefined)).toThrow(TypeError);
  });
});
