import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as this test run; browser tests keep their demo-city template there. */
    huiqiRunDir: string;
  }
}

/** One scratch folder per test run, shared by the test files (each in its own process) and removed at the end. */
export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'huiqi-run-'));
  project.provide('huiqiRunDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
