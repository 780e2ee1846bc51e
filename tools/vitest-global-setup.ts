import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildCliBundle, buildServerBundle } from './test-bundles';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as this test run; browser tests keep their demo-city template there. */
    huiqiRunDir: string;
  }
}

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One scratch folder per test run, shared by the test files (each in its own process) and removed
 * at the end; and the bundles every server and `huiqi` process of the run starts from
 * (HUIQI_SERVER_BUNDLE, HUIQI_CLI_BUNDLE; see test-bundles.ts), inherited by the test processes through the environment.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const runDir = mkdtempSync(join(tmpdir(), 'huiqi-run-'));
  project.provide('huiqiRunDir', runDir);
  const bundleDir = join(REPO_ROOT, 'node_modules', '.cache', 'huiqi', `server-${basename(runDir)}`);
  mkdirSync(bundleDir, { recursive: true });
  const [server, cli] = await Promise.all([buildServerBundle(REPO_ROOT, bundleDir), buildCliBundle(REPO_ROOT, bundleDir)]);
  process.env.HUIQI_SERVER_BUNDLE = server;
  process.env.HUIQI_CLI_BUNDLE = cli;
  return () => {
    rmSync(runDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  };
}
