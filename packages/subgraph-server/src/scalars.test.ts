import { buildSchema, graphql, parse, parseValue, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scalarsOf } from './build.ts';
import { guardInputs } from './input-guard.ts';
import { DateScalar, DateTimeScalar, InvalidScalarValue, RegistrationNumberScalar } from './scalars.ts';

const refusal = (value: unknown) => (value instanceof InvalidScalarValue ? value.reason : value);

describe('the DateTime scalar: an instant', () => {
  it('should serialize a Date as toISOString(), the wire format of every instant before the scalar', () => {
    expect(DateTimeScalar.serialize(new Date('2026-01-01T00:30:00+09:00'))).toBe('2025-12-31T15:30:00.000Z');
  });

  it('should refuse to serialize anything but a valid Date (a resolver bug, never a client\'s)', () => {
    for (const wrong of ['2026-01-01T00:00:00.000Z', '2026-01-01', 1767225600000, null, new Date('nope')]) {
      expect(() => DateTimeScalar.serialize(wrong), String(wrong)).toThrow(TypeError);
    }
  });

  it('should parse ISO 8601 with an offset, from a variable and a literal, into the same Date', () => {
    for (const text of ['2026-04-01T09:30:00+09:00', '2026-04-01T00:30:00Z', '2026-04-01T00:30:00.000Z', '2026-04-01T09:30+09:00', '2026-04-01t00:30:00z']) {
      expect((DateTimeScalar.parseValue(text) as Date).toISOString(), text).toBe('2026-04-01T00:30:00.000Z');
      expect((DateTimeScalar.parseLiteral(parseValue(JSON.stringify(text))) as Date).toISOString(), text).toBe('2026-04-01T00:30:00.000Z');
    }
  });

  it('should refuse an instant without offset, a day alone, an impossible day or time, and a non-string', () => {
    for (const wrong of ['2026-04-01T09:30:00', '2026-04-01', '2026-02-30T00:00:00Z', '2026-04-01T24:00:00Z', '2026-04-01T09:30:00+9', 'yesterday', '', 1775000000000, null, {}]) {
      expect(refusal(DateTimeScalar.parseValue(wrong)), JSON.stringify(wrong)).toBe('NOT_A_DATE_TIME');
    }
    expect(refusal(DateTimeScalar.parseLiteral(parseValue('1775000000000')))).toBe('NOT_A_DATE_TIME');
  });
});

describe('the Date scalar: a calendar day in Japan', () => {
  it('should serialize and parse the YYYY-MM-DD string itself', () => {
    expect(DateScalar.serialize('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.parseLiteral(parseValue('"2028-02-29"'))).toBe('2028-02-29');
  });

  it('should refuse to serialize a Date object (which day? the resolver must say), a month, an instant', () => {
    for (const wrong of [new Date('2026-04-01T00:00:00Z'), '2026-04', '2026-04-01T00:00:00Z', '2027-02-29', null]) {
      expect(() => DateScalar.serialize(wrong), String(wrong)).toThrow(TypeError);
    }
  });

  it('should refuse a day that does not exist, another writing, an instant, a non-string', () => {
    for (const wrong of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-4-1', '20260401', '2026/04/01', '2026-04-01T00:00:00Z', ' 2026-04-01', 20260401, null]) {
      expect(refusal(DateScalar.parseValue(wrong)), JSON.stringify(wrong)).toBe('NOT_A_DATE');
    }
    expect(refusal(DateScalar.parseLiteral(parseValue('20260401')))).toBe('NOT_A_DATE');
  });
});

describe('the RegistrationNumber scalar: a case\'s number CTO-YYYY-NNNNN [R31]', () => {
  it('[R31] should serialize and parse the number itself', () => {
    expect(RegistrationNumberScalar.serialize('CTO-2026-00001')).toBe('CTO-2026-00001');
    expect(RegistrationNumberScalar.parseValue('CTO-2026-00001')).toBe('CTO-2026-00001');
    expect(RegistrationNumberScalar.parseLiteral(parseValue('"CTO-1994-99999"'))).toBe('CTO-1994-99999');
  });

  it('[R31] should refuse another writing, a short sequence, spaces, lower case, a non-string: NOT_A_REGISTRATION_NUMBER', () => {
    for (const wrong of ['CTO-2026-1', 'CTO-26-00001', 'cto-2026-00001', 'CTO-2026-000001', ' CTO-2026-00001', 'CTO-2026-00001\u0000', 'x', '', 202600001, null, {}]) {
      expect(refusal(RegistrationNumberScalar.parseValue(wrong)), JSON.stringify(wrong)).toBe('NOT_A_REGISTRATION_NUMBER');
    }
    expect(refusal(RegistrationNumberScalar.parseLiteral(parseValue('202600001')))).toBe('NOT_A_REGISTRATION_NUMBER');
  });

  it('[R31] should refuse to serialize anything but a well-formed number (a resolver bug)', () => {
    for (const wrong of ['CTO-2026-1', 'OP0001', 1, null]) {
      expect(() => RegistrationNumberScalar.serialize(wrong), String(wrong)).toThrow(TypeError);
    }
  });
});

describe('a malformed scalar argument, through the input guard', () => {
  const writes: unknown[] = [];
  const schema: GraphQLSchema = (() => {
    const s = buildSchema(`
      scalar Date
      scalar DateTime
      scalar RegistrationNumber
      input EventInput { occurredOn: Date!, notedAt: DateTime }
      type Query { ok: Boolean }
      type Mutation { record(input: EventInput!, on: Date, of: RegistrationNumber): String }
    `);
    Object.assign(s.getType('Date')!, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral, serialize: DateScalar.serialize });
    Object.assign(s.getType('DateTime')!, { parseValue: DateTimeScalar.parseValue, parseLiteral: DateTimeScalar.parseLiteral, serialize: DateTimeScalar.serialize });
    Object.assign(s.getType('RegistrationNumber')!, { parseValue: RegistrationNumberScalar.parseValue, parseLiteral: RegistrationNumberScalar.parseLiteral, serialize: RegistrationNumberScalar.serialize });
    s.getMutationType()!.getFields()['record']!.resolve = (_, args) => {
      writes.push(args);
      return 'written';
    };
    return guardInputs(s);
  })();
  const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues });

  it('should answer BAD_USER_INPUT on the field path with the stable reason, from a variable and from a literal, and call no resolver', async () => {
    const byVariable = await run('mutation($i: EventInput!) { record(input: $i) }', { i: { occurredOn: '2026-02-30' } });
    const byLiteral = await run('mutation { record(input: { occurredOn: "2026-04-01", notedAt: "2026-04-01T09:00" }) }');
    const byArgument = await run('mutation($on: Date) { record(input: { occurredOn: "2026-04-01" }, on: $on) }', { on: 'tomorrow' });
    const byNumber = await run('mutation($of: RegistrationNumber) { record(input: { occurredOn: "2026-04-01" }, of: $of) }', { of: 'CTO-2026-1' });
    expect(byVariable.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.occurredOn', fieldPath: ['input', 'occurredOn'], reason: 'NOT_A_DATE' });
    expect(byLiteral.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.notedAt', fieldPath: ['input', 'notedAt'], reason: 'NOT_A_DATE_TIME' });
    expect(byArgument.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on', reason: 'NOT_A_DATE' });
    expect(byNumber.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'of', fieldPath: ['of'], reason: 'NOT_A_REGISTRATION_NUMBER' });
    expect(byNumber.errors?.[0]?.message).toBe('of is not a registration number written CTO-YYYY-NNNNN (e.g. CTO-2026-00001)');
    expect(byVariable.errors?.[0]?.message).toBe('input.occurredOn is not a calendar date written YYYY-MM-DD');
    expect(writes).toEqual([]);
  });

  it('should hand the resolver the parsed values when they are well formed', async () => {
    const res = await run('mutation($i: EventInput!) { record(input: $i, on: "2026-04-01") }', { i: { occurredOn: '2026-03-31', notedAt: '2026-04-01T09:00:00+09:00' } });
    expect(res.errors).toBeUndefined();
    expect(writes).toEqual([{ input: { occurredOn: '2026-03-31', notedAt: new Date('2026-04-01T00:00:00Z') }, on: '2026-04-01' }]);
  });
});

describe('the scalars a subgraph declares', () => {
  it('should be attached by name, and a declared scalar without an implementation should stop the build', () => {
    expect(scalarsOf(parse('scalar Date\nscalar DateTime\ntype Query { on: Date }'))).toEqual({ Date: DateScalar, DateTime: DateTimeScalar });
    expect(scalarsOf(parse('scalar RegistrationNumber\ntype Query { of: RegistrationNumber }'))).toEqual({ RegistrationNumber: RegistrationNumberScalar });
    expect(() => scalarsOf(parse('scalar Money\ntype Query { fee: Money }'))).toThrow(/No implementation for the scalar\(s\) Money/);
  });
});
