import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';

/**
 * The first page of each flow is drawn by the server (issue 19: content within 3 s on a phone,
 * bench/first-load.ts; apps/server/src/first-page-render.ts): shown before any script has run —
 * here no script runs at all — with the data of the session that asks; then the app takes the drawn
 * page over (apps/web/src/app/take-over.ts) without drawing it again or asking for its data again,
 * and the page takes input.
 */
const SLOW = 300_000;

/** The page as the server sent it: every script refused, so nothing but the drawn HTML is shown. */
async function withoutScripts(page: Page): Promise<void> {
  await page.route(/\.js(\?|$)/, (route) => route.abort());
}

/** What the browser reported as errors (a page taken over with a mismatch reports one) and the API calls it made. */
function watch(page: Page): { errors: string[]; calls: string[] } {
  const seen = { errors: [] as string[], calls: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) seen.errors.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) seen.calls.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

describe('first pages drawn on the server (Chromium, demo city)', () => {
  const { open } = useBrowserSuite();

  it("shows a visitor's front door, sign-in page and policy calculator with no script run, inert until taken over", async () => {
    const page = await open();
    await withoutScripts(page);
    await page.goto('/');
    await page.getByTestId('front-search').waitFor();
    await page.getByText('惠企 · 中小企业公共服务平台').first().waitFor();
    expect(await page.locator('#root').getAttribute('inert')).toBe('');
    await page.goto('/login');
    await page.locator('#username').waitFor();
    await page.goto('/policy-calculator');
    // The calculator's form needs its choices: drawn with the API's answer.
    await page.getByTestId('calc-employees').waitFor();
  }, SLOW);

  it("shows the enterprise its 工作台 and 我的政策 with its own data, drawn for its session", async () => {
    const page = await open();
    await signIn(page, 'enterprise');
    const { enterprise } = (await (await page.request.get('/api/home/enterprise')).json()) as { enterprise: { name: string } };
    await withoutScripts(page);
    await page.goto('/home');
    await page.getByTestId('home-enterprise-card').getByText(enterprise.name).first().waitFor();
    await page.goto('/me/policies');
    await page.getByTestId('section-ELIGIBLE').waitFor();
  }, SLOW);

  it('takes over the elements the server drew, for a person who asked for less motion and for one who did not', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const page = await open();
      await page.emulateMedia({ reducedMotion });
      await signIn(page, 'enterprise');
      const seen = watch(page);
      // The scripts wait until the drawn page is marked, so the mark is on what the server drew.
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\.js(\?|$)/, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto('/home', { waitUntil: 'commit' });
      await page.locator('#root[inert] [data-testid="side-menu"]').waitFor({ state: 'attached' });
      await page.evaluate(() => {
        (document.querySelector('[data-testid="side-menu"]') as HTMLElement & { drawn?: boolean }).drawn = true;
      });
      release();
      await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // Still the element the server drew: React attached to it instead of drawing the page again.
      expect(await page.evaluate(() => (document.querySelector('[data-testid="side-menu"]') as (HTMLElement & { drawn?: boolean }) | null)?.drawn), reducedMotion).toBe(true);
      expect(await page.getByTestId('side-menu').locator('li.ant-menu-item').count()).toBeGreaterThan(0);
      expect(seen.errors, reducedMotion).toEqual([]);
    }
  }, SLOW);

  it('takes the drawn page over without an error or asking for its data again, and the page takes input', async () => {
    const page = await open();
    await signIn(page, 'enterprise');
    const seen = watch(page);
    await page.goto('/home');
    await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
    await page.getByTestId('home-enterprise-card').waitFor();
    expect(seen.errors).toEqual([]);
    expect(seen.calls.filter((c) => c.startsWith('/api/home/'))).toEqual([]);
    // The menu works: the app is React's now.
    await page.goto('/me/policies');
    await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
    await page.getByTestId('section-ELIGIBLE').waitFor();
    expect(seen.calls.filter((c) => c.includes('/eligibility'))).toEqual([]);
    expect(seen.errors).toEqual([]);

    // A home with a chart: the chart's own elements, never React's, do not keep the page inert.
    const bureau = await open();
    await signIn(bureau, 'bureau');
    const seenByBureau = watch(bureau);
    await bureau.goto('/home');
    await bureau.locator('#root:not([inert])').waitFor({ state: 'attached' });
    await bureau.locator('[data-testid="home-paid-chart"] canvas, [data-testid="home-paid-chart"] svg').first().waitFor({ state: 'attached' });
    expect(seenByBureau.errors).toEqual([]);

    const visitor = await open();
    const seenByVisitor = watch(visitor);
    await visitor.goto('/policy-calculator');
    await visitor.locator('#root:not([inert])').waitFor({ state: 'attached' });
    expect(seenByVisitor.calls).not.toContain('/api/public/policy-calculator');
    await visitor.goto('/');
    await visitor.locator('#front-search-input').fill('数字化');
    await visitor.locator('#front-search-input').press('Enter');
    await visitor.getByTestId('front-found-demo-sme-digital-upgrade').waitFor();
    expect(seenByVisitor.errors).toEqual([]);
  }, SLOW);

  it('draws in the language the visitor chose, remembered in a cookie by the language switch', async () => {
    const page = await open();
    await page.goto('/');
    await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
    await page.getByTestId('language-switch').click();
    await page.getByText('Huiqi · SME public services').first().waitFor();
    await withoutScripts(page);
    await page.reload();
    await page.getByText('Huiqi · SME public services').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  }, SLOW);
});
