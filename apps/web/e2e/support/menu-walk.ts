import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Every demo role, as role-menus.test.ts walks them: read-only (auditor), payments only (finance),
 * one district (dept-futian), one enterprise, the bureau, a city department, the bank, a service
 * provider and the financial regulator (the administrator exists only outside the demo: run-for-real).
 */
export const DEMO_ROLES = ['auditor', 'finance', 'dept-futian', 'enterprise', 'bureau', 'dept-miit', 'bank', 'provider', 'dept-finance'] as const;

/** The page has settled: no request in flight, no spinner or skeleton left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
}

/** The entries of the signed-in user's side menu: the route (antd writes it at the end of data-menu-id) and the label. */
export async function menuEntries(page: Page): Promise<{ path: string; label: string }[]> {
  const entries = await page.getByTestId('side-menu').locator('li.ant-menu-item').evaluateAll((lis) =>
    lis.map((li) => {
      const id = li.getAttribute('data-menu-id') ?? '';
      return { path: id.slice(id.indexOf('-/') + 1), label: (li.textContent ?? '').trim() };
    }),
  );
  expect(entries.length).toBeGreaterThan(0);
  for (const { path, label } of entries) expect(path, label).toMatch(/^\//);
  return entries;
}

/** How far the document scrolls sideways (0 when it fits the viewport). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}
