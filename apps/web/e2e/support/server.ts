import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';
import { demoTemplate } from './demo-template';
import { freePort } from './free-port';
import { serverNodeArgs } from './server-command';

/** A real Huiqi server (apps/server/src/main.ts) in a child process, on its own PGlite data folder. */
export interface TestServer {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** SIGTERM, then wait for the process to exit (SIGKILL after `timeoutMs`). */
  stop(): Promise<void>;
  /** Stops the server and starts it again on the same port and data folder. */
  restart(): Promise<void>;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** Stops the server and deletes its data folder. Safe to call twice. */
  dispose(): Promise<void>;
}


export { freePort };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface StartOptions {
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** How long to wait for /api/health (ms). */
  readyTimeoutMs?: number;
  /**
   * In demo mode the server starts from a copy of the run's demo-city template (see
   * demo-template.ts) instead of loading the city itself; `false` loads it afresh.
   */
  fromTemplate?: boolean;
  /** Start on this existing data folder (e.g. a second server on the first one's data) instead of a new one. */
  dataDir?: string;
}

const isDemoMode = (env: Record<string, string> | undefined) => !['', '0'].includes(env?.HUIQI_DEMO ?? '1');

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'huiqi-e2e-')));
  if (!options.dataDir && (options.fromTemplate ?? true) && isDemoMode(options.env)) {
    await cp(await demoTemplate(), dataDir, { recursive: true });
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const readyTimeoutMs = options.readyTimeoutMs ?? 240_000; // only where a start counts as failed; readiness is /api/health
  let log = '';
  let child: ChildProcess | null = null;
  let isDisposed = false;

  const launch = async () => {
    const proc = spawn(process.execPath, serverNodeArgs(), {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HUIQI_DATA_DIR: dataDir,
        HUIQI_DEMO: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new Error(`server exited (${proc.exitCode ?? proc.signalCode}) before it was ready:\n${log}`);
      }
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        if (response.ok) {
          const body = (await response.json()) as { status?: string };
          if (body.status === 'ok') return;
        }
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    proc.kill('SIGKILL');
    throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${log}`);
  };

  const stop = async (timeoutMs = 15_000) => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const done = exited(proc);
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    await done;
    clearTimeout(timer);
  };

  await launch();
  return {
    baseUrl,
    dataDir,
    stop: () => stop(),
    async restart() {
      await stop();
      await launch();
    },
    output: () => log,
    async dispose() {
      if (isDisposed) return;
      isDisposed = true;
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
