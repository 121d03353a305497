import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  isInputObjectType,
  isCompositeType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { CORE_LAB_ROLES, ROLES, signUserToken } from '@registry/auth';
import { SUPERGRAPH_PATH } from '../../scripts/supergraph.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { fill, probeOf, type Path } from '../support/operation-probe.ts';

/**
 * Walks every argument of every query and mutation of the composed supergraph, at any
 * depth of its input objects, and sends it odd values as a signed-in user with every role
 * but the core lab's: the answer is always a client error, never INTERNAL_SERVER_ERROR,
 * never a 5xx [#15 item 7].
 */
const schema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();

interface Leaf {
  path: Path;
  scalar: string;
}

const HUGE = 'x'.repeat(200_001);
const ODD: Record<string, { name: string; value: unknown; mustRefuse: boolean }[]> = {
  String: [
    { name: 'NUL byte', value: 'a\u0000b', mustRefuse: true },
    { name: 'lone surrogate', value: 'a\uD800b', mustRefuse: true },
    { name: '200,001 characters', value: HUGE, mustRefuse: true },
    { name: 'not a UUID', value: 'not-a-uuid', mustRefuse: false },
  ],
  Int: [
    { name: 'Int overflow', value: 2 ** 31, mustRefuse: true },
    { name: 'largest Int', value: 2 ** 31 - 1, mustRefuse: false },
    { name: 'negative', value: -1, mustRefuse: false },
  ],
  Float: [
    { name: 'huge Float', value: 1e308, mustRefuse: false },
    { name: 'negative Float', value: -1.5, mustRefuse: false },
  ],
};
ODD['ID'] = ODD['String']!;
// The registry's scalars: a malformed day, instant or registration number is BAD_USER_INPUT on its path (packages/subgraph-server/src/scalars.ts).
ODD['Date'] = [
  { name: 'not a calendar day', value: '2026-02-30', mustRefuse: true },
  { name: 'an instant for a day', value: '2026-04-01T00:00:00Z', mustRefuse: true },
  { name: 'NUL byte', value: '2026-04-01\u0000', mustRefuse: true },
];
ODD['DateTime'] = [
  { name: 'an instant without offset', value: '2026-04-01T09:00:00', mustRefuse: true },
  { name: 'a day for an instant', value: '2026-04-01', mustRefuse: true },
];
ODD['RegistrationNumber'] = [
  { name: 'a short sequence', value: 'CTO-2026-1', mustRefuse: true },
  { name: 'free text', value: 'x', mustRefuse: true },
  { name: 'NUL byte', value: 'CTO-2026-00001\u0000', mustRefuse: true },
];

/** Every scalar an argument can carry, with its path inside the argument. */
function leaves(type: GraphQLInputType, path: Path, seen: Set<string>): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leaves(inner.ofType, [...path, 0], seen);
  if (isScalarType(inner)) return ODD[inner.name] ? [{ path, scalar: inner.name }] : [];
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return [];
    const next = new Set(seen).add(inner.name);
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], next));
  }
  return [];
}

interface Probe {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
  what: string;
  mustRefuse: boolean;
}

function probesOf(operation: 'query' | 'mutation', root: GraphQLObjectType): Probe[] {
  const probes: Probe[] = [];
  for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.name.startsWith('_')) continue;
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    for (const arg of field.args) {
      for (const leaf of leaves(arg.type, [], new Set())) {
        for (const odd of ODD[leaf.scalar]!) {
          const used = field.args.filter((a) => a === arg || (isNonNullType(a.type) && a.defaultValue === undefined));
          const variables: Record<string, unknown> = {};
          for (const a of used) variables[a.name] = a === arg ? fill(a.type, leaf.path, odd.value) : fill(a.type, undefined, undefined);
          const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
          const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
          probes.push({
            operation,
            field: field.name,
            query: `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
            variables,
            what: `${field.name}(${[arg.name, ...leaf.path].join('.')}) ← ${odd.name}`,
            mustRefuse: odd.mustRefuse,
          });
        }
      }
    }
  }
  return probes;
}

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'RULE_VIOLATION', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'QUERY_TOO_COSTLY']);

let t: TestRegistry;
let token: string;

beforeAll(async () => {
  t = await startTestRegistry();
  const login = await t.login('OP0001');
  const claims = JSON.parse(Buffer.from(login.split('.')[1]!, 'base64url').toString()) as { sub: string };
  const roles = ROLES.filter((r) => !CORE_LAB_ROLES.includes(r));
  token = await signUserToken({ accountId: claims.sub, roles, operatorId: 'OP0001', facilityId: 'F001' }, t.keys.userPrivate!);
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

describe('every argument of every operation, sent odd values [#15 item 7]', () => {
  const probes = [...probesOf('query', schema.getQueryType()!), ...probesOf('mutation', schema.getMutationType()!)];

  it('should cover every query and mutation that takes an argument', () => {
    const fields = new Set(probes.map((p) => p.field));
    expect(fields.has('application')).toBe(true);
    expect(fields.has('login')).toBe(true);
    expect(fields.has('saveCaseReportForm')).toBe(true);
    expect(probes.length).toBeGreaterThan(300);
  });

  it('should answer a client-error code to every odd value, never INTERNAL_SERVER_ERROR or a 5xx, and BAD_USER_INPUT to every malformed one', async () => {
    const failures: string[] = [];
    for (const probe of probes) {
      const res = await t.gql(probe.query, { token, variables: probe.variables });
      const codes = (res.errors ?? []).map((e) => String(e.extensions?.['code']));
      if (res.status >= 500) failures.push(`${probe.what}: HTTP ${res.status}`);
      else if (codes.some((c) => !CLIENT_CODES.has(c))) failures.push(`${probe.what}: ${codes.join(', ')} ${res.errors?.map((e) => e.message).join(' | ')}`);
      else if (probe.mustRefuse && !codes.includes('BAD_USER_INPUT')) failures.push(`${probe.what}: ${codes.join(', ') || 'accepted'}`);
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('should answer a body above a megabyte 413, not a 5xx', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($v: RegistrationNumber!) { case(registrationNumber: $v) { registrationNumber } }', variables: { v: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });
});

/**
 * Every mutation called by someone who may not call it answers the code of the refusal
 * taxonomy (docs/errors.md) [#16]: without a token UNAUTHENTICATED, as a researcher (a
 * signed-in user with no registry role but RESEARCHER) FORBIDDEN. The values are
 * plausible fillers: role comes before existence and before the rules.
 */
const PUBLIC_MUTATIONS: Record<string, string> = {
  login: 'signing in is how one gets a token',
  fileApplication: 'filed from the homepage without a token [R11]',
};
/** Mutations a researcher may call, and why. */
const RESEARCHER_MAY: Record<string, string> = {
  login: 'anyone signs in',
  changePassword: 'everyone changes their own password',
  reauthenticateForSignature: 'anyone signed in re-enters their own password; a wrong one is BAD_USER_INPUT on it',
  fileApplication: 'anyone applies for certification [R11]',
  fileDataRequest: 'a researcher asks for data for research [R21a]; the filler plan is BAD_USER_INPUT',
  reviseDataRequest: "a researcher revises their own request; the filler id is no request of theirs, NOT_FOUND",
  reportDataPublication: "a researcher reports where their results were published [R39]; the filler id is NOT_FOUND",
};
describe('every mutation, called by a role that may not call it [#16]', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];

  it('should answer UNAUTHENTICATED without a token, FORBIDDEN to a researcher', async () => {
    const researcher = await t.login('researcher');
    const mismatches: string[] = [];
    for (const field of mutations) {
      const { query, variables } = probeOf('mutation', field);
      const anonymous = await t.gql(query, { variables });
      const anonymousCode = String(anonymous.errors?.[0]?.extensions?.['code'] ?? 'accepted');
      if (!PUBLIC_MUTATIONS[field.name] && anonymousCode !== 'UNAUTHENTICATED') mismatches.push(`${field.name} anonymous: ${anonymousCode}`);
      const asResearcher = await t.gql(query, { variables, token: researcher });
      const researcherCode = String(asResearcher.errors?.[0]?.extensions?.['code'] ?? 'accepted');
      if (!RESEARCHER_MAY[field.name] && researcherCode !== 'FORBIDDEN') mismatches.push(`${field.name} researcher: ${researcherCode}`);
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});
