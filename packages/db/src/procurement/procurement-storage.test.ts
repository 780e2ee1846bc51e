import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { DEMO_ENTERPRISE_USCC } from '../demo/demo-city';
import { listAuditEvents } from '../audit/list-audit-events';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import {
  AwardExistsError, createProcurementProject, deleteProcurementProject, getProcurementDeclaration, getProcurementProject, listProcurementAwards,
  listProcurementDeclarations, listProcurementEvaluations, listProcurementProjects, listProcurementYears, ProjectCodeTakenError, recordProcurementAward,
  recordProcurementDeclaration, recordProcurementEvaluation, updateProcurementProject, type ProcurementProjectFields,
} from './index';

const WAN = 1_000_000;
const fields = (code: string, over: Partial<ProcurementProjectFields> = {}): ProcurementProjectFields => ({
  code,
  name: `项目 ${code}`,
  category: 'GOODS',
  budgetFen: 500 * WAN,
  suitableForSme: true,
  exemption: null,
  reservation: { method: 'NONE' },
  reservationMethod: 'NONE',
  reservedFen: 0,
  smallMicroFen: 0,
  ...over,
});

describeEachEngine('procurement storage', (getDb) => {
  it('registers, versions and deletes projects per department and year, each change audited', async () => {
    const db = getDb();
    const p = await db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-miit', year: 2031, ...fields('S-1') }, null));
    expect(p).toMatchObject({ departmentId: 'dept-miit', year: 2031, code: 'S-1', budgetFen: 500 * WAN, version: 1, exemption: null, reservation: { method: 'NONE' } });
    await expect(db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-miit', year: 2031, ...fields('S-1') }, null))).rejects.toBeInstanceOf(ProjectCodeTakenError);
    // The same code in another department or year is fine.
    await db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-commerce', year: 2031, ...fields('S-1') }, null));
    await db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-miit', year: 2032, ...fields('S-1') }, null));

    const unchanged = await db.transaction((tx) => updateProcurementProject(tx, p.id, fields('S-1'), null));
    expect(unchanged).toMatchObject({ changedFields: [], project: { version: 1 } });
    const lots = { method: 'LOTS', lots: [{ id: '包1', budgetFen: 150 * WAN, reservedFor: 'SMALL_MICRO' }] };
    const changed = await db.transaction((tx) => updateProcurementProject(tx, p.id, fields('S-1', { reservation: lots, reservationMethod: 'LOTS', reservedFen: 150 * WAN, smallMicroFen: 150 * WAN }), null));
    expect(changed!.changedFields).toEqual(['reservation', 'reservationMethod', 'reservedFen', 'smallMicroFen']);
    expect((await getProcurementProject(db, p.id))).toMatchObject({ version: 2, reservedFen: 150 * WAN, reservation: lots });
    // jsonb reorders keys: the same reservation again is still no change.
    const again = await db.transaction((tx) => updateProcurementProject(tx, p.id, fields('S-1', { reservation: lots, reservationMethod: 'LOTS', reservedFen: 150 * WAN, smallMicroFen: 150 * WAN }), null));
    expect(again).toMatchObject({ changedFields: [], project: { version: 2 } });
    expect(await updateProcurementProject(db, 'pp-00000000-none', fields('X'), null)).toBeNull();

    const exempt = await db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-miit', year: 2031, ...fields('S-2', { suitableForSme: false, exemption: { article: null, reason: '无法确保充分供应' } }) }, null));
    expect(exempt.exemption).toEqual({ article: null, reason: '无法确保充分供应' });
    expect((await listProcurementProjects(db, { year: 2031, departmentId: 'dept-miit' })).map((x) => x.code)).toEqual(['S-1', 'S-2']);
    expect((await listProcurementProjects(db, { year: 2031, departmentId: null })).map((x) => x.departmentId)).toEqual(['dept-commerce', 'dept-miit', 'dept-miit']);
    expect(await listProcurementYears(db)).toEqual(expect.arrayContaining([2031, 2032]));

    expect(await db.transaction((tx) => deleteProcurementProject(tx, exempt.id, null))).toBe('DELETED');
    expect(await db.transaction((tx) => deleteProcurementProject(tx, exempt.id, null))).toBe('NOT_FOUND');
    const events = await listAuditEvents(db, { page: 1, pageSize: 50, subject: p.id });
    expect(events.items.map((e) => e.type).sort()).toEqual(['PROCUREMENT_PROJECT_CREATED', 'PROCUREMENT_PROJECT_UPDATED']);
    expect((await listAuditEvents(db, { page: 1, pageSize: 50, type: 'PROCUREMENT_PROJECT_DELETED', subject: exempt.id })).total).toBe(1);
  });

  it('keeps evaluations with their input and result, declarations with their check, and one award per evaluation', async () => {
    const db = getDb();
    const p = await db.transaction((tx) => createProcurementProject(tx, { departmentId: 'dept-miit', year: 2033, ...fields('E-1') }, null));
    const result = { bids: [{ id: 'A', evaluatedPriceFen: 90 * WAN, rank: 1, reason: { zh: '小微企业', en: 'small' } }] };
    const ev = await db.transaction((tx) => recordProcurementEvaluation(tx, { projectId: p.id, lotId: null, evaluatedOn: '2033-03-01', reservedForSme: false, input: { bids: [{ id: 'A', price: '1000000' }] }, result, bidCount: 1 }, null));
    expect(ev).toMatchObject({ evaluatedOn: '2033-03-01', result });
    expect((await listProcurementEvaluations(db, p.id)).map((e) => e.id)).toEqual([ev.id]);
    // A project with stored decisions cannot be deleted.
    expect(await db.transaction((tx) => deleteProcurementProject(tx, p.id, null))).toBe('HAS_EVALUATIONS');

    const decl = await db.transaction((tx) =>
      recordProcurementDeclaration(tx, {
        uscc: DEMO_ENTERPRISE_USCC, projectId: p.id, category: 'GOODS', purchaser: '市工业和信息化局', projectName: '项目 E-1', declaredOn: '2033-02-20',
        declaredSize: 'micro', computedSize: 'small', checkStatus: 'MISMATCH', content: { title: '中小企业声明函（货物）' }, checkResult: { status: 'MISMATCH' },
      }, null),
    );
    expect(await getProcurementDeclaration(db, decl.id)).toMatchObject({ declaredSize: 'micro', computedSize: 'small', checkStatus: 'MISMATCH', declaredOn: '2033-02-20' });
    expect((await listProcurementDeclarations(db, { statuses: ['MISMATCH'] })).map((d) => d.id)).toContain(decl.id);
    expect((await listProcurementDeclarations(db, { statuses: ['CONSISTENT'] })).map((d) => d.id)).not.toContain(decl.id);
    expect((await listProcurementDeclarations(db, { uscc: DEMO_ENTERPRISE_USCC })).map((d) => d.id)).toContain(decl.id);
    expect((await listProcurementDeclarations(db, { projectId: p.id })).map((d) => d.id)).toEqual([decl.id]);

    const award = { projectId: p.id, evaluationId: ev.id, winnerBidId: 'A', winnerName: '深圳市鹏城智造科技有限公司', declarationId: decl.id, announcedOn: '2033-03-05', usedSmePreference: true, notice: { projectName: '项目 E-1' } };
    const a = await db.transaction((tx) => recordProcurementAward(tx, award, null));
    await expect(db.transaction((tx) => recordProcurementAward(tx, award, null))).rejects.toBeInstanceOf(AwardExistsError);
    expect((await listProcurementAwards(db, { projectId: p.id })).map((x) => x.id)).toEqual([a.id]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
