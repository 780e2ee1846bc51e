import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signIn, signInAt } from './support/flows';
import { screenshot } from './support/screenshots';

/**
 * The policy authoring console in a real browser against the real server (demo city): the SME
 * bureau drafts a policy with one condition from the builder (营业收入 ≤ 1000万元) and one written
 * in the condition language, previews its reach, asks "what if the threshold were 1500万?", raises
 * the threshold, submits; a second official publishes it; the demo enterprise gets the notice in
 * 消息中心 and finds the policy with its explanation in 我的政策.
 */
const SLOW = 600_000;
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';
const CITE = 'cn/law/sme-promotion#art_2';

/**
 * Picks an option of the antd Select `testId` by its exact label (typing `search` first when the
 * Select filters), and waits until the Select shows it; a click landing while the dropdown still
 * moves is retried.
 */
async function choose(page: Page, testId: string, label: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (search) await page.keyboard.type(search);
    const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title="${label}"]`);
    await option.waitFor({ state: 'visible' });
    await option.click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 3_000 }).toContain(label);
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** The live check under a condition settles on `state` (OK or INVALID). */
async function checkSettles(page: Page, testId: string, state: 'OK' | 'INVALID'): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).getAttribute('data-state'), { timeout: 120_000 }).toBe(state);
}

/** Long enough for a server busy with notice jobs on a loaded machine; a poll ends as soon as the state is there. */
const WAIT = { timeout: 120_000 };

/** The page shows the version in `status` (after a step's request and the reload of the page data). */
async function statusIs(page: Page, status: string): Promise<void> {
  await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-status'), WAIT).toBe(status);
}

const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

describe('policy publication in the browser', () => {
  const { open } = useBrowserSuite(150_000);

  it('an official drafts, previews, runs a what-if and submits; a second official publishes; the enterprise is notified and sees the policy explained', async () => {
    const key = `e2e-rnd-${Date.now().toString(36)}`;

    // ── The SME bureau drafts. ──
    const bureau = await open();
    await signInAt(bureau, '/home', 'bureau');
    await bureau.getByTestId('side-menu').getByText('政策发布').click();
    await bureau.getByTestId('policy-drafts').waitFor();
    await bureau.getByTestId('draft-new').click();
    await bureau.getByTestId('draft-new-page').waitFor();
    await bureau.getByTestId('draft-policy-key').fill(key);
    await bureau.getByTestId('draft-title-zh').fill('中小企业研发投入补助（浏览器测试）');
    await bureau.getByTestId('draft-title-en').fill('SME R&D grant (browser test)');
    await bureau.getByTestId('draft-summary-zh').fill('对营业收入不超过规定标准、从业人员不少于5人的中小企业给予研发补助。');
    await bureau.getByTestId('draft-effective-from').fill('2026-01-01');

    // Condition 1 from the builder: 营业收入 不超过 1000 万元.
    await bureau.getByTestId('condition-0-id').fill('revenue');
    await bureau.getByTestId('condition-0-label-zh').fill('营业收入不超过1000万元');
    await bureau.getByTestId('condition-0-label-en').fill('Revenue at most 10M yuan');
    await bureau.getByTestId('condition-0-cite').fill(CITE);
    await choose(bureau, 'condition-0-subject', '营业收入 (revenue)', 'revenue');
    await choose(bureau, 'condition-0-op', '不超过');
    await bureau.getByTestId('condition-0-value').fill('1000');
    await expect.poll(() => bureau.getByTestId('condition-0-text').innerText(), WAIT).toBe('revenue <= wan_yuan(1000)');
    await checkSettles(bureau, 'condition-0-check', 'OK');

    // Condition 2 written in the condition language: a typo is reported with its position, then fixed.
    await bureau.getByTestId('condition-add').click();
    await bureau.getByTestId('condition-1').waitFor();
    await bureau.getByTestId('condition-1-mode-TEXT').click();
    await bureau.getByTestId('condition-1-id').fill('staff');
    await bureau.getByTestId('condition-1-label-zh').fill('从业人员不少于5人，且不是个体工商户');
    await bureau.getByTestId('condition-1-label-en').fill('At least 5 employees, not an individual business');
    await expect.poll(() => bureau.getByTestId('condition-1-cite').inputValue(), WAIT).toBe(CITE); // carried over from the condition before
    await bureau.getByTestId('condition-1-when').fill('employes >= 5 && !isIndividualBusiness');
    await checkSettles(bureau, 'condition-1-check', 'INVALID');
    expect(await bureau.getByTestId('condition-1-check').getAttribute('data-offset')).toBe('0');
    expect(await bureau.getByTestId('condition-1-check').innerText()).toContain('第 1 个字符');
    await bureau.getByTestId('condition-1-when').fill('employees >= 5 && !isIndividualBusiness');
    await checkSettles(bureau, 'condition-1-check', 'OK');

    // The amount: 10% of last year's R&D expense, at most 20万元 (a money formula, checked as whole fen).
    await bureau.getByTestId('amount-toggle').click();
    await bureau.getByTestId('amount-label-zh').fill('按研发费用的10%补助，最高20万元');
    await bureau.getByTestId('amount-label-en').fill('10% of R&D expense, at most 200,000 yuan');
    await bureau.getByTestId('amount-cite').fill(CITE);
    await bureau.getByTestId('amount-formula').fill('min(round(rdExpense * 0.1), wan_yuan(20))');
    await checkSettles(bureau, 'amount-check', 'OK');
    await screenshot(bureau, 'publication-draft-form');

    await bureau.getByTestId('draft-save').click();
    await bureau.waitForURL(/\/console\/policies\/[0-9a-f-]{36}$/);
    const draftUrl = new URL(bureau.url()).pathname;
    await statusIs(bureau, 'DRAFTED');
    // Reopened, the builder condition is in the builder again; the one the builder cannot write stays text.
    await expect.poll(() => bureau.getByTestId('condition-0-text').innerText(), WAIT).toBe('revenue <= wan_yuan(1000)');
    expect(await bureau.getByTestId('condition-1-when').inputValue()).toBe('employees >= 5 && !isIndividualBusiness');

    // ── Preview: nonzero totals, by district table and chart. ──
    await bureau.getByTestId('draft-tab-preview').click();
    await bureau.getByTestId('preview-date').fill('2026-11-01');
    const previewDone = bureau.waitForResponse((r) => r.url().endsWith('/preview') && r.request().method() === 'POST');
    await bureau.getByTestId('preview-run').click();
    expect((await previewDone).status()).toBe(200);
    await bureau.getByTestId('reach-result').waitFor();
    const eligible = await count(bureau, 'reach-eligible');
    const total = (await Promise.all(['reach-eligible', 'reach-unknown', 'reach-ineligible', 'reach-outside'].map((id) => count(bureau, id)))).reduce((a, b) => a + b, 0);
    expect(eligible).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(eligible);
    const districts = bureau.getByTestId('reach-table-district');
    await districts.waitFor();
    expect(await districts.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await districts.innerText()).toContain('南山区');
    await bureau.getByTestId('reach-chart-district').locator('canvas').first().waitFor();
    expect(await count(bureau, 'reach-cost')).toBeGreaterThan(0);
    await bureau.getByTestId('reach-tab-size').click();
    await bureau.getByTestId('reach-table-size').waitFor();
    await screenshot(bureau, 'publication-preview');

    // ── What-if: the revenue threshold at 1500万元 instead of 1000万元 gains enterprises. ──
    const whatIf = bureau.getByTestId('whatif');
    expect(await whatIf.getByTestId('whatif-original').innerText()).toBe('revenue <= wan_yuan(1000)');
    await bureau.getByTestId('whatif-text').fill('revenue <= wan_yuan(1500)');
    await checkSettles(bureau, 'whatif-check', 'OK');
    const whatIfDone = bureau.waitForResponse((r) => r.url().endsWith('/preview') && r.request().method() === 'POST');
    await bureau.getByTestId('whatif-run').click();
    expect((await whatIfDone).status()).toBe(200);
    await bureau.getByTestId('whatif-result').waitFor();
    const gained = await count(bureau, 'whatif-gained');
    expect(gained).toBeGreaterThan(0);
    expect(await count(bureau, 'whatif-lost')).toBe(0);
    const eligibleRow = bureau.getByTestId('whatif-table').locator('tbody tr').first();
    expect(await eligibleRow.innerText()).toContain(`+${gained}`);
    expect(await count(bureau, 'whatif-cost-delta')).toBeGreaterThan(0); // more enterprises, more cost
    await screenshot(bureau, 'publication-what-if');

    // The official raises the threshold (so that the demo enterprise, 5300万元, qualifies) and saves.
    await bureau.getByTestId('draft-tab-content').click();
    await bureau.getByTestId('condition-0-value').fill('6000');
    await bureau.getByTestId('condition-0-label-zh').fill('营业收入不超过6000万元');
    await bureau.getByTestId('condition-0-label-en').fill('Revenue at most 60M yuan');
    await expect.poll(() => bureau.getByTestId('condition-0-text').innerText(), WAIT).toBe('revenue <= wan_yuan(6000)');
    const saved = bureau.waitForResponse((r) => r.url().endsWith(draftUrl.replace('/console/policies', '/api/publication/drafts')) && r.request().method() === 'PUT');
    await bureau.getByTestId('draft-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => bureau.getByTestId('condition-0-text').innerText(), WAIT).toBe('revenue <= wan_yuan(6000)');

    // Submit; the author cannot publish their own policy and is told why.
    await expect.poll(() => bureau.getByTestId('draft-step-SUBMIT').isEnabled(), WAIT).toBe(true);
    await bureau.getByTestId('draft-step-SUBMIT').click();
    await statusIs(bureau, 'SUBMITTED_FOR_REVIEW');
    expect(await bureau.getByTestId('draft-step-PUBLISH').isDisabled()).toBe(true);
    expect(await bureau.getByTestId('publish-refused').innerText()).toContain('另一名工作人员');

    // ── A second official of the SME bureau approves and publishes. ──
    const reviewer = await open();
    await signIn(reviewer, 'bureau-2');
    await reviewer.goto(draftUrl);
    await statusIs(reviewer, 'SUBMITTED_FOR_REVIEW');
    await reviewer.getByTestId('draft-step-PUBLISH').click();
    await reviewer.getByTestId('step-confirm-text').waitFor();
    await reviewer.getByTestId('step-confirm').click();
    await statusIs(reviewer, 'PUBLISHED');
    await reviewer.getByTestId('draft-tab-history').click();
    await reviewer.getByTestId('history-PUBLISHED').waitFor();
    await screenshot(reviewer, 'publication-published');
    // English works on the console too.
    await reviewer.getByTestId('language-switch').click();
    await expect.poll(() => reviewer.getByTestId('draft-status').innerText(), WAIT).toBe('Published');
    expect(await reviewer.getByTestId('draft-tab-history').innerText()).toBe('History');

    // ── The demo enterprise: the notice in 消息中心 (the notice jobs run in the server), the policy in 我的政策. ──
    const enterprise = await open();
    await signInAt(enterprise, '/home', 'enterprise');
    await enterprise.getByTestId('side-menu').getByText('消息中心').click();
    const notice = enterprise.getByTestId(`notice-${key}`);
    await expect.poll(async () => {
      if (await notice.count() > 0) return true;
      await enterprise.reload();
      await enterprise.getByTestId('inbox-unread').waitFor();
      return (await notice.count()) > 0;
    }, { timeout: 120_000, interval: 2_000 }).toBe(true);
    expect(await notice.innerText()).toBe('中小企业研发投入补助（浏览器测试）');
    await screenshot(enterprise, 'publication-inbox');

    await enterprise.getByTestId('side-menu').getByText('我的政策').click();
    const line = enterprise.getByTestId(`policy-${key}`);
    await line.waitFor({ timeout: 120_000 });
    expect(await line.getAttribute('data-status')).toBe('ELIGIBLE');
    await line.getByTestId('explanation-toggle').click();
    const explanation = line.getByTestId('explanation');
    await explanation.waitFor();
    await explanation.getByTestId('clause-revenue').waitFor();
    expect(await explanation.getByTestId('trace-node').count()).toBeGreaterThan(0);
    expect(await line.getByTestId('policy-amount').innerText()).toContain('20 万元'); // 10% of 355万元 is above the cap
    await screenshot(enterprise, 'publication-my-policies');
  }, SLOW);

  it('a condition the server refuses is marked with its position and nothing typed is lost; a reviewer returns the draft with a note; it is withdrawn with the reason', async () => {
    const miit = await open();
    await signIn(miit, 'dept-miit');
    await miit.goto('/console/policies/new');
    await miit.getByTestId('draft-new-page').waitFor();
    await miit.getByTestId('draft-title-zh').fill('工业企业技术改造奖励（浏览器测试）');
    await miit.getByTestId('draft-title-en').fill('Industrial upgrade award (browser test)');
    await miit.getByTestId('draft-effective-from').fill('2026-01-01');
    await miit.getByTestId('condition-0-mode-TEXT').click();
    await miit.getByTestId('condition-0-id').fill('revenue');
    await miit.getByTestId('condition-0-label-zh').fill('营业收入不超过3000万元');
    await miit.getByTestId('condition-0-label-en').fill('Revenue at most 30M yuan');
    await miit.getByTestId('condition-0-cite').fill(CITE);
    const broken = 'revenue <= wan_yuan(3000) &&';
    await miit.getByTestId('condition-0-when').fill(broken);

    // Saved anyway: the server's 422 is shown on the form and on that condition; every field keeps its text.
    const refused = miit.waitForResponse((r) => r.url().endsWith('/api/publication/drafts') && r.request().method() === 'POST');
    await miit.getByTestId('draft-save').click();
    expect((await refused).status()).toBe(422);
    await miit.getByTestId('draft-form-error').waitFor();
    expect(await miit.getByTestId('condition-0-server-problem').innerText()).toMatch(/^revenue（第 \d+ 个字符）/);
    expect(await miit.getByTestId('condition-0-when').inputValue()).toBe(broken);
    expect(await miit.getByTestId('draft-title-zh').inputValue()).toBe('工业企业技术改造奖励（浏览器测试）');
    await checkSettles(miit, 'condition-0-check', 'INVALID');

    await miit.getByTestId('condition-0-when').fill('revenue <= wan_yuan(3000)');
    await checkSettles(miit, 'condition-0-check', 'OK');
    await miit.getByTestId('draft-save').click();
    await miit.waitForURL(/\/console\/policies\/[0-9a-f-]{36}$/);
    const draftUrl = new URL(miit.url()).pathname;
    await miit.getByTestId('draft-step-SUBMIT').click();
    await statusIs(miit, 'SUBMITTED_FOR_REVIEW');

    // The SME bureau returns it with a note.
    const bureau = await open();
    await signIn(bureau, 'bureau');
    await bureau.goto(draftUrl);
    await bureau.getByTestId('draft-step-RETURN').click();
    await bureau.getByTestId('step-confirm').click();
    await bureau.getByText('请填写说明').waitFor(); // a note is required
    await bureau.getByTestId('step-note').fill('请补充从业人员条件');
    await bureau.getByTestId('step-confirm').click();
    await statusIs(bureau, 'DRAFTED');

    // The author sees the note in the history, and withdraws the draft, confirming with the reason.
    await miit.reload();
    await statusIs(miit, 'DRAFTED');
    await miit.getByTestId('draft-tab-history').click();
    expect(await miit.getByTestId('history-RETURNED').innerText()).toContain('请补充从业人员条件');
    await miit.getByTestId('draft-step-WITHDRAW').click();
    await miit.getByTestId('step-confirm-text').waitFor();
    await miit.getByTestId('step-note').fill('改由其他政策覆盖');
    await miit.getByTestId('step-confirm').click();
    await statusIs(miit, 'WITHDRAWN');
    expect(await miit.getByTestId('draft-steps').count()).toBe(0);
    await miit.getByTestId('history-WITHDRAWN').waitFor();
    await screenshot(miit, 'publication-withdrawn');
  }, SLOW);
});
