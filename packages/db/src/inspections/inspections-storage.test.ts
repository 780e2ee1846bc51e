import { applyPlanAction, seedDigest, type PlanAction } from '@huiqi/workflows';
import { expect, it } from 'vitest';
import { listAuditEvents } from '../audit/list-audit-events';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { seedDemoCity } from '../demo/seed-demo-city';
import { createEnterprise } from '../enterprises/create-enterprise';
import { describeEachEngine, fakeUscc, profileFixture } from '../testing';
import {
  countCandidates, createInspectionItem, freezeCandidates, getPlan, insertTargets, listInspectionItems, listInspectors, listPlans, listTargets, loadPlanLog, loadSeed,
  PlanVersionConflictError, publishInspectionItem, readCandidateColumns, readCandidates, recordPlanAction, saveInspector, setRiskGrades, storeSeed,
} from './index';

const owner = { userId: 'u-test', departmentId: 'dept-miit', isSystem: false };
const NO_FILTERS = { industryCodes: [], districts: [], riskGrades: [], creditClasses: [] };

describeEachEngine('inspections storage', (getDb) => {
  it('registers items, publishes them once, and lists published ones only when asked', async () => {
    const db = getDb();
    const item = await db.transaction((tx) =>
      createInspectionItem(tx, { departmentId: 'dept-miit', name: '工业产品生产许可证后监管', legalBasis: ['cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3'], method: 'ON_SITE', annualCapPerEnterprise: 1 }, null),
    );
    expect(item).toMatchObject({ publishedAt: null, annualCapPerEnterprise: 1, legalBasis: ['cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3'] });
    expect((await listInspectionItems(db, { departmentId: 'dept-miit', publishedOnly: true })).map((i) => i.id)).not.toContain(item.id);
    const published = await db.transaction((tx) => publishInspectionItem(tx, item.id, null));
    expect(published!.publishedAt).not.toBeNull();
    const again = await db.transaction((tx) => publishInspectionItem(tx, item.id, null));
    expect(again!.publishedAt).toBe(published!.publishedAt);
    expect((await listInspectionItems(db, { departmentId: null, publishedOnly: true })).map((i) => i.id)).toContain(item.id);
    expect((await listAuditEvents(db, { page: 1, pageSize: 10, subject: item.id })).items.map((e) => e.type).sort()).toEqual(['INSPECTION_ITEM_CREATED', 'INSPECTION_ITEM_PUBLISHED']);
  });

  it('freezes the filtered registry as candidates by risk grade, stores the secret seed, the log, the projection and the targets', async () => {
    const db = getDb();
    const [e1, e2, e3] = [{ uscc: fakeUscc() }, { uscc: fakeUscc() }, { uscc: fakeUscc() }];
    await db.transaction(async (tx) => {
      for (const e of [e1, e2, e3]) await createEnterprise(tx, e.uscc, profileFixture({ district: 'cn-gd-sz-futian' }), null);
    });
    await db.transaction((tx) => setRiskGrades(tx, [{ uscc: e1!.uscc, riskGrade: 'D', creditClass: '较差' }, { uscc: e2!.uscc, riskGrade: 'A', creditClass: null }], '2026-11-01', null));
    const all = await countCandidates(db, NO_FILTERS);
    const total = Object.values(all).reduce((a, b) => a + b, 0);
    expect(total).toBe(Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM enterprises'))[0]!.n));
    expect(all.D).toBeGreaterThanOrEqual(1);
    expect(await countCandidates(db, { ...NO_FILTERS, riskGrades: ['D'], creditClasses: ['较差'] })).toEqual({ D: 1 });

    await db.transaction(async (tx) => {
      for (const id of ['miit-i1', 'miit-i2', 'miit-i3']) await saveInspector(tx, { id, departmentId: 'dept-miit', name: `检查员 ${id}`, certificateNo: `C-${id}`, userId: null, conflicts: id === 'miit-i1' ? [e1!.uscc] : [], isActive: true }, null);
    });
    expect((await listInspectors(db, 'dept-miit', true)).map((i) => i.id)).toEqual(['miit-i1', 'miit-i2', 'miit-i3']);

    const created: PlanAction = {
      id: 'act-1', type: 'CREATED', at: '2026-12-01T02:00:00.000Z', actor: owner,
      payload: { planId: 'ip-test-0001', departmentId: 'dept-miit', kind: 'AD_HOC', year: 2026, title: '专项抽查', itemIds: ['ii-x'], filters: NO_FILTERS, ratios: { A: '1', B: '1', C: '1', D: '1', UNGRADED: '0.5' }, ratioSources: {}, inspectorsPerTarget: 2 },
    };
    const r1 = applyPlanAction([], created);
    if (!r1.ok) throw new Error(r1.error.code);
    await db.transaction((tx) => recordPlanAction(tx, r1.value.plan, created, null));

    const seed = 'a'.repeat(64);
    const commit: PlanAction = { id: 'act-2', type: 'SEED_COMMITTED', at: '2026-12-01T03:00:00.000Z', actor: owner, payload: { seedDigest: seedDigest(seed), candidateCount: total, candidateListDigest: '0'.repeat(64) } };
    const r2 = applyPlanAction(r1.value.log, commit);
    if (!r2.ok) throw new Error(r2.error.code);
    await db.transaction(async (tx) => {
      expect(await freezeCandidates(tx, 'ip-test-0001', NO_FILTERS)).toBe(total);
      await storeSeed(tx, 'ip-test-0001', seed);
      await recordPlanAction(tx, r2.value.plan, commit, null);
    });
    // A second writer holding the old version loses.
    await expect(db.transaction((tx) => recordPlanAction(tx, r2.value.plan, { ...commit, id: 'act-2b' }, null))).rejects.toBeInstanceOf(PlanVersionConflictError);
    const candidates = await readCandidates(db, 'ip-test-0001');
    // The same list as draw columns: keys in one buffer in USCC order, strata numbered.
    const cols = await readCandidateColumns(db, 'ip-test-0001');
    const decoded = Array.from({ length: cols.count }, (_, i) => ({ uscc: new TextDecoder().decode(cols.keyBytes.subarray(cols.keyOffsets[i]!, cols.keyOffsets[i + 1]!)), stratum: cols.strata[cols.stratumOf[i]!]! }));
    expect(decoded).toEqual(candidates.map((c) => ({ uscc: c.uscc, stratum: c.stratum })));
    expect(candidates).toHaveLength(total);
    expect(candidates.find((c) => c.uscc === e1!.uscc)!.stratum).toBe('D');
    expect(candidates.find((c) => c.uscc === e3!.uscc)!.stratum).toBe('UNGRADED');
    expect(await loadSeed(db, 'ip-test-0001')).toBe(seed);
    expect((await getPlan(db, 'ip-test-0001'))!.seed).toBeNull();

    const drawn: PlanAction = { id: 'act-3', type: 'DRAWN', at: '2026-12-01T04:00:00.000Z', actor: owner, payload: { seed, targetCount: 1 } };
    const r3 = applyPlanAction(r2.value.log, drawn);
    if (!r3.ok) throw new Error(r3.error.code);
    await db.transaction(async (tx) => {
      await insertTargets(tx, 'ip-test-0001', [{ uscc: e1!.uscc, stratum: 'D', rank: 1, digest: 'b'.repeat(64), inspectors: [{ id: 'miit-i2', rank: 1, digest: 'c'.repeat(64) }, { id: 'miit-i3', rank: 2, digest: 'd'.repeat(64) }] }]);
      await recordPlanAction(tx, r3.value.plan, drawn, null);
    });
    expect(await getPlan(db, 'ip-test-0001')).toMatchObject({ status: 'DRAWN', seed, version: 3, targetCount: 1 });
    expect((await loadPlanLog(db, 'ip-test-0001')).map((a) => a.type)).toEqual(['CREATED', 'SEED_COMMITTED', 'DRAWN']);
    expect(await listTargets(db, 'ip-test-0001')).toEqual([expect.objectContaining({ uscc: e1!.uscc, rank: 1, enterpriseName: expect.any(String), inspectors: expect.arrayContaining([expect.objectContaining({ id: 'miit-i2' })]) })]);
    expect((await listPlans(db, { departmentId: 'dept-miit', year: 2026, publicOnly: true })).map((p) => p.planId)).toContain('ip-test-0001');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
