import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signInAt } from './support/flows';
import { describeFindings, seriousViolations } from './support/axe';
import { DEMO_ROLES, menuEntries, openMenuEntry, watchRequests } from './support/menu-walk';

/**
 * Duties separated on screen as on the server: every role walks every entry of its own side menu
 * (clicked, as a user does: the app changes page without reloading), and no page it is offered asks the API for something the role may not read (a 403 behind a menu
 * entry is a page the role should not see). The read-only roles — the auditor, and the payments
 * officer outside payments — are shown no button that would change anything. Every page is also
 * checked with axe-core on the same walk (issue 19: no serious or critical violation; the public pages
 * are checked in a11y.test.ts).
 */
const SLOW = 600_000;



/**
 * Internal codes that must never reach the screen (issue 19): department ids, UUIDs, SCREAMING_SNAKE
 * enum values, raw law addresses, true/false. Values marked as codes on purpose (`CodeText`: a
 * department number, a user name, a USCC, in a field labelled so) are left out.
 */
const INTERNAL_CODES: readonly [string, RegExp][] = [
  ['department id', /\bdept-[a-z]+\b/g],
  ['UUID', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g],
  ['enum value', /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g],
  ['law address', /\bcn(?:-[a-z]{2,3})+\/[a-z]/g],
  ['true/false', /\b(?:true|false)\b/g],
];

/** The visible text of the page's content area without the values marked as codes. */
async function contentText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('.ant-layout-content') ?? document.body;
    const copy = root.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll('[data-code]')) code.remove();
    document.body.append(copy);
    copy.style.position = 'absolute';
    copy.style.left = '-99999px';
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

/** Words on buttons that change something; a read-only role must not be shown one. */
const CHANGING = /新建|新增|添加|提交|保存|删除|发布|审核|批准|通过|驳回|生成|导入|撤销|撤回|停用|启用|分配|办理|催办|受理|上传|抽取|确认|登记|修改|编辑|作废/;
/** Buttons with such a word that change nothing of the platform's records: reading a 修改对照, one's own password. */
const READING = /^(修改对照|修改密码)$/;

/** Walks the side menu; returns per page the API reads that were refused, the changing buttons shown, internal codes and axe's serious findings. */
async function walkMenu(page: Page, role: string): Promise<{ label: string; refused: string[]; changingButtons: string[]; codes: string[]; a11y: string[] }[]> {
  const out: { label: string; refused: string[]; changingButtons: string[]; codes: string[]; a11y: string[] }[] = [];
  // Reads refused on the way in (the landing page) count for the first entry.
  for (const { path, label } of await menuEntries(page)) {
    const refused = await openMenuEntry(page, path);
    const buttons = await page.locator('main button:visible, .ant-layout-content button:visible').allInnerTexts();
    const text = await contentText(page);
    const codes = INTERNAL_CODES.flatMap(([kind, re]) => [...text.matchAll(re)].map((m) => `${kind} ${m[0]}`));
    // axe-core on every page of every role, in every run: since the walk changes page inside the app it
    // costs the nine roles about 40 s (180 s against 142 s, on a busy machine), where it once took 500 s.
    const a11y = describeFindings(`${role} · ${label} ${path}`, await seriousViolations(page));
    out.push({ label, refused, changingButtons: buttons.map((b) => b.trim()).filter((b) => CHANGING.test(b) && !READING.test(b)), codes: [...new Set(codes)], a11y });
  }
  return out;
}

describe('role menus in the browser', () => {
  const { open } = useBrowserSuite();

  // One test per role, each with its own bound: a failure names the role, and the walk of the
  // roles is not one long test that a loaded machine can push past a single bound.
  it.each(DEMO_ROLES)('offers %s only pages whose data it may read, without internal codes or serious accessibility faults, and a read-only role no button that changes anything', async (role) => {
    const refusedReads: string[] = [];
    const changingButtons: string[] = [];
    const internalCodes: string[] = [];
    const accessibility: string[] = [];
    const page = await open();
    await watchRequests(page);
    await signInAt(page, '/home', role);
    for (const p of await walkMenu(page, role)) {
      if (p.refused.length > 0) refusedReads.push(`${role} · ${p.label}: ${p.refused.join(', ')}`);
      if (p.codes.length > 0) internalCodes.push(`${role} · ${p.label}: ${p.codes.join(', ')}`);
      accessibility.push(...p.a11y);
      const readOnlyHere = role === 'auditor' || (role === 'finance' && !/拨付/.test(p.label));
      if (readOnlyHere && p.changingButtons.length > 0) changingButtons.push(`${role} · ${p.label}: ${p.changingButtons.join(' / ')}`);
    }
    await page.context().close();
    expect(refusedReads).toEqual([]);
    expect(changingButtons).toEqual([]);
    expect(internalCodes).toEqual([]);
    expect(accessibility).toEqual([]);
  }, SLOW);
});
