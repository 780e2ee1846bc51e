import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApi } from '@huiqi/api';
import { openDatabase, type Database } from '@huiqi/db';
import { startServer } from '../index';
import { installObservability } from './install-observability';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-observability-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const TOKEN = 'metrics-token-for-tests-0123';

describe('request ids, JSON logs without personal data, metrics, readiness', () => {
  it('serves all of them on a running server', async () => {
    const logs = new PassThrough();
    let text = '';
    logs.on('data', (c) => (text += String(c)));
    const server = await startServer(
      { PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: join(temp, 'data'), HUIQI_DEMO: true, HUIQI_JOBS: false, NODE_ENV: 'test', DATABASE_URL: '' as unknown as undefined, HUIQI_METRICS_TOKEN: TOKEN },
      { logStream: logs },
    );
    try {
      const health = await fetch(`${server.url}/api/health`);
      const id = health.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const quoted = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'lb-1234567890' } });
      expect(quoted.headers.get('x-request-id')).toBe('lb-1234567890');
      const forged = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'bad id with spaces and /slashes' } });
      expect(forged.headers.get('x-request-id')).not.toBe('bad id with spaces and /slashes');

      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bureau', password: 'huiqi-demo' }) });
      expect(login.status, await login.clone().text()).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const search = await fetch(`${server.url}/api/enterprises?q=${encodeURIComponent('鹏城智造')}&phone=13800138000`, { headers: { cookie } });
      expect(search.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const failed = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zhangsan-13900001111', password: 'wrong-password-xyz' }) });
      expect(failed.status).toBe(401);

      expect((await fetch(`${server.url}/api/metrics`)).status).toBe(401);
      expect((await fetch(`${server.url}/api/metrics`, { headers: { 'x-metrics-token': `${TOKEN}x` } })).status).toBe(401);
      const scrape = await fetch(`${server.url}/api/metrics`, { headers: { 'x-metrics-token': TOKEN } });
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get('content-type')).toContain('text/plain');
      const body = await scrape.text();
      expect(body).toContain('# TYPE huiqi_http_request_duration_seconds histogram');
      expect(body).toMatch(/huiqi_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="2xx"\} 3/);
      expect(body).toMatch(/huiqi_http_request_duration_seconds_bucket\{method="POST",route="\/api\/auth\/login",status="4xx",le="\+Inf"\} 1/);
      expect(body).toContain('huiqi_db_up 1');
      expect(body).toContain('# TYPE huiqi_jobs_due gauge');
      expect(body).toContain('# TYPE huiqi_jobs_oldest_due_age_seconds gauge');
      expect(body).toContain('# TYPE huiqi_deliveries gauge');
      expect(body).toMatch(/^huiqi_event_loop_delay_seconds\{quantile="0\.99"\} \d/m);
      expect(body).toMatch(/^huiqi_event_loop_delay_seconds_max \d/m);
      expect((await fetch(`${server.url}/api/metrics/runtime/reset`, { method: 'POST' })).status).toBe(401);
      expect((await fetch(`${server.url}/api/metrics/runtime/reset`, { method: 'POST', headers: { 'x-metrics-token': TOKEN } })).status).toBe(204);

      const ready = await fetch(`${server.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });

      await new Promise((r) => setImmediate(r));
      const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const access = lines.filter((l) => l.msg === 'request');
      expect(access.find((l) => l.requestId === id)).toMatchObject({ method: 'GET', route: '/api/health', status: 200, level: 30 });
      expect(access.find((l) => l.requestId === 'lb-1234567890')).toBeDefined();
      expect(access.some((l) => l.route === '/api/enterprises' && l.status === 200)).toBe(true);
      for (const secret of ['huiqi-demo', '鹏城智造', '%E9%B9%8F', '13800138000', 'zhangsan', '13900001111', 'wrong-password', 'huiqi_session=', cookie.split('=')[1]!]) expect(text).not.toContain(secret);
    } finally {
      await server.close();
    }
  }, 180_000);

  it('readiness fails while migrations are pending and when the database is unreachable', async () => {
    const unmigrated: Database = await openDatabase({ memory: true });
    try {
      const state = { stopping: false };
      const app = await buildApi({ db: unmigrated, demoMode: false, secureCookies: false, beforeReady: (a) => { installObservability(a, { db: unmigrated, metricsToken: undefined, state }); } });
      const pending = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(pending.statusCode).toBe(503);
      expect(pending.json()).toMatchObject({ status: 'unavailable', reason: 'MIGRATING' });
      expect((await app.inject({ method: 'GET', url: '/api/metrics' })).statusCode).toBe(404); // no token configured: off
      state.stopping = true;
      expect((await app.inject({ method: 'GET', url: '/api/ready' })).json()).toMatchObject({ reason: 'STOPPING' });
      state.stopping = false;
      await unmigrated.close();
      const down = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ reason: 'DATABASE_UNREACHABLE' });
      await app.close();
    } finally {
      await unmigrated.close();
    }
  }, 120_000);
});
