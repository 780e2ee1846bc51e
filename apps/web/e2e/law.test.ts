import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signInAt } from './support/flows';
import { screenshot } from './support/screenshots';

/**
 * The law library in a real browser, without logging in: the list, Shanghai's regulation read by
 * anchor links (highlighted), a Chinese full-text search landing on its hit, and the Hunan 修改对照
 * with its added and moved articles. Chinese must really be drawn with a CJK font.
 */
const SLOW = 600_000;
const SH_READER = '/law/cn-sh~regulation~sme-promotion/2020-06-18';

describe('law library in the browser', () => {
  const { open, server } = useBrowserSuite(SLOW);

  /** The element's class list, once it exists. */
  const classesOf = (page: Page, id: string) => page.locator(`[id="${id}"]`).getAttribute('class');

  it('an anonymous visitor opens the list and reads Shanghai’s regulation by anchor links', async () => {
    const page = await open();
    await page.goto('/law');
    await page.getByTestId('law-public-layout').waitFor();
    const shRow = page.locator('[data-work="cn-sh/regulation/sme-promotion"]');
    await expect.poll(() => shRow.innerText()).toContain('上海市促进中小企业发展条例');
    expect(await shRow.getByTestId('law-status').innerText()).toBe('现行有效');
    expect(await page.locator('[data-work="cn-gd-sz/regulation/sme-promotion"]').getByTestId('law-status').innerText()).toBe('征求意见稿');

    const width = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `16px ${getComputedStyle(document.body).fontFamily}`;
      return context.measureText('中').width;
    });
    expect(width).toBeGreaterThan(14);
    expect(width).toBeLessThan(18);
    await screenshot(page, 'law-list');

    await shRow.getByTestId('law-work-link').click();
    await page.getByTestId('law-text').waitFor();
    expect(new URL(page.url()).pathname).toBe(SH_READER);
    expect(await page.getByTestId('law-title').innerText()).toBe('上海市促进中小企业发展条例');
    expect(await page.getByTestId('law-article').count()).toBeGreaterThan(50);

    // A link to 第六十三条第一款第（二）项 scrolls to the item and highlights it.
    await page.goto(`${SH_READER}#art_63__para_1__item_2`);
    await page.getByTestId('law-text').waitFor();
    const item = page.locator('[id="art_63__para_1__item_2"]');
    await expect.poll(() => classesOf(page, 'art_63__para_1__item_2')).toContain('law-highlight');
    expect(await item.innerText()).toContain('（二）扶持中小企业发展的政策及其实施情况');
    expect(await item.isVisible()).toBe(true);
    const box = await item.boundingBox();
    expect(box && box.y >= 0 && box.y < 860).toBe(true);

    // The chapter tree navigates to an article anchor.
    await page.locator('[data-testid="law-outline"] .ant-tree-title', { hasText: '第一章 总则' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#chp_1');
    await expect.poll(() => classesOf(page, 'chp_1')).toContain('law-highlight');
    expect(await classesOf(page, 'art_63__para_1__item_2')).not.toContain('law-highlight');

    // "复制链接" puts the article's own link on the clipboard and moves the highlight to it.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server().baseUrl });
    await page.getByTestId('copy-art_45').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#art_45');
    await expect.poll(() => classesOf(page, 'art_45')).toContain('law-highlight');
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server().baseUrl}${SH_READER}#art_45`);
    await screenshot(page, 'law-reader-anchor');
  }, SLOW);

  it('searches a Chinese phrase in the regulation and lands on the hit', async () => {
    const page = await open();
    await page.goto(SH_READER);
    await page.getByTestId('law-text').waitFor();
    await page.getByTestId('law-search-input').locator('input').fill('融资担保');
    await page.getByTestId('law-search-input').locator('input').press('Enter');
    const first = page.getByTestId('law-search-hit').first();
    await first.waitFor();
    expect(await first.locator('mark').first().innerText()).toBe('融资担保');
    const href = await first.getByTestId('law-search-hit-link').getAttribute('href');
    const eid = href!.split('#')[1]!;
    expect(eid).toMatch(/^art_\d+/);
    await first.getByTestId('law-search-hit-link').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${eid}`);
    await expect.poll(() => classesOf(page, eid)).toContain('law-highlight');
    expect(await page.locator(`[id="${eid}"]`).innerText()).toContain('融资担保');
    await screenshot(page, 'law-search');
  }, SLOW);

  it('shows the Hunan 修改对照: 第十条【产融合作白名单】 added, old 第十三条第一款 moved to 第二十一条', async () => {
    const page = await open();
    await page.goto('/law');
    await page.locator('[data-work="cn-hn/regulation/sme-promotion-implementation"]').getByTestId('law-compare-link').click();
    await page.getByTestId('law-diff').waitFor();
    const added = page.locator('[data-testid="diff-row"][data-kind="added"][data-new="第十条"]');
    await added.waitFor();
    expect(await added.getByTestId('diff-kind').innerText()).toBe('新增');
    expect(await added.getByTestId('diff-new').innerText()).toContain('产融合作白名单');
    expect(await added.getByTestId('diff-new').locator('strong').count()).toBeGreaterThan(0);
    expect(await added.getByTestId('diff-old').count()).toBe(0);

    const moved = page.locator('[data-testid="diff-row"][data-old="第十三条"]');
    expect(await moved.getByTestId('diff-kind').innerText()).toBe('移动');
    expect(await moved.getByTestId('diff-note').allInnerTexts()).toContain('原第十三条第一款 → 移至第二十一条第一款');
    const arrival = page.locator('[data-testid="diff-row"][data-new="第二十一条"]');
    expect(await arrival.getByTestId('diff-note').allInnerTexts()).toContain('原第十三条第一款 → 移至第二十一条第一款');
    expect(await page.locator('.law-diff-table del').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('diff-summary').innerText()).toMatch(/新增 4 条/);

    const changedRows = await page.getByTestId('diff-row').count();
    await page.getByTestId('diff-filter').getByText('全部条文').click();
    await expect.poll(() => page.getByTestId('diff-row').count()).toBeGreaterThanOrEqual(changedRows);
    await screenshot(page, 'law-diff');
  }, SLOW);

  it('shows beside an article how the platform implements it (rules, figures, calculation, cases), in words', async () => {
    const page = await open();
    await page.goto('/law/cn~regulation~sme-payment-protection/2025-06-01#art_10');
    await page.getByTestId('law-text').waitFor();
    const impl = page.getByTestId('impl-art_10');
    await expect.poll(() => impl.innerText()).toContain('计算程序：付款期限与逾期利息计算');
    expect(await impl.innerText()).toMatch(/\d+ 个测试用例/);
    const art9 = await page.getByTestId('impl-art_9').innerText();
    expect(art9).toContain('法定数值：');
    expect(art9).not.toMatch(/payment\.|art_|[A-Z_]{4,}/);
    expect(await page.getByTestId('impl-art_1').count()).toBe(0);
    await screenshot(page, 'law-implementations');
  });

  it('is in the side menu of a signed-in user and shown inside the app frame', async () => {
    const page = await open();
    await signInAt(page, '/home', 'enterprise');
    await page.getByTestId('side-menu').getByText('法规库').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/law');
    await page.getByTestId('law-list').waitFor();
    expect(await page.getByTestId('side-menu').isVisible()).toBe(true);
    expect(await page.getByTestId('law-public-layout').count()).toBe(0);
  }, SLOW);
});
