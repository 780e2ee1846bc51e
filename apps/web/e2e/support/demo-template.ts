import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * The demo city, loaded once per test run into a PGlite data folder that every browser-test
 * server copies (loading it takes a server 20–30 s on a busy machine; copying it, well under 1 s).
 *
 * Test files run in separate processes, so the first one to ask builds the template under a lock
 * (an exclusive `mkdir`), and the others wait for the state it leaves: `ready` (the folder to copy)
 * or `failed` (with the builder's error, which they throw too).
 */
export async function demoTemplate(build: (dataDir: string) => Promise<void>): Promise<string> {
  const root = join(inject('huiqiRunDir'), 'demo-template');
  const dataDir = join(root, 'data');
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
    try {
      await build(dataDir);
      writeFileSync(ready, '');
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw e;
    }
    return dataDir;
  }
  // Another test process is building it: wait until it says it is done (the hook's own timeout bounds this).
  for (;;) {
    if (existsSync(ready)) return dataDir;
    if (existsSync(failed)) throw new Error(`the demo-city template could not be built:\n${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
