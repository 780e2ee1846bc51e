import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterpriseCode } from '@huiqi/workflows';
import { createEnterprise, inspectionCodeSecret } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';

describeEachEngine('inspections API: registered visits, the enterprise\'s task code, rating and complaint', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user?: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload ? { payload } : {}) });

  let itemId = '';
  let planId = '';
  let drawn: string[] = [];

  beforeAll(async () => {
    const item = (await call('POST', '/api/inspections/items', 'dept-miit', { name: '工业产品生产许可证获证企业检查', legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 1 })).json();
    itemId = item.id;
    await call('POST', `/api/inspections/items/${itemId}/publish`, 'dept-miit');
    for (const id of ['v-a', 'v-b', 'v-c']) expect((await call('PUT', `/api/inspections/inspectors/${id}`, 'dept-miit', { name: `检查员${id}`, certificateNo: `粤执-${id}`, conflicts: [] })).statusCode).toBe(200);
    await call('PUT', '/api/inspections/risk-grades', 'bureau', { gradedOn: '2026-11-01', grades: [{ uscc: DEMO_ENTERPRISE_USCC, riskGrade: 'D', creditClass: null }] });
    const plan = (await call('POST', '/api/inspections/plans', 'dept-miit', { kind: 'AD_HOC', year: 2026, title: '入企检查登记测试', itemIds: [itemId], ratios: { D: 1, UNGRADED: '0' } })).json();
    planId = plan.planId;
    await call('POST', `/api/inspections/plans/${planId}/commit`, 'dept-miit');
    expect((await call('POST', `/api/inspections/plans/${planId}/draw`, 'dept-miit')).statusCode).toBe(200);
    const target = (await call('GET', `/api/inspections/public/plans/${planId}`)).json().targets.find((x: { uscc: string }) => x.uscc === DEMO_ENTERPRISE_USCC);
    drawn = target.inspectors.map((i: { id: string }) => i.id);
  });

  it('two drawn inspectors register a visit by scanning the enterprise code (audited); wrong inspectors, a second registration and another department are refused', async () => {
    const { code } = (await call('GET', '/api/inspections/my/code', 'enterprise')).json();
    const notDrawn = ['v-a', 'v-b', 'v-c'].find((i) => !drawn.includes(i))!;
    const wrong = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, planId, inspectorIds: [drawn[0], notDrawn] });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details).toMatchObject({ code: 'INSPECTOR_NOT_ASSIGNED', inspectorIds: [notDrawn] });
    expect((await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, planId, inspectorIds: [drawn[0]] })).json().error.code).toBe('INSPECTION_TOO_FEW_INSPECTORS');
    expect((await call('POST', '/api/inspections/visits', 'dept-commerce', { enterpriseCode: code, planId, inspectorIds: drawn })).json().error.code).toBe('INSPECTION_PLAN_NOT_FOUND');

    const res = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, planId, inspectorIds: drawn });
    expect(res.statusCode, res.body).toBe(201);
    const visit = res.json();
    expect(visit).toMatchObject({ uscc: DEMO_ENTERPRISE_USCC, planId, isEmergency: false, closedAt: null, itemIds: [itemId] });
    expect(visit.inspectors.map((i: { name: string }) => i.name)).toEqual(drawn.map((i) => `检查员${i}`));
    expect(visit.taskCode).toMatch(/^T1\.it-/);
    expect(visit.svg).toContain('<svg');
    expect((await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, planId, inspectorIds: drawn })).statusCode).toBe(409);

    const listed = (await call('GET', '/api/inspections/visits?department=dept-miit', 'dept-miit')).json().items;
    expect(listed.map((v: { visitId: string }) => v.visitId)).toContain(visit.visitId);
    const audit = await getDb().query<{ type: string }>('SELECT type FROM audit_events WHERE subject = $1', [visit.visitId]);
    expect(audit.map((a) => a.type)).toEqual(['INSPECTION_VISIT_REGISTERED']);
  });

  it('an emergency inspection is registered (before it is carried out) with a reason, published items and inspectors without a conflict', async () => {
    const { code } = (await call('GET', '/api/inspections/my/code', 'enterprise')).json();
    await call('PUT', '/api/inspections/inspectors/v-c', 'dept-miit', { name: '检查员v-c', certificateNo: '粤执-v-c', conflicts: [DEMO_ENTERPRISE_USCC] });
    const conflicted = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, inspectorIds: ['v-a', 'v-c'], emergency: { itemIds: [itemId], reason: '群众举报存在安全隐患' } });
    expect(conflicted.json().error.details).toMatchObject({ code: 'INSPECTOR_NOT_ASSIGNED', inspectorIds: ['v-c'] });
    const noReason = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, inspectorIds: ['v-a', 'v-b'], emergency: { itemIds: [itemId], reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const ok = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, inspectorIds: ['v-a', 'v-b'], emergency: { itemIds: [itemId], reason: '群众举报存在安全隐患' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ isEmergency: true, planId: null, emergencyReason: '群众举报存在安全隐患' });
  });

  it('the enterprise checks its task code (legal basis in words), rates once anonymously, complains once into the appeals queue; another enterprise\'s code is refused; a closed task says so', async () => {
    const visit = (await call('GET', '/api/inspections/visits?department=dept-miit', 'dept-miit')).json().items.find((v: { planId: string | null }) => v.planId === planId);
    const check = await call('POST', '/api/inspections/task-code/check', 'enterprise', { code: visit.taskCode });
    expect(check.statusCode, check.body).toBe(200);
    const view = check.json();
    expect(view).toMatchObject({ status: 'REGISTERED', statusLabel: '已登记的检查任务', planTitle: '入企检查登记测试', isRated: false, complaintTrackingNumber: null });
    expect(view.items[0].legalBasis[0].citation).toContain('第六十八条');
    expect(JSON.stringify(view)).not.toContain('#art_');
    expect(JSON.stringify(view)).not.toContain(visit.visitId);
    expect(view.inspectors).toEqual(drawn.map((i) => ({ name: `检查员${i}`, certificateNo: `粤执-${i}` })));

    // Another enterprise's task code: signed, but not for this enterprise.
    const other = fakeUscc();
    await getDb().transaction((tx) => createEnterprise(tx, other, profileFixture({ name: '深圳市乙测试制造有限公司' }), null));
    const otherCode = enterpriseCode(await inspectionCodeSecret(getDb()), other);
    const otherVisit = (await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: otherCode, inspectorIds: ['v-a', 'v-b'], emergency: { itemIds: [itemId], reason: '专项核查' } })).json();
    const refused = await call('POST', '/api/inspections/task-code/check', 'enterprise', { code: otherVisit.taskCode });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.code).toBe('CODE_FOR_ANOTHER_ENTERPRISE');
    expect((await call('POST', '/api/inspections/task-code/rate', 'enterprise', { code: otherVisit.taskCode, score: 1 })).statusCode).toBe(422);
    expect((await call('POST', '/api/inspections/task-code/check', 'dept-miit', { code: visit.taskCode })).statusCode).toBe(403);

    const rated = await call('POST', '/api/inspections/task-code/rate', 'enterprise', { code: visit.taskCode, score: 2 });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().isRated).toBe(true);
    const again = await call('POST', '/api/inspections/task-code/rate', 'enterprise', { code: visit.taskCode, score: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INSPECTION_ALREADY_RATED');
    const ratingRows = await getDb().query<Record<string, unknown>>('SELECT * FROM inspection_visit_ratings WHERE visit_id = $1', [visit.visitId]);
    expect(Object.keys(ratingRows[0]!).sort()).toEqual(['department_id', 'rated_on', 'score', 'visit_id']); // no rater stored
    // Aggregated only, and no average below three ratings.
    expect((await call('GET', '/api/inspections/ratings?department=dept-miit', 'dept-miit')).json()).toEqual({ departmentId: 'dept-miit', count: 1, average: null, minimumShown: 3 });

    const complaint = await call('POST', '/api/inspections/task-code/complain', 'enterprise', { code: visit.taskCode, description: '检查人员未出示执法证件' });
    expect(complaint.statusCode, complaint.body).toBe(201);
    const { trackingNumber } = complaint.json();
    expect(complaint.json().task.complaintTrackingNumber).toBe(trackingNumber);
    const twice = await call('POST', '/api/inspections/task-code/complain', 'enterprise', { code: visit.taskCode, description: '再投诉一次' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INSPECTION_ALREADY_COMPLAINED');
    const queue = (await call('GET', '/api/appeals', 'bureau')).json().items;
    const inQueue = queue.find((c: { trackingNumber: string }) => c.trackingNumber === trackingNumber);
    expect(inQueue).toMatchObject({ type: 'INSPECTION_COMPLAINT' });
    const cases = await getDb().query<{ n: string | number }>("SELECT count(*) AS n FROM appeal_cases WHERE type = 'INSPECTION_COMPLAINT' AND idempotency_key = $1", [`inspection-complaint:${visit.visitId}`]);
    expect(Number(cases[0]!.n)).toBe(1);

    expect((await call('POST', `/api/inspections/visits/${visit.visitId}/close`, 'dept-commerce')).statusCode).toBe(403);
    expect((await call('POST', `/api/inspections/visits/${visit.visitId}/close`, 'dept-miit')).json().closedAt).not.toBeNull();
    expect((await call('POST', '/api/inspections/task-code/check', 'enterprise', { code: visit.taskCode })).json()).toMatchObject({ status: 'CLOSED', statusLabel: '检查已结束' });
  });

  it('two ratings or two complaints sent at once for one visit: one is taken, the other refused, one appeal', async () => {
    const visit = (await call('GET', '/api/inspections/visits?department=dept-miit', 'dept-miit')).json().items.find((v: { emergencyReason: string | null }) => v.emergencyReason === '群众举报存在安全隐患');
    const rates = await Promise.all([5, 1].map((score) => call('POST', '/api/inspections/task-code/rate', 'enterprise', { code: visit.taskCode, score })));
    expect(rates.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const complaints = await Promise.all(['第一次', '第二次'].map((d) => call('POST', '/api/inspections/task-code/complain', 'enterprise', { code: visit.taskCode, description: d })));
    expect(complaints.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const cases = await getDb().query<{ n: string | number }>('SELECT count(*) AS n FROM appeal_cases WHERE idempotency_key = $1', [`inspection-complaint:${visit.visitId}`]);
    expect(Number(cases[0]!.n)).toBe(1);
    const view = (await call('POST', '/api/inspections/task-code/check', 'enterprise', { code: visit.taskCode })).json();
    expect(view.complaintTrackingNumber).toBe(complaints.find((r) => r.statusCode === 201)!.json().trackingNumber);
    expect(view.isRated).toBe(true);
  });
});
