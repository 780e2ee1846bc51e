import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { describeFindings, seriousViolations } from './support/axe';
import { settled, sidewaysScroll } from './support/menu-walk';

/**
 * Accessibility (issue 19): axe-core over every page a person reaches — here the public pages a
 * visitor opens without signing in; every entry of every demo role's side menu is checked on the
 * walk of role-menus.test.ts, which opens each by its address as a bookmark would — with no serious or critical violation (WCAG 2.1 A/AA and axe's best
 * practices: names of fields and buttons, contrast, landmarks, language, ARIA). A failure lists
 * each page, rule and the offending elements.
 */
const SLOW = 600_000;

/** The pages anyone reaches without signing in (the law reader at Shanghai's regulation). */
const PUBLIC_PAGES = [
  '/',
  '/login',
  '/register',
  '/public/policies',
  '/statistics/public',
  '/consultations',
  '/law',
  '/law/cn-sh~regulation~sme-promotion/2020-06-18',
  '/public/benefits',
  '/procurement/public',
  '/inspections/public',
  '/public/cultivation-notices',
  '/public/service-providers',
  '/policy-calculator',
] as const;

/** The sign-in pages have their own frame; every other public page is in the shared public frame. */
const OWN_FRAME = new Set<string>(['/login', '/register']);

/**
 * Internal codes a visitor must never read (issue 19): ids (`dept-…`, `sz-2023-…`), UUIDs,
 * SCREAMING_SNAKE and upper-case enum values, raw law addresses, true/false. Values marked as codes
 * on purpose (`[data-code]`: a USCC, a tracking number) are left out.
 */
const INTERNAL_CODES: readonly [string, RegExp][] = [
  ['id', /dept-[a-z]+|[a-z]{2,}-\d{4}(?:-[a-z0-9]+)+/g],
  ['UUID', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g],
  ['enum value', /[A-Z]{2,}(?:_[A-Z0-9]+)+/g],
  ['law address', /cn(?:-[a-z]{2,3})*\/[a-z]+\/|#art_\d/g],
  ['true/false', /(?:true|false)/g],
];

/** Internal codes in the visible text of the page, without the values marked as codes. */
async function codesOn(page: Page, where: string): Promise<string[]> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll('[data-code]')) code.remove();
    copy.style.position = 'absolute';
    copy.style.left = '-99999px';
    document.body.append(copy);
    const t = copy.innerText;
    copy.remove();
    return t;
  });
  return INTERNAL_CODES.flatMap(([kind, re]) => [...text.matchAll(re)].map((m) => `${where}: ${kind} ${m[0]}`));
}

/** The shared public frame: the platform's name, the language switch and the way to sign in. */
async function frameOf(page: Page, path: string): Promise<string[]> {
  if (OWN_FRAME.has(path)) return [];
  const header = page.locator('.public-header');
  if ((await header.count()) !== 1) return [`${path}: no public frame`];
  const text = await header.innerText();
  const missing = [text.includes('惠企') ? null : 'platform name', (await header.getByTestId('language-switch').count()) === 1 ? null : 'language switch', /登\s?录/.test(text) ? null : 'sign-in'];
  return missing.filter((m) => m !== null).map((m) => `${path}: frame without ${m}`);
}

/** Opens `path`, waits until it has settled, and returns its serious and critical findings as lines. */
async function check(page: Page, path: string, where: string): Promise<string[]> {
  await page.goto(path);
  await settled(page);
  return describeFindings(where, await seriousViolations(page));
}

/**
 * 政策计算器 from the front door: a manufacturer of 80 people, 4 200 万元 revenue, 3 000 万元 assets,
 * 科技型中小企业; the answer has each verdict with reasons in words and money in 万元.
 */
async function calculate(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('front-calculator-link').click();
  await page.getByTestId('policy-calculator').waitFor();
  await page.getByLabel('所属行业').click();
  await page.locator('.ant-select-item-option[title="工业"]').click();
  await page.getByLabel('从业人员（人）').fill('80');
  await page.getByLabel('上年营业收入（万元）').fill('4200');
  await page.getByLabel('上年末资产总额（万元）').fill('3000');
  await page.getByLabel('科技型中小企业').check();
  await page.getByTestId('calc-submit').click();
  const result = page.getByTestId('calc-result');
  await result.waitFor();
  expect(await page.getByTestId('size-class').innerText()).toBe('小型');
  for (const status of ['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']) {
    expect(await page.getByTestId(`calc-section-${status}`).locator(`[data-status="${status}"]`).count(), status).toBeGreaterThan(0);
  }
  const text = await result.innerText();
  expect(text).toContain('营业收入 4,200 万元，须不低于 5,000 万元');
  expect(text).not.toMatch(/¥/);
  await settled(page);
}

describe('accessibility (axe-core) in the browser', () => {
  const { open, openPhone } = useBrowserSuite(SLOW);

  it('the public pages have no serious or critical violation, are in the shared public frame and show no internal code', async () => {
    const page = await open();
    const found: string[] = [];
    for (const path of PUBLIC_PAGES) {
      found.push(...(await check(page, path, `visitor ${path}`)));
      // The same visit: the shared frame and no internal code on screen.
      found.push(...(await frameOf(page, path)), ...(await codesOn(page, path)));
    }
    // A consultation's own page, reached from the list.
    await page.goto('/consultations');
    const first = page.getByTestId('consultation-list').locator('tbody a').first();
    await first.click();
    await page.getByTestId('consultation-page').waitFor();
    await settled(page);
    found.push(...describeFindings(`visitor ${new URL(page.url()).pathname}`, await seriousViolations(page)));
    // The policy calculator's answer, with an explanation opened.
    await calculate(page);
    const eligible = page.getByTestId('calc-section-ELIGIBLE').locator('[data-status="ELIGIBLE"]').first();
    await eligible.getByTestId('explanation-toggle').click();
    await eligible.getByTestId('explanation').waitFor();
    await settled(page);
    found.push(...describeFindings('visitor /policy-calculator (answered)', await seriousViolations(page)), ...(await codesOn(page, '/policy-calculator (answered)')));
    expect(found).toEqual([]);
  }, SLOW);

  it('on a phone (390 px) no public page scrolls sideways', async () => {
    const phone = await openPhone();
    const wide: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await phone.goto(path);
      await settled(phone);
      const overflow = await sidewaysScroll(phone);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
    }
    // The policy calculator answered on the phone, with an explanation opened.
    await calculate(phone);
    const eligible = phone.getByTestId('calc-section-ELIGIBLE').locator('[data-status="ELIGIBLE"]').first();
    await eligible.getByTestId('explanation-toggle').tap();
    await eligible.getByTestId('explanation').waitFor();
    await settled(phone);
    const overflow = await sidewaysScroll(phone);
    if (overflow > 0) wide.push(`/policy-calculator (answered): ${overflow} px too wide`);
    expect(wide).toEqual([]);
  }, SLOW);
});
