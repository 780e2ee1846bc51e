import { describe, expect, it } from 'vitest';
import { api } from './support/api-call';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';
import { chooseOption } from './support/antd-select';
import { screenshot } from './support/screenshots';

/**
 * 监督码 on a phone (issue 15), in a real browser against the real server (demo mode): on a drawn
 * plan's page a department registers the visit by scanning the enterprise's code with the two drawn
 * inspectors; the enterprise opens the task code at 390 px, sees that the task is registered, who
 * inspects and the article it rests on (named in words, no addresses), rates the visit anonymously
 * and complains in one step; the complaint is in the SME bureau's appeals queue. Item, roster, risk
 * grade and plan (covered by inspections.test.ts through the screens) are set up through the API
 * from the signed-in browsers.
 */
const SLOW = 600_000;
const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';

describe('监督码 on the enterprise\'s phone', () => {
  const { open } = useBrowserSuite(SLOW);

  it('the enterprise opens the task code at 390 px, sees the legal basis, rates and complains; the complaint is in the bureau\'s appeals queue', async () => {
    const phone = await open();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(phone, 'enterprise');
    const { code: enterpriseCode } = await api<{ code: string }>(phone, 'GET', '/api/inspections/my/code', null, 200);

    const bureau = await open();
    await signIn(bureau, 'bureau');
    const officer = await open();
    await signIn(officer, 'dept-miit');
    const item = await api<{ id: string }>(officer, 'POST', '/api/inspections/items', { name: '工业产品质量安全检查', legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 2 }, 201);
    await api(officer, 'POST', `/api/inspections/items/${item.id}/publish`, null, 200);
    for (const [id, name] of [['e2e-wang', '王执法'], ['e2e-zhao', '赵执法']]) await api(officer, 'PUT', `/api/inspections/inspectors/${id}`, { name, certificateNo: `粤执-${id}`, conflicts: [] }, 200);
    const uscc = enterpriseCode.split('.')[1]!;
    await api(bureau, 'PUT', '/api/inspections/risk-grades', { gradedOn: '2026-11-01', grades: [{ uscc, riskGrade: 'D', creditClass: null }] }, 200);
    const plan = await api<{ planId: string }>(officer, 'POST', '/api/inspections/plans', { kind: 'AD_HOC', year: 2026, title: '高风险企业专项检查', itemIds: [item.id], ratios: { D: 1, UNGRADED: '0' } }, 201);
    await api(officer, 'POST', `/api/inspections/plans/${plan.planId}/commit`, null, 200);
    await api(officer, 'POST', `/api/inspections/plans/${plan.planId}/draw`, null, 200);

    // 扫码入企 on the plan's page: the enterprise code read by the scanner, the two drawn inspectors, registered.
    await officer.goto(`/inspections/plans/${plan.planId}`);
    const register = officer.getByTestId('register-visit');
    await officer.getByTestId('visit-enterprise-code').fill(enterpriseCode);
    await expect.poll(() => officer.getByTestId('visit-inspectors').innerText()).toContain('王执法');
    expect(await officer.getByTestId('visit-inspectors').locator('input:checked').count()).toBe(2);
    await officer.getByTestId('visit-register').click();
    await expect.poll(() => register.getAttribute('data-state')).toBe('registered');
    const taskCode = (await officer.getByTestId('visit-task-code').getAttribute('data-code'))!;
    expect(taskCode).toMatch(/^T1\./);
    const visit = { taskCode };

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
    // The department closes the visit; the task code then says so.
    await expect.poll(() => officer.locator('[data-testid^="visit-close-"]').count()).toBe(1);
    await officer.locator('[data-testid^="visit-close-"]').click();
    await expect.poll(() => officer.getByTestId('plan-visits').innerText()).toContain('已结束');
    await phone.getByTestId('task-code').press('Enter');
    await expect.poll(() => phone.getByTestId('task-status').innerText()).toBe('检查已结束');
    expect(await phone.getByTestId('task-rate').innerText()).toContain('已评价');

    await bureau.goto('/appeals/intake');
    const list = bureau.getByTestId('appeal-list-page');
    await expect.poll(() => list.innerText()).toContain(trackingNumber!);
    expect(await list.innerText()).toContain('涉企检查投诉');

    // 应急检查: registered on the department's page before it is carried out; the enterprise sees the reason.
    await officer.goto('/inspections/plans');
    await officer.getByTestId('emergency-visit').waitFor();
    await officer.locator('#emergency_code').fill(enterpriseCode);
    // A multiple select keeps its dropdown open after a pick: closed before the next one.
    const openDropdowns = () => officer.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count();
    await chooseOption(officer, 'emergency-items', '工业产品质量安全检查');
    await officer.keyboard.press('Escape');
    await expect.poll(openDropdowns).toBe(0);
    await chooseOption(officer, 'emergency-inspectors', '王执法');
    await officer.keyboard.press('Escape');
    await expect.poll(openDropdowns).toBe(0);
    await chooseOption(officer, 'emergency-inspectors', '赵执法');
    await officer.keyboard.press('Escape');
    await officer.locator('#emergency_reason').fill('接群众举报，核查产品质量安全隐患');
    await officer.getByTestId('emergency-register').click();
    await expect.poll(() => officer.getByTestId('emergency-visit').getAttribute('data-state')).toBe('registered');
    const emergencyCode = (await officer.getByTestId('emergency-task-code').getAttribute('data-code'))!;
    await phone.goto(`/inspections/task?code=${encodeURIComponent(emergencyCode)}`);
    await expect.poll(() => phone.getByTestId('task-check').getAttribute('data-state')).toBe('REGISTERED');
    expect(await phone.getByTestId('task-check').innerText()).toContain('应急检查（理由：接群众举报，核查产品质量安全隐患）');
  }, SLOW);
});
