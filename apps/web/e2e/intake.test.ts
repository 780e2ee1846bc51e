import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signIn, signInAt } from './support/flows';
import { screenshot } from './support/screenshots';
import { startTestServer, type TestServer } from './support/server';

/**
 * 数据归集 in a real browser against the real server (demo city): a department officer drops an
 * XLSX with three bad rows, reads the preview and the row-by-row report, imports only the valid rows
 * and can download the rejected ones; the batch is listed; the demo enterprise, whose 2025 figures a
 * department system then delivers, sees the department named under 数据来源.
 */
const SLOW = 600_000;
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function completeUscc(body: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CODE_CHARS.indexOf(body[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return body + CODE_CHARS[(31 - (sum % 31)) % 31]!;
}
const run = Date.now().toString(36).toUpperCase().replace(/[IOZSV]/g, 'X').slice(-4).padStart(4, '0');
const good = [completeUscc(`91440300MA5QK${run}`), completeUscc(`91440300MA5QL${run}`)];
const badCheck = (() => {
  const u = completeUscc(`91440300MA5QM${run}`);
  return `${u.slice(0, 17)}${u[17] === '0' ? '1' : '0'}`;
})();

async function registryXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业名录');
  sheet.addRow(['统一社会信用代码', '企业名称', '注册地址', '所在区', '行业代码', '成立日期', '纳税人类型', '年度', '从业人员', '营业收入（元）', '资产总额（元）']);
  sheet.addRow([good[0], '深圳市归集演示甲有限公司', '深圳市南山区科技园 1 号', '南山区', 'I65', '2019-04-01', '小规模纳税人', 2024, 12, '3000000', '1500000']);
  sheet.addRow([badCheck, '深圳市校验码错误有限公司', '深圳市南山区科技园 2 号', '南山区', 'I65', '2019-04-01', '小规模纳税人', 2024, 5, '100000', '50000']);
  sheet.addRow([good[1], '深圳市归集演示乙有限公司', '深圳市福田区深南大道 3 号', '福田区', 'F51', '2020-06-30', '一般纳税人', 2024, 40, '9000000', '6000000']);
  sheet.addRow([completeUscc(`91440300MA5QN${run}`), '深圳市日期错误有限公司', '深圳市南山区科技园 4 号', '南山区', 'I65', '2023-02-30', '小规模纳税人', 2024, 3, '1', '1']);
  sheet.addRow([completeUscc(`91440300MA5QP${run}`), '深圳市负数有限公司', '深圳市南山区科技园 5 号', '南山区', 'I65', '2019-04-01', '小规模纳税人', 2024, -4, '1', '1']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('data intake in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (): Promise<Page> => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    return page;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, SLOW);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('an officer previews an XLSX with three bad rows, imports the valid rows and can download the rejected ones', async () => {
    const page = await open();
    await signInAt(page, '/home', 'dept-miit');
    await page.getByTestId('side-menu').getByText('数据归集').click();
    await page.getByTestId('intake-page').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: '企业名录.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await registryXlsx() });
    const report = page.getByTestId('intake-report');
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('校验码');
    expect(text).toContain('2023-02-30');
    expect(text).toContain('负数');
    expect(await page.getByTestId('intake-summary').innerText()).toContain('5 行，3 行有问题');
    expect(await page.getByTestId('intake-preview-table').innerText()).toContain('深圳市归集演示乙有限公司');
    await screenshot(page, 'intake-preview');
    await page.getByTestId('intake-import-valid').click();
    const result = page.getByTestId('intake-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('PARTIALLY_APPLIED');
    expect(await result.innerText()).toContain('新增 2');
    const href = await page.getByTestId('intake-download-rejected').getAttribute('href');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect((await download.text()).split('\n').filter((l) => l.trim() !== '')).toHaveLength(4);
    await expect.poll(async () => page.getByTestId('intake-batches').innerText(), { timeout: 120_000 }).toContain('部分导入');
  }, SLOW);

  it('the enterprise sees which department delivered its figures under 数据来源', async () => {
    const officer = await open();
    await signIn(officer, 'bureau');
    const csv = (uscc: string) => `uscc,year,employees,revenue_yuan,total_assets_yuan\n${uscc},2025,88,52000000,30000000\n`;
    const page = await open();
    await signInAt(page, '/home', 'enterprise');
    const me = (await (await page.request.get('/api/me')).json()) as { uscc: string };
    const upload = await officer.request.post('/api/intake/uploads?kind=YEARLY_FIGURES', {
      multipart: { file: { name: '2025年度数据.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(me.uscc)) } },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const certificate = `统一社会信用代码,资质类型,证书编号,有效期起,有效期至,发证部门\n${me.uscc},高新技术企业,GR202344209999,2023-12-12,2029-12-11,广东省科学技术厅\n`;
    expect((await officer.request.post('/api/intake/uploads?kind=QUALIFICATIONS', { multipart: { file: { name: '资质证书.csv', mimeType: 'text/csv', buffer: Buffer.from(certificate) } } })).status()).toBe(201);
    await page.getByTestId('side-menu').getByText('数据来源').click();
    const table = page.getByTestId('data-sources');
    await expect.poll(async () => table.innerText(), { timeout: 120_000 }).toContain('2025 年度数据');
    const row = await table.locator('tr', { hasText: '2025 年度数据' }).innerText();
    expect(row).toContain('市中小企业服务局');
    expect(row).toContain('控制台上传');
    expect(row).toContain('88 人');
    expect(await page.getByTestId('department-facts').locator('tr', { hasText: '高新技术企业' }).innerText()).toMatch(/资质证书[\s\S]*GR202344209999[\s\S]*市中小企业服务局/);
    await screenshot(page, 'intake-data-sources');
  }, SLOW);
});
