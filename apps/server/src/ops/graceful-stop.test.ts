import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../index';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-stop-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A POST whose body is sent in two parts: the request is in flight between them. */
function slowPost(url: string) {
  const body = JSON.stringify({ username: 'nobody-here', password: 'not-the-password' });
  const { hostname, port } = new URL(url);
  let finish!: () => void;
  let connected!: Promise<void>;
  const response = new Promise<number>((resolve, reject) => {
    const req = request({ host: hostname, port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    connected = new Promise((ok) => req.once('socket', (socket) => socket.once('connect', () => ok())));
    req.write(body.slice(0, 10));
    finish = () => req.end(body.slice(10));
  });
  response.catch(() => undefined); // awaited by the test; a rejection is an expected outcome there
  return { response, finish, connected };
}

describe('graceful stop (SIGTERM → close())', () => {
  it('finishes a request in flight, refuses new connections, and cuts a stalled one after the grace period', async () => {
    const server = await startServer({ PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: join(temp, 'data'), HUIQI_DEMO: false, NODE_ENV: 'test', DATABASE_URL: '' as unknown as undefined, HUIQI_SHUTDOWN_GRACE_MS: 1500 });
    const inFlight = slowPost(server.url);
    const stalled = slowPost(server.url);
    await Promise.all([inFlight.connected, stalled.connected]);
    // Both connections are established; the server (same event loop) reads their headers next.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    const started = performance.now();
    const closing = server.close();
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow(); // no new connections
    inFlight.finish();
    expect(await inFlight.response).toBe(401); // answered, not cut off
    await expect(stalled.response).rejects.toThrow(); // never finished its body: closed after the grace period
    await closing;
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});
