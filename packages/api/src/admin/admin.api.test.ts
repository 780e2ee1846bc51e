import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD, findTokenPrincipal, listAuditEvents } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const STRONG = 'Kq7-Staff#Pass-2026';

describeEachEngine('administration API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      await createUser(tx, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null);
      await createUser(tx, { username: 'finance', displayName: '财务拨付人员', role: 'SME_BUREAU_FINANCE', jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null);
    });
  });
  afterAll(() => t.stop());

  const as = async (user: string) => ({ cookie: await t.cookie(user) });
  const post = async (url: string, payload?: object, user = 'admin') => t.app.inject({ method: 'POST', url, headers: await as(user), ...(payload ? { payload } : {}) });
  const types = async (subject: string) => (await listAuditEvents(getDb(), { page: 1, pageSize: 50, subject })).items.map((e) => e.type);

  it('creates a department under a parent with a district scope from the rule base, renames it, refuses a cycle, deactivates it once empty — every step audited', async () => {
    const parent = await post('/api/admin/departments', { id: 'dept-samr', nameZh: '深圳市市场监督管理局', nameEn: 'Shenzhen AMR', jurisdiction: 'cn-gd-sz', parentId: null });
    expect(parent.statusCode, parent.body).toBe(201);
    const child = await post('/api/admin/departments', { id: 'dept-samr-ft', nameZh: '福田监管局', nameEn: '', jurisdiction: 'cn-gd-sz-ft', parentId: 'dept-samr' });
    expect(child.statusCode, child.body).toBe(201);
    expect(child.json()).toMatchObject({ jurisdiction: 'cn-gd-sz-ft', jurisdictionName: { zh: '福田区' }, parentId: 'dept-samr', parentName: { zh: '深圳市市场监督管理局' }, activeOfficers: 0 });

    const taken = await post('/api/admin/departments', { id: 'dept-samr', nameZh: '重复', jurisdiction: 'cn-gd-sz' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message.zh).toContain('已存在');
    const badJurisdiction = await post('/api/admin/departments', { id: 'dept-x', nameZh: '某局', jurisdiction: 'cn-zz-nowhere' });
    expect(badJurisdiction.statusCode).toBe(422);
    expect(badJurisdiction.json().error.details).toEqual({ field: 'jurisdiction' });

    const cycle = await t.app.inject({ method: 'PATCH', url: '/api/admin/departments/dept-samr', headers: await as('admin'), payload: { parentId: 'dept-samr-ft' } });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.message.zh).toContain('下级部门');
    const renamed = await t.app.inject({ method: 'PATCH', url: '/api/admin/departments/dept-samr-ft', headers: await as('admin'), payload: { nameZh: '福田市场监管局' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name.zh).toBe('福田市场监管局');

    const officer = await post('/api/admin/users', { username: 'li.ft', displayName: '李福田', role: 'DEPARTMENT', password: STRONG, departmentId: 'dept-samr-ft' });
    expect(officer.statusCode, officer.body).toBe(201);
    expect(officer.json()).toMatchObject({ role: 'DEPARTMENT', departmentId: 'dept-samr-ft', jurisdiction: 'cn-gd-sz-ft', disabled: false });
    const refused = await post('/api/admin/departments/dept-samr-ft/deactivate');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message.zh).toContain('1 名在用人员');
    expect((await post(`/api/admin/users/${officer.json().id}/disable`)).json().disabled).toBe(true);
    const parentFirst = await post('/api/admin/departments/dept-samr/deactivate');
    expect(parentFirst.statusCode).toBe(409);
    const done = await post('/api/admin/departments/dept-samr-ft/deactivate');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().deactivatedAt).not.toBeNull();
    expect(await types('dept-samr-ft')).toEqual(expect.arrayContaining(['ADMIN_DEPARTMENT_CREATED', 'ADMIN_DEPARTMENT_UPDATED', 'ADMIN_DEPARTMENT_DEACTIVATED']));
  });

  it('creates officers with checks an operator understands; disable ends the sessions; a reset forces a password change before anything else', async () => {
    const weak = await post('/api/admin/users', { username: 'wang', displayName: '王', role: 'SME_BUREAU', password: 'short', departmentId: 'dept-sme' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error).toMatchObject({ code: 'ADMIN_INVALID', details: { field: 'password' } });
    const noDept = await post('/api/admin/users', { username: 'wang', displayName: '王', role: 'SME_BUREAU', password: STRONG });
    expect(noDept.json().error.details).toEqual({ field: 'departmentId' });
    const role = await post('/api/admin/users', { username: 'wang', displayName: '王', role: 'KING', password: STRONG });
    expect(role.json().error.message.zh).toContain('未知角色');
    const taken = await post('/api/admin/users', { username: 'bureau', displayName: '王', role: 'AUDITOR', password: STRONG, jurisdiction: 'cn-gd-sz' });
    expect(taken.statusCode).toBe(409);

    const created = await post('/api/admin/users', { username: 'wang', displayName: '王财务', role: 'SME_BUREAU_FINANCE', password: STRONG, jurisdiction: 'cn-gd-sz' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wang', password: STRONG } });
    expect(login.statusCode).toBe(200);
    const cookie = `huiqi_session=${login.cookies.find((c) => c.name === 'huiqi_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json().role).toBe('SME_BUREAU_FINANCE');

    expect((await post(`/api/admin/users/${id}/disable`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await post(`/api/admin/users/${id}/enable`)).json().disabled).toBe(false);

    const reset = await post(`/api/admin/users/${id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect(reset.json().account.mustChangePassword).toBe(true);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wang', password: temporary } });
    expect(again.statusCode).toBe(200);
    const c2 = `huiqi_session=${again.cookies.find((c) => c.name === 'huiqi_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: c2 } })).json().mustChangePassword).toBe(true);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/benefits/payment-batches', headers: { cookie: c2 } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const sameWeak = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie: c2 }, payload: { currentPassword: temporary, newPassword: 'wang12345678' } });
    expect(sameWeak.statusCode).toBe(422);
    const changed = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie: c2 }, payload: { currentPassword: temporary, newPassword: 'Nine-Lives#Cat-77' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().mustChangePassword).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/benefits/payment-batches', headers: { cookie: c2 } })).statusCode).toBe(200);

    const self = await post(`/api/admin/users/${(await t.app.inject({ method: 'GET', url: '/api/me', headers: await as('admin') })).json().id}/disable`);
    expect(self.statusCode).toBe(409);
    expect(await types(id)).toEqual(expect.arrayContaining(['ADMIN_USER_CREATED', 'ADMIN_USER_DISABLED', 'ADMIN_USER_ENABLED', 'ADMIN_PASSWORD_RESET', 'USER_PASSWORD_CHANGED']));
    const listed = await t.app.inject({ method: 'GET', url: '/api/admin/users?role=SME_BUREAU_FINANCE&q=wang', headers: await as('admin') });
    expect(listed.json().items.map((u: { username: string }) => u.username)).toEqual(['wang']);
  });

  it('issues a department system token scoped to the department and intake kinds, with expiry and last use; expired and revoked tokens are refused', async () => {
    const bad = await post('/api/admin/tokens', { departmentId: 'dept-miit', name: '工信系统', intakeKinds: ['NOT_A_KIND'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(bad.statusCode).toBe(422);
    const past = await post('/api/admin/tokens', { departmentId: 'dept-miit', name: '工信系统', intakeKinds: ['QUALIFICATIONS'], expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.json().error.details).toEqual({ field: 'expiresAt' });
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const issued = await post('/api/admin/tokens', { departmentId: 'dept-miit', name: '工信系统', intakeKinds: ['QUALIFICATIONS', 'SHARED_FACTS'], expiresAt });
    expect(issued.statusCode, issued.body).toBe(201);
    const { token, item } = issued.json();
    expect(item).toMatchObject({ departmentId: 'dept-miit', intakeKinds: ['QUALIFICATIONS', 'SHARED_FACTS'], status: 'ACTIVE', lastUsedAt: null, createdBy: 'admin' });

    const found = await findTokenPrincipal(getDb(), token);
    expect(found).toMatchObject({ status: 'OK', token: { id: item.id, departmentId: 'dept-miit', intakeKinds: ['QUALIFICATIONS', 'SHARED_FACTS'], expiresAt }, user: { role: 'DEPARTMENT', departmentId: 'dept-miit' } });
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().authenticatedVia).toBe('TOKEN');
    const outside = await t.app.inject({ method: 'GET', url: '/api/enterprises', headers: { authorization: `Bearer ${token}` } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('DEPARTMENT_TOKEN_SCOPE_ONLY');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/admin/tokens?departmentId=dept-miit', headers: await as('admin') })).json().items;
    expect(listed.find((x: { id: string }) => x.id === item.id).lastUsedAt).not.toBeNull();

    expect(await findTokenPrincipal(getDb(), token, new Date(Date.parse(expiresAt) + 1000))).toEqual({ status: 'EXPIRED', expiresAt });
    await getDb().query("UPDATE api_tokens SET expires_at = '2021-01-01T00:00:00Z' WHERE id = $1", [item.id]);
    const expired = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('TOKEN_EXPIRED');
    await getDb().query('UPDATE api_tokens SET expires_at = $2 WHERE id = $1', [item.id, expiresAt]);

    const revoked = await post(`/api/admin/tokens/${item.id}/revoke`);
    expect(revoked.json().status).toBe('REVOKED');
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('INVALID_TOKEN');
    expect(await types('dept-miit')).toEqual(expect.arrayContaining(['ADMIN_TOKEN_CREATED', 'ADMIN_TOKEN_REVOKED']));
  });

  it('the finance officer prepares payments and nothing else: 403 on enterprise tags, drafts review, appeals, the audit log and administration', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/benefits/payment-batches', headers: await as('finance') })).statusCode).toBe(200);
    for (const url of ['/api/audit', `/api/enterprises/${DEMO_ENTERPRISE_USCC}`, '/api/enterprises', '/api/appeals', '/api/admin/users', '/api/departments', '/api/benefits/dashboard']) {
      const res = await t.app.inject({ method: 'GET', url, headers: await as('finance') });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('FINANCE_SCOPE_ONLY');
      expect(res.json().error.message.zh).toContain('财务拨付人员');
    }
    const publicPage = await t.app.inject({ method: 'GET', url: '/api/public/benefits/disclosure', headers: await as('finance') });
    expect(publicPage.statusCode).toBe(200);
  });

  it('refuses administration to everyone but the administrator', async () => {
    for (const user of ['bureau', 'auditor', 'finance', 'dept-miit']) {
      expect((await t.app.inject({ method: 'GET', url: '/api/admin/departments', headers: await as(user) })).statusCode).toBe(403);
    }
  });
});
