import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { logIn } from './support/flows';
import { REPO_ROOT } from './support/repo-root';
import { startTestServer, type TestServer } from './support/server';

/**
 * Public consultation in a real browser against the real server (demo city): the SME bureau opens a
 * consultation on the Shenzhen draft (a shorter period, with its reason); the demo enterprise comments
 * on 第七十一条 and on the whole draft; a member of the public verifies a mobile number and comments;
 * the bureau hides the off-topic comment with a reason. Then the server runs 30 days later (its clock
 * shifted by a test preload): the bureau ends the period, answers every opinion, publishes the revised
 * draft and the feedback report; the public report shows the counts and links the changed article to
 * the opinions behind it.
 */
const SLOW = 300_000;
const WAIT = { timeout: 30_000 };
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';

const beijingDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

async function choose(page: Page, testId: string, search: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).filter({ hasText: label }).first().click();
  await expect.poll(() => page.getByTestId(testId).innerText(), WAIT).toContain(label);
}

describe('public consultation in the browser', () => {
  let server: TestServer;
  let later: TestServer | undefined;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, 150_000);
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), later?.dispose(), server?.dispose()]);
  });

  it('an officer opens a consultation; enterprises and the public comment; after the deadline every opinion is answered and the feedback published', async () => {
    // 1. The bureau opens a consultation ending on the last working day of the year (shorter than 30 days: a reason is needed).
    const { page: officer } = await newPage(browser, server.baseUrl);
    await logIn(officer, 'bureau');
    await officer.goto('/console/consultations');
    await choose(officer, 'open-work', '深圳经济特区', '深圳经济特区中小企业发展促进条例');
    await choose(officer, 'open-version', '2025', '2025-01-23');
    await officer.getByTestId('open-title').fill('关于再次征求《深圳经济特区中小企业发展促进条例》意见的通告（测试）');
    await officer.getByTestId('open-issuer').fill('深圳市中小企业服务局');
    await officer.getByTestId('open-start').fill(beijingDate(Date.now()));
    await officer.getByTestId('open-end').fill('2026-12-31');
    await officer.getByTestId('open-phone').fill('0755-88888888');
    await officer.getByTestId('open-note').fill('本次修改围绕企业参与政策制定。');
    await officer.getByTestId('open-submit').click();
    await expect.poll(() => officer.locator('body').innerText(), WAIT).toContain('少于 30 日');
    await officer.getByTestId('open-short-reason').fill('年度立法计划要求年底前报送');
    await officer.getByTestId('open-submit').click();
    await officer.getByTestId('console-consultation').waitFor(WAIT);
    const id = decodeURIComponent(officer.url().split('/').pop()!);

    // 2. The demo enterprise comments on 第七十一条 (HTML stays text) and on the whole draft.
    const { page: firm } = await newPage(browser, server.baseUrl);
    await logIn(firm, 'enterprise');
    await firm.goto(`/consultations/${id}`);
    await choose(firm, 'comment-target', '第七十一条', '第七十一条【企业参与】');
    await firm.getByTestId('comment-text-input').fill('<b>建议</b>明确反馈期限');
    await firm.getByTestId('comment-submit').click();
    await expect.poll(() => firm.getByTestId('comment-anchor').allInnerTexts(), WAIT).toContain('第七十一条');
    expect(await firm.getByTestId('comment-text').first().innerText()).toBe('<b>建议</b>明确反馈期限');
    await firm.getByTestId('comment-text-input').fill('招商广告，与本条例无关');
    await firm.getByTestId('comment-submit').click();
    await expect.poll(() => firm.getByTestId('comment-anchor').count(), WAIT).toBe(2);

    // 3. A member of the public verifies a mobile number (demo mode shows the code) and comments on 第七十一条.
    const { page: citizen } = await newPage(browser, server.baseUrl);
    await citizen.goto(`/consultations/${id}`);
    await citizen.getByTestId('contact-address').fill('13800001234');
    await citizen.getByTestId('contact-name').fill('王女士');
    await citizen.getByTestId('contact-send').click();
    const code = /(\d{6})/.exec(await citizen.getByTestId('contact-demo-code').innerText())![1]!;
    await citizen.getByTestId('contact-code').fill(code);
    await citizen.getByTestId('contact-check').click();
    await citizen.getByTestId('comment-form').waitFor(WAIT);
    await choose(citizen, 'comment-target', '第七十一条', '第七十一条【企业参与】');
    await citizen.getByTestId('comment-text-input').fill('建议在政府网站公开反馈');
    await citizen.getByTestId('comment-submit').click();
    await expect.poll(() => citizen.getByTestId('comment-anchor').count(), WAIT).toBe(3);

    // 4. The bureau hides the advertisement with a reason; the public sees the reason, not the text.
    await officer.reload();
    const ad = officer.locator('[data-testid^="comment-"]', { hasText: '招商广告' }).first();
    await ad.getByTestId('console-hide').click();
    await officer.getByTestId('console-reason').fill('与征求意见无关的广告');
    await officer.getByTestId('console-dialog-ok').click();
    await citizen.reload();
    await expect.poll(() => citizen.getByTestId('comment-hidden').innerText(), WAIT).toContain('与征求意见无关的广告');
    expect(await citizen.content()).not.toContain('招商广告');

    // 5. Thirty days later (after 2026-12-31) nothing can be added; the bureau ends the period and answers.
    await server.stop();
    later = await startTestServer({ dataDir: server.dataDir, env: { NODE_OPTIONS: `--import ${pathToFileURL(join(REPO_ROOT, 'apps/web/e2e/support/shift-clock.mjs')).href}`, HUIQI_E2E_CLOCK_SHIFT_DAYS: '30' } });
    const { page: officer2 } = await newPage(browser, later.baseUrl);
    await logIn(officer2, 'bureau');
    await officer2.goto(`/console/consultations/${id}`);
    // The period-sweep job may have ended the period already; otherwise the officer ends it.
    if (await officer2.getByTestId('console-end').isVisible()) await officer2.getByTestId('console-end').click();
    await expect.poll(() => officer2.getByTestId('console-unanswered').innerText(), WAIT).toContain('2');
    const answers = ['ADOPTED', 'PARTLY_ADOPTED'];
    for (let i = 0; i < answers.length; i++) {
      await officer2.getByTestId('console-answer').first().click();
      if (answers[i] === 'PARTLY_ADOPTED') await choose(officer2, 'console-outcome', '', '部分采纳');
      await officer2.getByTestId('console-reason').fill(i === 0 ? '已在第七十一条增加反馈期限' : '反馈方式由起草部门另行规定');
      await officer2.getByTestId('console-dialog-ok').click();
      await expect.poll(() => officer2.getByTestId('console-unanswered').innerText(), WAIT).toContain(String(1 - i));
    }
    const draft = readFileSync(join(REPO_ROOT, 'law/cn-gd-sz/regulation/sme-promotion/versions/2025-01-23.zh.txt'), 'utf8');
    await officer2.getByTestId('console-revised-text').fill(draft.replace('并对意见采纳情况予以反馈。', '并在征求意见结束后三十日内公开反馈意见采纳情况。'));
    await officer2.getByTestId('console-revised-submit').click();
    await officer2.getByTestId('console-publish').click();
    await expect.poll(() => officer2.getByTestId('console-status').innerText(), WAIT).toBe('已反馈');

    // 6. The public report: counts, every answer, and the changed 第七十一条 linked to the two opinions.
    const { page: reader } = await newPage(browser, later.baseUrl);
    await reader.goto(`/consultations/${id}/report`);
    await expect.poll(() => reader.getByTestId('report-summary').innerText(), WAIT).toContain('共收到意见 3 条');
    expect(await reader.getByTestId('report-summary').innerText()).toContain('采纳 1 条，部分采纳 1 条');
    const changed = reader.getByTestId('report-comparison').locator('[data-testid="change-art_71"]');
    expect(await changed.getByTestId('change-opinion-link').count()).toBe(2);
    expect(await reader.content()).toContain('&lt;b&gt;建议&lt;/b&gt;明确反馈期限');
  }, SLOW);
});
