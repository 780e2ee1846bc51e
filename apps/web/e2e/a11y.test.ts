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
    expect(wide).toEqual([]);
  }, SLOW);
});
