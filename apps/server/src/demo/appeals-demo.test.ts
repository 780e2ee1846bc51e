import { expect, it } from 'vitest';
import { seedDemoCity } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { appealsDemoSeed } from './appeals-demo';

describeEachEngine('demo seed: appeals', (getDb) => {
  it('loads appeals in different states once, however often it runs', async () => {
    const db = getDb();
    await seedDemoCity(db);
    await appealsDemoSeed.run(db);
    await appealsDemoSeed.run(db);
    await db.query("DELETE FROM app_settings WHERE key = 'demo:appeals'"); // an interrupted seed is completed, not doubled
    await appealsDemoSeed.run(db);
    const rows = await db.query<{ status: string; type: string; is_anonymous: boolean; version: number }>('SELECT status, type, is_anonymous, version FROM appeal_cases ORDER BY tracking_number');
    expect(rows.map((r) => r.status)).toEqual(['SUBMITTED', 'DISPATCHED', 'ANSWERED', 'SUBMITTED', 'DISPATCHED', 'CLOSED']);
    expect(rows.filter((r) => r.is_anonymous).map((r) => r.type)).toEqual(['INSPECTION_COMPLAINT']);
    const [actions] = await db.query<{ n: number }>('SELECT count(*) AS n FROM appeal_actions');
    expect(actions!.n).toBe(rows.reduce((s, r) => s + r.version, 0));
    expect(actions!.n).toBe(6 + 1 + 2 + 1 + 4);
  });
});
