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

  const enterpriseUscc = async () => (await getDb().query<{ uscc: string }>("SELECT uscc FROM users WHERE username = 'enterprise'"))[0]!.uscc;
  const figureVersions = async (uscc: string) => Number((await getDb().query<{ n: string | number }>('SELECT count(*) AS n FROM enterprise_figures WHERE uscc = $1', [uscc]))[0]!.n);

  it('reads a year only as four digits: 2e3, 0x7e7, " 2023" and 2023.0 are refused, not coerced, and nothing is written', async () => {
    const cookie = await t.cookie('enterprise');
    const uscc = await enterpriseUscc();
    const before = await figureVersions(uscc);
    for (const year of ['2e3', '0x7e7', '%202023', '2023.0', '12023']) {
      const res = await t.app.inject({ method: 'PUT', url: `/api/enterprises/${uscc}/figures/${year}`, payload: { employees: 5, revenueFen: 100, totalAssetsFen: 100 }, headers: { cookie } });
      expect(res.statusCode, `${year}: ${res.body}`).toBe(400);
      expect(res.json().error.message.zh).toContain('四位年份');
    }
    expect(await figureVersions(uscc)).toBe(before);
    const procurement = await t.app.inject({ method: 'GET', url: '/api/procurement/public/execution?year=2e3' });
    expect(procurement.statusCode, procurement.body).toBe(400);
  });

  it('answers a multipart body without boundary, or cut short, with 400 in the documented format — never 500', async () => {
    const cookie = await t.cookie('enterprise');
    const part = '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 hello';
    for (const [contentType, payload] of [['multipart/form-data', part], ['multipart/form-data; boundary=abc', part]] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload, headers: { cookie, 'content-type': contentType } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'MALFORMED_REQUEST', details: { cause: 'MULTIPART' } });
    }
  });

  it('refuses an uploaded file whose name carries a direction override, and a name of zero-width spaces, storing nothing', async () => {
    const cookie = await t.cookie('enterprise');
    const attachments = async () => Number((await getDb().query<{ n: string | number }>('SELECT count(*) AS n FROM appeal_attachments'))[0]!.n);
    const before = await attachments();
    const body = (name: string) => `--abc\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 hello\r\n--abc--\r\n`;
    for (const [name, problem] of [['合同\u202Efdp.exe', 'BIDI_CONTROL'], ['\u200B\u200B', 'INVISIBLE_ONLY']] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload: Buffer.from(body(name), 'utf8'), headers: { cookie, 'content-type': 'multipart/form-data; boundary=abc' } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'INVALID_TEXT', details: { field: 'filename', problem } });
    }
    expect(await attachments()).toBe(before);
    const ok = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload: Buffer.from(body('合同.pdf'), 'utf8'), headers: { cookie, 'content-type': 'multipart/form-data; boundary=abc' } });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('limits anonymous Open311 submissions per network address with 429 and Retry-After, writing nothing more; other addresses and signed-in enterprises go on', async () => {
    const cases = async () => Number((await getDb().query<{ n: string | number }>('SELECT count(*) AS n FROM appeal_cases'))[0]!.n);
    const form = 'service_code=INSPECTION_COMPLAINT&description=%E6%A3%80%E6%9F%A5%E9%A2%91%E6%AC%A1%E8%BF%87%E9%AB%98';
    const post = (remoteAddress: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/open311/v2/requests.json', payload: form, remoteAddress, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    for (let i = 0; i < 20; i++) expect((await post('203.0.113.7')).statusCode).toBe(201);
    const before = await cases();
    const refused = await post('203.0.113.7');
    expect(refused.statusCode, refused.body).toBe(429);
    expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', details: { limit: 20, windowSeconds: 3600 } });
    expect(refused.json().error.message.zh).toContain('匿名诉求');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await cases()).toBe(before);
    expect((await post('203.0.113.8')).statusCode).toBe(201);
    const cookie = await t.cookie('enterprise');
    expect((await post('203.0.113.7', { cookie })).statusCode).toBe(201);
  });

  it('refuses a display name of zero-width spaces with 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '\u200B\u200B\u200B', password: 'x' } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TEXT', details: { field: 'username', problem: 'INVISIBLE_ONLY' } });
  });
}, { });
