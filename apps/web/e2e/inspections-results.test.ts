import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from './support/api-call';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';
import { chooseOption } from './support/antd-select';
import { screenshot } from './support/screenshots';

/**
 * 一公开 of results, 轻微免罚 and 综合查一次 in a real browser against the real server (demo mode):
 * two departments plan and draw the same high-risk enterprise for the same year; the MIIT officer
 * registers the visit by scanning the enterprise code on the plan page, records the result with a
 * finding on the department's list of minor violations (corrected in time, no harm: 不予行政处罚,
 * 行政处罚法 第三十三条第一款) and publishes it; the enterprise sees the result on its phone (390 px)
 * and the public results list has it; the SME bureau's coordination dashboard proposes one joint
 * visit for the two overlapping plans and counts the visit avoided; the enterprise reports a visit
 * that showed no task code. Items, rosters, risk grade and plans are set up through the API from
 * the signed-in browsers (their screens are covered by inspections.test.ts).
 */
const SLOW = 600_000;
/** Starting the server: building the demo-city template took 87 s at load 31 on this machine. */
const START = 600_000;
const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';
const ENTERPRISE = '深圳市鹏城智造科技有限公司';

describe('inspection results, 轻微免罚 and merged visits in the browser', () => {
  const { open } = useBrowserSuite(START);

  it('a result is recorded with its 轻微免罚 answer and published; the enterprise and the public see it; two overlapping plans get a merged-visit proposal', async () => {
    const phone = await open();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(phone, 'enterprise');
    const { code: enterpriseCode } = await api<{ code: string }>(phone, 'GET', '/api/inspections/my/code', null, 200);
    const uscc = enterpriseCode.split('.')[1]!;

    const bureau = await open();
    await signIn(bureau, 'bureau');
    await api(bureau, 'PUT', '/api/inspections/risk-grades', { gradedOn: '2026-11-01', grades: [{ uscc, riskGrade: 'D', creditClass: null }] }, 200);
    const year = new Date().getFullYear();
    const planIds: Record<string, string> = {};
    const officers: Record<string, Page> = {};
    for (const dept of ['dept-miit', 'dept-commerce']) {
      const officer = (officers[dept] = await open());
      await signIn(officer, dept);
      const item = await api<{ id: string }>(officer, 'POST', '/api/inspections/items', { name: `${dept === 'dept-miit' ? '工业产品' : '商贸流通'}质量检查`, legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 2 }, 201);
      await api(officer, 'POST', `/api/inspections/items/${item.id}/publish`, null, 200);
      for (const [id, name] of [[`${dept}-e2e-1`, `${dept === 'dept-miit' ? '孙' : '周'}执法`], [`${dept}-e2e-2`, `${dept === 'dept-miit' ? '吴' : '郑'}执法`]]) {
        await api(officer, 'PUT', `/api/inspections/inspectors/${id}`, { name, certificateNo: `粤执-${id}`, conflicts: [] }, 200);
      }
      const plan = await api<{ planId: string }>(officer, 'POST', '/api/inspections/plans', { kind: 'AD_HOC', year, title: `${dept === 'dept-miit' ? '工信' : '商务'}高风险企业检查`, itemIds: [item.id], ratios: { D: 1, A: '0', B: '0', C: '0', UNGRADED: '0' } }, 201);
      await api(officer, 'POST', `/api/inspections/plans/${plan.planId}/commit`, null, 200);
      await api(officer, 'POST', `/api/inspections/plans/${plan.planId}/draw`, null, 200);
      planIds[dept] = plan.planId;
    }

    // 扫码入企 on the MIIT plan's page, then the result with a finding on the list of minor violations.
    const officer = officers['dept-miit']!;
    await officer.goto(`/inspections/plans/${planIds['dept-miit']}`);
    await officer.getByTestId('visit-enterprise-code').fill(enterpriseCode);
    await expect.poll(() => officer.getByTestId('visit-inspectors').locator('input:checked').count()).toBe(2);
    await officer.getByTestId('visit-register').click();
    await expect.poll(() => officer.getByTestId('register-visit').getAttribute('data-state')).toBe('registered');
    const taskCode = (await officer.getByTestId('visit-task-code').getAttribute('data-code'))!;

    await officer.getByTestId(`result-record-${ENTERPRISE}`).click();
    await officer.getByTestId('result-outcome').getByText('责令整改').click();
    await officer.locator('#result_summary').fill('生产许可证未在生产场所显著位置悬挂，已当场改正');
    await chooseOption(officer, 'result-entry', '未按规定在生产场所显著位置悬挂工业产品生产许可证');
    await officer.getByTestId('result-correctedInTime').getByText('是').click();
    await officer.getByTestId('result-harmfulConsequence').getByText('否').click();
    const [recorded] = await Promise.all([
      officer.waitForResponse((r) => r.url().endsWith('/result') && r.request().method() === 'POST'),
      officer.getByTestId('result-save').click(),
    ]);
    expect(recorded.status(), await recorded.text()).toBe(201);
    const cell = officer.getByTestId(`result-${ENTERPRISE}`);
    await expect.poll(() => cell.getAttribute('data-publication')).toMatch(/^(PENDING|DUE_UNKNOWN)$/);
    expect(await cell.getByTestId('penalty-status').innerText()).toContain('不予行政处罚');
    await cell.getByTestId('penalty-status').hover();
    await expect.poll(() => officer.getByTestId('penalty-explanation').innerText()).toContain('第三十三条');
    await screenshot(officer, 'inspections-result-recorded');
    await officer.getByTestId(`result-publish-${ENTERPRISE}`).click();
    await expect.poll(() => cell.getAttribute('data-publication')).toBe('PUBLISHED');

    // The enterprise, on its phone: the result on the task code's page.
    await phone.goto(`/inspections/task?code=${encodeURIComponent(taskCode)}`);
    const result = phone.getByTestId('task-result');
    await expect.poll(() => result.getAttribute('data-state')).toBe('published');
    expect(await result.innerText()).toContain('责令整改');
    expect(await result.innerText()).toContain('不予行政处罚');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'inspections-result-phone');

    // Anyone: the published result on the public page.
    const visitor = await open();
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto('/inspections/public');
    await expect.poll(() => visitor.getByTestId('public-results').innerText()).toContain('生产许可证未在生产场所显著位置悬挂，已当场改正');
    expect(await visitor.getByTestId('public-results').innerText()).toContain(ENTERPRISE);

    // The SME bureau's coordination dashboard: one joint visit proposed for the two overlapping plans.
    await bureau.goto('/inspections/oversight');
    const merged = bureau.getByTestId('merged-visits');
    await expect.poll(() => merged.innerText()).toContain(ENTERPRISE);
    const row = merged.locator('tr.ant-table-row').filter({ hasText: ENTERPRISE });
    expect(await row.innerText()).toContain('工信高风险企业检查');
    expect(await row.innerText()).toContain('商务高风险企业检查');
    expect(await row.innerText()).toContain('减少 1 次');
    expect(Number((await bureau.getByTestId('visits-avoided').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await screenshot(bureau, 'inspections-oversight');

    // The enterprise reports a visit that showed no task code: an inspection complaint.
    await phone.getByTestId('report-text').fill('两名自称商务局的人员上门检查，未出示检查任务码');
    await phone.getByTestId('report-submit').click();
    await expect.poll(() => phone.getByTestId('unregistered-reported').innerText()).toMatch(/受理编号 [A-Z]{2,4}[0-9]{15}/);
    await bureau.reload();
    await expect.poll(() => bureau.getByTestId('unregistered-reports').innerText()).toContain('部门不明');
  }, SLOW);
});
