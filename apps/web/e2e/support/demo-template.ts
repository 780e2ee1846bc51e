import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from './repo-root';

/**
 * The demo city, loaded once per test run into a PGlite data folder that every browser-test
 * server copies (loading it takes a server 20–30 s on a busy machine; copying it, well under 1 s).
 *
 * Test files run in separate processes, so the first one to ask starts the builder
 * (build-demo-template.ts) under a lock — an exclusive `mkdir` — as a detached process of its own,
 * which finishes even if that test file ends first. Every file then waits for the state the
 * builder leaves: `ready` (the folder to copy) or `failed` (with its error, thrown here too).
 */
export async function demoTemplate(): Promise<string> {
  const root = join(inject('huiqiRunDir'), 'demo-template');
  const ready = join(root, 'ready');
  const failed = join(root, 'failed');
  let isBuilder = false;
  try {
    mkdirSync(root);
    isBuilder = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (isBuilder) {
    const log = openSync(join(root, 'build.log'), 'w');
    const builder = spawn(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join('apps', 'web', 'e2e', 'support', 'build-demo-template.ts'), root], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      detached: true,
      stdio: ['ignore', log, log],
    });
    builder.unref();
  }
  // Wait for the builder's verdict (the calling hook's own timeout bounds this).
  for (;;) {
    if (existsSync(ready)) return join(root, 'data');
    if (existsSync(failed)) {
      const log = existsSync(join(root, 'build.log')) ? readFileSync(join(root, 'build.log'), 'utf8').slice(-4000) : '';
      throw new Error(`the demo-city template could not be built:\n${readFileSync(failed, 'utf8')}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
