/**
 * Vitest reporter that ends the run with the plain closing line CI reads:
 * `N passed, N failed, N skipped` — alone on the last line.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest test files are listed before the closing line. */
const SLOWEST_SHOWN = 15;

export default class PlainLineReporter implements Reporter {
  private modules: readonly TestModule[] = [];

  onTestRunEnd(testModules: readonly TestModule[]): void {
    this.modules = testModules;
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) brokenFiles++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    // A file that fails to load has no tests but must still count as a failure.
    failed += brokenFiles;
    // The slowest files (their tests and hooks), so a CI log shows where the time goes.
    const slowest = testModules
      .map((m) => ({ file: m.relativeModuleId, seconds: m.diagnostic().duration / 1000 }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, SLOWEST_SHOWN);
    if (slowest.length > 0) {
      process.stdout.write(`\nslowest test files (tests and hooks, seconds):\n${slowest.map((s) => `  ${s.seconds.toFixed(1).padStart(7)}  ${s.file}`).join('\n')}\n`);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
