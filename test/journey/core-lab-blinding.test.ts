import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { SubscriptionPlanner } from '@registry/gateway';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../../scripts/supergraph.ts';

/** The core lab's own operations: its worklist, reads, resolution and quality control. */
const CORE_LAB_ROOTS = {
  Query: ['coreLabWorklist', 'coreLabCase', 'overdueCoreLabCases', 'coreLabAgreement'],
  Mutation: ['enrolInCoreLab', 'assignCoreLabReaders', 'submitCoreLabRead', 'resolveCoreLabDiscordance'],
};
/** Types that carry or lead to an operator, a facility, a person or a patient [R25][R33]. */
const UNBLINDING_TYPES = ['Case', 'Operator', 'Facility', 'Person', 'PatientIdentification', 'Viewer', 'Thread', 'Post', 'Matter'];
const UNBLINDING_FIELDS = /^(operator|operatorId|facility|facilityId|patient.*|initials|author|birthDate|name)$/i;

/** Every type reachable from the given root fields, following output fields and union/interface members. */
function reachable(planner: SubscriptionPlanner, roots: typeof CORE_LAB_ROOTS): Map<string, GraphQLNamedType> {
  const schema = planner.schema;
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith('__')) return;
    seen.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        visit(getNamedType(field.type));
        for (const arg of field.args) visit(getNamedType(arg.type));
      }
    }
    if (isUnionType(type)) type.getTypes().forEach(visit);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach((f) => visit(getNamedType(f.type)));
  };
  for (const [rootName, fields] of Object.entries(roots)) {
    const root = schema.getType(rootName) as GraphQLObjectType;
    for (const name of fields) {
      const field = root.getFields()[name];
      if (!field) throw new Error(`${rootName}.${name} is not in the supergraph`);
      visit(getNamedType(field.type));
      field.args.forEach((a) => visit(getNamedType(a.type)));
    }
  }
  return seen;
}

describe('the core lab reads blind [R25][R33]', () => {
  it('should reach no operator, facility, person or patient through any type or field of its operations', () => {
    const planner = new SubscriptionPlanner(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    const types = reachable(planner, CORE_LAB_ROOTS);
    expect([...types.keys()].filter((t) => UNBLINDING_TYPES.includes(t))).toEqual([]);
    const fields: string[] = [];
    for (const type of types.values()) {
      if (isObjectType(type) || isInterfaceType(type)) fields.push(...Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
    }
    expect(fields.filter((f) => UNBLINDING_FIELDS.test(f.split('.')[1]!))).toEqual([]);
    // The walk covered something real: the judgement and the result are in it.
    expect(types.has('CoreLabJudgement') && types.has('CoreLabResult')).toBe(true);
  });

  describe('through the gateway, with the demo data', () => {
    let t: TestRegistry;
    const identifying = ['Taro Yamada', 'Hanako Suzuki', 'Kenji Sato', 'OP0001', 'OP0003', 'Sakura Heart Hospital', 'Kita Heart Institute', 'F001-P1000'];

    beforeAll(async () => {
      t = await startTestRegistry();
    });
    afterAll(() => t.stop());

    it('should give a reader and the supervisor their cases by registration number only', async () => {
      for (const login of ['corelab-reader-1', 'corelab-supervisor']) {
        const token = await t.login(login);
        const res = await t.gql(
          graphql(`query BlindingWorklist { coreLabWorklist { registrationNumber dueOn status reads { readerId judgement { ctoStatus jctoScore } } result { outcomes { technicalSuccess } } }
             coreLabCase(registrationNumber: "CTO-2026-00001") { registrationNumber status result { judgement { timiAfter } criteriaVersion } } }`),
          { token },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.coreLabWorklist.length).toBeGreaterThan(0);
        expect(JSON.stringify(res)).not.toMatch(new RegExp(identifying.join('|')));
      }
    });

    it('should refuse the core lab every root query that leads to an operator, a facility or a patient', async () => {
      const token = await t.login('corelab-reader-1');
      const probes: TypedDocumentString<unknown, { [key: string]: never }>[] = [
        graphql(`query BlindingProbeLibrary { caseLibrary { nodes { registrationNumber operator { name } } } }`),
        graphql(`query BlindingProbeCase { case(registrationNumber: "CTO-2026-00001") { registrationNumber operator { name } facility { name } } }`),
        graphql(`query BlindingProbeOperators { certifiedOperators { id name } }`),
        graphql(`query BlindingProbeRevocations { publishedRevocations { __typename } }`),
        graphql(`query BlindingProbeMatters { matters { id } }`),
        graphql(`query BlindingProbeCommittee { committee { members { person { name } } } }`),
      ];
      for (const query of probes) {
        const res = await t.gql(query, { token });
        expect(JSON.stringify(res.data ?? null), query.toString()).not.toMatch(new RegExp(identifying.join('|')));
        expect(res.errors?.[0]?.extensions?.['code'], query.toString()).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      }
    });
  });
});
