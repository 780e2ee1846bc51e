import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signIn, signInAt } from './support/flows';
import { screenshot } from './support/screenshots';
import { startTestServer, type TestServer } from './support/server';

/**
 * 我的政策 names the data sources: an officer delivers the demo enterprise's figures for last year as
 * a department batch; the enterprise's policies then say which department's data they were judged on,
 * and after the enterprise corrects the figures itself, that they rest on 企业自行填报.
 */
const SLOW = 600_000;

describe('我的政策 names the data sources in the browser', () => {
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

  it('a department\'s delivery is named with the time received; the enterprise\'s own correction reads 企业自行填报', async () => {
    const officer = await open();
    await signIn(officer, 'bureau');
    const page = await open();
    await signInAt(page, '/home', 'enterprise');
    const me = (await (await page.request.get('/api/me')).json()) as { uscc: string };
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)) - 1;
    const csv = `uscc,year,employees,revenue_yuan,total_assets_yuan\n${me.uscc},${year},77,51000000,30000000\n`;
    const upload = await officer.request.post('/api/intake/uploads?kind=YEARLY_FIGURES', {
      multipart: { file: { name: `${year}年度数据.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    });
    expect(upload.status(), await upload.text()).toBe(201);

    await page.getByTestId('side-menu').getByText('我的政策').click();
    await page.getByTestId('my-policies').waitFor();
    const sources = page.getByTestId('policy-data-sources');
    await sources.first().waitFor();
    const all = await sources.allInnerTexts();
    expect(all.some((t) => /市中小企业服务局报送（\d{4}-\d{2}-\d{2} \d{2}:\d{2} 接收）/.test(t)), all.join('\n')).toBe(true);
    expect(all.every((t) => !/[A-Z_]{4,}/.test(t))).toBe(true); // no codes on screen
    await screenshot(page, 'my-policies-data-sources');

    const fix = await page.request.put(`/api/enterprises/${me.uscc}/figures/${year}`, { data: { employees: 76, revenueFen: 5_000_000_000, totalAssetsFen: 3_000_000_000 } });
    expect(fix.status(), await fix.text()).toBe(200);
    await page.reload();
    await page.getByTestId('my-policies').waitFor();
    await sources.first().waitFor();
    const after = await sources.allInnerTexts();
    expect(after.some((t) => t.includes('企业自行填报')), after.join('\n')).toBe(true);
    expect(after.some((t) => t.includes('市中小企业服务局报送'))).toBe(false);
  }, SLOW);
});
