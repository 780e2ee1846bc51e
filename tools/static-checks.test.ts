/**
 * The type checker as part of the test suite, run by TypeScript 7 (the native compiler, package alias
 * `typescript-7`): the same checks at about a fifth of TypeScript 5's CPU (12.5 s against 64 s for
 * this workspace). TypeScript 5 stays installed for the tools that use its compiler API (typescript-eslint,
 * tools/openapi). Vitest strips types without checking them, so a type
 * error would otherwise reach CI unseen. The linter's rules that guard the platform run as scans of
 * their own (boundaries.test.ts, no-eval.test.ts), at a fraction of a full ESLint run's cost
 * (about 30 s of CPU); `npm run lint` runs ESLint itself.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** By path: `typescript` and `typescript-7` both name their command `tsc`, so node_modules/.bin/tsc may be either. */
const TSC_7 = fileURLToPath(new URL('../node_modules/typescript-7/bin/tsc', import.meta.url));

async function check(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('static checks', () => {
  it('type-checks the whole workspace (tsc --noEmit)', async () => {
    const r = await check(TSC_7, ['--noEmit', '-p', 'tsconfig.json']);
    expect(r.output.split('\n').filter((l) => l.includes('error TS')).slice(0, 30)).toEqual([]);
    expect(r.code).toBe(0);
  }, 600_000);
});
