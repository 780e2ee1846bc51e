import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signInAt } from './support/flows';
import { screenshot } from './support/screenshots';

/**
 * Issue 7 in a real browser against the real server (PGlite, demo data): an enterprise submits a
 * 诉求; the SME bureau dispatches it to 市工业和信息化局; the department asks for an extension, the
 * SME bureau (the demo city's supervision office) approves the date asked for, the department
 * answers with an attached file, which the enterprise downloads; the enterprise rates it 不满意 and
 * it reopens; a second answer and the bureau close it. And an arrears complaint shows the
 * statutory due date and interest before it is submitted.
 */
const SLOW = 600_000;

/** A small valid PDF (the server recognises attachments by their first bytes). */
const ANSWER_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** `YYYY-MM-DD` plus `n` calendar days (the web test imports no workspace package). */
function plusDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

describe('appeals in the browser', () => {
  const { open } = useBrowserSuite(SLOW);
  const pages = new Map<string, Page>();

  /** One logged-in page per demo user, kept for the whole file. */
  async function as(username: string): Promise<Page> {
    const known = pages.get(username);
    if (known) return known;
    const page = await open();
    await signInAt(page, '/home', username);
    pages.set(username, page);
    return page;
  }

  async function openCase(username: string, trackingNumber: string): Promise<Page> {
    const page = await as(username);
    await page.goto(`/appeals/case/${trackingNumber}`);
    await page.getByTestId('case-detail').waitFor();
    return page;
  }

  const status = (page: Page) => page.getByTestId('case-status').getAttribute('data-status');

  /** Clicks an offered action, fills its form and confirms; waits for the server's answer. */
  async function perform(page: Page, type: string, fill: (modal: ReturnType<Page['locator']>) => Promise<void> = async () => undefined): Promise<void> {
    await page.getByTestId(`action-${type}`).click();
    const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('action-confirm') });
    await modal.waitFor();
    await fill(modal);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST'),
      page.getByTestId('action-confirm').click(),
    ]);
    expect(response.status(), await response.text()).toBe(200);
    await modal.waitFor({ state: 'hidden' });
  }

  /**
   * An action with a date that must be a working day (the extension request): tries `from`, then
   * the following days while the server answers APPEAL_EXTENSION_NOT_WORKING_DAY. Returns the date taken.
   */
  async function performWithDate(page: Page, type: string, field: string, from: string, fill: (modal: ReturnType<Page['locator']>) => Promise<void> = async () => undefined): Promise<string> {
    await page.getByTestId(`action-${type}`).click();
    const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('action-confirm') });
    await modal.waitFor();
    await fill(modal);
    for (let n = 0; n < 12; n++) {
      const date = plusDays(from, n);
      await modal.getByTestId(`action-field-${field}`).fill(date);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST'),
        page.getByTestId('action-confirm').click(),
      ]);
      if (response.status() === 200) {
        await modal.waitFor({ state: 'hidden' });
        return date;
      }
      expect((await response.json()).error.code).toBe('APPEAL_EXTENSION_NOT_WORKING_DAY');
      await expect.poll(() => modal.getByTestId('action-error').innerText()).toContain('工作日');
    }
    throw new Error(`no working day accepted after ${from}`);
  }

  it('runs the issue scenario from submission to closing', async () => {
    const ent = await as('enterprise');
    await ent.getByRole('menuitem', { name: '我的诉求' }).click();
    await ent.getByTestId('new-appeal').click();
    await ent.getByTestId('appeal-title').fill('新厂房消防验收久拖未办');
    await ent.getByTestId('appeal-description').fill('我司新厂房消防验收申请已提交两个月仍无结果，影响投产，请协调。');
    await ent.getByTestId('appeal-submit').click();
    const shown = await ent.getByTestId('submitted-tracking-number').innerText();
    const trackingNumber = /SZ\d{15}/.exec(shown)?.[0];
    expect(trackingNumber, shown).toBeDefined();
    await screenshot(ent, 'appeal-submitted');

    const bureau = await openCase('bureau', trackingNumber!);
    expect(await status(bureau)).toBe('SUBMITTED');
    await perform(bureau, 'DISPATCHED', async (modal) => {
      await modal.getByTestId('action-field-lead').getByText('市工业和信息化局').click();
      await modal.getByTestId('action-field-note').fill('请工信局牵头办理');
    });
    await expect.poll(() => status(bureau)).toBe('DISPATCHED');

    const dept = await openCase('dept-miit', trackingNumber!);
    const dueText = await dept.getByTestId('deadline-ANSWER-due').innerText();
    const due = /\d{4}-\d{2}-\d{2}/.exec(dueText)![0];
    const requested = await performWithDate(dept, 'EXTENSION_REQUESTED', 'requestedDue', plusDays(due, 3), async (modal) => {
      await modal.getByTestId('action-field-reason').fill('需组织现场核查');
    });
    await expect.poll(() => status(dept)).toBe('EXTENSION_REQUESTED');

    await openCase('bureau', trackingNumber!);
    await expect.poll(() => bureau.getByTestId('case-pending-extension').innerText()).toContain(requested);
    await perform(bureau, 'EXTENSION_APPROVED', async (modal) => {
      // the approval proposes the date the department asked for (a working day, checked at the request)
      expect(await modal.getByTestId('action-field-newDue').inputValue()).toBe(requested);
    });
    await expect.poll(() => status(bureau)).toBe('DISPATCHED');
    await expect.poll(() => bureau.getByTestId('deadline-ANSWER-due').innerText()).toContain(requested);
    expect(await bureau.getByTestId('deadline-ANSWER-extension').innerText()).toContain(requested);

    await openCase('dept-miit', trackingNumber!);
    await perform(dept, 'ANSWERED', async (modal) => {
      await modal.getByTestId('action-field-text').fill('已协调消防部门本周内完成验收，验收安排见附件。');
      const uploaded = dept.waitForResponse((r) => r.url().endsWith('/api/appeals/attachments') && r.request().method() === 'POST');
      await modal.getByTestId('action-attachments').locator('input[type="file"]').setInputFiles({ name: '验收安排.pdf', mimeType: 'application/pdf', buffer: ANSWER_PDF });
      expect((await uploaded).status()).toBe(201);
      await expect.poll(() => modal.getByTestId('action-attachments-list').innerText()).toContain('验收安排.pdf');
    });
    await expect.poll(() => status(dept)).toBe('ANSWERED');

    // the enterprise sees the answer's attachment and downloads it
    await openCase('enterprise', trackingNumber!);
    const link = ent.getByTestId('answer-attachments').getByRole('link', { name: '验收安排.pdf' });
    const [download] = await Promise.all([ent.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('验收安排.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), ANSWER_PDF)).toBe(0);

    await perform(ent, 'RATED', async (modal) => {
      await modal.getByTestId('action-field-satisfaction').getByText('不满意', { exact: true }).click();
      await modal.getByTestId('action-field-comment').fill('验收仍未安排');
    });
    await expect.poll(() => status(ent)).toBe('RATED');
    await perform(ent, 'REOPENED', async (modal) => {
      await modal.getByTestId('action-field-reason').fill('问题未解决');
    });
    await expect.poll(() => status(ent)).toBe('DISPATCHED');

    await openCase('dept-miit', trackingNumber!);
    await perform(dept, 'ANSWERED', async (modal) => {
      await modal.getByTestId('action-field-text').fill('验收已于今日完成并出具意见书。');
    });
    await expect.poll(() => status(dept)).toBe('ANSWERED');
    await openCase('bureau', trackingNumber!);
    await perform(bureau, 'CLOSED');
    await expect.poll(() => status(bureau)).toBe('CLOSED');

    await openCase('enterprise', trackingNumber!);
    const steps = await ent.getByTestId('case-timeline').locator('[data-testid^="timeline-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(steps).toEqual(['SUBMITTED', 'DISPATCHED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'ANSWERED', 'RATED', 'REOPENED', 'ANSWERED', 'CLOSED'].map((s) => `timeline-${s}`));
    await screenshot(ent, 'appeal-closed');

    // the supervisor's dashboard counts the department's case
    const sup = await as('bureau');
    await sup.goto('/appeals/supervision');
    await sup.getByTestId('quality-dashboard').waitFor();
    await expect.poll(() => sup.getByTestId('quality-dashboard').innerText()).toContain('市工业和信息化局');
    await screenshot(sup, 'appeals-supervision');
  }, SLOW);

  it('shows an arrears complaint\'s statutory due date and interest before submitting it', async () => {
    const ent = await as('enterprise');
    await ent.goto('/appeals/new');
    await ent.getByTestId('appeal-type').getByText('拖欠账款投诉').click();
    await ent.getByTestId('appeal-title').fill('研究院拖欠检测设备款');
    await ent.getByTestId('appeal-description').fill('设备验收合格后对方逾期未付剩余货款，请求督促支付。');
    const field = (name: string) => ent.locator(`#appeal-submit_arrears_${name}`);
    await field('contractTitle').fill('检测设备采购合同');
    await field('signedOn').fill('2025-09-01');
    await field('agreedDays').fill('30');
    await field('debtorName').fill('某市示例研究院');
    await field('deliveredOn').fill('2025-10-10');
    await field('acceptedOn').fill('2025-10-20');
    await field('amountYuan').fill('1280000');
    await field('paidYuan').fill('280000');
    await field('paidOn').fill('2025-12-01');
    await ent.getByTestId('arrears-compute').click();
    await expect.poll(() => ent.getByTestId('arrears-due-date').innerText()).toBe('2025-11-19');
    const interest = await ent.getByTestId('arrears-interest').innerText();
    expect(interest).toMatch(/[1-9]/);
    await screenshot(ent, 'arrears-terms');
    await ent.getByTestId('appeal-submit').click();
    const tn = /SZ\d{15}/.exec(await ent.getByTestId('submitted-tracking-number').innerText())![0];
    await ent.getByTestId('view-submitted').click();
    await ent.getByTestId('case-detail').waitFor();
    expect(await ent.getByTestId('case-tracking-number').innerText()).toBe(tn);
    expect(await ent.getByTestId('case-arrears-due').innerText()).toBe('2025-11-19');
    expect(await ent.getByTestId('case-arrears-interest').innerText()).toBe(interest);
  }, SLOW);
});
