import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { buildApi } from './build-api';
import { createTestApi } from './testing/test-api';
import { ERROR_CODES } from './errors/error-codes';

describeEachEngine('API: auth, errors, tokens', (getDb, engine) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('reports health and the engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, demo: true });
  });

  it('logs in with an HTTP-only SameSite=Lax cookie, answers /api/me, and logs out', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'enterprise', password: 'huiqi-demo' } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'huiqi_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(login.json().user).toMatchObject({ username: 'enterprise', role: 'ENTERPRISE', enterpriseName: '深圳市鹏城智造科技有限公司', jurisdiction: 'cn-gd-sz-nanshan' });
    const headers = { cookie: `huiqi_session=${cookie.value}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().uscc).toMatch(/^[0-9A-Z]{18}$/);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('gives department officers their department and a bilingual 401 to strangers', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: await t.cookie('dept-futian') } });
    expect(me.json()).toMatchObject({ role: 'DEPARTMENT', departmentId: 'dept-futian', departmentName: { zh: '福田区企业服务中心' }, jurisdiction: 'cn-gd-sz-futian' });
    const anon = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Please log in first' } } });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'auditor', password: 'wrong' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'no-such-user', password: 'wrong' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rate-limits repeated failures with 429 and Retry-After', async () => {
    let last;
    for (let i = 0; i < 6; i++) last = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'brute-target', password: `guess${i}` } });
    expect(last!.statusCode).toBe(429);
    expect(last!.json().error.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('explains validation errors in Chinese and English, per field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 42, extra: true } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message.zh).toMatch(/请求体不符合要求/);
    expect(body.error.message.en).toMatch(/^Invalid request body: .*\(and 1 more\)$/);
    const issues = body.error.details.issues as { path: string; message: { zh: string; en: string } }[];
    const pw = issues.find((i) => i.path === 'password')!;
    expect(pw.message.zh).toMatch(/[期望无效]/);
    expect(pw.message.en).toMatch(/expected string, received number/i);
    expect(issues.some((i) => /extra/.test(i.message.en))).toBe(true);
  });

  it('refuses a body over 1 MiB with 413 in the error shape', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x', password: 'y'.repeat(1_100_000) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: { zh: ERROR_CODES.PAYLOAD_TOO_LARGE.zh, en: ERROR_CODES.PAYLOAD_TOO_LARGE.en } } });
  });

  it('answers unknown routes, bad JSON and wrong content types in the same shape', async () => {
    const nf = await t.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json().error).toMatchObject({ code: 'NOT_FOUND', message: { zh: '地址不存在：GET /api/nothing-here', en: 'No such address: GET /api/nothing-here' } });
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_REQUEST');
    const form = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const text = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: '{"username":"a","password":"b"}' });
    expect(text.statusCode).toBe(415);
    const emptyJson = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(emptyJson.statusCode).toBe(204);
    const emptyLogin = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(emptyLogin.statusCode).toBe(400);
    expect(emptyLogin.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('issues API tokens once, accepts them as Bearer, lists them without the secret and revokes them', async () => {
    const cookie = await t.cookie('auditor');
    const created = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie }, payload: { name: '审计数据导出' } });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^hq_/);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: 'auditor', authenticatedVia: 'TOKEN' });
    const minted = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${token}` }, payload: { name: 'x' } });
    expect(minted.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect(list.body).not.toContain(token);
    const otherUser = await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: { cookie: await t.cookie('bureau') } });
    expect(otherUser.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: { cookie } })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('INVALID_TOKEN');
  });

  it('publishes an OpenAPI document that lists the endpoints', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/enterprises', '/api/enterprises/{uscc}', '/api/auth/login', '/api/departments/{id}']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });

  it('refuses demo logins, sessions and tokens when demo mode is off', async () => {
    const cookie = await t.cookie('bureau');
    const token = (await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie }, payload: { name: 'demo' } })).json().token;
    const prod = await buildApi({ db: getDb(), demoMode: false, secureCookies: true });
    try {
      const login = await prod.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bureau', password: 'huiqi-demo' } });
      expect(login.statusCode).toBe(403);
      expect(login.json().error.code).toBe('DEMO_LOGIN_DISABLED');
      expect((await prod.inject({ method: 'GET', url: '/api/health' })).json().demo).toBe(false);
      expect((await prod.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
      expect((await prod.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    } finally {
      await prod.close();
    }
  });
});
