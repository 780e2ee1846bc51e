/**
 * The type checker and the linter as part of the test suite: Vitest strips types without
 * checking them, so a type error would otherwise reach CI unseen.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

async function check(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(BIN(cmd), args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('static checks', () => {
  it('type-checks the whole workspace (tsc --noEmit)', async () => {
    const r = await check('tsc', ['--noEmit', '-p', 'tsconfig.json']);
    expect(r.output.split('\n').filter((l) => l.includes('error TS')).slice(0, 30)).toEqual([]);
    expect(r.code).toBe(0);
  }, 600_000);

  it('passes ESLint, including the package-boundary rules', async () => {
    const r = await check('eslint', ['.', '--max-warnings', '0']);
    expect(r.output.trim().split('\n').slice(0, 40).join('\n')).toBe('');
    expect(r.code).toBe(0);
  }, 600_000);
});
