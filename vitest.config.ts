import { defineConfig } from 'vitest/config';

/**
 * Files that change no process-wide state (process.env, mocks) share their worker's loaded modules
 * with the files run before them (`isolate: false`): the law library, the rules and PGlite's
 * WebAssembly are loaded once per worker instead of once per file, which took about a third of the
 * suite's CPU time. The browser tests and the repository checks share theirs too (playwright and the
 * test support modules are loaded once per worker: about 1.3 CPU-seconds a file, measured over ten
 * files). The CLI's tests set process.env, so each of their files gets a fresh module graph.
 */
const SHARED_MODULES = [
  'packages/{kernel,calendar,legal-text,rules-engine,matching,workflows,testing,db,api}/src/**/*.test.ts',
  'apps/server/src/**/*.test.ts',
  'apps/web/src/**/*.test.ts',
  'rules/**/*.test.ts',
];
const OWN_MODULES = ['apps/cli/src/**/*.test.ts'];
const BROWSER_AND_CHECKS = ['apps/web/e2e/**/*.test.ts', 'tools/**/*.test.ts'];

export default defineConfig({
  test: {
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
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, isolate: false } },
      { extends: true, test: { name: 'own', include: OWN_MODULES } },
      { extends: true, test: { name: 'browser', include: BROWSER_AND_CHECKS, isolate: false } },
    ],
  },
});
