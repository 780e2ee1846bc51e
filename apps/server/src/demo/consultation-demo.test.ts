import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listConsultations, seedDemoCity } from '@huiqi/db';
import { loadConsultation } from '@huiqi/api';
import { consultationDemoSeed, DEMO_CONSULTATION_WORK } from './consultation-demo';

describeEachEngine('consultation demo seed', (getDb) => {
  it('opens the seed-000 consultation with its notice dates and demo comments, once', async () => {
    const db = getDb();
    await consultationDemoSeed.run(db);
    await consultationDemoSeed.run(db);
    const list = await listConsultations(db, { workId: DEMO_CONSULTATION_WORK });
    expect(list).toHaveLength(1);
    const { consultation: c } = await loadConsultation(db, list[0]!.consultationId);
    expect([c.startDate, c.endDate, c.periodDays, c.status, c.issuingBody]).toEqual(['2025-01-23', '2025-02-26', 34, 'PROCESSING', '深圳市司法局']);
    expect(c.comments.map((x) => x.citation)).toEqual(['第七十一条', '第七十六条', null]);
    expect(c.explanatoryNote.length).toBeGreaterThan(100);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
