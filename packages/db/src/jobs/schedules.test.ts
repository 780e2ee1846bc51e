import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { listJobs } from './get-job';
import { enqueueDueSchedules, listSchedules, schedule, unschedule } from './schedules';

let n = 0;
const q = (name: string) => `test.${name}-${++n}`;

describeEachEngine('jobs: schedules', (getDb) => {
  it('enqueues one job per slot, with the slot as run time and a per-slot singleton key', async () => {
    const db = getDb();
    const queue = q('every');
    const s = await schedule(db, { queue, spec: { everySeconds: 60 }, payload: { sweep: 'appeals' }, maxAttempts: 3 }, new Date('2026-11-22T01:00:30.000Z'));
    expect(s.nextRunAt).toBe('2026-11-22T01:01:00.000Z');
    const mine = async (at: string) => (await enqueueDueSchedules(db, new Date(at))).filter((x) => x.queue === queue);
    expect(await mine('2026-11-22T01:00:59.999Z')).toEqual([]);
    const first = await mine('2026-11-22T01:01:00.500Z');
    expect(first).toMatchObject([{ slot: '2026-11-22T01:01:00.000Z', missedSlots: 0 }]);
    expect(await mine('2026-11-22T01:01:30.000Z')).toEqual([]); // same slot again: nothing
    await mine('2026-11-22T01:02:00.000Z');
    const jobs = await listJobs(db, queue);
    expect(jobs.map((j) => [j.runAt, j.singletonKey, j.maxAttempts, j.payload])).toEqual([
      ['2026-11-22T01:01:00.000Z', 'schedule:2026-11-22T01:01:00.000Z', 3, { sweep: 'appeals' }],
      ['2026-11-22T01:02:00.000Z', 'schedule:2026-11-22T01:02:00.000Z', 3, { sweep: 'appeals' }],
    ]);
  });

  it('gives each slot to exactly one of several runners calling at the same moment', async () => {
    const db = getDb();
    const queue = q('race');
    await schedule(db, { queue, spec: { everySeconds: 10 } }, new Date('2026-11-22T01:00:00.000Z'));
    for (const t of ['2026-11-22T01:00:10.000Z', '2026-11-22T01:00:20.000Z', '2026-11-22T01:00:30.000Z']) {
      await Promise.all(Array.from({ length: 4 }, () => enqueueDueSchedules(db, new Date(t))));
    }
    expect((await listJobs(db, queue)).map((j) => j.runAt)).toEqual([
      '2026-11-22T01:00:10.000Z', '2026-11-22T01:00:20.000Z', '2026-11-22T01:00:30.000Z',
    ]);
  });

  it('collapses slots missed while no runner was up into one run and says how many', async () => {
    const db = getDb();
    const queue = q('catchup');
    await schedule(db, { queue, spec: { dailyAt: '02:00' } }, new Date('2026-11-20T00:00:00.000Z'));
    // registered at 08:00 Beijing on 11-20: the first slot is 02:00 Beijing on 11-21 = 2026-11-20T18:00Z
    const [s] = (await listSchedules(db)).filter((x) => x.queue === queue);
    expect(s!.nextRunAt).toBe('2026-11-20T18:00:00.000Z');
    const out = (await enqueueDueSchedules(db, new Date('2026-11-23T17:00:00.000Z'))).filter((x) => x.queue === queue);
    expect(out).toMatchObject([{ slot: '2026-11-22T18:00:00.000Z', missedSlots: 2 }]);
    expect(await listJobs(db, queue)).toHaveLength(1);
    expect((await listSchedules(db)).find((x) => x.queue === queue)!.nextRunAt).toBe('2026-11-23T18:00:00.000Z');
  });

  it('keeps the next slot when re-registered with the same timing, and restarts it when the timing changes', async () => {
    const db = getDb();
    const queue = q('reregister');
    await schedule(db, { queue, spec: { everySeconds: 3600 } }, new Date('2026-11-22T01:10:00.000Z'));
    const again = await schedule(db, { queue, spec: { everySeconds: 3600 }, payload: { v: 2 } }, new Date('2026-11-22T01:50:00.000Z'));
    expect(again).toMatchObject({ nextRunAt: '2026-11-22T02:00:00.000Z', payload: { v: 2 } });
    const changed = await schedule(db, { queue, spec: { dailyAt: '08:00' } }, new Date('2026-11-22T01:50:00.000Z'));
    expect(changed).toMatchObject({ everySeconds: null, dailyAt: '08:00', timeZone: 'Asia/Shanghai', nextRunAt: '2026-11-23T00:00:00.000Z' });
    expect(await unschedule(db, queue)).toBe(true);
    expect(await unschedule(db, queue)).toBe(false);
  });
});

describeEachEngine('jobs: a broken schedule', (getDb) => {
  it('does not hold back the other schedules, and is named in the error', async () => {
    const db = getDb();
    const good = q('good');
    await schedule(db, { queue: good, spec: { everySeconds: 60 } }, new Date('2026-11-22T01:00:00.000Z'));
    await db.query(
      `INSERT INTO job_schedules (queue, daily_at, time_zone, payload, max_attempts, next_run_at, updated_at)
       VALUES ('test.broken', '01:00', 'Mars/Olympus', '{}', 1, '2026-11-22T00:00:00Z', now())`,
    );
    try {
      const error = await enqueueDueSchedules(db, new Date('2026-11-22T01:01:00.000Z')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AggregateError);
      expect((error as AggregateError).errors.map((e: Error) => e.message).join()).toMatch(/^schedule test\.broken: /);
      expect((await listJobs(db, good)).map((j) => j.runAt)).toEqual(['2026-11-22T01:01:00.000Z']);
    } finally {
      await unschedule(db, 'test.broken');
    }
  });
});
