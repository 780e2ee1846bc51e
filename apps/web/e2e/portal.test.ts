import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support/server';
import { launchBrowser, newPage } from './support/browser';
import { logIn } from './support/flows';
import { screenshot } from './support/screenshots';
import { REPO_ROOT } from './support/repo-root';

/**
 * The portal in a real browser against the real server (PGlite on a temp folder, demo data):
 * saving figures survives a server restart, departments are closed to other departments'
 * officers, and Chinese is really drawn with a CJK font.
 */
/** Generous limits: the machine is shared, and the first test restarts the server. */
const SLOW = 600_000;
const NORMAL = 600_000;

describe('portal in the browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // The server serves the built UI; `npm test` builds it first (scripts/setup.sh).
    if (!existsSync(join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html'))) {
      throw new Error('apps/web/dist is missing: run `npm run build:web` (npm test does this) before the browser tests');
    }
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.dispose()]);
  });

  async function open(): Promise<Page> {
    if (!browser || !server) throw new Error('browser or server did not start');
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    return page;
  }

  /** The employees shown in the newest year's row of the figures tab, with that year. */
  async function latestEmployees(page: Page): Promise<{ year: number; employees: number }> {
    await page.getByRole('tab', { name: '年度数据' }).click();
    const row = page.locator('[data-testid="figures-table"] tbody tr.ant-table-row').first();
    await row.waitFor();
    const year = Number(await row.getAttribute('data-row-key'));
    const employees = Number((await row.getByTestId('employees-cell').innerText()).replace(/,/g, ''));
    return { year, employees };
  }

  it('an enterprise edits the head count of its latest year, and it is still there after a server restart', async () => {
    const page = await open();
    await logIn(page, 'enterprise');
    // Signing in lands on the enterprise's home (工作台, home.test.ts); the profile is one menu entry away.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/home');
    await page.goto('/me/enterprise');
    await expect.poll(() => page.getByTestId('enterprise-name').innerText()).toBe('深圳市鹏城智造科技有限公司');
    await screenshot(page, 'enterprise-profile');

    const before = await latestEmployees(page);
    expect(before.year).toBeGreaterThan(2000);
    const updated = before.employees + 7;

    await page.getByTestId(`edit-figures-${before.year}`).click();
    const employeesInput = page.locator('#figures_employees');
    await employeesInput.fill('-3');
    await page.getByTestId('figures-modal').locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').first().innerText()).toBe('从业人员须为非负整数');

    await employeesInput.fill(String(updated));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/figures/${before.year}`) && r.request().method() === 'PUT'),
      page.getByTestId('figures-modal').locator('.ant-modal-footer .ant-btn-primary').click(),
    ]);
    expect(response.status()).toBe(200);
    const sent = response.request().postDataJSON() as Record<string, unknown>;
    expect(sent.employees).toBe(updated);
    expect(Number.isInteger(sent.revenueFen)).toBe(true);
    await expect.poll(async () => (await latestEmployees(page)).employees).toBe(updated);
    await screenshot(page, 'enterprise-figures');

    await page.getByRole('tab', { name: '版本历史' }).click();
    await page.locator('[data-testid="history-table"] tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'enterprise-history');

    await server!.restart();

    const again = await open();
    await logIn(again, 'enterprise');
    await again.goto('/me/enterprise');
    const after = await latestEmployees(again);
    expect(after).toEqual({ year: before.year, employees: updated });
  }, SLOW);

  it("a department officer is refused another department's page with a 403 page", async () => {
    const page = await open();

    // A wrong password is refused with the server's message in Chinese (`/` is the public front door).
    await page.goto('/login');
    await page.locator('#username').fill('dept-miit');
    await page.locator('#password').fill('not-the-password');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login'),
      page.locator('button[type="submit"]').click(),
    ]);
    expect(refused.status()).toBe(401);
    const refusal = (await refused.json()) as { error: { message: { zh: string } } };
    // The server runs with HUIQI_DEMO=1, so the login page lists the demo accounts.
    await page.getByTestId('demo-hint').waitFor();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain(refusal.error.message.zh);

    await logIn(page, 'dept-miit');
    await expect.poll(() => page.getByTestId('user-unit').innerText()).toBe('市工业和信息化局');

    // Enterprise search (signing in lands on the home page): by name, then the read-only detail page.
    await page.goto('/enterprises');
    await page.locator('#q').fill('鹏城');
    await page.getByTestId('search-submit').click();
    await expect.poll(() => new URL(page.url()).search).toContain('q=');
    const link = page.locator('[data-testid="enterprise-table"] tr.ant-table-row a', { hasText: '深圳市鹏城智造科技有限公司' });
    await link.waitFor();
    await screenshot(page, 'officer-search');
    await link.click();
    await expect.poll(() => page.getByTestId('enterprise-name').innerText()).toBe('深圳市鹏城智造科技有限公司');
    await page.getByRole('tab', { name: '年度数据' }).click();
    await page.locator('[data-testid="figures-table"] tr.ant-table-row').first().waitFor();
    expect(await page.locator('[data-testid^="edit-figures-"]').count()).toBe(0);

    // Own department: allowed, officers listed.
    await page.getByTestId('side-menu').getByText('本部门').click();
    await expect.poll(() => page.getByTestId('department-name').innerText()).toBe('市工业和信息化局');

    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/departments/dept-commerce'),
      page.goto('/departments/dept-commerce'),
    ]);
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error?: { code?: string; message?: { zh?: string; en?: string } } };
    expect(body.error?.code).toBeTruthy();
    await page.getByTestId('result-403').waitFor();
    const shown = await page.getByTestId('result-403').innerText();
    expect(shown).toContain('403');
    expect(shown).toContain(body.error?.message?.zh ?? '');
    await screenshot(page, 'officer-403');
  }, NORMAL);

  it('draws Chinese with a full-width CJK font, and the English switch changes the menu', async () => {
    const page = await open();
    await logIn(page, 'bureau');
    const menu = page.getByTestId('side-menu');
    await expect.poll(() => menu.innerText()).toContain('企业查询');

    const width = await menu.locator('.ant-menu-title-content').first().evaluate((element) => {
      const family = getComputedStyle(element).fontFamily;
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return 0;
      context.font = `16px ${family}`;
      return context.measureText('中').width;
    });
    expect(width).toBeGreaterThan(14);
    expect(width).toBeLessThan(18);

    await page.getByTestId('language-switch').click();
    await expect.poll(() => menu.innerText()).toContain('Enterprise search');
    expect(await menu.innerText()).not.toContain('企业查询');
    expect(await page.getByTestId('user-role').innerText()).toBe('SME bureau');
    await screenshot(page, 'officer-search-en');

    // The choice is remembered across a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('side-menu').innerText()).toContain('Enterprise search');

    // Signing out ends the session: the login page comes back (still in English) and the API says 401.
    await page.getByTestId('user-badge').click();
    const signOut = page.getByRole('menuitem', { name: 'Sign out' });
    await signOut.waitFor();
    const [loggedOut] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/logout'),
      signOut.click(),
    ]);
    expect(loggedOut.ok()).toBe(true);
    await page.locator('#username').waitFor();
    expect(await page.locator('button[type="submit"]').innerText()).toMatch(/Sign in/);
    const me = await page.evaluate(async () => (await fetch('/api/me', { credentials: 'include' })).status);
    expect(me).toBe(401);
  }, NORMAL);
});
