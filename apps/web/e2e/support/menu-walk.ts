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

interface PageProbe {
  __huiqiInFlight: number;
  __huiqiRefused: string[];
  __huiqiQuietFrames?: number;
}

/**
 * Counts, inside the page, the requests the app has in flight and the API reads the server refused
 * (403): states the walk waits on and reads without racing the browser's event stream. Call before
 * the page's first navigation.
 */
export async function watchRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as PageProbe;
    w.__huiqiInFlight = 0;
    w.__huiqiRefused = [];
    const original = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      w.__huiqiInFlight++;
      try {
        const response = await original(input, init);
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const path = new URL(response.url || String(input), location.href).pathname;
        if (response.status === 403 && method === 'GET' && path.startsWith('/api/')) w.__huiqiRefused.push(path);
        return response;
      } finally {
        w.__huiqiInFlight--;
      }
    };
  });
}

/**
 * Opens a side-menu entry as a user does — a click, so the app changes page without reloading — and
 * waits until the app shows that page settled: its entry is the selected one (or, on a public page
 * with a frame of its own, the address is the entry's), no request is in flight
 * and no spinner or skeleton is left, over two frames in a row (so a request a freshly drawn page
 * starts in its effects is seen). Returns the API reads refused since the previous call.
 */
export async function openMenuEntry(page: Page, path: string): Promise<string[]> {
  const entry = page.getByTestId('side-menu').locator(`li.ant-menu-item[data-menu-id$="-${path}"]`);
  if (await entry.isVisible()) await entry.click();
  // A public page (the law library, say) shows its own frame without the side menu: go on as its links do.
  else await page.evaluate((p: string) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  const settledThere = page.waitForFunction(
    (p: string) => {
      const w = window as unknown as PageProbe;
      const menu = document.querySelector('[data-testid="side-menu"]');
      const selected = menu?.querySelector('li.ant-menu-item-selected')?.getAttribute('data-menu-id') ?? '';
      const arrived = menu ? selected.endsWith(`-${p}`) : location.pathname === p;
      const quiet = arrived && w.__huiqiInFlight === 0 && !document.querySelector('.ant-spin-spinning, .ant-skeleton-active');
      w.__huiqiQuietFrames = quiet ? (w.__huiqiQuietFrames ?? 0) + 1 : 0;
      return w.__huiqiQuietFrames >= 2;
    },
    path,
    { polling: 'raf' },
  );
  await settledThere.catch((e: unknown) => {
    throw new Error(`${path} did not settle (its menu entry selected, no request in flight, no spinner): ${String(e)}`);
  });
  return page.evaluate(() => {
    const w = window as unknown as PageProbe;
    const refused = [...new Set(w.__huiqiRefused)];
    w.__huiqiRefused = [];
    w.__huiqiQuietFrames = 0;
    return refused;
  });
}
