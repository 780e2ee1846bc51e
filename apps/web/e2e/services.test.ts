import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';
import { chooseOption } from './support/antd-select';

/**
 * 服务机构与服务券 (issue 17, part 4; 深圳 第十四—十七条) in a real browser against the real server (demo mode):
 * a registry firm registers as a provider through its form, declaring the demo enterprise among its
 * shareholders, and the bureau approves it; the bureau sets up a programme and issues its vouchers; the
 * enterprise claims one and sees its code; the related provider's redemption is refused with the reason on
 * screen; the demo provider redeems it with the service record; the finance officer's payment batch of the
 * fund takes the voucher's line, and the provider sees the voucher settled and its payment in progress.
 */
const SLOW = 600_000;
const PROGRAMME = '浏览器测试知识产权服务券';
const FUND = '中小企业服务券资金（演示）';
const FUND_ID = 'sz-demo-service-vouchers';
const ENTERPRISE = '深圳市鹏城智造科技有限公司';
const ENTERPRISE_USCC = '91440300MA5HQ1PC0C';
const KIN = '深圳市南山示例软件有限公司';

/** Today's date in Beijing, as the date pickers take it. */
const beijingDate = (plusDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + plusDays * 86_400_000));

async function pickDate(page: Page, id: string, date: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(date);
}

async function chooseCategory(page: Page, testId: string): Promise<void> {
  await chooseOption(page, testId, '知识产权保护');
  await page.keyboard.press('Escape');
}

/** The provider console's redemption: the code and the USCC the enterprise shows, and the service record. */
async function redeem(page: Page, code: string): Promise<void> {
  await page.getByTestId('redeem-code').fill(code);
  await page.getByTestId('redeem-enterprise').fill(ENTERPRISE_USCC);
  await chooseOption(page, 'redeem-category', '知识产权保护');
  await page.getByTestId('redeem-description').fill('发明专利申请代理（浏览器测试）');
  await pickDate(page, 'serviceDate', beijingDate());
  await page.getByTestId('redeem-fee').fill('8000');
  await page.getByTestId('redeem-submit').click();
}

describe('service providers and vouchers', () => {
  const { open } = useBrowserSuite(SLOW);

  it('issues → claims → refuses a related provider → redeems → settles in the fund\'s payment batch', async () => {
    // A registry firm registers as a provider the way any provider does, declaring its shareholders.
    const kin = await open();
    await signIn(kin, 'small-c');
    await kin.goto('/services/provider');
    await kin.getByTestId('provider-register').waitFor();
    await kin.getByTestId('provider-name').fill(KIN);
    await chooseCategory(kin, 'provider-categories');
    await kin.getByTestId('provider-phone').fill('0755-12345678');
    await kin.getByTestId('provider-shareholders').fill(`${ENTERPRISE}\n李示例`);
    await kin.getByTestId('provider-account-name').fill(KIN);
    await kin.getByTestId('provider-account-number').fill('6222000000000333');
    await kin.getByTestId('provider-bank').fill('某银行深圳分行');
    await kin.getByTestId('provider-submit').click();
    await kin.getByTestId('provider-console').waitFor();

    // The bureau approves it, then sets up a programme and issues three vouchers within its budget.
    const bureau = await open();
    await signIn(bureau, 'bureau');
    await bureau.goto('/services/bureau');
    const pending = bureau.getByTestId('provider-review').getByTestId('provider-row').filter({ hasText: KIN });
    await pending.getByTestId('provider-approve').click();
    await expect.poll(() => pending.count(), { timeout: 120_000 }).toBe(0);

    await bureau.getByTestId('programme-name').fill(PROGRAMME);
    await bureau.getByTestId('programme-amount').fill('5000');
    await bureau.getByTestId('programme-budget').fill('15000');
    await pickDate(bureau, 'validFrom', beijingDate());
    await pickDate(bureau, 'validUntil', beijingDate(90));
    await chooseCategory(bureau, 'programme-categories');
    await chooseOption(bureau, 'programme-fund', FUND);
    await bureau.getByTestId('programme-submit').click();
    const programme = bureau.getByTestId('programme-row').filter({ hasText: PROGRAMME });
    await programme.waitFor();
    await programme.locator('.ant-input-number input').fill('3');
    await programme.getByTestId('issue-vouchers').click();
    await expect.poll(() => programme.getByTestId('programme-counts').innerText(), { timeout: 120_000 }).toContain('可领 3');

    // The enterprise claims one (我的服务券) and sees its code.
    const firm = await open();
    await signIn(firm, 'enterprise');
    await firm.goto('/services/vouchers');
    await firm.getByTestId('voucher-programmes').getByTestId('programme-row').filter({ hasText: PROGRAMME }).getByTestId('claim-voucher').click();
    const mine = firm.getByTestId('my-vouchers').getByTestId('voucher-row').filter({ hasText: PROGRAMME });
    await mine.waitFor();
    const code = (await mine.getByTestId('voucher-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9-]{6,12}$/);
    expect(await mine.getByTestId('voucher-status').innerText()).toBe('已领取，待使用');

    // The related provider cannot redeem it: the reason is on screen.
    await kin.reload();
    await kin.getByTestId('redeem-form').waitFor();
    await redeem(kin, code);
    const refusal = kin.getByTestId('redeem-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/存在关联关系，不能核销[\s\S]*企业是服务机构的股东/);

    // The demo provider redeems it once with the service record; the voucher pays up to its amount.
    const provider = await open();
    await signIn(provider, 'provider');
    await provider.goto('/services/provider');
    await provider.getByTestId('redeem-form').waitFor();
    await redeem(provider, code);
    await provider.getByTestId('redeem-done').waitFor();
    expect(await provider.getByTestId('redeem-done').innerText()).toContain('本券支付 5,000.00 元');
    const used = provider.getByTestId('voucher-row').filter({ hasText: code });
    await expect.poll(() => used.getByTestId('voucher-status').innerText(), { timeout: 120_000 }).toBe('已使用，待结算');

    // The finance officer's payment batch of the fund takes the redeemed voucher as the provider's line.
    const finance = await open();
    await signIn(finance, 'finance');
    await finance.goto('/benefits/payments');
    await finance.getByTestId(`create-batch-${FUND_ID}`).click();
    await finance.getByTestId(`create-batch-${FUND_ID}-ok`).click();
    const batchRow = finance.getByTestId('batches').locator('tr').filter({ hasText: FUND_ID });
    await batchRow.waitFor();
    const batches = (await (await finance.request.get('/api/benefits/payment-batches')).json()) as { items: { id: string; fundId: string; lineCount: number; totalFen: number }[] };
    const batch = batches.items.find((b) => b.fundId === FUND_ID)!;
    expect(batch).toMatchObject({ lineCount: 1, totalFen: 500_000 });
    const csv = await (await finance.request.get(`/api/benefits/payment-batches/${batch.id}/export?format=csv`)).text();
    expect(csv).toContain(code);
    expect(csv).toContain('6222000000000001');

    // The provider sees the voucher settled and its payment line in progress; the enterprise sees it used.
    await provider.reload();
    await expect.poll(() => used.getByTestId('voucher-status').innerText(), { timeout: 120_000 }).toBe('已结算');
    expect(await used.getByTestId('voucher-use').innerText()).toContain('拨付中');
    await firm.reload();
    await expect.poll(() => mine.getByTestId('voucher-status').innerText(), { timeout: 120_000 }).toBe('已结算');
  }, SLOW);
});
