import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { DEMO_PASSWORD } from './support/flows';
import { menuEntries, openMenuEntry, settled, sidewaysScroll, watchRequests } from './support/menu-walk';

/**
 * Phones (issue 19): the enterprise's flows and the public pages at 390×844 with touch — sign-in,
 * 我的企业, 我的政策 with an explanation opened, an application, 我的诉求 with a new 诉求; the public
 * policy list, statistics, a consultation and the law reader. On every page the document never
 * scrolls sideways (wide tables scroll inside their card), the menu is reached from its tab at the
 * edge, and the page's main action is on screen and takes a tap.
 */
const SLOW = 600_000;
const FIRST_LOAN = 'sz-2023-first-loan-interest-subsidy';

/** The document fits the phone's width: nothing scrolls sideways. */
async function fits(page: Page, where: string): Promise<void> {
  await settled(page);
  expect(await sidewaysScroll(page), `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Scrolls the control into view and checks that a tap would reach it (visible, enabled, not covered), then taps. */
async function tapOnScreen(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, 'the control has a box on screen').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await target.tap();
}

/** Opens the side menu with the header's menu button and taps an entry; the menu folds away again. */
async function viaMenu(page: Page, label: string, path: string): Promise<void> {
  const toggle = page.getByTestId('menu-toggle');
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  await tapOnScreen(toggle);
  // The entry's name is its icon's name and its label: match the label as the name's end.
  const entry = page.getByTestId('side-menu').getByRole('menuitem', { name: new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  await tapOnScreen(entry);
  await page.waitForURL((url) => url.pathname === path);
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
}

/** Presses Tab until the menu button has focus (at most `limit` times); false if it never does. */
async function tabToMenuButton(page: Page, limit = 10): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'menu-toggle')) return true;
  }
  return false;
}

/** Whether focus is inside the side menu. */
function focusInMenu(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('#app-side-menu')));
}

describe('phones (390 px, touch)', () => {
  const { openPhone } = useBrowserSuite(SLOW);

  it('the enterprise signs in, reads 我的企业 and 我的政策 with an explanation, applies, and files a 诉求', async () => {
    const phone = await openPhone();
    await watchRequests(phone);
    await phone.goto('/login');
    await fits(phone, 'sign-in');
    await phone.locator('#username').fill('enterprise');
    await phone.locator('#password').fill(DEMO_PASSWORD);
    await tapOnScreen(phone.locator('button[type="submit"]'));
    await phone.getByTestId('user-badge').waitFor();

    // The keyboard: Tab reaches the menu button (named 菜单), Enter opens the drawer with focus on
    // its entry, Escape closes it and gives focus back to the button.
    const toggle = phone.getByTestId('menu-toggle');
    expect(await toggle.getAttribute('aria-label')).toBe('菜单');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await tabToMenuButton(phone), 'Tab reaches the menu button').toBe(true);
    await phone.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focusInMenu(phone)).toBe(true);
    await phone.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => phone.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-toggle');
    expect(await focusInMenu(phone)).toBe(false);

    // 我的企业: the profile, then the yearly figures in their own tab (the table scrolls inside its card).
    await viaMenu(phone, '我的企业', '/me/enterprise');
    await expect.poll(() => phone.getByTestId('enterprise-name').innerText()).toBe('深圳市鹏城智造科技有限公司');
    await fits(phone, '我的企业');
    await tapOnScreen(phone.getByRole('tab', { name: '年度数据' }));
    await phone.locator('[data-testid="figures-table"] tbody tr.ant-table-row').first().waitFor();
    await fits(phone, '我的企业 · 年度数据');

    // 我的政策 with the first eligible policy's explanation opened.
    await viaMenu(phone, '我的政策', '/me/policies');
    const eligible = phone.getByTestId('section-ELIGIBLE').locator('[data-status="ELIGIBLE"]').first();
    await eligible.waitFor();
    await tapOnScreen(eligible.getByTestId('explanation-toggle'));
    await eligible.getByTestId('explanation').waitFor();
    expect(await eligible.getByTestId('trace-node').count()).toBeGreaterThan(0);
    await fits(phone, '我的政策 with an explanation');

    // An application: the form, filled and sent with taps.
    await phone.goto('/benefits');
    await fits(phone, '我的申请');
    await tapOnScreen(phone.getByTestId(`apply-${FIRST_LOAN}`));
    await phone.getByTestId('prefilled').waitFor();
    await fits(phone, 'application form');
    await phone.getByTestId('fact-isFirstLoan').getByText('是').tap();
    await phone.getByTestId('fact-firstLoanFromShenzhenBank').getByText('是').tap();
    await phone.getByTestId('fact-firstLoanDate').fill('2023-02-15');
    await phone.getByTestId('fact-firstLoanPrincipal').fill('5000000');
    await phone.getByTestId('fact-firstLoanMonths').fill('6');
    await phone.getByTestId('expense-reference').fill('JK-PHONE-0001');
    await phone.getByTestId('account-number').fill('44201500000000000002');
    await phone.getByTestId('bank-name').fill('某银行深圳分行');
    await tapOnScreen(phone.getByTestId('declare'));
    await tapOnScreen(phone.getByTestId('submit-application'));
    await phone.waitForURL(/\/benefits\/cases\//);
    await expect.poll(() => phone.getByTestId('detail-status').innerText()).toBe('已提交');
    await fits(phone, 'application');

    // 我的诉求: the list, then a new 诉求 filed with taps.
    await viaMenu(phone, '我的诉求', '/appeals/mine');
    await phone.getByTestId('appeal-list-page').waitFor();
    await fits(phone, '我的诉求');
    await tapOnScreen(phone.getByTestId('new-appeal'));
    await phone.getByTestId('submit-appeal-page').waitFor();
    await fits(phone, '提交诉求');
    // The type stays the form's default, 诉求 (a problem for a department to resolve).
    await phone.getByTestId('appeal-title').fill('手机上提交的诉求');
    await phone.getByTestId('appeal-description').fill('厂房周边道路施工影响货车进出，请协调施工时段。');
    await tapOnScreen(phone.getByTestId('appeal-submit'));
    await expect.poll(() => phone.getByTestId('submitted-tracking-number').innerText()).toMatch(/SZ\d{15}/);
    await fits(phone, '诉求 submitted');

    // Every page of the enterprise's menu fits the phone's width. Each is opened inside the app, by its
    // address through the history API (as the app's own links do; some, like the law library, are public
    // pages outside the signed-in frame, without the menu button): a reload per page cost the phone's
    // browser a whole start of the app each time. The menu itself is tapped above.
    const entries = await menuEntries(phone);
    expect(entries.map((e) => e.label)).toEqual(expect.arrayContaining(['我的企业', '我的政策', '我的诉求']));
    for (const { path, label } of entries) {
      await openMenuEntry(phone, path);
      await fits(phone, `${label} (${path})`);
    }
  }, SLOW);

  it('a visitor reads the public policy list, the statistics, a consultation and the law on a phone', async () => {
    const phone = await openPhone();

    await phone.goto('/public/policies');
    await phone.locator('[data-testid^="public-policy-"]').first().waitFor();
    await fits(phone, '惠企政策');

    await phone.goto('/statistics/public');
    await phone.getByTestId('statistics-public').waitFor();
    // The latest monthly release's tables, or the note that none is published yet.
    await phone.locator('[data-testid^="public-table-"], [data-testid="no-release"]').first().waitFor();
    await fits(phone, '统计数据');

    await phone.goto('/consultations');
    const consultation = phone.getByTestId('consultation-list').locator('tbody a').first();
    await consultation.waitFor();
    await fits(phone, '征求意见');
    await tapOnScreen(consultation);
    await phone.getByTestId('consultation-page').waitFor();
    await fits(phone, 'a consultation');
    const form = phone.getByTestId('comment-form');
    if (await form.count()) await expect.poll(() => phone.getByTestId('comment-submit').isVisible()).toBe(true);

    await phone.goto('/law');
    const sh = phone.locator('[data-work="cn-sh/regulation/sme-promotion"]').getByTestId('law-work-link');
    await sh.waitFor();
    await fits(phone, '法规库');
    await tapOnScreen(sh);
    await phone.getByTestId('law-text').waitFor();
    expect(await phone.getByTestId('law-article').count()).toBeGreaterThan(50);
    await fits(phone, 'the law reader');
    await tapOnScreen(phone.getByTestId('law-login'));
    await phone.waitForURL((url) => url.pathname === '/login');
  }, SLOW);
});
