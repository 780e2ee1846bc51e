import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENEFIT_DEMO_LOGINS, createEnterprise, createUser, DEMO_PASSWORD, ensureFinancialInstitution, recordYearlyFigures, saveFund } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { setCreditClock } from './credit-clock';

const at = (iso: string) => setCreditClock(() => new Date(iso));
const account = { accountName: '某银行深圳分行', accountNumber: '4000 1234 5678', bankName: '某银行深圳分行营业部' };
const FUND = 'test-risk-pool';

/**
 * Loan-loss risk compensation (深工信〔2023〕26号 第5项; 中小企业促进法 第九条): a bank registers a loan it recorded
 * in the pool, files one claim when it defaults, two bureau officers approve it at the rule's amount (or one
 * rejects it with a reason), and the payments officer pays it in the fund's benefit payment batch.
 */
describeEachEngine('risk compensation claims (风险补偿)', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: await t.cookie(who) } });
  const firms = { small: fakeUscc(), large: fakeUscc(), other: fakeUscc() };

  /** The enterprise publishes a demand, the demo bank takes it and records a loan of 1000万元 granted on `grantedOn`; returns the demand id. */
  async function lend(who: string, now: string, grantedOn: string): Promise<string> {
    at(now);
    const d = await call(who, 'POST', '/api/financing/demands', { amountFen: 1_000_000_000, termMonths: 12, purpose: '流动资金', collateral: 'NONE', urgency: 'NORMAL' });
    expect(d.statusCode, d.body).toBe(201);
    const id = d.json().demandId as string;
    expect((await call('bank', 'POST', `/api/financing/demands/${id}/take`)).statusCode).toBe(200);
    const l = await call('bank', 'POST', `/api/financing/demands/${id}/loan`, { grantedAmountFen: 1_000_000_000, annualRatePercent: '3.45', termMonths: 12, isFirstLoan: false, kind: 'CREDIT', grantedOn });
    expect(l.statusCode, l.body).toBe(200);
    return id;
  }
  const claimBody = (demandId: string, over: Record<string, unknown> = {}) => ({ demandId, lossPrincipalFen: 400_000_000, defaultedOn: '2026-11-30', description: '借款企业停止经营，经催收仍未归还本金', account, ...over });
  const register = (who: string, demandId: string) => call(who, 'POST', '/api/financing/risk-pool/loans', { demandId });

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      // the payments officer and the second reviewer (双人复核) of the benefits demo
      for (const l of BENEFIT_DEMO_LOGINS) await createUser(tx, { ...l, password: DEMO_PASSWORD, isDemo: true }, null);
      await ensureFinancialInstitution(tx, { id: 'test-bank-b', name: { zh: '另一银行深圳分行', en: 'Another bank, Shenzhen branch' }, jurisdiction: 'cn-gd-sz' }, null);
      await createUser(tx, { username: 'risk-bank-b', displayName: '另一银行', role: 'FINANCIAL_INSTITUTION', jurisdiction: 'cn-gd-sz', institutionId: 'test-bank-b', password: DEMO_PASSWORD, isDemo: true }, null);
      await saveFund(tx, { id: FUND, name: { zh: '贷款风险补偿资金（测试）', en: 'Loan risk-compensation fund (test)' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2026, budgetFen: 300_000_000 }, null);
      for (const [key, uscc] of Object.entries(firms)) {
        await createEnterprise(tx, uscc, profileFixture({ name: `深圳市风险补偿测试${key}有限公司` }), null);
        await createUser(tx, { username: `risk-${key}`, displayName: `风险补偿测试 ${key}`, role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
        const large = key === 'large';
        for (const year of [2022, 2025]) await recordYearlyFigures(tx, uscc, year, { employees: large ? 3_000 : 50, revenueFen: large ? 900_000_000_000 : 1_000_000_000, totalAssetsFen: 800_000_000, rdExpenseFen: null, mainBusinessRevenueFen: null }, null);
      }
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('refuses a loan that was never recorded and a claim on a loan not registered in the pool, naming demandId', async () => {
    at('2026-03-05T02:00:00Z');
    const none = await register('bank', 'fd-no-such-loan');
    expect([none.statusCode, none.json().error.code, none.json().error.details.field]).toEqual([400, 'RISK_LOAN_NOT_RECORDED', 'demandId']);
    const id = await lend('risk-small', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-12-01T02:00:00Z');
    const r = await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id));
    expect([r.statusCode, r.json().error.code, r.json().error.details.field]).toEqual([409, 'RISK_LOAN_NOT_REGISTERED', 'demandId']);
    expect(r.json().error.message.zh).toContain('未登记入池');
  });

  it('only the bank that granted the loan registers it and files the claim; another bank, a department and another enterprise get 403; the borrower sees it without the account', async () => {
    const id = await lend('risk-small', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-03-05T02:00:00Z');
    expect((await register('risk-bank-b', id)).statusCode).toBe(403);
    const reg = await register('bank', id);
    expect(reg.statusCode, reg.body).toBe(201);
    expect(reg.json()).toMatchObject({ demandId: id, principalFen: 1_000_000_000, grantedOn: '2026-03-02', registeredOn: '2026-03-05', isRegistered: true });
    expect((await register('bank', id)).json().error.code).toBe('RISK_LOAN_ALREADY_REGISTERED');
    at('2026-12-01T02:00:00Z');
    const other = await call('risk-bank-b', 'POST', '/api/financing/risk-claims', claimBody(id));
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'RISK_LOAN_NOT_OWN']);
    const filed = await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id));
    expect(filed.statusCode, filed.body).toBe(201);
    const claimId = filed.json().claimId as string;
    expect((await call('risk-bank-b', 'GET', `/api/financing/risk-claims/${claimId}`)).statusCode).toBe(403);
    expect((await call('risk-other', 'GET', `/api/financing/risk-claims/${claimId}`)).statusCode).toBe(403);
    expect((await call('dept-miit', 'GET', `/api/financing/risk-claims/${claimId}`)).statusCode).toBe(403);
    const own = await call('risk-small', 'GET', `/api/financing/risk-claims/${claimId}`);
    expect([own.statusCode, own.json().account, own.json().actions]).toEqual([200, null, []]);
    expect((await call('risk-bank-b', 'GET', '/api/financing/risk-claims')).json().items).toEqual([]);
    expect((await call('risk-small', 'GET', '/api/financing/risk-claims')).json().items.map((c: { claimId: string }) => c.claimId)).toContain(claimId);
    // one claim per loan, ever
    const again = await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id));
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'RISK_CLAIM_DUPLICATE']);
  });

  it('refuses bad input naming the field, in Chinese and English', async () => {
    const id = await lend('risk-small', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-03-05T02:00:00Z');
    expect((await register('bank', id)).statusCode).toBe(201);
    at('2026-12-01T02:00:00Z');
    const cases: [Record<string, unknown>, string][] = [
      [{ lossPrincipalFen: 1_000_000_001 }, 'lossPrincipalFen'],
      [{ lossPrincipalFen: 0 }, 'lossPrincipalFen'],
      [{ defaultedOn: '2026-03-04' }, 'defaultedOn'],
      [{ defaultedOn: '2026-12-02' }, 'defaultedOn'],
      [{ description: ' ' }, 'description'],
      [{ account: { ...account, accountNumber: '' } }, 'account.accountNumber'],
    ];
    for (const [over, field] of cases) {
      const r = await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id, over));
      expect(r.statusCode, JSON.stringify(over)).toBe(400);
      expect(r.json().error.details.field).toBe(field);
      expect(r.json().error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.json().error.message.en).toMatch(/[a-z]/);
    }
    const noDate = await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id, { defaultedOn: '2026-02-30' }));
    expect([noDate.statusCode, JSON.stringify(noDate.json().error)]).toEqual([400, expect.stringContaining('defaultedOn')]);
  });

  it('computes the share and the cap by the rule: half the loss for a loan granted today, 80 % (50 % + 30 points, capped) for a loan granted in 2023 Q1, the articles named', async () => {
    const today = await lend('risk-small', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-03-05T02:00:00Z');
    await register('bank', today);
    const q1 = await lend('risk-small', '2023-02-15T02:00:00Z', '2023-02-15');
    at('2023-02-20T02:00:00Z');
    await register('bank', q1);
    at('2026-12-01T02:00:00Z');
    const a = (await call('bank', 'POST', '/api/financing/risk-claims', claimBody(today))).json().assessment;
    expect(a).toMatchObject({ status: 'ELIGIBLE', amountFen: 200_000_000, sharePercent: '50', shareCapPercent: '80', countedLossFen: 400_000_000, assessedOn: '2026-03-05', isUnverified: true });
    expect(a.basis.join('')).toContain('第九条');
    const b = (await call('bank', 'POST', '/api/financing/risk-claims', claimBody(q1, { defaultedOn: '2024-06-01' }))).json().assessment;
    expect(b).toMatchObject({ status: 'ELIGIBLE', amountFen: 320_000_000, sharePercent: '80', assessedOn: '2023-02-20' });
    expect(b.basis.join('')).toMatch(/第5项|第五项|措施/);
  });

  it('two officers approve at the rule\'s amount (never the same one twice), the fund pays it in a payment batch and the bank return marks it paid; a large borrower is not compensated; a rejection needs its reason', async () => {
    const id = await lend('risk-small', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-03-05T02:00:00Z');
    await register('bank', id);
    at('2026-12-01T02:00:00Z');
    const claimId = (await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id, { lossPrincipalFen: 300_000_000 }))).json().claimId as string;
    const review = (who: string, body: object) => call(who, 'POST', `/api/financing/risk-claims/${claimId}/review`, body);
    // the payments officer's home counts the claim's payment work with the benefit payments
    const financeHome = async () => {
      const h = (await call('finance', 'GET', '/api/home/finance')).json() as { figures: { key: string; value: number }[]; queues: { key: string; value: number }[] };
      const v = (key: string) => [...h.figures, ...h.queues].find((c) => c.key === key)!.value;
      return { toBatch: v('payments-to-batch'), toBatchFen: v('payments-to-batch-amount'), atBank: v('payments-at-bank'), failed: v('payments-failed') };
    };
    const home0 = await financeHome();
    expect((await review('bank', { decision: 'CONFIRM_APPROVAL' })).statusCode).toBe(403);
    expect((await review('finance', { decision: 'CONFIRM_APPROVAL' })).statusCode).toBe(403);
    const noFund = await review('bureau', { decision: 'PROPOSE_APPROVAL', fundId: 'no-such-fund' });
    expect([noFund.statusCode, noFund.json().error.details.field]).toEqual([400, 'fundId']);
    const proposed = await review('bureau', { decision: 'PROPOSE_APPROVAL', fundId: FUND });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ status: 'APPROVAL_PROPOSED', decision: { amountFen: 150_000_000, sharePercent: '50', isProposedByMe: true }, actions: ['REJECT'] });
    expect((await review('bureau', { decision: 'CONFIRM_APPROVAL' })).json().error.code).toBe('RISK_CLAIM_SAME_REVIEWER');
    const confirmed = await review('bureau-2', { decision: 'CONFIRM_APPROVAL' });
    expect([confirmed.statusCode, confirmed.json().status]).toEqual([200, 'APPROVED']);
    expect(await financeHome()).toEqual({ ...home0, toBatch: home0.toBatch + 1, toBatchFen: home0.toBatchFen + 150_000_000 });

    const batch = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: FUND });
    expect(batch.statusCode, batch.body).toBe(201);
    expect(batch.json()).toMatchObject({ lineCount: 1, totalFen: 150_000_000 });
    const scheduled = (await call('bank', 'GET', `/api/financing/risk-claims/${claimId}`)).json();
    expect([scheduled.status, scheduled.payment.status]).toEqual(['PAYMENT_SCHEDULED', 'PENDING']);
    expect(await financeHome()).toEqual({ ...home0, atBank: home0.atBank + 1 }); // the line waits in the batch, at the bank
    const csv = await call('finance', 'GET', `/api/benefits/payment-batches/${batch.json().id}/export?format=csv`);
    expect(csv.body).toContain(claimId);
    expect(csv.body).toContain('1500000.00');
    const ret = await call('finance', 'POST', `/api/benefits/payment-batches/${batch.json().id}/returns`, { content: `payment_id,result,amount_yuan,bank_reference,settled_on,reason\n${scheduled.payment.paymentId},SUCCESS,1500000.00,BANK-RC-1,2026-12-03,\n` });
    expect([ret.statusCode, ret.json().paid]).toEqual([200, 1]);
    expect(await financeHome()).toEqual(home0);
    expect((await call('bank', 'GET', `/api/financing/risk-claims/${claimId}`)).json().payment).toMatchObject({ status: 'PAID', settledOn: '2026-12-03' });
    expect((await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: FUND })).statusCode).toBe(409); // nothing left to pay

    // a large borrower (not an SME): the rule answers INELIGIBLE and no officer can approve it; one rejects it with a reason
    const mid = await lend('risk-large', '2026-03-02T02:00:00Z', '2026-03-02');
    at('2026-03-05T02:00:00Z');
    await register('bank', mid);
    at('2026-12-01T02:00:00Z');
    const midClaim = (await call('bank', 'POST', '/api/financing/risk-claims', claimBody(mid))).json();
    expect(midClaim.assessment.status).toBe('INELIGIBLE');
    const refused = await call('bureau', 'POST', `/api/financing/risk-claims/${midClaim.claimId}/review`, { decision: 'PROPOSE_APPROVAL', fundId: FUND });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'RISK_CLAIM_NOT_COMPENSABLE']);
    const noReason = await call('bureau', 'POST', `/api/financing/risk-claims/${midClaim.claimId}/review`, { decision: 'REJECT', reason: ' ' });
    expect([noReason.statusCode, noReason.json().error.details.field]).toEqual([400, 'reason']);
    const rejected = await call('bureau', 'POST', `/api/financing/risk-claims/${midClaim.claimId}/review`, { decision: 'REJECT', reason: '借款企业不属于中小微企业' });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', rejection: { reason: '借款企业不属于中小微企业' } });
    expect((await call('bank', 'GET', `/api/financing/risk-claims/${midClaim.claimId}`)).json().rejection.reason).toBe('借款企业不属于中小微企业');
  });

  it('a rejected claim is corrected and filed again by the bank that filed it (补正): checked as a first filing, reviewed anew, the rejection kept; the borrower sees it without the account', async () => {
    const id = await lend('risk-small', '2026-04-01T02:00:00Z', '2026-04-01');
    at('2026-04-03T02:00:00Z');
    expect((await register('bank', id)).statusCode).toBe(201);
    at('2026-12-02T02:00:00Z');
    const claim = (await call('bank', 'POST', '/api/financing/risk-claims', claimBody(id, { lossPrincipalFen: 500_000_000 }))).json();
    const body = { lossPrincipalFen: 300_000_000, defaultedOn: '2026-11-30', description: '借款企业停止经营；已处置抵押物收回2000万元', account, correction: '扣除已收回部分，更正本金损失' };
    const early = await call('bank', 'POST', `/api/financing/risk-claims/${claim.claimId}/resubmit`, body);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'RISK_CLAIM_ACTION_NOT_ALLOWED']);
    const rejected = await call('bureau', 'POST', `/api/financing/risk-claims/${claim.claimId}/review`, { decision: 'REJECT', reason: '本金损失未扣除已收回部分' });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', actions: [] });
    expect((await call('bank', 'GET', `/api/financing/risk-claims/${claim.claimId}`)).json().actions).toEqual(['RESUBMIT']);
    for (const who of ['risk-bank-b', 'risk-small', 'bureau', 'dept-miit']) {
      expect((await call(who, 'POST', `/api/financing/risk-claims/${claim.claimId}/resubmit`, body)).statusCode, who).toBe(403);
    }
    const noCorrection = await call('bank', 'POST', `/api/financing/risk-claims/${claim.claimId}/resubmit`, { ...body, correction: ' ' });
    expect([noCorrection.statusCode, noCorrection.json().error.details.field, noCorrection.json().error.message.zh]).toEqual([400, 'correction', expect.stringContaining('补正')]);
    const tooMuch = await call('bank', 'POST', `/api/financing/risk-claims/${claim.claimId}/resubmit`, { ...body, lossPrincipalFen: 1_000_000_001 });
    expect([tooMuch.statusCode, tooMuch.json().error.details.field]).toEqual([400, 'lossPrincipalFen']);
    const again = await call('bank', 'POST', `/api/financing/risk-claims/${claim.claimId}/resubmit`, body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      claimId: claim.claimId, status: 'FILED', statusLabel: { zh: '待审核' }, lossPrincipalFen: 300_000_000, rejection: null, decision: null, actions: [],
      resubmissions: [{ rejectionReason: '本金损失未扣除已收回部分', correction: '扣除已收回部分，更正本金损失' }],
      assessment: { status: 'ELIGIBLE', amountFen: 150_000_000 },
    });
    expect(again.json().history.map((h: { type: string }) => h.type)).toEqual(['FILED', 'REJECTED', 'RESUBMITTED']);
    const mine = (await call('risk-small', 'GET', '/api/financing/risk-claims')).json().items.find((c: { claimId: string }) => c.claimId === claim.claimId);
    expect(mine).toMatchObject({ status: 'FILED', account: null, resubmissions: [{ correction: '扣除已收回部分，更正本金损失' }] });
    expect((await call('bureau', 'GET', `/api/financing/risk-claims/${claim.claimId}`)).json().actions).toEqual(['PROPOSE_APPROVAL', 'REJECT']);
  });
});
