import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { logIn } from './support/flows';
import { screenshot } from './support/screenshots';

/**
 * 监督码 on a phone (issue 15), in a real browser against the real server (demo mode): a department
 * registers an inspection visit by the enterprise's code (two inspectors; an emergency inspection,
 * registered before it is carried out); the enterprise opens the task code at 390 px, sees that the
 * task is registered, who inspects and the article it rests on (named in words, no addresses),
 * rates the visit anonymously and complains in one step; the complaint is in the SME bureau's
 * appeals queue. Registering through the department's screens is not built yet: the department's
 * steps call the API from its signed-in browser.
 */
const SLOW = 120_000;
const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';

/** A JSON call from the page, with its session; fails the test on a status other than `status`. */
async function api<T>(page: Page, method: string, url: string, body: unknown, status: number): Promise<T> {
  const r = await page.evaluate(async ([m, u, b]) => {
    const res = await fetch(u as string, { method: m as string, credentials: 'include', headers: b === null ? {} : { 'Content-Type': 'application/json' }, ...(b === null ? {} : { body: JSON.stringify(b) }) });
    return { status: res.status, text: await res.text() };
  }, [method, url, body] as const);
  expect(r.status, r.text).toBe(status);
  return JSON.parse(r.text) as T;
}

describe('监督码 on the enterprise\'s phone', () => {
  const { open } = useBrowserSuite(SLOW);

  it('the enterprise opens the task code at 390 px, sees the legal basis, rates and complains; the complaint is in the bureau\'s appeals queue', async () => {
    const phone = await open();
    await phone.setViewportSize({ width: 390, height: 844 });
    await logIn(phone, 'enterprise');
    const { code: enterpriseCode } = await api<{ code: string }>(phone, 'GET', '/api/inspections/my/code', null, 200);

    const officer = await open();
    await logIn(officer, 'dept-miit');
    const item = await api<{ id: string }>(officer, 'POST', '/api/inspections/items', { name: '工业产品质量安全检查', legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 2 }, 201);
    await api(officer, 'POST', `/api/inspections/items/${item.id}/publish`, null, 200);
    for (const [id, name] of [['e2e-wang', '王执法'], ['e2e-zhao', '赵执法']]) await api(officer, 'PUT', `/api/inspections/inspectors/${id}`, { name, certificateNo: `粤执-${id}`, conflicts: [] }, 200);
    const visit = await api<{ taskCode: string }>(officer, 'POST', '/api/inspections/visits', { enterpriseCode, inspectorIds: ['e2e-wang', 'e2e-zhao'], emergency: { itemIds: [item.id], reason: '接群众举报，核查产品质量安全隐患' } }, 201);

    // The enterprise opens the task code (a QR read by the phone's camera opens this address).
    await phone.goto(`/inspections/task?code=${encodeURIComponent(visit.taskCode)}`);
    const card = phone.getByTestId('task-check');
    await expect.poll(() => card.getAttribute('data-state')).toBe('REGISTERED');
    expect(await phone.getByTestId('task-status').innerText()).toBe('已登记的检查任务');
    const text = await card.innerText();
    expect(text).toContain('王执法');
    expect(text).toContain('赵执法');
    const basis = await phone.getByTestId('task-basis').innerText();
    expect(basis).toContain('工业产品质量安全检查');
    expect(basis).toMatch(/《[^》]+》第六十八条/);
    expect(text).not.toContain('#art_');
    expect(text).not.toContain('it-');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'inspections-task-phone');

    // Another enterprise's code: a changed code is refused in words.
    await phone.getByTestId('task-code').fill(visit.taskCode.replace(/\.[^.]+$/, '.forged'));
    await phone.getByTestId('task-code').press('Enter');
    await expect.poll(() => card.getAttribute('data-state')).toBe('REGISTERED'); // the last good view stays
    await expect.poll(() => phone.getByTestId('task-refused').innerText()).toContain('监督码');
    await phone.getByTestId('task-code').fill(visit.taskCode);

    await phone.getByTestId('task-rate-stars').locator('li').nth(3).click();
    await phone.getByTestId('task-rate-submit').click();
    await expect.poll(() => phone.getByTestId('task-rate').innerText()).toContain('已评价');

    await phone.getByTestId('task-complain-text').fill('检查人员未出示执法证件，检查持续了一整天');
    await phone.getByTestId('task-complain-submit').click();
    await phone.getByTestId('task-complained').waitFor();
    const trackingNumber = /受理编号 ([A-Z]{2,4}[0-9]{15})/.exec(await phone.getByTestId('task-complained').innerText())?.[1];
    expect(trackingNumber).toBeTruthy();
    await screenshot(phone, 'inspections-task-complained-phone');

    // The SME bureau's queue has it, as an inspection complaint.
    const bureau = await open();
    await logIn(bureau, 'bureau');
    await bureau.goto('/appeals/intake');
    const list = bureau.getByTestId('appeal-list-page');
    await expect.poll(() => list.innerText()).toContain(trackingNumber!);
    expect(await list.innerText()).toContain('涉企检查投诉');
  }, SLOW);
});
