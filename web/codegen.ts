import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed supergraph (the API's contract): a schema change
 * that breaks a page breaks `npm run typecheck`. The output in src/gql is committed and
 * a test fails when it is not what this config generates (see docs/decisions.md).
 */
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // The registry's scalars reach the page as the strings on the wire (docs/decisions.md, "Custom scalars").
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, scalars: { DateTime: 'string', Date: 'string', RegistrationNumber: 'string' } },
    },
  },
};
export default config;
