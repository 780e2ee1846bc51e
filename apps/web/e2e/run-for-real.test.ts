import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { chooseOption } from './support/antd-select';
import { launchBrowser, newPage } from './support/browser';
import { huiqiCli } from './support/huiqi-cli';
import { startE2eOidcProvider, signInAtE2eProvider, type E2eOidcProvider } from './support/oidc-provider';
import { screenshot } from './support/screenshots';
import { startTestServer, type TestServer } from './support/server';

/**
 * Issue 13, "Done when": a bureau runs Huiqi with HUIQI_DEMO unset, from an empty database, with
 * nothing but what its people do. The administrator (created by the CLI) creates departments,
 * officers and a department system's token; an officer uploads the registry as XLSX with three bad
 * rows, reads the report and accepts the valid rows; the statistics bureau's system delivers yearly
 * figures with its token; the enterprise signs in through the city's identity service (a real OIDC
 * provider on loopback) and sees where its data came from; an officer publishes a policy with an
 * amount (a second officer reviews it) and links it to a new fund; the enterprise finds it in
 * 我的政策, applies, is approved and is paid in a batch the finance officer prepares — who is
 * refused (403) everything outside payments. Each step is one `it`, in order; a step needs the ones
 * before it.
 */
const SLOW = 600_000;
const ADMIN_PASSWORD = 'Huiqi-first-start-2026!';
const OFFICER_PASSWORD = 'Initial-secret-2026!';
const NEW_PASSWORD = 'Chosen-secret-2027!';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function checkCharacter(body: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CODE_CHARS.indexOf(body[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return CODE_CHARS[(31 - (sum % 31)) % 31]!;
}
const uscc = (body: string) => body + checkCharacter(body);
const wrongCheck = (body: string) => body + CODE_CHARS[(CODE_CHARS.indexOf(checkCharacter(body)) + 1) % 31]!;

/** The enterprises of the registry file: three good, three bad (wrong check character, impossible date, unknown industry). */
const GOOD = [
  { uscc: uscc('91440300MA5RFR001'), name: '深圳市实跑一号科技有限公司' },
  { uscc: uscc('91440300MA5RFR002'), name: '深圳市实跑二号贸易有限公司' },
  { uscc: uscc('91440300MA5RFR003'), name: '深圳市实跑三号制造有限公司' },
];
const ENTERPRISE = GOOD[0]!;
const POLICY_KEY = 'sz-run-for-real-startup-grant';
const FUND_ID = 'sz-2026-startup-grant';
const POLICY_TITLE = '小型企业开办补助（实跑）';
const CITE = 'cn/law/sme-promotion#art_2';
/** Long enough for a server busy with notice jobs on a loaded machine; a poll ends as soon as the state is there. */
const WAIT = { timeout: 120_000 };

/** The live check under a condition settles on `state` (OK or INVALID). */
async function checkSettles(page: Page, testId: string, state: 'OK' | 'INVALID'): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).getAttribute('data-state'), WAIT).toBe(state);
}

/** The console shows the policy version in `status`. */
async function statusIs(page: Page, status: string): Promise<void> {
  await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-status'), WAIT).toBe(status);
}

async function registryXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业名录');
  sheet.addRow(['统一社会信用代码', '企业名称', '注册地址', '所在区', '行业代码', '成立日期', '纳税人类型']);
  const row = (code: string, name: string, industry = 'I65', date = '2019-04-01') => sheet.addRow([code, name, '深圳市南山区科技园 8 号', '南山区', industry, date, 'SMALL_SCALE']);
  row(GOOD[0]!.uscc, GOOD[0]!.name);
  row(wrongCheck('91440300MA5RFR004'), '深圳市校验码错误有限公司');
  row(GOOD[1]!.uscc, GOOD[1]!.name, 'F51');
  row(uscc('91440300MA5RFR005'), '深圳市日期错误有限公司', 'I65', '2023-02-30');
  row(GOOD[2]!.uscc, GOOD[2]!.name, 'C39');
  row(uscc('91440300MA5RFR006'), '深圳市行业错误有限公司', 'Q99');
  return Buffer.from(await book.xlsx.writeBuffer());
}

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';

/**
 * Picks an option of a searchable antd Select by typing its label first (long lists render only
 * the options in view), and waits until the Select shows it.
 */
async function chooseSearching(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.keyboard.type(label);
  const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).filter({ hasText: label }).first();
  await option.waitFor({ state: 'visible' });
  await option.click();
  await expect.poll(() => select.innerText()).toContain(label);
}

describe('running Huiqi for real: no demo data, everything done by the people who run it', () => {
  let server: TestServer;
  let provider: E2eOidcProvider;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (): Promise<Page> => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    return page;
  };
  let dataDir = '';
  let departmentToken = '';
  /** Each person's password as it stands (an officer made to change it at first sign-in has a new one). */
  const passwords = new Map<string, string>();

  /** Signs in with the form; an officer whose password the administrator set chooses a new one first. */
  async function signIn(page: Page, username: string, initial: string): Promise<void> {
    const password = passwords.get(username) ?? initial;
    await page.goto('/login');
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('side-menu').waitFor();
    if (await page.getByTestId('password-forced').isVisible()) {
      await page.getByLabel('当前密码').fill(password);
      await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.getByTestId('password-forced').waitFor({ state: 'detached' });
      passwords.set(username, NEW_PASSWORD);
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'huiqi-run-for-real-'));
    // First start: the operator creates the first administrator with the CLI on the empty database.
    const created = await huiqiCli(['users', 'add', '--username', 'root-admin', '--role', 'ADMIN', '--display-name', '系统管理员'], `${ADMIN_PASSWORD}\n`, { HUIQI_DATA_DIR: dataDir });
    expect(created.code, created.err).toBe(0);
    provider = await startE2eOidcProvider();
    const env: Record<string, string> = { HUIQI_DEMO: '0' };
    [server, browser] = await Promise.all([startTestServer({ env, dataDir }), launchBrowser()]);
    // The callback URL includes the server's port, known only now: configure both sides and
    // restart (the helper launches with the env object as it is at each start).
    const callback = `${server.baseUrl}/api/auth/oidc/callback`;
    await provider.configure(callback);
    Object.assign(env, { HUIQI_OIDC_ISSUER: provider.issuer, HUIQI_OIDC_CLIENT_ID: provider.clientId, HUIQI_OIDC_CLIENT_SECRET: provider.clientSecret, HUIQI_OIDC_REDIRECT_URL: callback });
    await server.restart();
    const health = await (await fetch(`${server.baseUrl}/api/health`)).json() as { demo?: boolean };
    expect(health.demo).not.toBe(true);
  }, SLOW);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.dispose(), provider?.close()]);
    // The data folder and the lock file beside it, also when the CLI failed before a server took them.
    if (dataDir) await Promise.allSettled([rm(dataDir, { recursive: true, force: true }), rm(`${dataDir}.huiqi-lock`, { force: true })]);
  });

  it('the administrator created by the CLI creates the bureau, the statistics bureau, the bureau\'s officers and the statistics system\'s token', async () => {
    const page = await open();
    await signIn(page, 'root-admin', ADMIN_PASSWORD);

    await page.getByTestId('side-menu').getByText('部门管理').click();
    for (const [id, name, scope] of [['sz-sme-bureau', '深圳市中小企业服务局', '深圳市'], ['sz-stats', '深圳市统计局', '深圳市'], ['sz-nanshan-service', '南山区企业服务中心', '南山区']] as const) {
      await page.getByTestId('dept-add').click();
      await page.getByTestId('dept-id').fill(id);
      await page.getByTestId('dept-name').fill(name);
      await chooseSearching(page, page.getByTestId('dept-jurisdiction'), scope);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByTestId('dept-table').getByText(name).waitFor();
    }

    await page.getByTestId('side-menu').getByText('人员账号').click();
    // Two officers and the finance officer: a policy is published by an official other than its author.
    for (const [username, name, role] of [['officer-wang', '王科员', '中小企业服务局工作人员'], ['officer-zhao', '赵科长', '中小企业服务局工作人员'], ['finance-li', '李会计', '财务拨付人员']] as const) {
      await page.getByTestId('account-add').click();
      await page.getByTestId('account-name').fill(name);
      await page.getByTestId('account-username').fill(username);
      await chooseOption(page, 'account-role', role);
      if (role === '财务拨付人员') await chooseSearching(page, page.locator('.ant-modal .ant-form-item', { hasText: '所属辖区' }).locator('.ant-select'), '深圳市');
      else await chooseSearching(page, page.getByTestId('account-department'), '深圳市中小企业服务局');
      await page.getByTestId('account-password').fill(OFFICER_PASSWORD);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByTestId('account-table').getByText(name).waitFor();
    }

    await page.getByTestId('side-menu').getByText('接口令牌').click();
    await page.getByTestId('token-add').click();
    await chooseOption(page, 'token-department', '深圳市统计局');
    await page.getByTestId('token-name').fill('统计联网直报系统');
    await page.getByTestId('token-kinds').getByText('年度经营数据').click();
    const expires = page.locator('.ant-modal .ant-picker input');
    await expires.click();
    await expires.fill(`${new Date().getUTCFullYear() + 1}-12-31`);
    await expires.press('Enter');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    departmentToken = (await page.getByTestId('issued-token').innerText()).trim();
    expect(departmentToken.length).toBeGreaterThan(20);
    await screenshot(page, 'run-for-real-admin');
  }, SLOW);

  it('an officer uploads the registry as XLSX with three bad rows, reads the report and accepts the valid rows', async () => {
    const page = await open();
    await signIn(page, 'officer-wang', OFFICER_PASSWORD);
    await page.getByTestId('side-menu').getByText('数据归集').click();
    await page.getByTestId('intake-kind').getByText('企业登记信息').click();
    await page.locator('input[type="file"]').setInputFiles({
      name: '南山区企业名录.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await registryXlsx(),
    });
    const report = page.getByTestId('intake-report');
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('校验码');
    expect(text).toContain('2023-02-30');
    expect(text).toContain('Q99');
    expect(await page.getByTestId('intake-summary').innerText()).toContain('3');
    await screenshot(page, 'run-for-real-intake-report');
    await page.getByTestId('intake-import-valid').click();
    const result = page.getByTestId('intake-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/3/);
    await page.getByTestId('intake-download-rejected').waitFor();
  }, SLOW);

  it('the statistics bureau\'s system delivers yearly figures with its token (the same batch twice changes nothing)', async () => {
    const csv = ['uscc,year,employees,revenue_yuan,total_assets_yuan', ...GOOD.map((e, i) => `${e.uscc},2025,${20 + i * 10},${(3_000_000 + i * 1_000_000).toFixed(2)},${(2_000_000 + i * 500_000).toFixed(2)}`)].join('\n');
    const deliver = () => fetch(`${server.baseUrl}/api/intake/batches?kind=YEARLY_FIGURES&batchKey=stats-2025-annual`, {
      method: 'POST', headers: { authorization: `Bearer ${departmentToken}`, 'content-type': 'text/csv' }, body: csv,
    });
    const first = await deliver();
    expect(first.status, await first.clone().text()).toBe(201);
    expect(await first.json()).toMatchObject({ rejected: 0 });
    const again = await deliver();
    expect(again.status).toBe(200);
    const registry = await fetch(`${server.baseUrl}/api/intake/batches?kind=REGISTRY&batchKey=not-allowed`, {
      method: 'POST', headers: { authorization: `Bearer ${departmentToken}`, 'content-type': 'text/csv' }, body: 'uscc\n',
    });
    expect(registry.status).toBe(403); // the token may deliver yearly figures only
  }, SLOW);

  it('an enterprise of the imported registry signs in through the identity service; its first user administers its accounts', async () => {
    provider.accounts.set('legal-rep-1', { uscc: ENTERPRISE.uscc, name: '实跑法人' });
    const page = await open();
    await page.goto('/login');
    await page.getByTestId('oidc-login').filter({ hasText: '通过统一身份认证登录' }).click();
    await signInAtE2eProvider(page, 'legal-rep-1');
    await page.getByTestId('side-menu').waitFor();
    await page.goto('/accounts/staff');
    expect(await page.getByTestId('staff-table').locator('tr', { hasText: '实跑法人' }).innerText()).toContain('管理员');
    // Where its data came from: the registry from the bureau's upload, the figures from the statistics bureau's system.
    await page.getByTestId('side-menu').getByText('数据来源').click();
    const sources = page.getByTestId('data-sources');
    await expect.poll(() => sources.innerText(), WAIT).toContain('2025 年度数据');
    expect(await sources.locator('tr', { hasText: '2025 年度数据' }).innerText()).toContain('深圳市统计局');
    expect(await sources.innerText()).toContain('深圳市中小企业服务局');
    await screenshot(page, 'run-for-real-data-sources');
  }, SLOW);

  it('an officer publishes a policy with an amount in the console (reviewed by a second officer)', async () => {
    const author = await open();
    await signIn(author, 'officer-wang', OFFICER_PASSWORD);
    await author.getByTestId('side-menu').getByText('政策发布').click();
    await author.getByTestId('draft-new').click();
    await author.getByTestId('draft-new-page').waitFor();
    await author.getByTestId('draft-policy-key').fill(POLICY_KEY);
    await author.getByTestId('draft-title-zh').fill(POLICY_TITLE);
    await author.getByTestId('draft-title-en').fill('Start-up grant for small enterprises (run for real)');
    await author.getByTestId('draft-summary-zh').fill('对从业人员不少于5人的中小企业给予一次性补助5万元。');
    await author.getByTestId('draft-effective-from').fill('2026-01-01');
    await author.getByTestId('condition-0-mode-TEXT').click();
    await author.getByTestId('condition-0-id').fill('staff');
    await author.getByTestId('condition-0-label-zh').fill('从业人员不少于5人');
    await author.getByTestId('condition-0-label-en').fill('At least 5 employees');
    await author.getByTestId('condition-0-cite').fill(CITE);
    await author.getByTestId('condition-0-when').fill('employees >= 5');
    await checkSettles(author, 'condition-0-check', 'OK');
    await author.getByTestId('amount-toggle').click();
    await author.getByTestId('amount-label-zh').fill('一次性补助5万元');
    await author.getByTestId('amount-label-en').fill('A one-off grant of 50,000 yuan');
    await author.getByTestId('amount-cite').fill(CITE);
    await author.getByTestId('amount-formula').fill('wan_yuan(5)');
    await checkSettles(author, 'amount-check', 'OK');
    await author.getByTestId('draft-save').click();
    await author.waitForURL(/\/console\/policies\/[0-9a-f-]{36}$/);
    const draftUrl = new URL(author.url()).pathname;
    await statusIs(author, 'DRAFTED');
    await expect.poll(() => author.getByTestId('draft-step-SUBMIT').isEnabled(), WAIT).toBe(true);
    await author.getByTestId('draft-step-SUBMIT').click();
    await statusIs(author, 'SUBMITTED_FOR_REVIEW');

    const reviewer = await open();
    await signIn(reviewer, 'officer-zhao', OFFICER_PASSWORD);
    await reviewer.goto(draftUrl);
    await statusIs(reviewer, 'SUBMITTED_FOR_REVIEW');
    await reviewer.getByTestId('draft-step-PUBLISH').click();
    await reviewer.getByTestId('step-confirm-text').waitFor();
    await reviewer.getByTestId('step-confirm').click();
    await statusIs(reviewer, 'PUBLISHED');
    await screenshot(reviewer, 'run-for-real-published');
  }, SLOW);

  it('the enterprise finds the published policy in 我的政策, with the amount, eligible on the imported figures', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByTestId('oidc-login').click();
    await signInAtE2eProvider(page, 'legal-rep-1');
    await page.getByTestId('side-menu').getByText('我的政策').click();
    const card = page.getByTestId(`policy-${POLICY_KEY}`);
    await page.getByTestId('my-policies').waitFor();
    await card.waitFor(WAIT);
    expect(await card.getAttribute('data-status')).toBe('ELIGIBLE');
    expect(await card.innerText()).toContain(POLICY_TITLE);
    expect(await card.getByTestId('policy-amount').innerText()).toContain('5');
    await screenshot(page, 'run-for-real-my-policies');
  }, SLOW);


  it('the officer opens a new fund and links the published policy to it', async () => {
    const page = await open();
    await signIn(page, 'officer-wang', OFFICER_PASSWORD);
    await page.getByTestId('side-menu').getByText('资金管理').click();
    await page.getByTestId('fund-add').click();
    await page.getByTestId('fund-id').fill(FUND_ID);
    await page.getByTestId('fund-name').fill('2026年小型企业开办补助资金');
    await page.locator('.ant-modal .ant-form-item', { hasText: '审核部门代码' }).locator('input').fill('sz-sme-bureau');
    await page.getByTestId('fund-budget').fill('50');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const fundRow = page.getByTestId('fund-table').locator('tr', { hasText: '2026年小型企业开办补助资金' });
    await fundRow.waitFor();
    // 50 万元 is under the four-eyes threshold (100 万元 by default): no second officer needed.
    expect(await page.getByTestId(`fund-approve-${FUND_ID}`).count()).toBe(0);
    await page.getByTestId('link-add').click();
    await chooseSearching(page, page.getByTestId('link-policy'), POLICY_TITLE);
    await chooseSearching(page, page.getByTestId('link-fund'), '2026年小型企业开办补助资金');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('link-table').locator('tr', { hasText: POLICY_TITLE }).waitFor();
    await screenshot(page, 'run-for-real-fund');
  }, SLOW);

  it('the enterprise applies online; the bureau approves; the finance officer pays it in a batch; the enterprise sees 已拨付', async () => {
    const enterprise = await open();
    await enterprise.goto('/login');
    await enterprise.getByTestId('oidc-login').click();
    await signInAtE2eProvider(enterprise, 'legal-rep-1');
    await enterprise.getByTestId('side-menu').waitFor();
    await enterprise.goto('/benefits');
    await enterprise.getByTestId(`apply-${POLICY_KEY}`).click();
    await enterprise.getByTestId('prefilled').waitFor();
    expect(await enterprise.getByTestId('prefilled').innerText()).toContain(ENTERPRISE.name);
    await enterprise.getByTestId('account-number').fill('44201500000000000099');
    await enterprise.getByTestId('bank-name').fill('某银行深圳南山支行');
    await enterprise.getByTestId('declare').check();
    await enterprise.getByTestId('submit-application').click();
    await enterprise.waitForURL(/\/benefits\/cases\/bc-/);
    const caseUrl = new URL(enterprise.url()).pathname;
    const status = (page: Page) => page.getByTestId('detail-status').innerText();
    await expect.poll(() => status(enterprise)).toBe('已提交');

    const officer = await open();
    await signIn(officer, 'officer-zhao', OFFICER_PASSWORD);
    await officer.goto(caseUrl);
    await officer.getByTestId('action-ACCEPT').click();
    await expect.poll(() => status(officer)).toBe('审核中');
    await officer.getByTestId('action-APPROVE').click();
    await expect.poll(() => status(officer)).toBe('审核通过，待拨付');
    expect(await officer.getByTestId('detail-amount').innerText()).toBe('50,000.00');

    const finance = await open();
    await signIn(finance, 'finance-li', OFFICER_PASSWORD);
    await finance.goto('/benefits/payments');
    await finance.getByTestId(`create-batch-${FUND_ID}`).click();
    await finance.getByTestId(`create-batch-${FUND_ID}-ok`).click();
    await expect.poll(async () => ((await (await finance.request.get('/api/benefits/payment-batches')).json()) as { items: { fundId: string }[] }).items.filter((b) => b.fundId === FUND_ID).length).toBe(1);
    const batches = (await (await finance.request.get('/api/benefits/payment-batches')).json()) as { items: { id: string; fundId: string; lineCount: number }[] };
    const batch = batches.items.find((b) => b.fundId === FUND_ID)!;
    const csv = await (await finance.request.get(`/api/benefits/payment-batches/${batch.id}/export?format=csv`)).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(','));
    expect(lines).toHaveLength(1);
    const returnFile = ['payment_id,result,amount_yuan,bank_reference,settled_on,reason', ...lines.map((l, i) => `${l[0]},SUCCESS,${l[5]},BANK-RFR-${i},${new Date().toISOString().slice(0, 10)},`)].join('\n');
    await finance.reload();
    await finance.getByTestId('batches').getByText(batch.id).waitFor();
    await finance.getByTestId(`return-${batch.id}`).fill(returnFile);
    await finance.getByTestId(`import-${batch.id}`).click();
    await finance.getByTestId(`import-${batch.id}-ok`).click();
    await finance.getByText('已导入：到账 1').waitFor();
    await screenshot(finance, 'run-for-real-paid');

    await enterprise.goto('/benefits');
    const row = enterprise.getByTestId('my-benefit-cases').locator('tr', { hasText: POLICY_TITLE });
    await expect.poll(() => row.getByTestId('case-status').innerText(), WAIT).toBe('已拨付');
    expect(await row.getByTestId('case-amount').innerText()).toBe('50,000.00');
  }, SLOW);

  it('the finance officer is refused (403) everything outside payments', async () => {
    const page = await open();
    await signIn(page, 'finance-li', OFFICER_PASSWORD);
    for (const path of ['/api/enterprises', `/api/enterprises/${ENTERPRISE.uscc}`, '/api/intake/batches', '/api/publication/drafts', '/api/admin/users', '/api/accounts/registrations', `/api/enterprises/${ENTERPRISE.uscc}/staff`]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(403);
    }
  }, SLOW);
});
