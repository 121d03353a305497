import { defineConfig } from 'vitest/config';

// Two cores on every machine (developer, CI): run test files in two forked workers.
// Each file builds its own database (PGlite in memory, or a fresh database on the
// server named by DATABASE_URL), so files never share state.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'services/*/test/**/*.test.ts', 'gateway/src/**/*.test.ts', 'gateway/test/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
