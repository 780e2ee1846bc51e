import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';
import { chooseOption } from './support/antd-select';

/**
 * 授权—核验—使用 (issue 14) in a real browser against the real server (demo mode): the enterprise
 * publishes a financing demand and grants the demo bank two scopes for 30 days (plus yes/no checks on
 * its yearly figures); the bank sees the demand, takes it, opens the enterprise with exactly those
 * scopes, a verification answer for revenue and one for a qualification, records a first loan; the enterprise sees each access
 * in its log and the loan, revokes, and the bank's next read is refused — which the enterprise sees too; the first-loan
 * subsidy in force then appears for the enterprise in 我的政策 as 免申即享, fed by the bank's loan record. The bank then
 * claims risk compensation for the loan, the bureau rejects it, the bank corrects and re-files it, and the borrower
 * follows it on its own page.
 */
const SLOW = 600_000;
const PURPOSE = '采购原材料（浏览器测试）';

async function accessOutcomes(page: Page): Promise<string[]> {
  await page.getByTestId('credit-refresh').click();
  await page.getByTestId('access-ALLOWED').first().waitFor();
  return page.locator('[data-testid^="access-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
}

describe('credit data with consent and financing', () => {
  const { open } = useBrowserSuite(SLOW);

  it('runs demand → consent → read and verify → first loan → revoke → refused read', async () => {
    const firm = await open();
    await signIn(firm, 'enterprise');
    await firm.goto('/credit');
    await firm.getByTestId('demand-amount').fill('300');
    await firm.getByTestId('demand-purpose').fill(PURPOSE);
    await firm.getByTestId('demand-submit').click();
    const ownDemand = firm.locator('[data-testid^="demand-fd-"]').filter({ hasText: PURPOSE });
    await ownDemand.waitFor();
    // 贷款产品: the demo bank's products matched against the demand with the enterprise's own data, in words
    await ownDemand.locator('.ant-table-row-expand-icon').click();
    const match = firm.getByTestId('demand-products').getByTestId('match-lp-demo-1');
    await expect.poll(() => match.getAttribute('data-status'), { timeout: 60_000 }).toBe('ELIGIBLE');
    expect(await match.innerText()).toMatch(/满足产品准入条件[\s\S]*中小企业促进法》第二条/);
    const width = await firm.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = '16px sans-serif';
      return c.measureText('中').width;
    });
    expect(width).toBeGreaterThan(14);

    await chooseOption(firm, 'consent-institution', '某银行深圳分行');
    await firm.getByTestId('scope-REGISTRY_PROFILE').getByText('可查看').click();
    await firm.getByTestId('scope-QUALIFICATIONS').getByText('可查看').click();
    await firm.getByTestId('scope-YEARLY_FIGURES').getByText('仅可核验').click();
    await chooseOption(firm, 'consent-demand', PURPOSE);
    await firm.getByTestId('consent-purpose-text').fill('流动资金贷款授信审查');
    await firm.getByTestId('consent-submit').click();
    const row = firm.locator('[data-testid^="consent-cc-"]').first();
    await expect.poll(async () => (await row.count()) > 0 && (await row.getByTestId('consent-status').innerText()), { timeout: 60_000 }).toBe('有效');

    const bank = await open();
    await signIn(bank, 'bank');
    await bank.goto('/credit/bank');
    const demand = bank.locator('[data-testid^="demand-fd-"]').filter({ hasText: PURPOSE });
    await demand.getByTestId('demand-take').click();
    await demand.getByTestId('demand-record-loan').waitFor();
    await bank.locator('[data-testid^="consent-cc-"]').first().getByTestId('consent-open').click();
    await bank.getByTestId('scope-data-REGISTRY_PROFILE').waitFor();
    const dataUrl = bank.url();
    await expect.poll(() => bank.locator('[data-testid^="scope-data-"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')).sort())).toEqual(['scope-data-QUALIFICATIONS', 'scope-data-REGISTRY_PROFILE']);
    expect(await bank.getByTestId('scope-data-REGISTRY_PROFILE').innerText()).toContain('深圳市鹏城智造科技有限公司');
    expect(await bank.getByTestId('scope-origin').first().innerText()).toContain('数据来源');
    await bank.getByTestId('verify-year').fill('2025');
    await bank.getByTestId('verify-threshold').fill('5000');
    await bank.getByTestId('verify-submit').click();
    expect(await bank.getByTestId('verify-answer').innerText()).toContain('是');
    expect(await bank.getByTestId('verify-answer').innerText()).not.toContain('5300');
    await chooseOption(bank, 'verify-kind', '某日是否持有资质');
    await bank.getByTestId('verify-date').waitFor();
    await bank.getByTestId('verify-submit').click();
    await expect.poll(() => bank.getByTestId('verify-answer').count()).toBe(1);
    expect(await bank.getByTestId('verify-answer').innerText()).toMatch(/核验结果：(是|否)/);

    await bank.goto('/credit/bank');
    await demand.getByTestId('demand-record-loan').click();
    await bank.getByTestId('loan-amount').fill('200');
    await bank.getByTestId('loan-rate').fill('3.45');
    await bank.getByTestId('loan-first-loan').click();
    await bank.getByTestId('loan-submit').click();
    await expect.poll(() => demand.getByTestId('demand-status').innerText(), { timeout: 60_000 }).toBe('已放款');

    await expect.poll(() => accessOutcomes(firm)).toEqual(['access-ALLOWED', 'access-ALLOWED', 'access-ALLOWED']);
    await firm.getByTestId('loan-row').waitFor();
    expect(await firm.getByTestId('loan-first').innerText()).toBe('是');

    await row.getByTestId('consent-revoke').click();
    await firm.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row.getByTestId('consent-status').innerText(), { timeout: 60_000 }).toBe('已撤回');

    await bank.goto(dataUrl);
    await bank.getByText('企业已撤回授权').waitFor();
    // The refreshed log may still show the rows of the last read: wait until the refused read is there.
    await expect.poll(() => accessOutcomes(firm)).toEqual(['access-REFUSED', 'access-ALLOWED', 'access-ALLOWED', 'access-ALLOWED']);

    // 首贷贴息: the loan just recorded is the source of the first-loan facts, named with the bank. Granted today,
    // it is outside the 2023 measure (深工信〔2023〕26号 第5项: loans of 2023-01-01..03-31, not in force after 2023)
    // and falls under the first-loan support in force (中小企业促进法 第八条第二款、第九条第一款, figures flagged
    // unverified), which the demo fund pays 免申即享: 200万元 × 2% × 6/12 = 2万元, no application.
    const subsidy = firm.getByTestId('first-loan-subsidy');
    expect(await subsidy.getByTestId('first-loan-source').innerText()).toContain('某银行深圳分行放款登记');
    expect(await subsidy.getByTestId('first-loan-policy').innerText()).toBe('深圳市中小企业首贷贴息');
    expect(await subsidy.getByTestId('first-loan-channel').innerText()).toContain('免申即享');
    expect(await subsidy.getByTestId('first-loan-status').innerText()).toMatch(/符合条件[\s\S]*20,000\.00[\s\S]*中小企业促进法》第九条/);

    await firm.goto('/me/policies');
    const line = firm.getByTestId('policy-sz-first-loan-interest-subsidy');
    await expect.poll(() => line.getAttribute('data-status'), { timeout: 60_000 }).toBe('ELIGIBLE');
    const text = await line.innerText();
    expect(text).toContain('免申即享');
    expect(text).toContain('未核实');
    expect(await line.getByTestId('policy-amount').innerText()).toContain('2 万元');
    expect(await line.getByTestId('policy-data-sources').innerText()).toContain('某银行深圳分行放款登记');
    expect(await firm.getByTestId('policy-sz-2023-first-loan-interest-subsidy').getAttribute('data-status')).toBe('NOT_IN_FORCE');

    // 风险补偿: the bank registers the loan in the pool and files a claim; the bureau rejects it with a reason; the bank
    // corrects it and files it again (补正); the borrower reads the claim on its own page, the status in plain words.
    await bank.goto('/credit/bank');
    const demandId = (await demand.getAttribute('data-testid'))!.replace(/^demand-/, '');
    await bank.goto('/financing/risk-pool');
    const poolRow = bank.getByTestId(`pool-loan-${demandId}`);
    await poolRow.getByTestId('pool-register').click();
    await poolRow.getByTestId('pool-registered').waitFor();
    await chooseOption(bank, 'claim-loan', '深圳市鹏城智造科技有限公司 · 200.00');
    const todayInBeijing = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await bank.getByTestId('claim-loss').fill('150');
    await bank.getByTestId('claim-defaulted-on').fill(todayInBeijing);
    await bank.getByTestId('claim-description').fill('借款企业停止经营，催收未果（浏览器测试）');
    await bank.getByTestId('claim-account-name').fill('某银行深圳分行');
    await bank.getByTestId('claim-account-number').fill('4000 0000 0001');
    await bank.getByTestId('claim-bank-name').fill('某银行深圳分行营业部');
    await bank.getByTestId('claim-submit').click();
    const bankClaim = bank.getByTestId(`claim-${demandId}`);
    await expect.poll(() => bankClaim.getByTestId('claim-status').innerText(), { timeout: 60_000 }).toBe('待审核');

    const bureau = await open();
    await signIn(bureau, 'bureau');
    await bureau.goto('/financing/risk-claims');
    const reviewed = bureau.getByTestId(`claim-${demandId}`);
    await reviewed.getByTestId('review-reason').fill('本金损失未扣除已收回部分');
    await reviewed.getByTestId('review-reject').click();
    await expect.poll(() => reviewed.getByTestId('claim-status').innerText(), { timeout: 60_000 }).toBe('不予补偿');

    await bank.reload();
    await bankClaim.getByTestId('claim-resubmit-open').click();
    await bank.getByTestId('claim-resubmit-correction').fill('扣除已收回的50万元，更正本金损失');
    await bank.getByTestId('claim-resubmit-loss').fill('100');
    await bank.getByTestId('claim-resubmit-submit').click();
    await expect.poll(() => bankClaim.getByTestId('claim-status').innerText(), { timeout: 60_000 }).toBe('待审核');

    await firm.goto('/financing/my-risk-claims');
    const mine = firm.getByTestId(`claim-${demandId}`);
    await expect.poll(() => mine.getByTestId('claim-progress').innerText(), { timeout: 60_000 }).toBe('银行已提出补偿申请，市中小企业服务局正在审核');
    await mine.locator('.ant-table-row-expand-icon').click();
    expect(await firm.getByTestId('claim-resubmissions').innerText()).toContain('扣除已收回的50万元');
  }, SLOW);
});
