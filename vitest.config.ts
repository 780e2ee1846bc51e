import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/e2e/**/*.test.ts', 'tools/**/*.test.ts', 'rules/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 180_000, // a bound, not a pace: CI runs on a busy machine
    // No retries: a test that fails once is a bug to fix (browser tests wait on states the app shows).
    retry: 0,
    hookTimeout: 120_000,
    // expect.poll waits on a state the app shows; this is only where a wait counts as failed (vitest's default, 1 s, fails under CI load).
    expect: { poll: { timeout: 60_000 } },
    pool: 'forks',
    // Two test files at a time on two cores. Three kept both cores busy but took about the same time
    // (1 364 s against 1 424 s with fewer tests) and left each browser test less headroom.
    maxWorkers: 2,
    reporters: ['default', './tools/plain-line-reporter.ts'],
    globalSetup: ['./tools/vitest-global-setup.ts'],
  },
});
