/**
 * Builds the demo-city template for a browser-test run (see demo-template.ts), in a process of its
 * own so that it finishes even when the test file that asked for it ends first:
 * `tsx build-demo-template.ts <folder>` runs the real server (apps/server/src/main.ts) in demo mode
 * without jobs on `<folder>/data` until it is ready, stops it, then writes `<folder>/ready` — or
 * `<folder>/failed` with what went wrong.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';
import { freePort } from './free-port';
import { serverNodeArgs } from './server-command';

const root = process.argv[2];
if (!root) throw new Error('usage: build-demo-template.ts <folder>');

async function build(): Promise<void> {
  const port = await freePort();
  const server = spawn(process.execPath, serverNodeArgs(), {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', HUIQI_DATA_DIR: join(root!, 'data'), HUIQI_DEMO: '1', HUIQI_JOBS: '0', HUIQI_SNAPSHOT_AT_START: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  // Ready when /api/health says so; failed when the server exits first.
  for (;;) {
    if (hasExited) throw new Error(`the server exited (${await exited}) before the demo city was loaded`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  const code = await exited;
  if (code !== 0 && code !== null) throw new Error(`the server stopped with exit code ${code}`);
}

try {
  await build();
  writeFileSync(join(root, 'ready'), '');
  process.exit(0);
} catch (e) {
  writeFileSync(join(root, 'failed'), e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
}
