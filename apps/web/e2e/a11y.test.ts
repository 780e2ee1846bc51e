import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { logIn } from './support/flows';
import { describeFindings, seriousViolations } from './support/axe';
import { DEMO_ROLES, menuEntries, settled } from './support/menu-walk';

/**
 * Accessibility (issue 19): axe-core over every page a person reaches — the public pages a visitor
 * opens without signing in, and every entry of every demo role's side menu, opened by its address
 * as a bookmark would — with no serious or critical violation (WCAG 2.1 A/AA and axe's best
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

  for (const role of DEMO_ROLES) {
    it(`${role}: every page of the side menu has no serious or critical violation`, async () => {
      const page = await open();
      await logIn(page, role);
      const found: string[] = [];
      for (const { path, label } of await menuEntries(page)) found.push(...(await check(page, path, `${role} · ${label} ${path}`)));
      await page.context().close();
      expect(found).toEqual([]);
    }, SLOW);
  }
});
