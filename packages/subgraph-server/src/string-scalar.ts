import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

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

/** The output side: what a resolver's value is on the wire, or undefined when it cannot be one. */
export interface Accepts {
  /** What a resolver must return, for the error when it returns anything else. */
  expected: string;
  wire(value: unknown): string | undefined;
}

/** The input side: the value a string stands for, or undefined when it is malformed. */
export interface Parse<In> {
  /** The refusal's message, after the argument's path (`input.onsetOn is not …`). */
  refusal: string;
  read(text: string): In | undefined;
}

/**
 * A scalar written as a string on the wire, both ways (scalars.ts): `DateTime`, `Date`,
 * `RegistrationNumber`. An input value, a variable's or a literal's, that is not a string
 * `parse` reads becomes an `InvalidScalarValue` (never thrown: the input guard refuses it
 * as BAD_USER_INPUT on its path, with the scalar's `reason`); a resolver's value that
 * `accepts` cannot write throws a TypeError (a resolver's bug, masked as an internal error).
 */
export function stringScalar<In>(name: ScalarName, description: string, accepts: Accepts, parse: Parse<In>): GraphQLScalarType<In | InvalidScalarValue, string> {
  const parseInput = (value: unknown): In | InvalidScalarValue => {
    const parsed = typeof value === 'string' ? parse.read(value) : undefined;
    return parsed === undefined ? new InvalidScalarValue(name, parse.refusal) : parsed;
  };
  return new GraphQLScalarType<In | InvalidScalarValue, string>({
    name,
    description,
    serialize(value) {
      const wire = accepts.wire(value);
      if (wire === undefined) throw new TypeError(`${name} cannot represent ${value instanceof Date ? String(value) : JSON.stringify(value)}: a resolver must return ${accepts.expected}`);
      return wire;
    },
    parseValue: parseInput,
    // A literal in the document: only a string can be one of these.
    parseLiteral: (node: ValueNode) => parseInput(node.kind === Kind.STRING ? node.value : undefined),
  });
}
