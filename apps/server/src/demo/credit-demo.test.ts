import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listDemands, seedDemoCity } from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { creditDemoSeed, DEMO_DEMAND_PURPOSE } from './credit-demo';

describeEachEngine('credit demo seed', (getDb) => {
  it('publishes one demand of the demo enterprise, once, and no consent', async () => {
    const db = getDb();
    await creditDemoSeed.run(db);
    await creditDemoSeed.run(db);
    const demands = await listDemands(db, { uscc: DEMO_ENTERPRISE_USCC }, 10);
    expect(demands.map((d) => [d.purpose, d.status, d.amountFen])).toEqual([[DEMO_DEMAND_PURPOSE, 'PUBLISHED', 500_000_000]]);
    expect(await db.query('SELECT 1 FROM credit_consents')).toEqual([]);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
