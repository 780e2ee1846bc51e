import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines';
import { ensureTestJurisdictions, fakeUscc, profileFixture } from '../testing/fixtures';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { createEnterprise } from './create-enterprise';
import { recordYearlyFigures } from './record-yearly-figures';
import { updateEnterpriseProfile } from './update-enterprise-profile';
import { getEnterprise, getEnterpriseAsOf, getEnterpriseHistory, getFigures, getFiguresAsOf, listEnterprises } from './read-enterprises';
import { importEnterprises, type ImportedEnterprise } from './import-enterprises';

const T1 = new Date('2025-01-10T02:00:00.000Z');
const T2 = new Date('2025-03-05T15:30:00.000Z'); // 2025-03-05 23:30 in Shenzhen
const T3 = new Date('2025-06-01T01:00:00.000Z');

describeEachEngine('enterprise registry', (getDb) => {
  it('keeps every profile change as a dated version and answers "as of" a moment', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture({ tags: ['TECH_SME'] }), null, T1));
    const upd = await db.transaction((tx) => updateEnterpriseProfile(tx, uscc, { name: '深圳市测试智能科技有限公司', tags: ['TECH_SME', 'HIGH_TECH'] }, null, T2));
    expect(upd).toEqual({ status: 'UPDATED', version: 2, changedFields: ['name', 'tags'] });
    await db.transaction((tx) => updateEnterpriseProfile(tx, uscc, { district: 'cn-gd-sz-futian' }, null, T3));

    const now = await getEnterprise(db, uscc);
    expect(now).toMatchObject({ version: 3, name: '深圳市测试智能科技有限公司', district: 'cn-gd-sz-futian', districtName: { zh: '福田区', en: 'Futian' } });
    expect(now?.tags).toEqual(['HIGH_TECH', 'TECH_SME']);
    expect(now?.registrationDate).toBe('2018-03-01');

    expect(await getEnterpriseAsOf(db, uscc, '2025-01-01T00:00:00.000Z')).toBeNull();
    expect((await getEnterpriseAsOf(db, uscc, '2025-03-05T15:29:59.999Z'))?.name).toBe('深圳市测试科技有限公司');
    const v2 = await getEnterpriseAsOf(db, uscc, T2.toISOString());
    expect(v2).toMatchObject({ version: 2, district: 'cn-gd-sz-nanshan', validFrom: T2.toISOString() });
    expect((await getEnterpriseAsOf(db, uscc, '2030-01-01T00:00:00.000Z'))?.version).toBe(3);
  });

  it('writes nothing for a change that changes nothing', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture({ tags: ['B_TAG', 'A_TAG'] }), null, T1));
    const r = await db.transaction((tx) => updateEnterpriseProfile(tx, uscc, { name: '深圳市测试科技有限公司', tags: ['A_TAG', 'B_TAG'] }, null, T2));
    expect(r).toEqual({ status: 'UNCHANGED', version: 1 });
    expect(await getEnterpriseHistory(db, uscc)).toHaveLength(1);
    expect(await db.transaction((tx) => updateEnterpriseProfile(tx, fakeUscc(), { name: 'x' }, null))).toEqual({ status: 'NOT_FOUND' });
  });

  it('versions yearly figures per year, returns fen as numbers and reads them as of a moment', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture(), null, T1));
    const big = 12_345_678_901_234; // fen, beyond 32 bits
    await db.transaction((tx) => recordYearlyFigures(tx, uscc, 2024, { employees: 80, revenueFen: big, totalAssetsFen: 5_000_000_00 }, null, T1));
    const second = await db.transaction((tx) => recordYearlyFigures(tx, uscc, 2024, { employees: 85, revenueFen: big, totalAssetsFen: 5_000_000_00, rdExpenseFen: 300_000_00 }, null, T2));
    expect(second).toEqual({ status: 'UPDATED', version: 2, changedFields: ['employees', 'rdExpenseFen'] });
    await db.transaction((tx) => recordYearlyFigures(tx, uscc, 2025, { employees: 90, revenueFen: 1, totalAssetsFen: 2 }, null, T3));

    const figures = await getFigures(db, uscc);
    expect(figures.map((f) => [f.year, f.employees, f.revenueFen, f.rdExpenseFen, f.version])).toEqual([
      [2024, 85, big, 300_000_00, 2],
      [2025, 90, 1, null, 1],
    ]);
    const asOf = await getFiguresAsOf(db, uscc, '2025-02-01T00:00:00.000Z');
    expect(asOf.map((f) => [f.year, f.employees, f.rdExpenseFen])).toEqual([[2024, 80, null]]);
    expect(await db.transaction((tx) => recordYearlyFigures(tx, fakeUscc(), 2024, { employees: 1, revenueFen: 1, totalAssetsFen: 1 }, null))).toEqual({ status: 'NOT_FOUND' });
  });

  it('lists the history newest first with the acting user', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture(), null, T1));
    await db.transaction((tx) => recordYearlyFigures(tx, uscc, 2024, { employees: 1, revenueFen: 2, totalAssetsFen: 3 }, null, T2));
    await db.transaction((tx) => updateEnterpriseProfile(tx, uscc, { registeredAddress: '深圳市南山区新地址 8 号' }, null, T3));
    const history = await getEnterpriseHistory(db, uscc);
    expect(history.map((h) => [h.kind, h.version, h.year, h.changeKind, h.validFrom])).toEqual([
      ['PROFILE', 2, null, 'UPDATED', T3.toISOString()],
      ['FIGURES', 1, 2024, 'CREATED', T2.toISOString()],
      ['PROFILE', 1, null, 'CREATED', T1.toISOString()],
    ]);
    expect(history[0]!.changedFields).toEqual(['registeredAddress']);
  });

  it('rolls back the version and the audit event together with a failed change', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture(), null, T1));
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events');
    await expect(
      db.transaction(async (tx) => {
        await updateEnterpriseProfile(tx, uscc, { name: '会被回滚的名称' }, null, T2);
        await updateEnterpriseProfile(tx, uscc, { district: 'cn-gd-sz-nowhere' }, null, T2); // foreign key fails
      }),
    ).rejects.toThrow();
    expect((await getEnterprise(db, uscc))?.name).toBe('深圳市测试科技有限公司');
    expect(await getEnterpriseHistory(db, uscc)).toHaveLength(1);
    expect(await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events')).toEqual(before);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('bulk-imports rows with figures in one transaction, one audit event, skipping existing ones', async () => {
    const db = getDb();
    const rows: ImportedEnterprise[] = Array.from({ length: 450 }, (_, i) => ({
      uscc: fakeUscc(),
      name: `深圳市批量${String(i).padStart(3, '0')}贸易有限公司`,
      district: i % 3 === 0 ? 'cn-gd-sz-futian' : 'cn-gd-sz-nanshan',
      registeredAddress: `深圳市 ${i} 号`,
      industryCode: i % 2 ? 'F5191' : 'C3911',
      registrationDate: '2020-01-01',
      taxpayerType: i % 4 ? 'SMALL_SCALE' : 'GENERAL',
      isIndividualBusiness: i % 10 === 0,
      tags: i % 5 === 0 ? ['SPECIALIZED'] : [],
      figures: [2023, 2024].map((year) => ({ year, employees: 10 + i, revenueFen: 100_000 * i, totalAssetsFen: 50_000 * i, rdExpenseFen: null, mainBusinessRevenueFen: 90_000 * i })),
    }));
    const auditBefore = (await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events'))[0]!.n;
    const summary = await importEnterprises(db, rows, 'TEST', null, T1);
    expect(summary).toEqual({ enterprises: 450, figureRows: 900, skippedExisting: 0 });
    const again = await importEnterprises(db, rows.slice(0, 10), 'TEST', null, T2);
    expect(again).toEqual({ enterprises: 0, figureRows: 0, skippedExisting: 10 });
    const auditAfter = (await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events'))[0]!.n;
    expect(auditAfter - auditBefore).toBe(2);

    const sample = rows[7]!;
    expect(await getEnterpriseAsOf(db, sample.uscc, T1.toISOString())).toMatchObject({ name: sample.name, version: 1 });
    expect((await getFigures(db, sample.uscc)).map((f) => f.employees)).toEqual([17, 17]);

    const futian = await listEnterprises(db, { scope: 'cn-gd-sz-futian', q: '批量', page: 1, pageSize: 20 });
    expect(futian.total).toBe(150);
    expect(futian.items).toHaveLength(20);
    expect(futian.items.every((e) => e.district === 'cn-gd-sz-futian' && e.districtName === '福田区')).toBe(true);
    expect(futian.items[0]).toMatchObject({ latestYear: 2024 });
    const tagged = await listEnterprises(db, { scope: 'cn-gd-sz', q: '批量', tag: 'SPECIALIZED', industry: 'C', page: 1, pageSize: 100 });
    expect(tagged.total).toBe(rows.filter((r, i) => i % 5 === 0 && i % 2 === 0).length);
    const page3 = await listEnterprises(db, { scope: 'cn-gd-sz', q: '批量', page: 3, pageSize: 200 });
    expect(page3.items.map((e) => e.name)).toEqual(rows.map((r) => r.name).sort().slice(400, 450));
    const wildcard = await listEnterprises(db, { scope: null, q: '%', page: 1, pageSize: 5 });
    expect(wildcard.total).toBe(0);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses an import with an invalid row and writes nothing', async () => {
    const db = getDb();
    const good = { uscc: fakeUscc(), name: '好企业', district: 'cn-gd-sz-nanshan', registeredAddress: 'x', industryCode: 'C39', registrationDate: '2020-01-01', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures: [] };
    await expect(importEnterprises(db, [good, { ...good, uscc: '914403001922038217' }], 'TEST', null)).rejects.toThrow(/row 1 .*check character/);
    await expect(importEnterprises(db, [{ ...good, registrationDate: '2020-02-30' }], 'TEST', null)).rejects.toThrow(/registrationDate/);
    expect(await getEnterprise(db, good.uscc)).toBeNull();
  });
}, { setup: ensureTestJurisdictions });
