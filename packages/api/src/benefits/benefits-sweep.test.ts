import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENEFIT_DEMO_LINKS, findBenefitCase, linkPolicyToFund, seedBenefitsDemo } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { plainDate } from '@huiqi/kernel';
import { createTestApi } from '../testing/test-api';
import { actOnCase } from './benefits-service';
import { sweepBenefits } from './benefits-sweep';

describeEachEngine('benefits sweep and demo seed', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
    expect(await seedBenefitsDemo(getDb())).toBe(true);
    expect(await seedBenefitsDemo(getDb())).toBe(false); // idempotent
    const link = BENEFIT_DEMO_LINKS[0]!;
    await getDb().transaction((tx) => linkPolicyToFund(tx, { ...link, noticeWorkingDays: 5 }, null));
  });
  afterAll(() => t.stop());

  it('a 公示 period of 5 working days ends only after its last day, once', async () => {
    const cookie = await t.cookie('enterprise');
    const res = await t.app.inject({
      method: 'POST', url: '/api/benefits/applications', headers: { cookie },
      payload: { policyId: 'sz-2023-first-loan-interest-subsidy', requestId: 'sweep-0001', declaredFacts: { isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-03-01', firstLoanPrincipal: '2000000', firstLoanMonths: 3 }, expenseReference: 'SWEEP-1', account: { accountName: '深圳市鹏城智造科技有限公司', accountNumber: '44201500000000000009', bankName: '某银行' }, declaredTruthful: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().application.id as string;
    const [bureau] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    const reviewer = (c: { departmentId: string }) => (c.departmentId === 'dept-sme' ? { role: 'REVIEWER' as const, userId: bureau!.id } : null);
    await actOnCase(getDb(), id, reviewer, { action: 'ACCEPT' }, plainDate('2026-02-27'));
    // Approved on Monday 2026-03-02: five working days → notice until Monday 2026-03-09.
    const approved = await actOnCase(getDb(), id, reviewer, { action: 'APPROVE' }, plainDate('2026-03-02'));
    expect(approved.status).toBe('PUBLIC_NOTICE');
    expect(approved.amountFen).toBe(1_000_000); // 200万 × 2% × 3/12 = 1万元
    expect((approved.decision as { noticeUntil: string }).noticeUntil).toBe('2026-03-09');
    expect((await sweepBenefits(getDb(), plainDate('2026-03-09'))).noticesEnded).toBe(0);
    expect((await sweepBenefits(getDb(), plainDate('2026-03-10'))).noticesEnded).toBe(1);
    expect((await findBenefitCase(getDb(), id))!.status).toBe('APPROVED');
    expect((await sweepBenefits(getDb(), plainDate('2026-03-11'))).noticesEnded).toBe(0);
  });

  it('the review due date is stored and moves by the days the clock stood still for 补正', async () => {
    const cookie = await t.cookie('enterprise');
    const res = await t.app.inject({
      method: 'POST', url: '/api/benefits/applications', headers: { cookie },
      payload: { policyId: 'sz-2023-first-loan-interest-subsidy', requestId: 'sweep-0002', declaredFacts: { isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-03-01', firstLoanPrincipal: '100000', firstLoanMonths: 3 }, expenseReference: 'SWEEP-2', account: { accountName: '深圳市鹏城智造科技有限公司', accountNumber: '44201500000000000009', bankName: '某银行' }, declaredTruthful: true },
    });
    const id = res.json().application.id as string;
    const [bureau] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    const [ent] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'enterprise'");
    const reviewer = () => ({ role: 'REVIEWER' as const, userId: bureau!.id });
    const a = await actOnCase(getDb(), id, reviewer, { action: 'ACCEPT' }, plainDate('2026-03-02'));
    const b = await actOnCase(getDb(), id, reviewer, { action: 'REQUEST_CORRECTION', note: '请补充' }, plainDate('2026-03-03'));
    const c = await actOnCase(getDb(), id, () => ({ role: 'ENTERPRISE' as const, userId: ent!.id }), { action: 'SUBMIT_CORRECTION', note: '已补充' }, plainDate('2026-03-10'));
    expect(a.dueOn).not.toBeNull();
    expect(c.dueOn! > a.dueOn!).toBe(true); // paused 3/4–3/10: the due date moves later
    expect(b.status).toBe('AWAITING_CORRECTION');
  });
});
