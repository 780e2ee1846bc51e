import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { DEMO_ENTERPRISE_USCC } from '../demo/demo-city';
import { listAuditEvents } from '../audit/list-audit-events';
import { getDeclaredFacts, getDeclaredFactsAsOf, recordDeclaredFacts } from './declared-facts';

const E = DEMO_ENTERPRISE_USCC;

describeEachEngine('declared facts', (getDb) => {
  it('keeps every saved set as a version, reads the one in force at an instant, and audits each change', async () => {
    const db = getDb();
    const t1 = new Date('2026-03-01T02:00:00Z');
    const t2 = new Date('2026-05-01T02:00:00Z');
    const first = await db.transaction((tx) => recordDeclaredFacts(tx, { uscc: E, fiscalYear: 2025, facts: { yearsInNicheMarket: 4, ipClass1Count: 2 } }, null, t1));
    expect(first).toMatchObject({ isChanged: true, changedFields: ['ipClass1Count', 'yearsInNicheMarket'], declared: { version: 1 } });
    const second = await db.transaction((tx) => recordDeclaredFacts(tx, { uscc: E, fiscalYear: 2025, facts: { yearsInNicheMarket: 4, ipClass1Count: 3 } }, null, t2));
    expect(second).toMatchObject({ isChanged: true, changedFields: ['ipClass1Count'], declared: { version: 2 } });
    const unchanged = await db.transaction((tx) => recordDeclaredFacts(tx, { uscc: E, fiscalYear: 2025, facts: { ipClass1Count: 3, yearsInNicheMarket: 4 } }, null, new Date('2026-06-01T00:00:00Z')));
    expect(unchanged.isChanged).toBe(false);
    const empty = await db.transaction((tx) => recordDeclaredFacts(tx, { uscc: E, fiscalYear: 2019, facts: {} }, null));
    expect(empty).toEqual({ declared: null, changedFields: [], isChanged: false });

    expect((await getDeclaredFacts(db, E, 2025))?.facts).toEqual({ yearsInNicheMarket: 4, ipClass1Count: 3 });
    expect((await getDeclaredFactsAsOf(db, E, 2025, '2026-04-01T00:00:00.000Z'))?.facts).toEqual({ yearsInNicheMarket: 4, ipClass1Count: 2 });
    expect(await getDeclaredFactsAsOf(db, E, 2025, '2026-01-01T00:00:00.000Z')).toBeNull();
    expect(await getDeclaredFacts(db, E, 2024)).toBeNull();

    const events = await listAuditEvents(db, { page: 1, pageSize: 50, type: 'DECLARED_FACTS_RECORDED', subject: E });
    expect(events.total).toBe(2);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
