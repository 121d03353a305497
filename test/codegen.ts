import { buildSubgraphSchema } from '@apollo/subgraph';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { loadTypeDefs } from '@registry/subgraph-server';

/**
 * Typed documents for the tests (`graphql(`…`)`): `t.gql(doc)` or `h.as(viewer, doc)` then
 * knows the answer's and the variables' types, and a test whose document no longer fits the
 * schema fails `npm run typecheck`. Strings, not ASTs (`documentMode: 'string'`): the
 * harnesses post them as they are. One preset, four outputs:
 * - test/gql: the journeys (test/journey), against the committed supergraph;
 * - services/<subgraph>/test/gql: each subgraph's own tests, against the schema that
 *   subgraph serves alone (its SDL built by @apollo/subgraph, so `_entities` and `_Any`
 *   are there as the gateway sees them) [#14.3].
 * The output is committed; test/resolver-types.test.ts fails when it is stale (`npm run codegen`).
 */
const documentsConfig: Types.ConfiguredOutput['config'] = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: true,
  emitLegacyCommonJSImports: false,
  // The wire's strings, as the web app sees them (docs/decisions.md, "Custom scalars").
  scalars: { DateTime: 'string', Date: 'string', RegistrationNumber: 'string', _Any: 'Record<string, unknown>' },
};

const typedDocuments = (schema: Types.Schema, documents: string[]): Types.ConfiguredOutput => ({
  schema,
  documents,
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: documentsConfig,
});

/** The schema a subgraph serves on its own: its SDL with federation's `_entities`, `_service` and `_Any`. */
const servedBy = (subgraph: string) => buildSubgraphSchema({ typeDefs: loadTypeDefs(`schema/${subgraph}`) });

const config: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': typedDocuments('schema/supergraph.graphql', ['test/journey/**/*.ts']),
    ...Object.fromEntries(
      ['operators', 'cases', 'adjudication'].map((s) => [`services/${s}/test/gql/`, typedDocuments(servedBy(s), [`services/${s}/test/**/*.ts`, `!services/${s}/test/gql/**`])]),
    ),
  },
};
export default config;
