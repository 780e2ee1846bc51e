import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { CURRENT_FIRST_LOAN_POLICY_ID, findEdition, findFundPolicy, listDemands, listLoanProducts, seedDemoCity } from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { checkProduct } from '@huiqi/api';
import { today } from '@huiqi/kernel';
import { creditDemoSeed, DEMO_DEMAND_PURPOSE, DEMO_PRODUCTS, firstLoanDemoFundId } from './credit-demo';

describeEachEngine('credit demo seed', (getDb) => {
  it('publishes one demand of the demo enterprise, once, and no consent; a fund of this year pays the first-loan subsidy in force 免申即享', async () => {
    const db = getDb();
    await creditDemoSeed.run(db);
    await creditDemoSeed.run(db);
    const demands = await listDemands(db, { uscc: DEMO_ENTERPRISE_USCC }, 10);
    expect(demands.map((d) => [d.purpose, d.status, d.amountFen])).toEqual([[DEMO_DEMAND_PURPOSE, 'PUBLISHED', 500_000_000]]);
    expect(await db.query('SELECT 1 FROM credit_consents')).toEqual([]);
    const link = await findFundPolicy(db, CURRENT_FIRST_LOAN_POLICY_ID);
    expect(link).toMatchObject({ channel: 'NO_APPLICATION', fundId: firstLoanDemoFundId(Number(today().slice(0, 4))), fund: { departmentId: 'dept-sme' } });
  });

  it('offers the demo bank two products whose conditions check, and a whitelist edition in force today, co-signed by the financial regulator', async () => {
    const db = getDb();
    for (const p of DEMO_PRODUCTS) expect(await checkProduct(p), p.name).toBeNull();
    expect((await listLoanProducts(db, { institutionId: 'bank-demo' })).map((p) => p.name).sort()).toEqual(DEMO_PRODUCTS.map((p) => p.name).sort());
    const current = await findEdition(db, { on: today() });
    expect(current).toMatchObject({ awaitingCosign: false, cosigns: [{ departmentId: 'dept-finance' }] });
    expect(current!.entries.map((e) => e.uscc)).toContain(DEMO_ENTERPRISE_USCC);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
