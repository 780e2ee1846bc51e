import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchPostgres } from '@huiqi/db/testing';
import { EnvError, startServer } from './index';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-server-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('startServer', () => {
  it('refuses production with demo mode before touching any database', async () => {
    const dataDir = join(temp, 'never-created');
    await expect(startServer({ NODE_ENV: 'production', HUIQI_DEMO: true, HUIQI_DATA_DIR: dataDir, PORT: 0 })).rejects.toBeInstanceOf(EnvError);
    await expect(startServer({ NODE_ENV: 'production', HUIQI_DEMO: true, HUIQI_DATA_DIR: dataDir, PORT: 0 })).rejects.toThrow(/生产环境.*demo mode must not be on in production/s);
  });

  it('serves the API and the web build with an SPA fallback on PGlite, and restarts on the same data folder', async () => {
    const dataDir = join(temp, 'data');
    const dist = mkdtempSync(join(temp, 'dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>惠企</title><div id="root"></div>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    // A hashed asset with the build's compressed copies (apps/web/precompress.ts).
    const asset = `export const words = ${JSON.stringify('惠企'.repeat(500))};`;
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'page-Ab12.js'), asset);
    writeFileSync(join(dist, 'assets', 'page-Ab12.js.br'), brotliCompressSync(asset));
    writeFileSync(join(dist, 'assets', 'page-Ab12.js.gz'), gzipSync(asset));

    const first = await startServer({ PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, HUIQI_WEB_DIST: dist, HUIQI_DEMO: false, NODE_ENV: 'test', DATABASE_URL: '' as unknown as undefined });
    try {
      expect(first.database).toBe('pglite');
      expect(first.port).toBeGreaterThan(0);
      expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'pglite', demo: false });
      const root = await fetch(`${first.url}/`);
      expect(await root.text()).toContain('<div id="root">');
      expect(await (await fetch(`${first.url}/app.js`)).text()).toBe('console.log(1)');
      // The compressed copy a browser accepts, the plain file to one that accepts none; assets kept for good.
      for (const [accepts, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
        const res = await fetch(`${first.url}/assets/page-Ab12.js`, { headers: { 'accept-encoding': accepts } });
        expect([res.status, res.headers.get('content-encoding')], accepts).toEqual([200, encoding]);
        expect(await res.text()).toBe(asset); // fetch decodes what the server encoded
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
      // JSON answers of 1 KB and more are compressed for a browser that accepts it, small ones are not.
      const plainDoc = await (await fetch(`${first.url}/api/openapi.json`, { headers: { 'accept-encoding': 'identity' } })).text();
      for (const [accepts, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
        const res = await fetch(`${first.url}/api/openapi.json`, { headers: { 'accept-encoding': accepts } });
        expect([res.status, res.headers.get('content-encoding'), res.headers.get('vary')], accepts).toEqual([200, encoding, 'accept-encoding']);
        expect(await res.text()).toBe(plainDoc);
      }
      expect((await fetch(`${first.url}/api/health`, { headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding')).toBeNull();
      const deep = await fetch(`${first.url}/enterprises/91440300MA5HQ1PC0C/history`);
      expect(deep.status).toBe(200);
      expect(await deep.text()).toContain('<div id="root">');
      const api404 = await fetch(`${first.url}/api/enterprises-typo`);
      expect(api404.status).toBe(404);
      expect((await api404.json()).error.code).toBe('NOT_FOUND');
      // One process owns a PGlite data folder: a second server on it is refused.
      await expect(startServer({ PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, HUIQI_DEMO: false, NODE_ENV: 'test', DATABASE_URL: '' as unknown as undefined })).rejects.toThrow(/in use by process \d+/);
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
      // Demo mode is off: no demo logins exist.
      const login = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bureau', password: 'huiqi-demo' }) });
      expect(login.status).toBe(401);
    } finally {
      await first.close();
    }

    const again = await startServer({ PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, HUIQI_WEB_DIST: join(temp, 'no-such-dist'), HUIQI_DEMO: false, NODE_ENV: 'test', DATABASE_URL: '' as unknown as undefined });
    try {
      process.stdout.write(`server restart on an existing PGlite data folder: ${again.startupMs} ms (first start ${first.startupMs} ms)\n`);
      expect(again.startupMs).toBeLessThan(first.startupMs + 1000);
      const page = await fetch(`${again.url}/anything`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('网页界面尚未构建');
      expect(html).toContain('The web UI is not built');
    } finally {
      await again.close();
    }
  }, 180_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('startServer on PostgreSQL with the demo city', () => {
  it('loads the demo city once, lets demo users in only in demo mode', async () => {
    const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    await scratch.db.close();
    const base = { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: url.toString(), NODE_ENV: 'test' as const, HUIQI_WEB_DIST: join(temp, 'no-such-dist') };
    const login = (server: { url: string }, username: string) =>
      fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'huiqi-demo' }) });
    try {
      const demo = await startServer({ ...base, HUIQI_DEMO: true });
      try {
        expect(demo.database).toBe('postgres');
        const res = await login(demo, 'enterprise');
        expect(res.status).toBe(200);
        const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
        const list = await (await fetch(`${demo.url}/api/enterprises?pageSize=1`, { headers: { cookie } })).json();
        expect(list.total).toBe(1);
        const bureau = await login(demo, 'bureau');
        const all = await (await fetch(`${demo.url}/api/enterprises?pageSize=1`, { headers: { cookie: bureau.headers.get('set-cookie')!.split(';')[0]! } })).json();
        expect(all.total).toBeGreaterThan(1000);
      } finally {
        await demo.close();
      }
      const plain = await startServer({ ...base, HUIQI_DEMO: false });
      try {
        const res = await login(plain, 'enterprise');
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe('DEMO_LOGIN_DISABLED');
      } finally {
        await plain.close();
      }
    } finally {
      await scratch.drop();
    }
  }, 180_000);
});
