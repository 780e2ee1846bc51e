/** Self-registration, the bureau's queue, and an enterprise administrator's staff, over HTTP. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { completeUscc, usccCheckCharacter } from '@huiqi/kernel';
import { createTestApi } from '../testing/test-api';

const bodyOf = (n: number) => `91440300MA5ACC${String(n).padStart(3, '0')}`;

describeEachEngine('enterprise accounts API', (getDb) => {
  const t = createTestApi(getDb);
  const bureau = () => t.cookie('bureau');
  const lrUscc = completeUscc(bodyOf(1));
  const queuedUscc = completeUscc(bodyOf(2));
  const otherUscc = completeUscc(bodyOf(3));

  beforeAll(async () => {
    await t.start();
    for (const [uscc, name, district] of [[lrUscc, '深圳市注册甲有限公司', 'cn-gd-sz-nanshan'], [queuedUscc, '深圳市注册乙有限公司', 'cn-gd-sz-futian'], [otherUscc, '深圳市注册丙有限公司', 'cn-gd-sz-nanshan']] as const) {
      const res = await t.app.inject({
        method: 'POST', url: '/api/enterprises', headers: { cookie: await bureau() },
        payload: { uscc, name, registeredAddress: '深圳市测试路 1 号', district, industryCode: 'I65', registrationDate: '2020-01-02', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    // The registry's legal representative, as data intake imports it.
    await getDb().query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [lrUscc, '郑法人']);
    await getDb().query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [otherUscc, '冯法人']);
  });
  afterAll(() => t.stop());

  const register = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/accounts/registrations', payload });
  const login = async (username: string, password: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    return res.statusCode === 200 ? `huiqi_session=${res.cookies.find((c) => c.name === 'huiqi_session')!.value}` : null;
  };

  it('refuses a code with a wrong check character, a company not in the registry and a weak password, in both languages', async () => {
    const body = bodyOf(1);
    const wrong = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').find((c) => c !== usccCheckCharacter(body))!;
    const typo = await register({ uscc: body + wrong, legalRepresentativeName: '郑法人', displayName: '郑法人', username: 'zheng', password: 'long-enough-pass' });
    expect(typo.statusCode).toBe(400);
    expect(JSON.stringify(typo.json().error.details)).toContain('校验码');
    const unknown = await register({ uscc: completeUscc(bodyOf(9)), legalRepresentativeName: '郑法人', displayName: '郑法人', username: 'zheng', password: 'long-enough-pass' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.message.zh).toContain('企业名录中没有');
    const weak = await register({ uscc: lrUscc, legalRepresentativeName: '郑法人', displayName: '郑法人', username: 'zheng', password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json().error.details)).toContain('密码至少 10 个字符');
  });

  it('confirms at once when the legal representative matches; the registrant is the administrator and manages staff of its own enterprise only', async () => {
    const res = await register({ uscc: lrUscc.toLowerCase(), legalRepresentativeName: '郑 法人', displayName: '郑法人', username: 'Zheng', password: 'long-enough-pass' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ status: 'CONFIRMED', enterpriseName: '深圳市注册甲有限公司' });
    const admin = (await login('zheng', 'long-enough-pass'))!;
    expect(admin).not.toBeNull();
    expect((await register({ uscc: lrUscc, legalRepresentativeName: '郑法人', displayName: '又一个', username: 'zheng2', password: 'long-enough-pass' })).json().error.code).toBe('ENTERPRISE_HAS_ACCOUNTS');

    const add = await t.app.inject({ method: 'POST', url: `/api/enterprises/${lrUscc}/staff`, headers: { cookie: admin }, payload: { username: 'zheng-clerk', displayName: '出纳小郑', password: 'clerk-pass-123' } });
    expect(add.statusCode, add.body).toBe(201);
    const clerkId = add.json().userId as string;
    const dup = await t.app.inject({ method: 'POST', url: `/api/enterprises/${lrUscc}/staff`, headers: { cookie: admin }, payload: { username: 'zheng-clerk', displayName: 'x', password: 'clerk-pass-123' } });
    expect(dup.statusCode).toBe(409);
    const clerk = (await login('zheng-clerk', 'clerk-pass-123'))!;
    const list = await t.app.inject({ method: 'GET', url: `/api/enterprises/${lrUscc}/staff`, headers: { cookie: clerk } });
    expect(list.json()).toMatchObject({ canManage: false, items: [{ username: 'zheng', isAdministrator: true }, { username: 'zheng-clerk', isAdministrator: false }] });
    // Staff cannot add; nobody reaches across enterprises.
    expect((await t.app.inject({ method: 'POST', url: `/api/enterprises/${lrUscc}/staff`, headers: { cookie: clerk }, payload: { username: 'sneaky', displayName: 'x', password: 'clerk-pass-123' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${otherUscc}/staff`, headers: { cookie: admin } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${lrUscc}/staff/${clerkId}`, headers: { cookie: await t.cookie('enterprise') } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${lrUscc}/staff/${clerkId}`, headers: { cookie: await t.cookie('bureau') } })).statusCode).toBe(403);

    const self = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: admin } });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${lrUscc}/staff/${self.json().id}`, headers: { cookie: admin } })).json().error.code).toBe('STAFF_CANNOT_REMOVE_SELF');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${lrUscc}/staff/${clerkId}`, headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: clerk } })).statusCode).toBe(401);
    const audit = await getDb().query<{ type: string }>("SELECT type FROM audit_events WHERE subject = $1 AND type LIKE 'ENTERPRISE_STAFF_%' ORDER BY seq", [clerkId]);
    expect(audit.map((a) => a.type)).toEqual(['ENTERPRISE_STAFF_ADDED', 'ENTERPRISE_STAFF_REMOVED']);
  });

  it('queues a registration the registry cannot confirm for the bureau of the enterprise\'s jurisdiction', async () => {
    const res = await register({ uscc: queuedUscc, legalRepresentativeName: '褚法人', displayName: '褚经理', username: 'chu', password: 'long-enough-pass' });
    expect(res.json()).toEqual({ status: 'PENDING', enterpriseName: '深圳市注册乙有限公司' });
    expect(await login('chu', 'long-enough-pass')).toBeNull();
    const queue = await t.app.inject({ method: 'GET', url: '/api/accounts/registrations?status=PENDING', headers: { cookie: await bureau() } });
    const item = queue.json().items.find((r: { uscc: string }) => r.uscc === queuedUscc);
    expect(item).toMatchObject({ legalRepresentativeName: '褚法人', registryHasLegalRepresentative: false, district: { zh: '福田区' } });
    expect(item).not.toHaveProperty('passwordHash');
    // A district officer of another district and a department officer may not decide it.
    expect((await t.app.inject({ method: 'POST', url: `/api/accounts/registrations/${item.id}/confirm`, headers: { cookie: await t.cookie('dept-miit') } })).statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: `/api/accounts/registrations/${item.id}/confirm`, headers: { cookie: await bureau() } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'CONFIRMED', confirmedBy: 'BUREAU' });
    expect((await t.app.inject({ method: 'POST', url: `/api/accounts/registrations/${item.id}/reject`, headers: { cookie: await bureau() }, payload: { note: '晚了' } })).statusCode).toBe(409);
    expect(await login('chu', 'long-enough-pass')).not.toBeNull();
  });

  it('lets the bureau reject a registration naming someone else, with the reason kept', async () => {
    const res = await register({ uscc: otherUscc, legalRepresentativeName: '冯伐人', displayName: '冯某', username: 'feng', password: 'long-enough-pass' });
    expect(res.json().status).toBe('PENDING');
    const queue = await t.app.inject({ method: 'GET', url: '/api/accounts/registrations?status=PENDING', headers: { cookie: await t.cookie('auditor') } });
    const item = queue.json().items.find((r: { uscc: string }) => r.uscc === otherUscc);
    expect(item.registryHasLegalRepresentative).toBe(true);
    const rejected = await t.app.inject({ method: 'POST', url: `/api/accounts/registrations/${item.id}/reject`, headers: { cookie: await bureau() }, payload: { note: '法定代表人姓名与登记不符' } });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', decisionNote: '法定代表人姓名与登记不符' });
    expect(await login('feng', 'long-enough-pass')).toBeNull();
  });
});
