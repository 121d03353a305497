import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two cores on every machine (developer, CI): run test files in two forked workers.
// Each file builds its own database (PGlite in memory, or a fresh database on the
// server named by DATABASE_URL), so files never share state.
export default defineConfig({
  resolve: {
    // Node resolves `graphql` (no "exports" map) to its CommonJS build, as the Apollo
    // packages do; Vite would pick the ESM build for our sources, and graphql refuses
    // schemas from "another realm". Tests must load graphql exactly as production does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'services/*/test/**/*.test.ts', 'gateway/src/**/*.test.ts', 'gateway/test/**/*.test.ts', 'test/**/*.test.ts'],
    // The browser tests need the web bundle; built once before any worker starts.
    globalSetup: ['test/support/web-bundle.setup.ts', 'test/support/registry-template.setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // A cap, not a figure: the first journeys of a run wait in their hook for the registry
    // template that the global setup builds (minutes on a loaded machine).
    hookTimeout: 300_000,
  },
});
