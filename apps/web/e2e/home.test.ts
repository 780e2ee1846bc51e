import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { logIn } from './support/flows';

/**
 * Home pages (工作台) and the public front door (issue 19) in a real browser against the demo city:
 * every demo role lands on its own home after signing in, and the figures on it are the server's
 * (each card shows the number its API gave, and the demo city's known facts are there: the demo
 * enterprise's name and size class, the appeals it filed, the registry of the city). A visitor sees
 * the front door at `/`, finds the demo policy by a keyword, reaches the public policy list, and
 * opens a consultation from the front door. The front door, the sign-in page and the enterprise's home
 * fit a 390 px phone without scrolling sideways.
 */
const SLOW = 600_000;

interface Card { key: string; value: number; unit: 'COUNT' | 'FEN'; isEstimated: boolean }
interface Summary { role: string; figures: Card[]; queues: Card[]; deadlines: { kind: string; link: string }[]; enterprise: { name: string } | null }

/** Each demo user and the home it lands on. */
const ROLES = [
  ['enterprise', 'enterprise'],
  ['provider', 'enterprise'],
  ['bureau', 'bureau'],
  ['dept-miit', 'department'],
  ['dept-futian', 'department'],
  ['bank', 'bank'],
  ['auditor', 'auditor'],
  ['finance', 'finance'],
] as const;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The summary the page's own session gets from the API. */
async function summaryOf(page: Page, role: string): Promise<Summary> {
  const res = await page.request.get(`/api/home/${role}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Summary;
}

/** Every card of the API is on the page with its number (counts written out with separators). */
async function expectCardsShown(page: Page, cards: readonly Card[]): Promise<void> {
  for (const c of cards) {
    const el = page.getByTestId(`home-card-${c.key}`).first();
    await el.waitFor();
    expect(Number(await el.getAttribute('data-value')), c.key).toBe(c.value);
    const text = await el.innerText();
    if (c.unit === 'COUNT') expect(text, c.key).toContain(grouped(c.value));
    else expect(text, c.key).toMatch(/元/);
  }
}

describe('home pages and the public front door', () => {
  const { open } = useBrowserSuite();

  it('lands every demo role on its own home, showing the numbers the server computed from the demo city', async () => {
    for (const [username, role] of ROLES) {
      const page = await open();
      await logIn(page, username);
      await expect.poll(() => new URL(page.url()).pathname).toBe('/home');
      await page.getByTestId(`home-${role}`).waitFor();
      await page.getByTestId('home-queues').waitFor();
      const s = await summaryOf(page, role);
      await expectCardsShown(page, [...s.figures, ...s.queues]);

      if (username === 'enterprise') {
        expect(await page.getByTestId('home-enterprise-name').innerText()).toBe('深圳市鹏城智造科技有限公司');
        expect(await page.getByTestId('home-size-class').innerText()).toBe('小型');
        // The demo appeals the enterprise filed are open on its home, each deadline linked to its case.
        expect(s.queues.find((c) => c.key === 'appeals-open')!.value).toBeGreaterThan(0);
        const policies = page.getByTestId('home-policies');
        await expect.poll(() => policies.locator('[data-testid^="home-policy-"]').count()).toBeGreaterThan(0);
        // At 1440 px the key-figure cards keep the page's gap above the policies panel (they touched it).
        await page.setViewportSize({ width: 1440, height: 900 });
        const gap = await page.evaluate(() => {
          const box = (id: string) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
          return box('home-policies').top - box('home-figures').bottom;
        });
        expect(gap).toBeGreaterThanOrEqual(16);
      }
      if (username === 'provider') await page.getByTestId('home-card-provider-vouchers-to-settle').waitFor();
      if (username === 'bureau') {
        const registry = s.figures.find((c) => c.key === 'registry-enterprises')!;
        expect(registry.value).toBeGreaterThan(100);
        await page.getByTestId('home-paid-chart').locator('canvas').waitFor();
        // A queue card leads to the page where it is acted on.
        await page.getByTestId('home-card-appeals-to-accept').locator('a').click();
        await expect.poll(() => new URL(page.url()).pathname).toBe('/appeals/intake');
      }
      if (username === 'dept-futian') await page.getByTestId('home-card-cultivation-district-review').waitFor();
      await page.context().close();
    }
  }, SLOW);

  it('fits the front door and the enterprise home on a 390 px phone without sideways scrolling', async () => {
    const page = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/');
    await page.getByTestId('front-figures').waitFor();
    await page.getByTestId('front-consultations').getByTestId('front-consultation').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByTestId('front-sign-in').click();
    await page.locator('#username').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await logIn(page, 'enterprise');
    await page.getByTestId('home-enterprise-card').waitFor();
    await page.getByTestId('home-policies').locator('[data-testid^="home-policy-"]').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
  }, SLOW);

  it('shows a visitor the front door: a policy found by a keyword, the public policy list, and a consultation', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByTestId('front-door').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('front-figures').waitFor();
    expect(Number(await page.getByTestId('home-card-registry-enterprises').getAttribute('data-value'))).toBeGreaterThan(100);

    await page.locator('#front-search-input').fill('数字化');
    await page.locator('#front-search-input').press('Enter');
    await page.getByTestId('front-found-demo-sme-digital-upgrade').getByText('中小企业数字化改造补助（演示）').waitFor();
    await page.getByTestId('front-search-results').getByTestId('front-all-policies').click();
    await page.getByTestId('public-policy-demo-sme-digital-upgrade').waitFor();
    expect(new URL(page.url()).pathname).toBe('/public/policies');

    await page.goBack();
    await page.getByTestId('front-door').waitFor();
    const consultation = page.getByTestId('front-consultations').getByTestId('front-consultation').first();
    await consultation.waitFor();
    const title = (await consultation.locator('.front-item-title').innerText()).trim();
    await consultation.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/consultations\/[^/]+$/);
    await page.getByText(title).first().waitFor();

    // The language switch turns the front door to English.
    await page.goto('/');
    await page.getByTestId('front-door').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByText('Find support policies').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByText('查找惠企政策').waitFor();
  }, SLOW);
});
