import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { BENEFIT_DEMO_ENTERPRISES, linkPolicyToFund, recordSharedFacts, saveFund, BENEFIT_DEMO_FUNDS, seedBenefitsDemo, verifyAuditChain } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const FIRST_LOAN = 'sz-2023-first-loan-interest-subsidy';
const NO_APPLICATION = 'sz-2023-tech-sme-interest-subsidy';
const FEE_CUT = 'sz-2023-guarantee-fee-reduction';
const account = { accountName: '深圳市鹏城智造科技有限公司', accountNumber: '44201500000000000001', bankName: '某银行深圳分行' };
const loan = (principalYuan: string, date = '2023-02-15') => ({ isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: date, firstLoanPrincipal: principalYuan, firstLoanMonths: 6 });
const RETURN_HEADER = 'payment_id,result,amount_yuan,bank_reference,settled_on,reason';

describeEachEngine('benefits API', (getDb) => {
  const t = createTestApi(getDb);
  let n = 0;
  beforeAll(async () => {
    await t.start();
    await seedBenefitsDemo(getDb());
  });
  afterAll(() => t.stop());

  async function call(user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const headers = user ? { cookie: await t.cookie(user) } : {};
    const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, raw: res };
  }
  const submit = (principalYuan: string, expenseReference: string, requestId = `req-${Date.now()}-${++n}`) =>
    call('enterprise', 'POST', '/api/benefits/applications', { policyId: FIRST_LOAN, requestId, declaredFacts: loan(principalYuan), expenseReference, account, declaredTruthful: true });
  const act = (user: string, id: string, body: object) => call(user, 'POST', `/api/benefits/applications/${id}/actions`, body);
  async function submittedAndAccepted(principalYuan: string, ref: string): Promise<string> {
    const s = await submit(principalYuan, ref);
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    const id = s.body.application.id as string;
    expect((await act('bureau', id, { action: 'ACCEPT' })).status).toBe(200);
    return id;
  }

  it('prefills the form from the registry and asks only for what the platform cannot know', async () => {
    const r = await call('enterprise', 'GET', `/api/benefits/policies/${FIRST_LOAN}/prefill`);
    expect(r.status).toBe(200);
    expect(r.body.enterprise.uscc).toBe(DEMO_ENTERPRISE_USCC);
    expect(r.body.prefilled.map((p: { fact: string }) => p.fact)).toEqual(expect.arrayContaining(['industryCode', 'employees', 'revenue']));
    expect(r.body.toFill.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['isFirstLoan']));
    expect(r.body.assessment.assessedOn <= '2023-12-31').toBe(true);
  });

  it('one submission: a retried request returns the same application; registry facts cannot be declared; the declaration is required', async () => {
    const requestId = `same-${Date.now()}`;
    const a = await submit('1000000', 'JK-IDEM-1', requestId);
    const b = await submit('1000000', 'JK-IDEM-1', requestId);
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.body.application.id).toBe(a.body.application.id);
    const mine = await call('enterprise', 'GET', '/api/benefits/applications');
    expect(mine.body.items.filter((i: { id: string }) => i.id === a.body.application.id)).toHaveLength(1);
    const cheat = await call('enterprise', 'POST', '/api/benefits/applications', { policyId: FIRST_LOAN, requestId: 'cheat-0001', declaredFacts: { ...loan('1'), employees: 5 }, expenseReference: 'X', account, declaredTruthful: true });
    expect([cheat.status, cheat.body.error.code]).toEqual([400, 'BENEFIT_INVALID_FACTS']);
    const undeclared = await call('enterprise', 'POST', '/api/benefits/applications', { policyId: FIRST_LOAN, requestId: 'nodecl-0001', declaredFacts: loan('1'), expenseReference: 'X', account, declaredTruthful: false });
    expect(undeclared.body.error.code).toBe('BENEFIT_DECLARATION_REQUIRED');
    expect((await act('enterprise', a.body.application.id, { action: 'WITHDRAW' })).body.status).toBe('WITHDRAWN');
  });

  it('补正 stops the clock, approval stores the rule-computed amount, finance pays through CSV/XLSX and a return file imported once', async () => {
    const id = await submittedAndAccepted('5000000', 'JK-2023-001');
    const corr = await act('bureau', id, { action: 'REQUEST_CORRECTION', note: '请上传贷款合同' });
    expect(corr.body.status).toBe('AWAITING_CORRECTION');
    expect(corr.body.pauses[0].until).toBeNull();
    const pdf = Buffer.from('%PDF-1.4\n%demo\n').toString('base64');
    const up = await call('enterprise', 'POST', `/api/benefits/applications/${id}/attachments`, { fileName: '贷款合同.pdf', contentType: 'application/pdf', contentBase64: pdf });
    expect(up.status).toBe(201);
    const fake = await call('enterprise', 'POST', `/api/benefits/applications/${id}/attachments`, { fileName: 'x.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('MZ\x90').toString('base64') });
    expect(fake.body.error.code).toBe('BENEFIT_ATTACHMENT_REFUSED');
    const dl = await call('bureau', 'GET', `/api/benefits/applications/${id}/attachments/${up.body.id}`);
    expect(dl.raw.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.raw.headers['x-content-type-options']).toBe('nosniff');
    expect((await act('enterprise', id, { action: 'SUBMIT_CORRECTION', note: '已上传贷款合同' })).body.status).toBe('UNDER_REVIEW');
    // finance and other departments cannot decide
    expect((await act('finance', id, { action: 'APPROVE' })).status).toBe(403);
    expect((await call('dept-miit', 'GET', `/api/benefits/applications/${id}`)).status).toBe(403);
    const ok = await act('bureau', id, { action: 'APPROVE' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe('APPROVED');
    expect(ok.body.amountFen).toBe(5_000_000); // 500万 × 2% × 6/12 = 5万元
    expect(ok.body.decision.assessment.explanation).toBeTruthy();
    expect(ok.body.decision.assessedOn).toBe('2023-12-31');

    const batch = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2023-sme-relief' });
    expect(batch.status, JSON.stringify(batch.body)).toBe(201);
    const again = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2023-sme-relief' });
    expect(again.body.error.code).toBe('BENEFIT_NOTHING_TO_PAY'); // nothing is batched twice
    const csv = await call('finance', 'GET', `/api/benefits/payment-batches/${batch.body.id}/export?format=csv`);
    const line = csv.raw.body.split('\r\n')[1]!.split(',');
    expect(line[5]).toBe('50000.00');
    const xlsx = await call('finance', 'GET', `/api/benefits/payment-batches/${batch.body.id}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const sheetRow = book.getWorksheet('拨付批次')!.getRow(2);
    expect(sheetRow.getCell(1).value).toBe(line[0]);
    expect(String(sheetRow.getCell(6).value)).toBe('50000.00');
    const file = `${RETURN_HEADER}\r\n${line[0]},SUCCESS,50000.00,BANK-REF-1,2026-03-21,\r\n`;
    const imp = await call('finance', 'POST', `/api/benefits/payment-batches/${batch.body.id}/returns`, { content: file });
    expect(imp.body).toMatchObject({ paid: 1, failed: 0, alreadyImported: false });
    const imp2 = await call('finance', 'POST', `/api/benefits/payment-batches/${batch.body.id}/returns`, { content: file });
    expect(imp2.body).toMatchObject({ paid: 1, alreadyImported: true });
    const contradict = await call('finance', 'POST', `/api/benefits/payment-batches/${batch.body.id}/returns`, { content: `${RETURN_HEADER}\n${line[0]},FAILED,50000.00,,2026-03-22,x\n` });
    expect(contradict.body.error.code).toBe('BENEFIT_RETURN_FILE_INVALID');
    const seen = await call('enterprise', 'GET', `/api/benefits/applications/${id}`);
    expect(seen.body.status).toBe('PAID');
    expect(seen.body.statusLabel.zh).toBe('已拨付');
    expect(seen.body.dates.paidOn).toBe('2026-03-21');
    expect(seen.body.log.some((l: Record<string, unknown>) => 'actorUserId' in l)).toBe(false);
  });

  it('refuses an approval past the fund budget and one past the per-enterprise cap, with the figures; an override needs a second reviewer', async () => {
    const db = getDb();
    const fund = BENEFIT_DEMO_FUNDS[0]!;
    const second = await submittedAndAccepted('1000000', 'JK-2023-002'); // 1万元
    await db.transaction((tx) => saveFund(tx, { ...fund, budgetFen: 5_500_000 }, null)); // 5.5万: 5万 already committed
    const over = await act('bureau', second, { action: 'APPROVE' });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('BENEFIT_FUND_BUDGET_EXCEEDED');
    expect(over.body.error.details.figures).toMatchObject({ budgetFen: 5_500_000, remainingFen: 500_000, amountFen: 1_000_000 });
    expect(over.body.error.message.zh).toContain('剩余 5,000 元');
    await db.transaction((tx) => saveFund(tx, fund, null));

    const noReason = await act('bureau', second, { action: 'APPROVE', amountFen: 900_000 });
    expect(noReason.body.error.code).toBe('BENEFIT_OVERRIDE_REASON_REQUIRED');
    const override = await act('bureau', second, { action: 'APPROVE', amountFen: 900_000, overrideReason: '贷款已部分提前归还，按实际计息' });
    expect(override.body.status).toBe('OVERRIDE_PENDING');
    expect((await act('bureau', second, { action: 'CONFIRM_OVERRIDE' })).body.error.code).toBe('BENEFIT_SECOND_REVIEWER_REQUIRED');
    const confirmed = await act('bureau-2', second, { action: 'CONFIRM_OVERRIDE' });
    expect([confirmed.body.status, confirmed.body.amountFen]).toEqual(['APPROVED', 900_000]);

    const third = await submittedAndAccepted('30000000', 'JK-2023-003'); // 20万 (capped by the formula)
    const capped = await act('bureau', third, { action: 'APPROVE' });
    expect(capped.body.error.code).toBe('BENEFIT_ENTERPRISE_CAP_EXCEEDED');
    expect(capped.body.error.details.figures).toEqual({ capFen: 20_000_000, alreadyFen: 5_900_000, amountFen: 20_000_000, totalFen: 25_900_000 });
  });

  it('the same expense is not funded twice', async () => {
    const dup = await submittedAndAccepted('1000000', ' jk 2023-001 ');
    const r = await act('bureau', dup, { action: 'APPROVE' });
    expect(r.body.error.code).toBe('BENEFIT_DUPLICATE_EXPENSE');
    const rej = await act('bureau', dup, { action: 'REJECT', reason: { zh: '同一笔贷款已获贴息', en: 'This loan was already subsidised' }, article: 'cn-gd-sz/measures/sme-relief-2023#measure_5__para_1' });
    expect(rej.body.rejection.article).toBe('cn-gd-sz/measures/sme-relief-2023#measure_5__para_1');
  });

  it('免申即享: data comparison lists the three eligible enterprises, they confirm, batch approval and payment — never the ineligible one', async () => {
    expect((await call('bureau', 'POST', `/api/benefits/no-application/${NO_APPLICATION}/compare`)).status).toBe(403); // dept-miit reviews this fund
    const cmp = await call('dept-miit', 'POST', `/api/benefits/no-application/${NO_APPLICATION}/compare`);
    expect(cmp.status, JSON.stringify(cmp.body)).toBe(200);
    expect(cmp.body.listed).toHaveLength(3);
    expect(cmp.body.ineligible.map((x: { uscc: string }) => x.uscc)).toEqual([BENEFIT_DEMO_ENTERPRISES[3]!.uscc]);
    expect((await call('dept-miit', 'POST', `/api/benefits/no-application/${NO_APPLICATION}/compare`)).body).toMatchObject({ listed: [], alreadyListed: 3 });
    const amounts: number[] = [];
    for (const e of BENEFIT_DEMO_ENTERPRISES.slice(0, 3)) {
      const mine = await call(e.login, 'GET', '/api/benefits/applications');
      expect(mine.body.items).toHaveLength(1);
      const c = await act(e.login, mine.body.items[0].id, { action: 'CONFIRM', account: { accountName: e.name, accountNumber: '6222000000000000' + amounts.length, bankName: '某银行' } });
      expect(c.body.status).toBe('CONFIRMED');
    }
    expect((await call(BENEFIT_DEMO_ENTERPRISES[3]!.login, 'GET', '/api/benefits/applications')).body.items).toEqual([]);
    const batch = await call('dept-miit', 'POST', `/api/benefits/no-application/${NO_APPLICATION}/approve`);
    expect(batch.body.refused).toEqual([]);
    expect(batch.body.approved.map((a: { amountFen: number }) => a.amountFen).sort((a: number, b: number) => a - b)).toEqual([2_400_000, 4_800_000, 6_000_000]);
    const pay = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2023-tech-interest-subsidy' });
    expect(pay.body.lineCount).toBe(3);
    const csv = (await call('finance', 'GET', `/api/benefits/payment-batches/${pay.body.id}/export?format=csv`)).raw.body.split('\r\n').slice(1).filter(Boolean).map((l: string) => l.split(','));
    const file = [RETURN_HEADER, ...csv.map((l: string[], i: number) => `${l[0]},SUCCESS,${l[5]},REF-G-${i},2026-04-01,`)].join('\n');
    expect((await call('finance', 'POST', `/api/benefits/payment-batches/${pay.body.id}/returns`, { content: file })).body.paid).toBe(3);
    const dash = await call('bureau', 'GET', '/api/benefits/dashboard');
    const g = dash.body.funds.find((f: { id: string }) => f.id === 'sz-2023-tech-interest-subsidy');
    expect(g.paidFen).toBe(13_200_000);
    expect(g.smallMicro.share).toBe(1);
    expect(g.smallMicro.minimum).toBeNull(); // Shenzhen has no minimum in force; Shanghai's Art. 17 would apply in cn-sh
  });

  it('only cash is paid out: a fee cut (深工信〔2023〕26号 第6项) cannot be linked to a fund, and an old link is refused when compared or approved', async () => {
    const link = await call('bureau', 'PUT', `/api/benefits/fund-links/${FEE_CUT}`, { fundId: 'sz-2023-sme-relief', channel: 'NO_APPLICATION' });
    expect([link.status, link.body.error.code]).toEqual([422, 'BENEFIT_NOT_CASH']);
    expect(link.body.error.message.en).toContain('not a cash grant');
    expect((await call('bureau', 'GET', '/api/benefits/fund-links')).body.items.map((l: { policyId: string }) => l.policyId)).not.toContain(FEE_CUT);
    // A link made before benefit kinds existed (written straight to the database) is refused, in words, before any case is listed.
    await linkPolicyToFund(getDb(), { policyId: FEE_CUT, fundId: 'sz-2023-tech-interest-subsidy', channel: 'NO_APPLICATION', capParam: null, noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null }, null);
    await recordSharedFacts(getDb(), BENEFIT_DEMO_ENTERPRISES[0]!.uscc, FEE_CUT, { guaranteeByGovernmentInstitution: true, guaranteeAmount: 300_000_000, guaranteeFeeRate: '0.015' }, 'test', null);
    for (const step of ['compare', 'approve']) {
      const r = await call('dept-miit', 'POST', `/api/benefits/no-application/${FEE_CUT}/${step}`);
      expect([r.status, r.body.error.code]).toEqual([422, 'BENEFIT_NOT_CASH']);
      expect(r.body.error.message.zh).toContain('不是资金补助');
    }
    expect((await call(BENEFIT_DEMO_ENTERPRISES[0]!.login, 'GET', '/api/benefits/applications')).body.items.filter((i: { policyId: string }) => i.policyId === FEE_CUT)).toEqual([]);
  });

  it('the public sees aggregates only; a bank sees nothing; the audit chain holds', async () => {
    const pub = await call(null, 'GET', '/api/public/benefits/disclosure');
    expect(pub.status).toBe(200);
    const text = JSON.stringify(pub.body);
    expect(text).not.toContain(DEMO_ENTERPRISE_USCC);
    expect(text).not.toContain('鹏城');
    expect(text).not.toContain('6222');
    expect((await call('bank', 'GET', '/api/benefits/applications')).status).toBe(403);
    // Separation of duties: the finance officer works on payment batches only, not on applications.
    expect((await call('finance', 'GET', '/api/benefits/applications')).status).toBe(403);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});
