import { expect, it } from 'vitest';
import { describeEachEngine, fakeUscc } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { importInTransaction } from '../enterprises/import-enterprises';
import { linkPolicyToFund, saveFund, fundUse } from './benefit-funds';
import { appendBenefitAction, createBenefitCase, loadBenefitCase, type StoredBenefitAction } from './benefit-cases';
import { insertPaymentBatch, recordBankImport, upsertPayment } from './benefit-payments';

describeEachEngine('benefits storage', (getDb) => {
  async function fixture() {
    const db = getDb();
    await seedDemoCity(db);
    const uscc = fakeUscc();
    const [user] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    await db.transaction(async (tx) => {
      await importInTransaction(tx, [{ uscc, name: '存储测试有限公司', district: 'cn-gd-sz-futian', registeredAddress: '深圳', industryCode: 'C39', registrationDate: '2020-01-01', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures: [] }], 'TEST', null, new Date());
      await saveFund(tx, { id: 'f-store', name: { zh: '测试资金', en: 'test fund' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2023, budgetFen: 1_000_000 }, null);
      await linkPolicyToFund(tx, { policyId: 'p-store', fundId: 'f-store', channel: 'ONLINE_APPLICATION', capParam: null, noticeWorkingDays: 0, reviewWorkingDays: 20, expenseKind: null }, null);
    });
    return { db, uscc, userId: user!.id };
  }
  const first = (at: string): StoredBenefitAction => ({ seq: 1, type: 'SUBMIT', at, on: at.slice(0, 10), actor: { role: 'ENTERPRISE', userId: null }, payload: {} });

  it('a retried submission returns the same case; a stale action is refused; one payment per case; a return file is imported once', async () => {
    const { db, uscc, userId } = await fixture();
    const base = { trackingNumber: '', uscc, policyId: 'p-store', fundId: 'f-store', channel: 'ONLINE_APPLICATION' as const, requestKey: 'k-1', expenseKey: null, form: {}, facts: {}, evaluation: {}, sizeClass: 'SMALL', district: 'cn-gd-sz-futian', projection: { status: 'SUBMITTED', amountFen: null, decision: null, dueOn: null } };
    const a = await db.transaction((tx) => createBenefitCase(tx, { ...base, id: 'bc-store-1', trackingNumber: 'BF2026900001X', first: first('2026-03-02T01:00:00.000Z') }));
    const b = await db.transaction((tx) => createBenefitCase(tx, { ...base, id: 'bc-store-2', trackingNumber: 'BF2026900002X', first: first('2026-03-02T01:00:01.000Z') }));
    expect([a.created, b.created, b.row.id]).toEqual([true, false, 'bc-store-1']);

    const approve: StoredBenefitAction = { seq: 2, type: 'APPROVE', at: '2026-03-03T01:00:00.000Z', on: '2026-03-03', actor: { role: 'REVIEWER', userId }, payload: {} };
    expect(await db.transaction((tx) => appendBenefitAction(tx, a.row, approve, { status: 'APPROVED', amountFen: 400_000, decision: {}, dueOn: null }))).toBe(true);
    expect(await db.transaction((tx) => appendBenefitAction(tx, a.row, approve, { status: 'APPROVED', amountFen: 400_000, decision: {}, dueOn: null }))).toBe(false); // seq 2 again: stale
    expect((await loadBenefitCase(db, 'bc-store-1'))!.log.map((x) => x.type)).toEqual(['SUBMIT', 'APPROVE']);
    expect((await fundUse(db, 'f-store'))!.committedFen).toBe(400_000);

    await db.transaction(async (tx) => {
      await insertPaymentBatch(tx, { id: 'pb-store-1', fundId: 'f-store', createdBy: userId, lineCount: 1, totalFen: 400_000 });
      await insertPaymentBatch(tx, { id: 'pb-store-2', fundId: 'f-store', createdBy: userId, lineCount: 1, totalFen: 400_000 });
    });
    const pay = { caseId: 'bc-store-1', amountFen: 400_000, payeeName: 'x', accountNumber: '12345678', bankName: 'y' };
    expect(await db.transaction((tx) => upsertPayment(tx, { ...pay, id: 'pay-1', batchId: 'pb-store-1' }))).toBe(true);
    expect(await db.transaction((tx) => upsertPayment(tx, { ...pay, id: 'pay-2', batchId: 'pb-store-2' }))).toBe(false); // pending already
    const [{ n }] = (await db.query<{ n: number }>("SELECT count(*) AS n FROM benefit_payments WHERE case_id = 'bc-store-1'")) as [{ n: number }];
    expect(n).toBe(1);

    const imp = { sha256: 'a'.repeat(64), batchId: 'pb-store-1', importedBy: userId, summary: { paid: 1, failed: 0, unchanged: 0 } };
    expect(await db.transaction((tx) => recordBankImport(tx, imp))).toBe(true);
    expect(await db.transaction((tx) => recordBankImport(tx, imp))).toBe(false);
  });
});
