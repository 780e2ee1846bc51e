import { expect, it } from 'vitest';
import { getRelease, listReleases, seedDemoCity, setReleaseDay, type Database, type JobContext } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { STATISTICS_RELEASE_QUEUE } from '@huiqi/api';
import { derivableCells } from '@huiqi/workflows';
import { addPopulation } from '../../../../packages/api/src/testing/add-population';
import { statisticsMonthlyRelease } from './statistics-monthly-release';

/**
 * The monthly publication job on both engines, through its registered handler: nothing before the
 * release day, the previous month published on it (stored suppressed, with its as-of date and
 * registry position), once per month however often the job runs, and on the day the bureau set.
 */
function run(db: Database, runAt: string): Promise<void> {
  const handler = statisticsMonthlyRelease({ db }).handlers[STATISTICS_RELEASE_QUEUE]!;
  const job: JobContext = { id: 1, queue: STATISTICS_RELEASE_QUEUE, payload: {}, attempt: 1, maxAttempts: 5, runAt, signal: new AbortController().signal };
  return (handler as (j: JobContext) => Promise<void>)(job);
}

const published = async (db: Database, month: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE type = 'STATISTICS_RELEASE_PUBLISHED' AND subject = $1`, [`release-${month}`]))[0]!.n;

describeEachEngine('statistics: the monthly release job', (getDb) => {
  it('is scheduled daily and publishes the previous month from the release day on, once', async () => {
    const db = getDb();
    expect(statisticsMonthlyRelease({ db }).schedules).toEqual([{ queue: STATISTICS_RELEASE_QUEUE, spec: { dailyAt: '02:30', timeZone: 'Asia/Shanghai' } }]);

    // 9 January 2026, 02:30 in Beijing: before the default release day (the 10th).
    await run(db, '2026-01-08T18:30:00.000Z');
    expect(await getRelease(db, '2025-12')).toBeNull();

    // 10 January: December is published; the job running again (twice at once, then later) adds nothing.
    await run(db, '2026-01-09T18:30:00.000Z');
    await Promise.all([run(db, '2026-01-09T18:30:00.000Z'), run(db, '2026-01-11T18:30:00.000Z')]);
    const release = await getRelease<{ id: string; values: (number | null)[][]; rowKeys: string[]; colKeys: string[]; hiddenCount: number }>(db, '2025-12');
    expect(release).toMatchObject({ month: '2025-12', asOf: '2025-12-31', figureYear: 2024, trigger: 'SCHEDULE', tableCount: 10 });
    expect(release!.snapshotSeq).toBeGreaterThan(0);
    expect(await published(db, '2025-12')).toBe(1);
    // Stored as published: hidden cells null, none of them recoverable from the stored totals.
    for (const t of release!.tables) {
      expect(derivableCells(t.rowKeys.length - 1, t.colKeys.length - 1, t.values.map((row) => row.map((v) => v === null)))).toEqual([]);
      expect(t.values.flat().filter((v) => v === null).length).toBe(t.hiddenCount);
    }
    expect(release!.hiddenCells).toBe(release!.tables.reduce((a, t) => a + t.hiddenCount, 0));
  });

  it('publishes on the day the SME bureau set', async () => {
    const db = getDb();
    const [bureau] = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'bureau'`);
    await setReleaseDay(db, 3, bureau!.id);
    await run(db, '2026-02-01T18:30:00.000Z'); // 2 February
    expect(await getRelease(db, '2026-01')).toBeNull();
    await run(db, '2026-02-02T18:30:00.000Z'); // 3 February
    expect((await listReleases(db)).map((r) => r.month)).toEqual(['2026-01', '2025-12']);
    expect(await published(db, '2026-01')).toBe(1);
  });
}, { setup: async (db) => {
  await seedDemoCity(db);
  await addPopulation(db, 11, 400);
} });
