import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support/server';
import { launchBrowser, newPage } from './support/browser';
import { signIn } from './support/flows';
import { screenshot } from './support/screenshots';
import { REPO_ROOT } from './support/repo-root';

/**
 * Benefits delivered in a real browser against the real server (demo data): the demo enterprise
 * applies for the 2023 first-loan interest subsidy, the SME bureau asks for 补正, the enterprise
 * completes it, the bureau approves with the rule-computed amount, finance exports the batch and
 * imports the bank's return file, and the enterprise sees 已拨付 with the amount. Then 免申即享:
 * dept-miit compares data, three eligible demo enterprises confirm, batch approval and payment;
 * the ineligible one is never listed nor paid.
 */
const SLOW = 600_000;
const FIRST_LOAN = 'sz-2023-first-loan-interest-subsidy';
const NO_APPLICATION = 'sz-2023-tech-sme-interest-subsidy';
const HEADER = 'payment_id,result,amount_yuan,bank_reference,settled_on,reason';

describe('benefits in the browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html'))) {
      throw new Error('apps/web/dist is missing: run `npm run build:web` (npm test does this) before the browser tests');
    }
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, SLOW);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.dispose()]);
  });

  async function as(username: string): Promise<Page> {
    if (!browser || !server) throw new Error('browser or server did not start');
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    await signIn(page, username);
    return page;
  }

  const status = (page: Page) => page.getByTestId('detail-status').innerText();

  /** Finance: a batch for the fund, the CSV export, and a return file saying every line was paid. */
  async function payFund(finance: Page, fundId: string): Promise<number> {
    await finance.goto('/benefits/payments');
    await finance.getByTestId(`create-batch-${fundId}`).click();
    await finance.getByTestId(`create-batch-${fundId}-ok`).click();
    await expect.poll(async () => ((await (await finance.request.get('/api/benefits/payment-batches')).json()) as { items: { fundId: string }[] }).items.filter((b) => b.fundId === fundId).length).toBe(1);
    const batches = (await (await finance.request.get('/api/benefits/payment-batches')).json()) as { items: { id: string; fundId: string; lineCount: number }[] };
    const batch = batches.items.find((b) => b.fundId === fundId)!;
    const csv = await (await finance.request.get(`/api/benefits/payment-batches/${batch.id}/export?format=csv`)).text();
    const xlsx = await (await finance.request.get(`/api/benefits/payment-batches/${batch.id}/export?format=xlsx`)).body();
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(','));
    expect(lines).toHaveLength(batch.lineCount);
    const file = [HEADER, ...lines.map((l, i) => `${l[0]},SUCCESS,${l[5]},BANK-${fundId}-${i},2026-11-20,`)].join('\n');
    await finance.reload();
    await finance.getByTestId('batches').getByText(batch.id).waitFor();
    await screenshot(finance, `benefits-batch-${fundId}`);
    await finance.getByTestId(`return-${batch.id}`).fill(file);
    await finance.getByTestId(`import-${batch.id}`).click();
    await finance.getByTestId(`import-${batch.id}-ok`).click();
    await finance.getByText(`已导入：到账 ${lines.length}`).waitFor();
    await screenshot(finance, `benefits-payments-${fundId}`);
    return lines.length;
  }

  it('first-loan subsidy: apply, 补正, approve, pay; the enterprise sees 已拨付 with the amount', async () => {
    const enterprise = await as('enterprise');
    await enterprise.goto('/benefits');
    await enterprise.getByTestId(`apply-${FIRST_LOAN}`).click();
    await enterprise.getByTestId('prefilled').waitFor();
    expect(await enterprise.getByTestId('prefilled').innerText()).toContain('深圳市鹏城智造科技有限公司');
    await enterprise.getByTestId('fact-isFirstLoan').getByText('是').click();
    await enterprise.getByTestId('fact-firstLoanFromShenzhenBank').getByText('是').click();
    await enterprise.getByTestId('fact-firstLoanDate').fill('2023-02-15');
    await enterprise.getByTestId('fact-firstLoanPrincipal').fill('5000000');
    await enterprise.getByTestId('fact-firstLoanMonths').fill('6');
    await enterprise.getByTestId('expense-reference').fill('JK-E2E-0001');
    await enterprise.getByTestId('account-number').fill('44201500000000000001');
    await enterprise.getByTestId('bank-name').fill('某银行深圳分行');
    await enterprise.getByTestId('declare').check();
    await screenshot(enterprise, 'benefits-apply');
    await enterprise.getByTestId('submit-application').click();
    await enterprise.waitForURL(/\/benefits\/cases\/bc-/);
    const caseUrl = new URL(enterprise.url()).pathname;
    await expect.poll(() => status(enterprise)).toBe('已提交');

    const bureau = await as('bureau');
    await bureau.goto('/benefits/review');
    await bureau.getByTestId('review-queue').getByText(FIRST_LOAN).first().waitFor();
    await bureau.goto(caseUrl);
    await bureau.getByTestId('action-ACCEPT').click();
    await expect.poll(() => status(bureau)).toBe('审核中');
    await bureau.getByTestId('action-note').fill('请上传贷款合同');
    await bureau.getByTestId('action-REQUEST_CORRECTION').click();
    await expect.poll(() => status(bureau)).toBe('待补正');

    await enterprise.reload();
    await enterprise.locator('input[type=file]').setInputFiles({ name: '贷款合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% e2e\n') });
    await enterprise.getByText('贷款合同.pdf').waitFor();
    await enterprise.getByTestId('action-note').fill('已上传贷款合同');
    await enterprise.getByTestId('action-SUBMIT_CORRECTION').click();
    await expect.poll(() => status(enterprise)).toBe('审核中');

    await bureau.reload();
    await bureau.getByTestId('action-APPROVE').click();
    await expect.poll(() => status(bureau)).toBe('审核通过，待拨付');
    expect(await bureau.getByTestId('detail-amount').innerText()).toBe('50,000.00');
    await screenshot(bureau, 'benefits-approved');

    const finance = await as('finance');
    expect(await payFund(finance, 'sz-2023-sme-relief')).toBe(1);

    await enterprise.goto('/benefits');
    const row = enterprise.getByTestId('my-benefit-cases').locator('tr', { hasText: '首贷贴息' });
    await expect.poll(() => row.getByTestId('case-status').innerText()).toBe('已拨付');
    expect(await row.getByTestId('case-amount').innerText()).toBe('50,000.00');
    await screenshot(enterprise, 'benefits-paid');
  }, SLOW);

  it('免申即享 pays the three eligible demo enterprises after their confirmation and never the ineligible one', async () => {
    const miit = await as('dept-miit');
    await miit.goto('/benefits/review');
    await miit.getByTestId(`compare-${NO_APPLICATION}`).click();
    await miit.getByTestId(`compare-${NO_APPLICATION}-ok`).click();
    await miit.getByText('新列入 3 家').waitFor();

    for (const [i, login] of ['micro-a', 'small-b', 'small-c'].entries()) {
      const page = await as(login);
      await page.goto('/benefits');
      await page.getByTestId(`case-link-${NO_APPLICATION}`).click();
      await expect.poll(() => status(page)).toBe('待确认（数据比对符合条件）');
      await page.getByTestId('confirm-account-number').fill(`6222000000000000${i}`);
      await page.getByTestId('confirm-bank-name').fill('某银行深圳分行');
      await page.getByTestId('action-CONFIRM').click();
      await expect.poll(() => status(page)).toBe('已确认意愿');
    }
    const ineligible = await as('medium-d');
    await ineligible.goto('/benefits');
    await ineligible.getByTestId('my-benefit-cases').locator('.ant-empty').waitFor();

    await miit.getByTestId(`batch-approve-${NO_APPLICATION}`).click();
    await miit.getByTestId(`batch-approve-${NO_APPLICATION}-ok`).click();
    await miit.getByText('已通过 3 件，未通过 0 件').waitFor();

    const finance = await as('finance');
    expect(await payFund(finance, 'sz-2023-tech-interest-subsidy')).toBe(3);

    for (const login of ['micro-a', 'small-b', 'small-c']) {
      const page = await as(login);
      await page.goto('/benefits');
      await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已拨付');
      expect(Number((await page.getByTestId('case-amount').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
    }
    const none = (await (await ineligible.request.get('/api/benefits/applications')).json()) as { items: unknown[] };
    expect(none.items).toEqual([]);

    const pub = await as('auditor');
    await pub.goto('/benefits/dashboard');
    await pub.getByTestId('fund-table').getByTestId('small-micro-share').first().waitFor();
    await screenshot(pub, 'benefits-dashboard');
  }, SLOW);
});
