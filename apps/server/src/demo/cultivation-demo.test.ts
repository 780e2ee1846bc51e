import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listCultivationExperts, listCultivationRounds, seedDemoCity } from '@huiqi/db';
import { cultivationDemoSeed } from './cultivation-demo';

describeEachEngine('cultivation demo seed', (getDb) => {
  it('opens this year’s two rounds and registers four experts and the 南山区 officer, once', async () => {
    const db = getDb();
    await cultivationDemoSeed.run(db);
    await cultivationDemoSeed.run(db);
    expect((await listCultivationRounds(db)).map((r) => r.tier).sort()).toEqual(['INNOVATIVE_SME', 'SPECIALIZED']);
    expect(await listCultivationExperts(db)).toHaveLength(4);
    const officer = await db.query<{ jurisdiction: string; department_id: string }>("SELECT jurisdiction, department_id FROM users WHERE username = 'dept-nanshan'");
    expect(officer).toEqual([{ jurisdiction: 'cn-gd-sz-nanshan', department_id: 'dept-nanshan' }]);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
