import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listProgrammes, programmeBudgetUse, seedDemoCity } from '@huiqi/db';
import { providerOfUscc } from '@huiqi/api';
import { DEMO_PROVIDER_USCC, servicesDemoSeed } from './services-demo';

describeEachEngine('services demo seed', (getDb) => {
  it('registers and approves one provider and issues one programme’s vouchers, once', async () => {
    const db = getDb();
    await servicesDemoSeed.run(db);
    await servicesDemoSeed.run(db);
    expect((await providerOfUscc(db, DEMO_PROVIDER_USCC))?.status).toBe('APPROVED');
    const programmes = await listProgrammes(db);
    expect(programmes).toHaveLength(1);
    expect((await programmeBudgetUse(db, programmes[0]!)).counts).toEqual({ ISSUED: 10 });
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
