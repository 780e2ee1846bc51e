import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/e2e/**/*.test.ts', 'tools/**/*.test.ts', 'rules/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    // No retries: a test that fails once is a bug to fix (browser tests wait on states the app shows).
    retry: 0,
    hookTimeout: 120_000,
    // expect.poll waits on a state the app shows; this is only where a wait counts as failed (vitest's default, 1 s, fails under CI load).
    expect: { poll: { timeout: 60_000 } },
    pool: 'forks',
    // Three test files at a time on two cores: a browser test or a crash test spends part of its time
    // waiting on a child process (server, Chromium, CLI); with two, a fifth of the machine sat idle.
    maxWorkers: 3,
    reporters: ['default', './tools/plain-line-reporter.ts'],
    globalSetup: ['./tools/vitest-global-setup.ts'],
  },
});
