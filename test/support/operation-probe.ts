import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

export type Path = (string | number)[];

/**
 * A plausible value of each scalar (the registry's Date, DateTime and RegistrationNumber are
 * well formed: the probe is about the role, not the writing). The registration number names
 * no case, as the free text `x` did before it was a scalar.
 */
const FILLERS: Record<string, unknown> = {
  Int: 1,
  Float: 1,
  Boolean: true,
  ID: '00000000-0000-4000-8000-000000000000',
  Date: '2026-04-01',
  DateTime: '2026-04-01T00:00:00.000Z',
  RegistrationNumber: 'CTO-1900-99999',
};

/** A plausible value of `type`, with `odd` put at `path` (relative to this value). */
export function fill(type: GraphQLInputType, path: Path | undefined, odd: unknown): unknown {
  if (path && path.length === 0) return odd;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [fill(inner.ofType, path?.slice(1), odd)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const onPath = path?.[0] === f.name;
      if (onPath) out[f.name] = fill(f.type, path!.slice(1), odd);
      else if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = fill(f.type, undefined, odd);
    }
    return out;
  }
  const scalar = getNamedType(inner).name;
  return FILLERS[scalar] ?? 'x';
}

/** A call of a root field with plausible fillers for its required arguments: role comes before existence and before the rules. */
export function probeOf(operation: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const used = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const variables: Record<string, unknown> = {};
  for (const a of used) variables[a.name] = fill(a.type, undefined, undefined);
  const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return { query: `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`, variables };
}
