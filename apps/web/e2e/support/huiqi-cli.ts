import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';

/**
 * Runs `npx huiqi …` as an operator does: the CLI's own binary in a child process, in production
 * mode with demo mode off, `stdin` written to it (passwords are read from stdin, never argv).
 */
export function huiqiCli(args: string[], stdin: string, env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const base: Record<string, string | undefined> = { ...process.env };
    delete base.HUIQI_DEMO;
    delete base.DATABASE_URL;
    // The test run's CLI bundle when it built one (tools/test-bundles.ts), else the binary operators run.
    const bin = process.env.HUIQI_CLI_BUNDLE ?? join(REPO_ROOT, 'apps', 'cli', 'bin', 'huiqi.js');
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: REPO_ROOT, env: { ...base, NODE_ENV: 'production', ...env }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}
