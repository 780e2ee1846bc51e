import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, ensureDepartment, ensureFinancialInstitution, findFundPolicy, findSharedFacts, FIRST_LOAN_POLICY_ID, linkPolicyToFund, recordYearlyFigures, saveFund } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { newSecretForTest } from './intake-test-support';
import { createTestApi } from '../testing/test-api';
import { assessPolicy } from '../benefits/benefit-assessment';

const HEADER = '统一社会信用代码,贷款机构,贷款合同编号,放款日期,贷款本金（元）,贷款期限（月）,是否首贷,担保方式';
const BANK = { id: 'test-bank-sz', name: { zh: '测试银行深圳分行', en: 'Test Bank Shenzhen Branch' }, jurisdiction: 'cn-gd-sz' };

/**
 * 放款记录 (LOAN_RECORDS): a bank's system delivers the loans it granted; they feed the same first-loan
 * derivation as the marketplace's loans (深工信〔2023〕26号 第5项), and 数据比对 lists the enterprise.
 */
describeEachEngine('intake: loan records for the first-loan subsidy', (getDb) => {
  const t = createTestApi(getDb);
  const firm = fakeUscc();
  const other = fakeUscc();
  let token = '';
  const send = (key: string, body: string, acceptValid = false) =>
    t.app.inject({ method: 'POST', url: `/api/intake/batches?kind=LOAN_RECORDS&batchKey=${key}${acceptValid ? '&acceptValid=true' : ''}`, payload: body, headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      await ensureDepartment(tx, { id: 'dept-test-bank', name: BANK.name, jurisdiction: 'cn-gd-sz', isSmeBureau: false }, null);
      await ensureFinancialInstitution(tx, BANK, null);
      await saveFund(tx, { id: 'test-loan-records-2023', name: { zh: '首贷贴息资金（测试）', en: 'First-loan fund (test)' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2023, budgetFen: 100_000_000 }, null);
      await linkPolicyToFund(tx, { policyId: FIRST_LOAN_POLICY_ID, fundId: 'test-loan-records-2023', channel: 'NO_APPLICATION', capParam: 'relief.sz_first_loan.max_subsidy', noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null }, null);
      for (const u of [firm, other]) {
        await createEnterprise(tx, u, profileFixture({ name: '深圳市放款记录测试有限公司' }), null);
        await recordYearlyFigures(tx, u, 2022, { employees: 50, revenueFen: 1_000_000_000, totalAssetsFen: 800_000_000, rdExpenseFen: null, mainBusinessRevenueFen: null }, null);
      }
    });
    // The bank's system: a token scoped to its department and to LOAN_RECORDS (as the administration module stores it).
    const [u] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'dept-miit'");
    const s = newSecretForTest();
    await getDb().query(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, department_id, intake_kinds, expires_at)
       VALUES (gen_random_uuid()::text, $1, '放款系统', $2, $3, now(), 'dept-test-bank', ARRAY['LOAN_RECORDS'], now() + interval '1 day')`,
      [u!.id, s.hash, s.secret.slice(0, 9)],
    );
    token = s.secret;
  });
  afterAll(() => t.stop());

  it('row-by-row report (zh/en), all-or-nothing, then the valid rows; a first loan granted 2023-02-15 by a Shenzhen bank makes the subsidy eligible in 数据比对', async () => {
    const file = [
      HEADER,
      `${firm},${BANK.name.zh},SZ-2023-001,2023-02-15,5000000,6,是,信用`,
      `${firm},不存在的银行,SZ-2023-002,2099-01-01,100,6,否,担保`,
      `${firm},${BANK.id},SZ-2023-003,2023-01-05,0,1.5,也许,租赁`,
      `${other},${BANK.name.zh},SZ-2023-001,2023-02-15,5000000,6,是,信用`,
    ].join('\n');
    const refused = await send('loan-1', file);
    expect(refused.statusCode, refused.body).toBe(201);
    expect(refused.json()).toMatchObject({ status: 'REJECTED', inserted: 0, rejected: 3 });
    expect(refused.json().errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, '贷款机构'], [3, '放款日期'], [4, '贷款本金（元）'], [4, '贷款期限（月）'], [4, '是否首贷'], [4, '担保方式'], [5, '统一社会信用代码'],
    ]);
    expect(refused.json().errors[0].message).toEqual({ zh: '贷款机构「不存在的银行」不是平台登记的金融机构', en: "lending institution '不存在的银行' is not a financial institution known to the platform" });
    expect(refused.json().errors[2].message.zh).toBe('贷款本金须大于零：0');
    expect(await getDb().query("SELECT 1 FROM department_facts WHERE kind = 'LOAN_RECORDS'")).toHaveLength(0);

    const accepted = await send('loan-2', file, true);
    expect(accepted.json()).toMatchObject({ status: 'PARTIALLY_APPLIED', inserted: 1, rejected: 3 });
    const shared = await findSharedFacts(getDb(), firm, FIRST_LOAN_POLICY_ID);
    expect(shared!.facts).toEqual({ isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-02-15', firstLoanPrincipal: 500_000_000, firstLoanMonths: 6 });
    expect(shared!.source).toMatch(/^测试银行深圳分行报送放款记录（批次 loan-2，\d{4}-\d\d-\d\d \d\d:\d\d 接收，放款日期 2023-02-15）$/);

    const cmp = await t.app.inject({ method: 'POST', url: `/api/benefits/no-application/${FIRST_LOAN_POLICY_ID}/compare`, headers: { cookie: await t.cookie('bureau') } });
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json()).toMatchObject({ candidates: 1, ineligible: [], unknown: [] });
    expect(cmp.json().listed).toHaveLength(1);
    const a = await assessPolicy(getDb(), firm, (await findFundPolicy(getDb(), FIRST_LOAN_POLICY_ID))!, '2023-12-31' as never);
    expect([a.status, a.amountFen]).toEqual(['ELIGIBLE', 5_000_000]); // 500万元 × 2% × 6/12
    expect(a.factSources).toContainEqual({ fact: 'firstLoanDate', from: `SHARED:${shared!.source}` });
  });

  it('idempotent by batch key and by (institution, contract): a re-delivery updates the record as a new version; the enterprise sees the bank', async () => {
    const row = (principal: string) => `${HEADER}\n${firm},${BANK.name.zh},SZ-2023-001,2023-02-15,${principal},6,是,信用\n`;
    const again = await send('loan-2', `${HEADER}\n`);
    expect(again.statusCode).toBe(409); // the key was used for other content
    expect((await send('loan-3', row('5000000'))).json()).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 0, unchanged: 1 });
    const corrected = await send('loan-4', row('6000000'));
    expect(corrected.json()).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 1 });
    expect([(await send('loan-4', row('6000000'))).json().replayed]).toEqual([true]);
    const versions = await getDb().query<{ version: number }>("SELECT version FROM department_fact_versions WHERE uscc = $1 AND kind = 'LOAN_RECORDS' ORDER BY version", [firm]);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await findSharedFacts(getDb(), firm, FIRST_LOAN_POLICY_ID))!.facts).toMatchObject({ firstLoanPrincipal: 600_000_000 });

    // The same contract for another enterprise is refused: a contract belongs to one enterprise.
    const taken = await send('loan-5', `${HEADER}\n${other},${BANK.name.zh},SZ-2023-001,2023-02-15,5000000,6,是,信用\n`);
    expect(taken.json().errors).toEqual([{ line: 2, column: '贷款合同编号', message: { zh: `贷款合同 SZ-2023-001 已登记在企业 ${firm} 名下`, en: `loan contract SZ-2023-001 is already recorded for enterprise ${firm}` } }]);

    const sources = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${firm}/data-sources`, headers: { cookie: await t.cookie('bureau') } })).json();
    const loan = sources.departmentFacts.find((f: { kind: string }) => f.kind === 'LOAN_RECORDS');
    expect(loan).toMatchObject({ version: 2, item: { zh: '贷款合同 SZ-2023-001' }, source: { departmentName: BANK.name, channel: 'API' } });
    expect(loan.fields).toEqual(expect.arrayContaining([
      { key: 'institution', label: { zh: '贷款机构', en: 'lending institution' }, value: BANK.name.zh, unit: null },
      { key: 'principalFen', label: { zh: '贷款本金', en: 'principal' }, value: 600_000_000, unit: 'fen' },
      { key: 'security', label: { zh: '信用贷款（无担保）', en: 'credit loan (unsecured)' }, value: true, unit: 'bool' },
    ]));
    expect(loan.fields.map((f: { key: string }) => f.key)).not.toContain('institutionId');

    // The console takes the kind too (an officer's preview).
    const boundary = '----huiqiloan';
    const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="放款.csv"\r\nContent-Type: text/csv\r\n\r\n${row('6000000')}\r\n--${boundary}--\r\n`);
    const preview = await t.app.inject({ method: 'POST', url: '/api/intake/previews?kind=LOAN_RECORDS', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: await t.cookie('dept-miit') } });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, status: 'APPLIED', unchanged: 1 });
  });
});
