import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the journeys (`graphql(`…`)` in test/journey, from the committed
 * supergraph): `t.gql(doc)` then knows the answer's and the variables' types, and a test
 * whose document no longer fits the schema fails `npm run typecheck`. Strings, not ASTs
 * (`documentMode: 'string'`): the harness posts them as they are. The output in test/gql
 * is committed; test/resolver-types.test.ts fails when it is stale (`npm run codegen`).
 */
const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  documents: ['test/journey/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        emitLegacyCommonJSImports: false,
        // The wire's strings, as the web app sees them (docs/decisions.md, "Custom scalars").
        scalars: { DateTime: 'string', Date: 'string', RegistrationNumber: 'string' },
      },
    },
  },
};
export default config;
