import { expect, it } from 'vitest';
import { listAuditEvents } from '../audit/list-audit-events';
import { seedDemoCity } from '../demo/seed-demo-city';
import { createEnterprise } from '../enterprises/create-enterprise';
import { describeEachEngine, fakeUscc, profileFixture } from '../testing';
import { earlierFindings, getResult, listResults, publishResult, recordResult, recordUnregisteredReport, registerVisit, unregisteredReportCounts } from './index';

describeEachEngine('inspection results storage', (getDb) => {
  it('records one result per visit, publishes it once, counts earlier findings of an entry, keeps dates as written', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture({ district: 'cn-gd-sz-futian' }), null));
    const visit = await db.transaction((tx) =>
      registerVisit(tx, { departmentId: 'dept-miit', uscc, planId: null, itemIds: ['ii-00000000-test'], inspectorIds: ['a', 'b'], isEmergency: true, emergencyReason: '测试' }, null),
    );
    const input = { visitId: visit.id, departmentId: 'dept-miit', uscc, outcome: 'ORDERED_TO_RECTIFY', summary: '许可证未悬挂', violationEntryId: 'miit-license-display', penaltyAssessment: { status: 'NO_PENALTY' }, inspectedOn: '2026-09-24', publishDue: '2026-10-29' };
    expect(await db.transaction((tx) => recordResult(tx, input, null))).toBe(true);
    expect(await db.transaction((tx) => recordResult(tx, { ...input, summary: '第二次' }, null))).toBe(false);
    const stored = await getResult(db, visit.id);
    expect(stored).toMatchObject({ outcome: 'ORDERED_TO_RECTIFY', summary: '许可证未悬挂', inspectedOn: '2026-09-24', publishDue: '2026-10-29', publishedAt: null, penaltyAssessment: { status: 'NO_PENALTY' } });
    expect(await earlierFindings(db, uscc, 'miit-license-display', '2026-12-31')).toBe(1);
    expect(await earlierFindings(db, uscc, 'miit-license-display', '2026-09-23')).toBe(0);
    expect((await listResults(db, { publishedOnly: true })).map((r) => r.visitId)).not.toContain(visit.id);

    const published = await db.transaction((tx) => publishResult(tx, visit.id, null));
    expect(published!.publishedAt).not.toBeNull();
    const again = await db.transaction((tx) => publishResult(tx, visit.id, null));
    expect(again!.publishedAt).toBe(published!.publishedAt);
    expect((await listResults(db, { publishedOnly: true })).map((r) => r.visitId)).toContain(visit.id);
    expect((await listResults(db, { uscc })).map((r) => r.visitId)).toEqual([visit.id]);
    expect((await listAuditEvents(db, { page: 1, pageSize: 10, subject: visit.id })).items.map((e) => e.type).sort()).toEqual(['INSPECTION_RESULT_PUBLISHED', 'INSPECTION_RESULT_RECORDED', 'INSPECTION_VISIT_REGISTERED']);
  });

  it('stores an unregistered-visit report with the appeal it became and counts reports per department', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture({ district: 'cn-gd-sz-futian' }), null));
    const before = (await unregisteredReportCounts(db)).find((c) => c.departmentId === 'dept-futian')?.count ?? 0;
    const id = await db.transaction((tx) => recordUnregisteredReport(tx, { uscc, departmentId: 'dept-futian', visitedOn: '2026-11-20', appealCaseId: 'case-x', trackingNumber: 'TS202611200000001' }, null));
    expect(id).toMatch(/^iu-/);
    expect((await unregisteredReportCounts(db)).find((c) => c.departmentId === 'dept-futian')?.count).toBe(before + 1);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
