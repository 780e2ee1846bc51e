import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/e2e/**/*.test.ts', 'tools/**/*.test.ts', 'rules/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    // Browser tests on a loaded 2-core machine occasionally miss a 15 s UI wait; one retry keeps CI
    // honest about real failures (a test that fails twice still fails). Flaky tests are listed as debt.
    retry: 1,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './tools/plain-line-reporter.ts'],
    globalSetup: ['./tools/vitest-global-setup.ts'],
  },
});
