import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { CONTENT_SECURITY_POLICY } from './security-headers';

describeEachEngine('hardening: input text, cross-site requests, security headers', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const auditCount = async () => Number((await getDb().query<{ n: string | number }>('SELECT count(*) AS n FROM audit_events'))[0]!.n);

  it('answers 400 naming the field for a NUL byte in a login name, a query and a path parameter — never 500', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bureau\u0000', password: 'x' } });
    expect(login.statusCode, login.body).toBe(400);
    expect(login.json().error).toMatchObject({ code: 'INVALID_TEXT', details: { in: 'body', field: 'username', codePoint: 'U+0000' } });
    expect(login.json().error.message.zh).toContain('username');

    const cookie = await t.cookie('bureau');
    const query = await t.app.inject({ method: 'GET', url: '/api/enterprises?q=%00', headers: { cookie } });
    expect(query.statusCode, query.body).toBe(400);
    expect(query.json().error.details).toMatchObject({ in: 'query', field: 'q' });

    const param = await t.app.inject({ method: 'GET', url: '/api/enterprises/91440300MA5F00000%00', headers: { cookie } });
    expect(param.statusCode, param.body).toBe(400);
    expect(param.json().error.code).toBe('INVALID_TEXT');
  });

  it('answers the router’s own refusals in the documented format: an over-long path parameter, invalid percent-encoding', async () => {
    const long = await t.app.inject({ method: 'GET', url: `/api/departments/${'x'.repeat(200)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error).toMatchObject({ code: 'URI_TOO_LONG', message: { zh: '地址过长' } });
    const bad = await t.app.inject({ method: 'GET', url: '/api/departments/%ED%A0%80' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_REQUEST');
  });

  it('refuses impossible dates on the public policy list with 400 (2026-02-30, 0000-00-00)', async () => {
    for (const date of ['2026-02-30', '0000-00-00']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/published-policies?date=${date}` });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/public/published-policies?date=2026-02-28' })).statusCode).toBe(200);
  });

  it('refuses an unpaired surrogate in a login name with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":"bureau\\ud800","password":"x"}' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toMatchObject({ field: 'username', problem: 'LONE_SURROGATE' });
  });

  it('refuses a state change from another site that rides on the session cookie, and writes nothing', async () => {
    const cookie = await t.cookie('enterprise');
    const before = await auditCount();
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/open311/v2/requests.json',
      payload: 'service_code=REQUEST&description=forged',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode, form.body).toBe(403);
    expect(form.json().error.code).toBe('CROSS_SITE_REFUSED');
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(logout.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
    // The session survived the forged logout.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('lets the platform’s own pages, non-browser clients and anonymous callers through', async () => {
    const cookie = await t.cookie('bureau');
    const sameOrigin = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(sameOrigin.statusCode).not.toBe(403);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody-here', password: 'wrong-password' }, headers: { origin: 'https://evil.example' } });
    expect(login.statusCode).toBe(401);
  });

  it('sends the security headers: a strict CSP, nosniff, framing refused, and no-store on API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
}, { });
