import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it (packages/api/src/appeals/testing). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The real server (apps/server/src/main.ts) in a child process, for crash tests and load benchmarks. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Sends `signal` and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
  output(): string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the server on loopback with `env` (DATABASE_URL or HUIQI_DATA_DIR, HUIQI_DEMO …) and waits
 * until /api/health answers from this very process (a leftover server on the port is detected).
 */
export async function spawnServer(options: { port: number; env: Record<string, string>; readyTimeoutMs?: number }): Promise<ServerProcess> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let log = '';
  const nodeArgs = (process.env.APPEALS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof for profiling
  // The test run's server bundle when it built one (tools/test-bundles.ts); else node itself with the
  // tsx loader (not the tsx CLI, which runs the server in a second process that a SIGKILL would orphan).
  const entry = process.env.HUIQI_SERVER_BUNDLE ? [process.env.HUIQI_SERVER_BUNDLE] : ['--import', 'tsx', 'apps/server/src/main.ts'];
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: REPO_ROOT,
    // No registry snapshot built at start: these servers are crashed and restarted, never asked for a preview.
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(options.port), HUIQI_SNAPSHOT_AT_START: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok && /listening on/.test(log)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited(child);
    },
    output: () => log,
  };
}

/** Logs in a demo user; returns the cookie header value. */
export async function logInCookie(baseUrl: string, username: string, password = 'huiqi-demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('huiqi_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/** One appeal submission over HTTP with an Idempotency-Key: the HTTP status and the tracking number. */
export async function postAppeal(baseUrl: string, cookie: string, key: string, timeoutMs = 15_000): Promise<{ status: number; trackingNumber: string | null; isDuplicate: boolean }> {
  const res = await fetch(`${baseUrl}/api/appeals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': key },
    body: JSON.stringify({ type: 'REQUEST', title: `压力测试诉求 ${key}`, description: '用于崩溃恢复和负载测试的合成诉求，不代表真实企业。' }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { trackingNumber?: string; isDuplicate?: boolean };
  return { status: res.status, trackingNumber: body.trackingNumber ?? null, isDuplicate: body.isDuplicate ?? false };
}
