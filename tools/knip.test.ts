/**
 * Housekeeping in CI (issue 20): knip (knip.json) finds files nothing imports, exports nothing uses,
 * and dependencies no package needs or forgets to list. A finding fails the suite with knip's own
 * report; fix it (delete the export, the file or the dependency) rather than listing it as ignored.
 * Deterministic: knip reads the source and the manifests only; no cache, no network.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KNIP = fileURLToPath(new URL('../node_modules/.bin/knip', import.meta.url));

describe('knip', () => {
  it('finds no unused file, export or dependency', async () => {
    let output = '';
    let code = 0;
    try {
      const r = await run(KNIP, ['--no-progress', '--reporter', 'compact', '--no-config-hints'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
      output = r.stdout + r.stderr;
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      code = err.code ?? 1;
      output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    }
    expect(output.trim().split('\n').slice(0, 60).join('\n')).toBe('');
    expect(code).toBe(0);
  }, 300_000);
});
