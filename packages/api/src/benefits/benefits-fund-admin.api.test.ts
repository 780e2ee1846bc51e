import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPolicyDraft, createUser, DEMO_PASSWORD, listAuditEvents, publishPolicyDraft, submitPolicyDraft } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

const CITE = 'cn/law/sme-promotion#art_2';
const KEY = 'sz-console-digital-grant';
const account = { accountName: '深圳市鹏城智造科技有限公司', accountNumber: '44201500000000000001', bankName: '某银行深圳分行' };

describeEachEngine('funds administration API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
    const db = getDb();
    await db.transaction(async (tx) => {
      await createUser(tx, { username: 'bureau-2', displayName: '复核人员', role: 'SME_BUREAU', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', password: DEMO_PASSWORD, isDemo: true }, null);
      await createUser(tx, { username: 'finance', displayName: '财务拨付人员', role: 'SME_BUREAU_FINANCE', jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null);
      const [author] = await tx.query<{ id: string }>("SELECT id FROM users WHERE username = 'dept-miit'");
      const [reviewer] = await tx.query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
      // A policy published in the console with an amount (5 万元 to every enterprise with staff).
      const created = await createPolicyDraft(tx, {
        policyKey: KEY, titleZh: '数字化转型补助（控制台发布）', titleEn: 'Digital transformation grant (console)', summaryZh: '测试', summaryEn: 'test',
        departmentId: 'dept-miit', jurisdiction: 'cn-gd-sz', effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: [],
        conditions: [{ id: 'c0', labelZh: '有从业人员', labelEn: 'Has staff', when: 'employees >= 1', cite: CITE }],
        amount: { labelZh: '补助金额', labelEn: 'Grant', formula: 'wan_yuan(5)', cite: CITE },
      } as Parameters<typeof createPolicyDraft>[1], author!.id);
      if (!created.ok) throw new Error(created.reason);
      await submitPolicyDraft(tx, created.value.id, author!.id);
      const published = await publishPolicyDraft(tx, created.value.id, reviewer!.id);
      if (!published.ok) throw new Error(published.reason);
    });
  }, 180_000);
  afterAll(() => t.stop());

  async function call(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const res = await t.app.inject({ method, url, headers: { cookie: await t.cookie(user) }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  }

  it('creates a fund, applies a small budget change at once and holds a large one for a second officer (never the proposer) — audited', async () => {
    const fund = await call('bureau', 'POST', '/api/benefits/funds', { id: 'sz-2026-digital', nameZh: '2026 年数字化转型专项资金', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2026, budgetFen: 50_000_000 });
    expect(fund.status, JSON.stringify(fund.body)).toBe(201);
    expect(fund.body.budgetChange.status).toBe('APPLIED');
    const big = await call('bureau', 'POST', '/api/benefits/funds/sz-2026-digital/budget-changes', { newBudgetFen: 350_000_000, reason: '追加年度预算' });
    expect(big.status, JSON.stringify(big.body)).toBe(201);
    expect(big.body).toMatchObject({ status: 'PENDING', oldBudgetFen: 50_000_000, newBudgetFen: 350_000_000 });
    const listed = await call('auditor', 'GET', '/api/benefits/funds');
    const row = listed.body.items.find((f: { id: string }) => f.id === 'sz-2026-digital');
    expect(row.budgetFen).toBe(50_000_000);
    expect(row.pendingChange.id).toBe(big.body.id);
    expect(listed.body.thresholdFen).toBe(100_000_000);
    const second = await call('bureau', 'POST', '/api/benefits/funds/sz-2026-digital/budget-changes', { newBudgetFen: 60_000_000, reason: '再改' });
    expect(second.status).toBe(409);
    const self = await call('bureau', 'POST', `/api/benefits/funds/sz-2026-digital/budget-changes/${big.body.id}/decision`, { approve: true });
    expect(self.status).toBe(409);
    expect(self.body.error.message.zh).toContain('另一名工作人员');
    expect((await call('auditor', 'POST', `/api/benefits/funds/sz-2026-digital/budget-changes/${big.body.id}/decision`, { approve: true })).status).toBe(403);
    const ok = await call('bureau-2', 'POST', `/api/benefits/funds/sz-2026-digital/budget-changes/${big.body.id}/decision`, { approve: true, note: '同意' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'APPROVED', decidedByName: '复核人员' });
    expect((await call('auditor', 'GET', '/api/benefits/funds')).body.items.find((f: { id: string }) => f.id === 'sz-2026-digital').budgetFen).toBe(350_000_000);
    const events = await listAuditEvents(getDb(), { page: 1, pageSize: 20, subject: 'sz-2026-digital' });
    expect(events.items.map((e) => e.type)).toEqual(expect.arrayContaining(['BENEFIT_FUND_SAVED', 'BENEFIT_FUND_BUDGET_CHANGE_PROPOSED', 'BENEFIT_FUND_BUDGET_CHANGE_DECIDED']));
  });

  it('links a policy published in the console to the fund with a cap; the enterprise applies online, the bureau approves, finance pays it like a rule-base policy', async () => {
    const linkable = await call('bureau', 'GET', '/api/benefits/linkable-policies');
    expect(linkable.body.items.find((p: { policyId: string }) => p.policyId === KEY)).toMatchObject({ source: 'CONSOLE', hasAmount: true, isCash: true });
    // A fee cut is not offered for linking (the server would refuse it: only cash is paid by a fund).
    expect(linkable.body.items.map((p: { policyId: string }) => p.policyId)).not.toContain('sz-2023-guarantee-fee-reduction');
    const link = await call('bureau', 'PUT', `/api/benefits/fund-links/${KEY}`, { fundId: 'sz-2026-digital', channel: 'NO_APPLICATION', capFen: 10_000_000 });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body.channel).toBe('NO_APPLICATION');
    const online = await call('bureau', 'PUT', `/api/benefits/fund-links/${KEY}`, { fundId: 'sz-2026-digital', channel: 'ONLINE_APPLICATION', capFen: 10_000_000 });
    expect(online.body).toMatchObject({ channel: 'ONLINE_APPLICATION', capFen: 10_000_000 });
    expect((await call('bureau', 'PUT', '/api/benefits/fund-links/no-such-policy', { fundId: 'sz-2026-digital', channel: 'ONLINE_APPLICATION' })).status).toBe(404);

    const offered = await t.app.inject({ method: 'GET', url: '/api/benefits/policies' });
    expect(offered.json().items.find((p: { policyId: string }) => p.policyId === KEY).title.zh).toBe('数字化转型补助（控制台发布）');
    const applied = await call('enterprise', 'POST', '/api/benefits/applications', { policyId: KEY, requestId: 'console-1', declaredFacts: {}, expenseReference: 'SZH-2026-1', account, declaredTruthful: true });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const id = applied.body.application.id as string;
    expect((await call('bureau', 'POST', `/api/benefits/applications/${id}/actions`, { action: 'ACCEPT' })).status).toBe(200);
    const approved = await call('bureau', 'POST', `/api/benefits/applications/${id}/actions`, { action: 'APPROVE' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect([approved.body.status, approved.body.amountFen]).toEqual(['APPROVED', 5_000_000]);

    const batch = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2026-digital' });
    expect(batch.status, JSON.stringify(batch.body)).toBe(201);
    const csv = await t.app.inject({ method: 'GET', url: `/api/benefits/payment-batches/${batch.body.id}/export?format=csv`, headers: { cookie: await t.cookie('finance') } });
    const line = csv.body.split('\r\n')[1]!.split(',');
    expect(line[5]).toBe('50000.00');
    const file = `payment_id,result,amount_yuan,bank_reference,settled_on,reason\r\n${line[0]},SUCCESS,50000.00,BANK-REF-9,2026-12-01,\r\n`;
    const imported = await call('finance', 'POST', `/api/benefits/payment-batches/${batch.body.id}/returns`, { content: file });
    expect(imported.body).toMatchObject({ paid: 1, failed: 0 });
    expect((await call('enterprise', 'GET', `/api/benefits/applications/${id}`)).body.status).toBe('PAID');
  });

  it('only the SME bureau\'s own officers manage funds; auditors read; finance and others are refused', async () => {
    for (const user of ['dept-miit', 'dept-futian', 'finance']) {
      expect((await call(user, 'POST', '/api/benefits/funds', { id: 'x-fund', nameZh: 'x', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2026, budgetFen: 1 })).status).toBe(403);
    }
    expect((await call('auditor', 'GET', '/api/benefits/fund-links')).status).toBe(200);
    expect((await call('auditor', 'PUT', `/api/benefits/fund-links/${KEY}`, { fundId: 'sz-2026-digital', channel: 'ONLINE_APPLICATION' })).status).toBe(403);
  });
});
