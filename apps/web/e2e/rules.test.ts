import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signInAt } from './support/flows';
import { screenshot } from './support/screenshots';

/**
 * 我的政策 and 规则库 in a real browser against the real server (demo city + the rules demo seed,
 * which declares the demo enterprise's R&D charged to profit and loss for the last fiscal years).
 */
const NORMAL = 600_000;

describe('rules in the browser', () => {
  const { open } = useBrowserSuite(150_000);

  it('the demo enterprise sees an eligible policy with an amount, an ineligible one with its gap, an explanation, and a different answer for 2023', async () => {
    const page = await open();
    await signInAt(page, '/home', 'enterprise');
    await page.getByTestId('side-menu').getByText('我的政策').click();
    await page.getByTestId('my-policies').waitFor();
    expect(new URL(page.url()).pathname).toBe('/me/policies');

    // Size class with the standard cited.
    await expect.poll(() => page.getByTestId('size-class').innerText()).toBe('小型');

    // 可享受: at least one policy with an amount in yuan.
    const eligible = page.getByTestId('section-ELIGIBLE');
    const amount = eligible.getByTestId('policy-amount').first();
    await amount.waitFor();
    expect(await amount.innerText()).toMatch(/[\d,.]+ (万元|元)/);

    // 暂不符合: the failed condition with its gap in words.
    const ineligible = page.getByTestId('section-INELIGIBLE');
    const reason = ineligible.getByTestId('policy-reason').first();
    await reason.waitFor();
    expect(await reason.innerText()).toMatch(/须(不低于|不超过|高于|低于|为)/);

    // 判定依据 of the first eligible policy: clause values with the facts and parameters read.
    const first = eligible.locator('[data-status="ELIGIBLE"]').first();
    await first.getByTestId('explanation-toggle').click();
    const explanation = first.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.getByTestId('trace-node').count()).toBeGreaterThan(0);
    expect(await explanation.innerText()).toContain('满足');
    await screenshot(page, 'rules-my-policies');

    // 按日期查看: 2023-06-01, when the 2023 Shenzhen measures were in force.
    const measure = page.getByTestId('policy-sz-2023-tech-sme-interest-subsidy');
    expect(await measure.getAttribute('data-status')).toBe('NOT_IN_FORCE');
    const picker = page.locator('input[data-testid="policies-date"], [data-testid="policies-date"] input').first();
    await picker.click();
    await picker.fill('2023-06-01');
    await picker.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2023-06-01');
    await expect.poll(() => measure.getAttribute('data-status')).not.toBe('NOT_IN_FORCE');
    await page.getByTestId('basis-note').waitFor();
    await screenshot(page, 'rules-my-policies-2023');
  }, NORMAL);

  it('an officer opens a parameter\'s history and sees the step chart and the source article of each value', async () => {
    const page = await open();
    await signInAt(page, '/home', 'bureau');
    await page.getByTestId('side-menu').getByText('规则库').click();
    await page.getByTestId('rulebook-policies').waitFor();
    await page.getByRole('tab', { name: '参数' }).click();
    const table = page.getByTestId('rulebook-parameters');
    await table.waitFor();
    await table.getByText('procurement.price_deduction.goods_services.min', { exact: true }).click();
    await page.getByTestId('rulebook-parameter').waitFor();
    const chart = page.getByTestId('parameter-chart');
    await chart.locator('canvas').first().waitFor();
    const box = await chart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    // Each value cites its source through the law reader: 《…》第X条, resolved for the value's effective date.
    const citation = page.locator('[data-testid^="history-"]').first().getByTestId('citation').first();
    await citation.waitFor();
    expect(await citation.getAttribute('data-address')).toMatch(/^[a-z-]+\/[a-z-]+\/.+@\d{4}-\d{2}-\d{2}#/);
    const law = citation.getByTestId('law-citation');
    await expect.poll(() => law.getAttribute('data-address'), { timeout: 120_000 }).toMatch(/#art_/);
    expect(await law.innerText()).toMatch(/《.+》第.+条/);
    await screenshot(page, 'rules-parameter-history');

    // A policy of the rule library reads in words; its expressions are behind the 规则原文 switch.
    await page.goto('/rulebook/policies/sz-2023-first-loan-interest-subsidy');
    await page.getByTestId('rulebook-policy').waitFor();
    expect(await page.getByTestId('rule-source').count()).toBe(0);
    await page.getByTestId('show-rule-source').click();
    await page.getByTestId('rule-source').first().waitFor();
  }, NORMAL);
});
