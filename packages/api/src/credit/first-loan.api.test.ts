import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, CURRENT_FIRST_LOAN_POLICY_ID, DEMO_PASSWORD, FIRST_LOAN_POLICY_ID, findSharedFacts, linkPolicyToFund, recordYearlyFigures, saveFund } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { setCreditClock } from './credit-clock';

const at = (iso: string) => setCreditClock(() => new Date(iso));
const loan = (over: Record<string, unknown> = {}) => ({ grantedAmountFen: 500_000_000, annualRatePercent: '3.45', termMonths: 12, isFirstLoan: true, kind: 'CREDIT', grantedOn: '2023-02-15', ...over });

/**
 * Recorded loans are the source of the first-loan facts (深工信〔2023〕26号 第5项): a bank records a loan,
 * the enterprise's facts are stored for 数据比对 with the bank and the time recorded, and the bureau's
 * 免申即享 comparison evaluates the policy on them — the existing path, with the policy linked as 免申即享.
 */
describeEachEngine('first-loan facts from recorded loans (免申即享)', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: await t.cookie(who) } });
  const firms = { window: fakeUscc(), today: fakeUscc(), nofigures: fakeUscc(), current: fakeUscc() };

  /** Publishes a demand at `publishedAt`, lets the demo bank take it, and records `body` at `recordedAt`. */
  async function lend(who: string, publishedAt: string, recordedAt: string, body: object) {
    at(publishedAt);
    const d = await call('POST', '/api/financing/demands', who, { amountFen: 500_000_000, termMonths: 12, purpose: '流动资金', collateral: 'NONE', urgency: 'NORMAL' });
    expect(d.statusCode, d.body).toBe(201);
    const id = d.json().demandId as string;
    expect((await call('POST', `/api/financing/demands/${id}/take`, 'bank')).statusCode).toBe(200);
    at(recordedAt);
    return call('POST', `/api/financing/demands/${id}/loan`, 'bank', body);
  }

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      await saveFund(tx, { id: 'test-first-loan-2023', name: { zh: '首贷贴息资金（测试）', en: 'First-loan fund (test)' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2023, budgetFen: 100_000_000 }, null);
      await linkPolicyToFund(tx, { policyId: FIRST_LOAN_POLICY_ID, fundId: 'test-first-loan-2023', channel: 'NO_APPLICATION', capParam: 'relief.sz_first_loan.max_subsidy', noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null }, null);
      for (const [key, uscc] of Object.entries(firms)) {
        await createEnterprise(tx, uscc, profileFixture({ name: `深圳市首贷测试${key}有限公司` }), null);
        await createUser(tx, { username: `loan-${key}`, displayName: `首贷测试 ${key}`, role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
        if (key !== 'nofigures') await recordYearlyFigures(tx, uscc, key === 'current' ? 2025 : 2022, { employees: 50, revenueFen: 1_000_000_000, totalAssetsFen: 800_000_000, rdExpenseFen: null, mainBusinessRevenueFen: null }, null);
      }
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('refuses a bad loan naming the field: no term, a term of 0 months, a grant date in the future', async () => {
    const cases: [Record<string, unknown>, string][] = [[{ termMonths: undefined }, 'termMonths'], [{ termMonths: 0 }, 'termMonths'], [{ grantedOn: '2026-12-11' }, 'grantedOn']];
    for (const [over, field] of cases) {
      const r = await lend('loan-today', '2026-12-10T02:00:00Z', '2026-12-10T03:00:00Z', loan(over));
      expect(r.statusCode, r.body).toBe(400);
      expect(JSON.stringify(r.json().error)).toContain(field);
      expect(r.json().error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('stores the facts of a recorded first loan with the bank and the time recorded', async () => {
    const r = await lend('loan-window', '2023-01-10T02:00:00Z', '2023-02-16T02:30:00Z', loan());
    expect(r.statusCode, r.body).toBe(200);
    const shared = await findSharedFacts(getDb(), firms.window, FIRST_LOAN_POLICY_ID);
    expect(shared).toEqual({
      facts: { isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-02-15', firstLoanPrincipal: 500_000_000, firstLoanMonths: 12 },
      source: '某银行深圳分行放款登记（2023-02-16 10:30 录入，放款日期 2023-02-15）',
    });
    const [audit] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE type = 'BENEFIT_SHARED_FACTS_RECORDED' AND subject = $1`, [firms.window]);
    expect(audit!.n).toBe(2); // one row per first-loan policy: the 2023 measure and the policy in force
  });

  it('数据比对 evaluates the policy on them: eligible (5万元), ineligible for a loan granted today (the 2023 window), unknown without yearly figures', async () => {
    expect((await lend('loan-today', '2026-12-10T02:00:00Z', '2026-12-10T03:00:00Z', loan({ grantedOn: '2026-12-10' }))).statusCode).toBe(200);
    expect((await lend('loan-nofigures', '2023-01-10T02:00:00Z', '2023-03-01T02:00:00Z', loan({ grantedOn: '2023-03-01', termMonths: 6 }))).statusCode).toBe(200);
    setCreditClock(null);
    const cmp = await call('POST', `/api/benefits/no-application/${FIRST_LOAN_POLICY_ID}/compare`, 'bureau');
    expect(cmp.statusCode, cmp.body).toBe(200);
    const out = cmp.json();
    expect([out.candidates, out.listed.length]).toEqual([3, 1]);
    expect(out.ineligible.map((x: { uscc: string }) => x.uscc)).toEqual([firms.today]);
    expect(JSON.stringify(out.ineligible[0].reasons)).toContain('2023年1月1日至3月31日');
    expect(out.unknown).toEqual([{ uscc: firms.nofigures, missing: expect.arrayContaining(['employees']) }]);
    expect(out.candidates).toBe(3); // the firm of the policy in force has no loan yet

    const mine = (await call('GET', '/api/benefits/applications', 'loan-window')).json().items;
    expect(mine).toMatchObject([{ policyId: FIRST_LOAN_POLICY_ID, channel: 'NO_APPLICATION', status: 'LISTED' }]);
    const c = (await call('GET', `/api/benefits/applications/${mine[0].id}`, 'loan-window')).json();
    expect(c.evaluation.amountFen).toBe(5_000_000); // 500万元 × 2% × 6/12
    const seen = (await call('GET', '/api/financing/loans', 'loan-today')).json().firstLoanSubsidy;
    expect(seen).toMatchObject({ channel: 'NO_APPLICATION', source: expect.stringContaining('某银行深圳分行放款登记'), assessment: { status: 'INELIGIBLE', assessedOn: '2023-12-31' } });
    expect(seen.facts).toContainEqual({ fact: 'firstLoanPrincipal', label: expect.anything(), value: { zh: '500 万元', en: '5,000,000 yuan' } });
    expect(JSON.stringify(seen.assessment.reasons)).toContain('2023年1月1日至3月31日');
    expect(seen.assessment.basis).toContain('《关于进一步支持中小微企业纾困及高质量发展的若干措施》5.第一段');
    expect((await call('GET', '/api/financing/loans', 'bank')).json().firstLoanSubsidy).toBeUndefined();
    expect(c.evaluation.factSources).toContainEqual({ fact: 'firstLoanDate', from: 'SHARED:某银行深圳分行放款登记（2023-02-16 10:30 录入，放款日期 2023-02-15）' });
  });

  it('a first loan recorded today appears in 我的政策 as 免申即享 under the policy in force (never the 2023 measure), named with the bank, and is paid through 数据比对, 意愿确认, approval and a payment batch', async () => {
    await getDb().transaction(async (tx) => {
      await saveFund(tx, { id: 'test-first-loan-2026', name: { zh: '首贷贴息资金2026（测试）', en: 'First-loan fund 2026 (test)' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2026, budgetFen: 100_000_000 }, null);
      await linkPolicyToFund(tx, { policyId: CURRENT_FIRST_LOAN_POLICY_ID, fundId: 'test-first-loan-2026', channel: 'NO_APPLICATION', capParam: 'financing.first_loan_subsidy.max_subsidy', noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null }, null);
    });
    const before = (await call('GET', `/api/enterprises/${firms.current}/eligibility?date=2026-11-20`, 'loan-current')).json();
    expect(before.policies.find((p: { policyId: string }) => p.policyId === CURRENT_FIRST_LOAN_POLICY_ID)).toMatchObject({ status: 'UNKNOWN', channel: 'NO_APPLICATION' });

    expect((await lend('loan-current', '2026-11-20T01:00:00Z', '2026-11-20T02:30:00Z', loan({ grantedOn: '2026-11-20' }))).statusCode).toBe(200);
    setCreditClock(null);
    const answer = (await call('GET', `/api/enterprises/${firms.current}/eligibility?date=2026-11-20&explain=1`, 'loan-current')).json();
    const current = answer.policies.find((p: { policyId: string }) => p.policyId === CURRENT_FIRST_LOAN_POLICY_ID);
    expect(current).toMatchObject({ status: 'ELIGIBLE', channel: 'NO_APPLICATION', amountFen: 5_000_000, benefitKind: 'CASH', version: { from: '2024-01-01', unverified: true } });
    expect(current.citations.map((c: { address: string }) => c.address)).toContain('cn/law/sme-promotion@2018-01-01#art_9__para_1');
    const source = '某银行深圳分行放款登记（2026-11-20 10:30 录入，放款日期 2026-11-20）';
    expect(current.dataSources).toContainEqual(expect.objectContaining({ fact: 'firstLoanPrincipal', origin: expect.objectContaining({ by: 'SHARED', label: { zh: source, en: source } }) }));
    expect(answer.policies.find((p: { policyId: string }) => p.policyId === FIRST_LOAN_POLICY_ID)).toMatchObject({ status: 'NOT_IN_FORCE' });

    const seen = (await call('GET', '/api/financing/loans', 'loan-current')).json().firstLoanSubsidy;
    expect(seen).toMatchObject({ policyId: CURRENT_FIRST_LOAN_POLICY_ID, channel: 'NO_APPLICATION', assessment: { status: 'ELIGIBLE', amountFen: 5_000_000 } });
    expect(seen.assessment.basis.join()).toContain('中华人民共和国中小企业促进法');

    const cmp = (await call('POST', `/api/benefits/no-application/${CURRENT_FIRST_LOAN_POLICY_ID}/compare`, 'bureau')).json();
    // every firm with a recorded loan is a candidate; only the 2026 first loan with 2025 figures is listed
    expect(cmp.listed).toHaveLength(1);
    expect(cmp.ineligible.map((x: { uscc: string }) => x.uscc)).toContain(firms.window); // a 2023 loan is not under the policy in force
    const mine = (await call('GET', '/api/benefits/applications', 'loan-current')).json().items;
    expect(mine).toMatchObject([{ policyId: CURRENT_FIRST_LOAN_POLICY_ID, channel: 'NO_APPLICATION', status: 'LISTED' }]);
    const confirmed = await call('POST', `/api/benefits/applications/${mine[0].id}/actions`, 'loan-current', { action: 'CONFIRM', account: { accountName: '深圳市首贷测试current有限公司', accountNumber: '6222000000009999', bankName: '某银行' } });
    expect(confirmed.json().status, confirmed.body).toBe('CONFIRMED');
    const approved = (await call('POST', `/api/benefits/no-application/${CURRENT_FIRST_LOAN_POLICY_ID}/approve`, 'bureau')).json();
    expect(approved).toMatchObject({ approved: [{ amountFen: 5_000_000 }], refused: [] });
    await getDb().transaction((tx) => createUser(tx, { username: 'finance-fl', displayName: '财务拨付（首贷测试）', role: 'SME_BUREAU_FINANCE', jurisdiction: 'cn-gd-sz', departmentId: null, password: DEMO_PASSWORD, isDemo: true }, null));
    const batch = await call('POST', '/api/benefits/payment-batches', 'finance-fl', { fundId: 'test-first-loan-2026' });
    expect([batch.statusCode, batch.json().lineCount], batch.body).toEqual([201, 1]);
  });
});
