import { afterAll, beforeAll, expect, it } from 'vitest';
import { today } from '@huiqi/kernel';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';

describeEachEngine('inspections API: results and their publication, 轻微免罚, merged visits, warnings, unregistered visits', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user?: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload ? { payload } : {}) });
  const year = Number(today().slice(0, 4));
  const items: Record<string, string> = {};
  let code = '';

  const emergencyVisit = async () => {
    const res = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, inspectorIds: ['r-a', 'r-b'], emergency: { itemIds: [items['dept-miit']], reason: '群众举报' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { visitId: string; taskCode: string };
  };

  beforeAll(async () => {
    code = (await call('GET', '/api/inspections/my/code', 'enterprise')).json().code;
    await call('PUT', '/api/inspections/risk-grades', 'bureau', { gradedOn: `${year}-01-02`, grades: [{ uscc: DEMO_ENTERPRISE_USCC, riskGrade: 'D', creditClass: null }] });
    for (const dept of ['dept-miit', 'dept-commerce']) {
      const item = (await call('POST', '/api/inspections/items', dept, { name: `${dept} 检查事项`, legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 1 })).json();
      items[dept] = item.id;
      await call('POST', `/api/inspections/items/${item.id}/publish`, dept);
      for (const id of ['r-a', 'r-b']) expect((await call('PUT', `/api/inspections/inspectors/${id}`, dept, { name: `检查员${id}`, certificateNo: `粤执-${id}`, conflicts: [] })).statusCode).toBe(200);
    }
  });

  it('two departments\' drawn plans reaching one enterprise in overlapping windows make one merged-visit proposal, visits avoided counted', async () => {
    const windows: Record<string, { from: string; to: string }> = { 'dept-miit': { from: `${year}-01-01`, to: `${year}-12-31` }, 'dept-commerce': { from: `${year}-12-01`, to: `${year}-12-31` } };
    for (const dept of ['dept-miit', 'dept-commerce']) {
      const plan = await call('POST', '/api/inspections/plans', dept, { kind: 'AD_HOC', year, title: `${dept} 联合检查测试`, itemIds: [items[dept]], ratios: { D: 1, UNGRADED: '0', A: '0', B: '0', C: '0' }, window: windows[dept] });
      expect(plan.statusCode, plan.body).toBe(201);
      expect(plan.json().window).toEqual(windows[dept]);
      await call('POST', `/api/inspections/plans/${plan.json().planId}/commit`, dept);
      expect((await call('POST', `/api/inspections/plans/${plan.json().planId}/draw`, dept)).statusCode).toBe(200);
    }
    const bad = await call('POST', '/api/inspections/plans', 'dept-miit', { kind: 'AD_HOC', year, title: '越年', itemIds: [items['dept-miit']], window: { from: `${year}-12-01`, to: `${year + 1}-01-31` } });
    expect(bad.statusCode).toBe(422);

    const bureau = (await call('GET', `/api/inspections/oversight?year=${year}`, 'bureau')).json();
    const proposal = bureau.proposals.find((p: { uscc: string }) => p.uscc === DEMO_ENTERPRISE_USCC);
    expect(proposal).toMatchObject({ from: `${year}-12-01`, to: `${year}-12-31`, visitsAvoided: 1 });
    expect(proposal.departments.map((d: { id: string }) => d.id).sort()).toEqual(['dept-commerce', 'dept-miit']);
    expect(bureau.visitsAvoided).toBeGreaterThanOrEqual(1);
    expect(bureau.visitsAfterMerging).toBe(bureau.plannedVisits - bureau.visitsAvoided);
    // A department sees the proposals it is part of; another department none of these.
    expect((await call('GET', `/api/inspections/oversight?year=${year}`, 'dept-miit')).json().proposals.length).toBeGreaterThanOrEqual(1);
    expect((await call('GET', `/api/inspections/oversight?year=${year}`, 'dept-futian')).json().proposals).toEqual([]);
  });

  it('records a result with the 轻微免罚 answer, counts the publication day in working days, publishes it; the public and the enterprise see it', async () => {
    const visit = await emergencyVisit();
    const on = today();
    const missingEntry = await call('POST', `/api/inspections/visits/${visit.visitId}/result`, 'dept-miit', { outcome: 'ORDERED_TO_RECTIFY', summary: '未悬挂许可证，已当场整改', inspectedOn: on, finding: { entryId: 'futian-signboard', correctedInTime: true } });
    expect(missingEntry.statusCode).toBe(422);
    expect((await call('POST', `/api/inspections/visits/${visit.visitId}/result`, 'dept-commerce', { outcome: 'NO_PROBLEM', summary: '无', inspectedOn: on })).statusCode).toBe(403);
    const res = await call('POST', `/api/inspections/visits/${visit.visitId}/result`, 'dept-miit', {
      outcome: 'ORDERED_TO_RECTIFY', summary: '未悬挂许可证，已当场整改', inspectedOn: on, finding: { entryId: 'miit-license-display', correctedInTime: true, harmfulConsequence: false },
    });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result).toMatchObject({ outcome: 'ORDERED_TO_RECTIFY', publishedAt: null, publicationBasis: { workingDays: 20, unverified: true } });
    expect(result.penalty).toMatchObject({ status: 'NO_PENALTY', firstViolation: true, entryName: '未按规定在生产场所显著位置悬挂工业产品生产许可证' });
    expect(result.penalty.explanation[0].cites.map((c: { citation: string }) => c.citation).join()).toContain('第三十三条');
    // The last day is counted on the official calendar; a period running into a year without calendar data is not guessed.
    if (result.publishDue === null) expect([result.publication, result.publishDueProblem]).toEqual(['DUE_UNKNOWN', expect.stringContaining('节假日数据')]);
    else expect([result.publication, result.publishDue > on]).toEqual(['PENDING', true]);
    expect((await call('POST', `/api/inspections/visits/${visit.visitId}/result`, 'dept-miit', { outcome: 'NO_PROBLEM', summary: '再次', inspectedOn: on })).statusCode).toBe(409);

    expect((await call('GET', '/api/inspections/public/results')).json().items.map((x: { visitId: string }) => x.visitId)).not.toContain(visit.visitId);
    const task = (await call('POST', '/api/inspections/task-code/check', 'enterprise', { code: visit.taskCode })).json();
    expect(task.result).toMatchObject({ outcome: 'ORDERED_TO_RECTIFY', penaltyStatus: 'NO_PENALTY', publishedAt: null });

    const published = await call('POST', `/api/inspections/visits/${visit.visitId}/result/publish`, 'dept-miit');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publication).toBe('PUBLISHED');
    const pub = (await call('GET', '/api/inspections/public/results')).json().items.find((x: { visitId: string }) => x.visitId === visit.visitId);
    expect(pub).toMatchObject({ outcome: 'ORDERED_TO_RECTIFY', uscc: DEMO_ENTERPRISE_USCC, summary: '未悬挂许可证，已当场整改' });
    expect(pub.penalty).toBeUndefined();
    expect((await call('GET', '/api/inspections/my/results', 'enterprise')).json().items.map((x: { visitId: string }) => x.visitId)).toContain(visit.visitId);
    const audit = await getDb().query<{ type: string }>('SELECT type FROM audit_events WHERE subject = $1 ORDER BY seq', [visit.visitId]);
    expect(audit.map((a) => a.type)).toEqual(['INSPECTION_VISIT_REGISTERED', 'INSPECTION_RESULT_RECORDED', 'INSPECTION_RESULT_PUBLISHED']);

    // A second finding of the same entry is not a first violation: with harm, the penalty is not excluded.
    const second = await emergencyVisit();
    const again = (await call('POST', `/api/inspections/visits/${second.visitId}/result`, 'dept-miit', {
      outcome: 'CASE_OPENED', summary: '再次未悬挂', inspectedOn: on, finding: { entryId: 'miit-license-display', correctedInTime: true, harmfulConsequence: true, harmMinor: true },
    })).json();
    expect(again.penalty).toMatchObject({ status: 'PENALTY_NOT_EXCLUDED', firstViolation: false });
  });

  it('warns on visits above an item\'s annual cap and on three visits within 30 days', async () => {
    await emergencyVisit();
    const { warnings } = (await call('GET', `/api/inspections/oversight?year=${year}`, 'bureau')).json();
    const kinds = warnings.filter((w: { uscc: string }) => w.uscc === DEMO_ENTERPRISE_USCC).map((w: { kind: string }) => w.kind).sort();
    expect(kinds).toEqual(['ANNUAL_CAP_EXCEEDED', 'HIGH_FREQUENCY']);
    const cap = warnings.find((w: { kind: string }) => w.kind === 'ANNUAL_CAP_EXCEEDED');
    expect(cap).toMatchObject({ cap: 1, department: { id: 'dept-miit' } });
    expect(cap.visits).toBeGreaterThanOrEqual(3);
  });

  it('an enterprise reports an unregistered visit: an inspection complaint in the appeals loop, counted on the dashboard', async () => {
    const res = await call('POST', '/api/inspections/my/unregistered-visits', 'enterprise', { departmentId: 'dept-commerce', visitedOn: today(), description: '两名自称商务局的人员入企检查，未出示检查任务码' });
    expect(res.statusCode, res.body).toBe(201);
    const { trackingNumber } = res.json();
    const [appeal] = await getDb().query<{ type: string }>('SELECT type FROM appeal_cases WHERE tracking_number = $1', [trackingNumber]);
    expect(appeal?.type).toBe('INSPECTION_COMPLAINT');
    const twice = await call('POST', '/api/inspections/my/unregistered-visits', 'enterprise', { departmentId: 'dept-commerce', visitedOn: today(), description: '两名自称商务局的人员入企检查，未出示检查任务码' });
    expect(twice.statusCode).toBe(409);
    const reports = (await call('GET', `/api/inspections/oversight?year=${year}`, 'dept-commerce')).json().unregisteredReports;
    expect(reports).toEqual([{ department: { id: 'dept-commerce', name: expect.any(String) }, count: 1 }]);
    expect((await call('POST', '/api/inspections/my/unregistered-visits', 'dept-miit', { visitedOn: today(), description: 'x' })).statusCode).toBe(403);
  });
});
