/**
 * Vitest reporter that ends the run with the plain closing line CI reads:
 * `N passed, N failed, N skipped` — alone on the last line.
 */
import type { Reporter, TestModule } from 'vitest/node';

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
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
