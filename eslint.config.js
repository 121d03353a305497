import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Lint rules are errors (STYLE.md): a warning nobody reads is not a rule. */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/migrations/**', '.data/**', '.bench/**', 'coverage/**', 'web/dist/**', 'web/.dist-*/**', 'web/src/gql/**', 'test/gql/**', 'services/*/test/gql/**', 'services/*/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
