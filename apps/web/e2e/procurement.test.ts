import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signInAt } from './support/flows';
import { chooseOption as choose } from './support/antd-select';
import { screenshot } from './support/screenshots';

/**
 * 政府采购 in a real browser against the real server (demo mode): a purchasing officer registers
 * three projects and sees the department's reserved share turn from red to green when a lot of the
 * large project is reserved for small and micro firms; a supplier downloads its 中小企业声明函.
 */
const SLOW = 600_000;

describe('procurement in the browser', () => {
  const { open } = useBrowserSuite(SLOW);

  async function register(page: Page, p: { code: string; name: string; budget: string; method?: string; category?: string; exemption?: string }): Promise<void> {
    await page.getByTestId('project-add').click();
    const form = page.getByTestId('project-form');
    await form.waitFor();
    await page.locator('#project_code').fill(p.code);
    await page.locator('#project_name').fill(p.name);
    await page.locator('#project_budgetYuan').fill(p.budget);
    if (p.category) await choose(page, 'project-category', p.category);
    if (p.exemption) {
      await page.getByTestId('project-suitable').click();
      await page.locator('#project_exemptionReason').fill(p.exemption);
    }
    if (p.method) await choose(page, 'project-method', p.method);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/procurement/projects') && r.request().method() === 'POST'),
      page.getByTestId('project-save').click(),
    ]);
    expect(response.status(), await response.text()).toBe(201);
    await page.getByTestId('project-form').waitFor({ state: 'hidden' });
  }

  const status = (page: Page) => page.getByTestId('compliance-card').getAttribute('data-status');

  it('an officer registers three projects and the reserved share turns from red to green when a lot is reserved', async () => {
    const page = await open();
    await signInAt(page, '/home', 'dept-commerce');
    await page.getByTestId('side-menu').getByText('政府采购', { exact: true }).click();
    await page.getByTestId('procurement-register').waitFor();

    await register(page, { code: 'SW-01', name: '办公家具', budget: '1500000', method: '整体预留' });
    await register(page, { code: 'SW-02', name: '会展服务', budget: '5000000', category: '服务' });
    await register(page, { code: 'SW-03', name: '专用数据平台运维', budget: '7000000', category: '服务', exemption: '按照本办法规定预留采购份额无法确保充分供应、充分竞争' });
    await expect.poll(() => page.locator('[data-testid="project-table"] tbody tr.ant-table-row').count()).toBe(3);

    // Red: 30% of the 500万 services project is not reserved.
    await expect.poll(() => status(page)).toBe('NOT_MET');
    const card = page.getByTestId('compliance-card');
    expect(await card.locator('.ant-alert-error').count()).toBe(1);
    expect(await card.locator('.ant-progress-status-exception').count()).toBe(1);
    expect(await page.getByTestId('compliance-to-meet').innerText()).toContain('再预留 150 万元 给中小企业，其中 90 万元 给小微企业');
    await screenshot(page, 'procurement-red');

    // Reserve a lot of 150万 of it for small and micro enterprises.
    await page.getByTestId('project-edit-SW-02').click();
    await page.getByTestId('project-form').waitFor();
    await expect.poll(() => page.locator('#project_code').inputValue()).toBe('SW-02');
    await choose(page, 'project-method', '设置采购包预留');
    await page.getByTestId('lot-add').click();
    await page.getByTestId('lot-id-0').fill('包2');
    await page.getByTestId('lot-budget-0').fill('1500000');
    await choose(page, 'lot-for-0', '面向小微企业');
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/procurement/projects/') && r.request().method() === 'PUT'),
      page.getByTestId('project-save').click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(200);

    // Green.
    await expect.poll(() => status(page)).toBe('MET');
    expect(await card.locator('.ant-alert-success').count()).toBe(1);
    expect(await card.locator('.ant-progress-status-success').count()).toBe(1);
    expect(await page.getByTestId('compliance-to-meet').count()).toBe(0);
    await screenshot(page, 'procurement-green');
  }, SLOW);

  it('a supplier downloads its 中小企业声明函 made from its registry figures', async () => {
    const page = await open();
    await signInAt(page, '/home', 'enterprise');
    await page.getByTestId('side-menu').getByText('中小企业声明函', { exact: true }).click();
    await page.getByTestId('procurement-declaration').waitFor();
    await choose(page, 'decl-category', '货物');
    await page.getByTestId('decl-project-name').fill('检测设备采购');
    await page.getByTestId('decl-purchaser').fill('深圳市某局');
    await page.getByTestId('decl-items').fill('便携检测仪');
    await page.getByTestId('decl-preview').click();
    await page.getByTestId('decl-preview-card').waitFor();
    expect(await page.getByTestId('decl-line').first().innerText()).toContain('深圳市鹏城智造科技有限公司');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('decl-download').click()]);
    const path = await download.path();
    const html = await readFile(path, 'utf8');
    expect(html).toContain('中小企业声明函');
    expect(html).toContain('深圳市鹏城智造科技有限公司');
    expect(html).toContain('便携检测仪');
    expect(download.suggestedFilename()).toMatch(/\.html$/);

    // Declaring micro where the registry gives small: the page warns.
    await choose(page, 'decl-size', '微型');
    await page.getByTestId('decl-preview').click();
    await expect.poll(() => page.getByTestId('decl-warning').first().innerText()).toContain('不一致');
    await screenshot(page, 'procurement-declaration');
  }, SLOW);
  it('the public sees each department\'s reserved share for the year in a chart and the award notices with their 声明函', async () => {
    const page = await open();
    await page.goto('/procurement/public');
    await page.getByTestId('procurement-public-layout').waitFor();
    await page.getByTestId('execution-chart').locator('canvas').first().waitFor();
    const rows = page.locator('[data-testid="execution-table"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    // The demo purchaser has not met its share; the one registered above has.
    expect(await rows.filter({ hasText: '市工业和信息化局' }).innerText()).toContain('尚未达到预留份额要求');
    expect(await rows.filter({ hasText: '市商务局' }).innerText()).toContain('已达到预留份额要求');
    await page.locator('.ant-collapse-header').filter({ hasText: '办公设备采购' }).click();
    await expect.poll(() => page.getByTestId('award-detail').first().innerText()).toContain('中小企业声明函（货物）');
    await screenshot(page, 'procurement-public');
  }, SLOW);
});
