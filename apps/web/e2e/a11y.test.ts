import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { describeFindings, seriousViolations } from './support/axe';
import { settled } from './support/menu-walk';

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

/** Opens `path`, waits until it has settled, and returns its serious and critical findings as lines. */
async function check(page: Page, path: string, where: string): Promise<string[]> {
  await page.goto(path);
  await settled(page);
  return describeFindings(where, await seriousViolations(page));
}

describe('accessibility (axe-core) in the browser', () => {
  const { open } = useBrowserSuite(SLOW);

  it('the public pages have no serious or critical violation', async () => {
    const page = await open();
    const found: string[] = [];
    for (const path of PUBLIC_PAGES) found.push(...(await check(page, path, `visitor ${path}`)));
    // A consultation's own page, reached from the list.
    await page.goto('/consultations');
    const first = page.getByTestId('consultation-list').locator('tbody a').first();
    await first.click();
    await page.getByTestId('consultation-page').waitFor();
    await settled(page);
    found.push(...describeFindings(`visitor ${new URL(page.url()).pathname}`, await seriousViolations(page)));
    expect(found).toEqual([]);
  }, SLOW);
});
