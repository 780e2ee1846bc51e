import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

interface Card { key: string; value: number; unit: string; isEstimated: boolean; link: string | null }
interface Summary { role: string; today: string; figures: Card[]; queues: Card[]; deadlines: { kind: string; title: string; due: string; link: string }[]; enterprise: null | { name: string; sizeClass: { isClassified: boolean; label: { zh: string } | null }; eligibleCount: number; policies: { policyId: string; action: string; link: string }[] } }

describeEachEngine('home API', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST', url: string, who: string | null, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, payload: payload as object | undefined, headers: { ...headers, ...(who ? { cookie: await t.cookie(who) } : {}) } });
  const home = async (who: string, role: string): Promise<Summary> => {
    const res = await call('GET', `/api/home/${role}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Summary;
  };
  const card = (s: Summary, key: string) => {
    const c = [...s.figures, ...s.queues].find((x) => x.key === key);
    if (!c) throw new Error(`no card ${key} in ${s.role}: ${[...s.figures, ...s.queues].map((x) => x.key).join(', ')}`);
    return c;
  };
  beforeAll(async () => {
    await t.start();
  }, 120_000);
  afterAll(() => t.stop());

  it('gives the enterprise the size class and the eligible policies that 我的政策 computes, each card linked to its page', async () => {
    const s = await home('enterprise', 'enterprise');
    const uscc = (await call('GET', '/api/me', 'enterprise')).json().uscc as string;
    const eligibility = (await call('GET', `/api/enterprises/${uscc}/eligibility`, 'enterprise')).json();
    expect(s.enterprise?.name).toBe(eligibility.name);
    expect(s.enterprise?.sizeClass.label?.zh ?? null).toBe(eligibility.sizeClass.label?.zh ?? null);
    const eligible = eligibility.policies.filter((p: { status: string }) => p.status === 'ELIGIBLE');
    expect(card(s, 'policies-eligible').value).toBe(eligible.length);
    expect(s.enterprise?.eligibleCount).toBe(eligible.length);
    const cash = eligible.reduce((sum: number, p: { benefitKind: string; amountFen: number | null }) => sum + (p.benefitKind === 'CASH' ? p.amountFen ?? 0 : 0), 0);
    expect(card(s, 'policies-eligible-cash')).toMatchObject({ value: cash, unit: 'FEN' });
    for (const p of s.enterprise?.policies ?? []) expect(p.link).toMatch(/^\/(benefits|me\/policies)/);
    for (const c of [...s.figures, ...s.queues]) expect(c.link, c.key).toMatch(/^\//);
  });

  it('counts a newly submitted appeal on the enterprise home and in the bureau\'s queue of appeals to accept, with its time limit', async () => {
    const before = { enterprise: card(await home('enterprise', 'enterprise'), 'appeals-open').value, bureau: card(await home('bureau', 'bureau'), 'appeals-to-accept').value };
    const title = '工作台测试：厂房消防验收久拖未办';
    const res = await call('POST', '/api/appeals', 'enterprise', { type: 'REQUEST', title, description: '新建厂房消防验收申请已提交两个月仍无结果。', contactName: '张经理', contactPhone: '13800000000' }, { 'idempotency-key': 'home-test-0001' });
    expect(res.statusCode, res.body).toBe(201);
    const tracking = res.json().trackingNumber as string;

    const enterprise = await home('enterprise', 'enterprise');
    expect(card(enterprise, 'appeals-open').value).toBe(before.enterprise + 1);
    const bureau = await home('bureau', 'bureau');
    expect(card(bureau, 'appeals-to-accept')).toMatchObject({ value: before.bureau + 1, isEstimated: false, link: '/appeals/intake' });
    const due = bureau.deadlines.find((d) => d.link === `/appeals/case/${tracking}`);
    expect(due).toMatchObject({ kind: 'APPEAL', title });
    expect(due!.due >= bureau.today).toBe(true);
    expect(enterprise.deadlines.find((d) => d.link === `/appeals/case/${tracking}`)?.due).toBe(due!.due);
    // A department the case is not dispatched to does not count it.
    expect(card(await home('dept-miit', 'department'), 'appeals-to-handle').value).toBe(0);
  });

  it('gives the bureau the registry size and the department, bank and auditor their own homes', async () => {
    const [n] = await getDb().query<{ n: number | string }>('SELECT count(*) AS n FROM enterprises');
    const bureau = await home('bureau', 'bureau');
    expect(card(bureau, 'registry-enterprises')).toMatchObject({ value: Number(n!.n), isEstimated: false });
    expect(bureau.queues.map((c) => c.key)).toEqual(expect.arrayContaining(['benefits-to-review', 'consultations-open', 'cultivation-city-review', 'registrations-pending']));
    expect((await home('dept-futian', 'department')).queues.map((c) => c.key)).toContain('cultivation-district-review');
    expect((await home('dept-miit', 'department')).queues.map((c) => c.key)).not.toContain('cultivation-district-review');
    expect((await home('bank', 'bank')).queues.map((c) => c.key)).toEqual(['demands-open', 'demands-taken', 'consents-live', 'consents-expiring']);
    expect(card(await home('auditor', 'auditor'), 'registry-enterprises').value).toBe(Number(n!.n));
  });

  it('refuses another role\'s home and asks a visitor to sign in, but shows the front door\'s highlights to anyone', async () => {
    expect((await call('GET', '/api/home/bureau', 'enterprise')).statusCode).toBe(403);
    expect((await call('GET', '/api/home/enterprise', 'bureau')).statusCode).toBe(403);
    expect((await call('GET', '/api/home/bank', 'auditor')).statusCode).toBe(403);
    expect((await call('GET', '/api/home/enterprise', null)).statusCode).toBe(401);
    const pub = await call('GET', '/api/home/public', null);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().figures.map((c: Card) => c.key)).toEqual(expect.arrayContaining(['registry-enterprises', 'policies-in-force', 'consultations-open']));
  });
});
