import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { logIn } from './support/flows';

/**
 * Duties separated on screen as on the server: every role walks every entry of its own side menu,
 * (opened by its address, as a bookmark would), and no page it is offered asks the API for something the role may not read (a 403 behind a menu
 * entry is a page the role should not see). The read-only roles — the auditor, and the payments
 * officer outside payments — are shown no button that would change anything.
 */
const SLOW = 600_000;

/** The roles whose views are narrowed: read-only (auditor), payments only (finance), one district (dept-futian), one enterprise. */
const ROLES = ['auditor', 'finance', 'dept-futian', 'enterprise'] as const;

/** Words on buttons that change something; a read-only role must not be shown one. */
const CHANGING = /新建|新增|添加|提交|保存|删除|发布|审核|批准|通过|驳回|生成|导入|撤销|撤回|停用|启用|分配|办理|催办|受理|上传|抽取|确认|登记|修改|编辑|作废/;
/** Buttons with such a word that change nothing of the platform's records: reading a 修改对照, one's own password. */
const READING = /^(修改对照|修改密码)$/;

/** The page has settled: no request in flight, no spinner or skeleton left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
}

/** Walks the side menu; returns the menu labels with the API reads that were refused on their pages, and the changing buttons shown. */
async function walkMenu(page: Page): Promise<{ label: string; refused: string[]; changingButtons: string[] }[]> {
  const out: { label: string; refused: string[]; changingButtons: string[] }[] = [];
  let refused: string[] = [];
  const onResponse = (r: Response) => {
    const url = new URL(r.url());
    if (r.status() === 403 && url.pathname.startsWith('/api/') && r.request().method() === 'GET') refused.push(url.pathname);
  };
  page.on('response', onResponse);
  // The entries first (a key is the route; antd writes it at the end of data-menu-id), then each opened by its address.
  const entries = await page.getByTestId('side-menu').locator('li.ant-menu-item').evaluateAll((lis) =>
    lis.map((li) => {
      const id = li.getAttribute('data-menu-id') ?? '';
      return { path: id.slice(id.indexOf('-/') + 1), label: (li.textContent ?? '').trim() };
    }),
  );
  expect(entries.length).toBeGreaterThan(0);
  for (const { path, label } of entries) {
    expect(path, label).toMatch(/^\//);
    refused = [];
    await page.goto(path);
    await settled(page);
    const buttons = await page.locator('main button:visible, .ant-layout-content button:visible').allInnerTexts();
    out.push({ label, refused: [...new Set(refused)], changingButtons: buttons.map((b) => b.trim()).filter((b) => CHANGING.test(b) && !READING.test(b)) });
  }
  page.off('response', onResponse);
  return out;
}

describe('role menus in the browser', () => {
  const { open } = useBrowserSuite();

  it('offers every role only pages whose data it may read, and the read-only roles no button that changes anything', async () => {
    const refusedReads: string[] = [];
    const changingButtons: string[] = [];
    for (const role of ROLES) {
      const page = await open();
      await logIn(page, role);
      for (const p of await walkMenu(page)) {
        if (p.refused.length > 0) refusedReads.push(`${role} · ${p.label}: ${p.refused.join(', ')}`);
        const readOnlyHere = role === 'auditor' || (role === 'finance' && !/拨付/.test(p.label));
        if (readOnlyHere && p.changingButtons.length > 0) changingButtons.push(`${role} · ${p.label}: ${p.changingButtons.join(' / ')}`);
      }
      await page.context().close();
    }
    expect(refusedReads).toEqual([]);
    expect(changingButtons).toEqual([]);
  }, SLOW);
});
