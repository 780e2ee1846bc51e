import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { enqueue } from './enqueue';
import { getJob, listJobs } from './get-job';
import { JobInputError } from './job-types';

let n = 0;
const q = (name: string) => `test.${name}-${++n}`;

describeEachEngine('jobs: enqueue', (getDb) => {
  it('stores a job due now with defaults, inside the caller transaction', async () => {
    const db = getDb();
    const queue = q('enqueue');
    const now = new Date('2026-11-22T01:00:00.000Z');
    const r = await db.transaction((tx) => enqueue(tx, { queue, payload: { appealId: 'A1', n: 3 } }, now));
    expect(r.created).toBe(true);
    const job = await getJob(db, r.id);
    expect(job).toMatchObject({
      queue, state: 'QUEUED', payload: { appealId: 'A1', n: 3 }, attempts: 0, maxAttempts: 5, priority: 0,
      runAt: now.toISOString(), createdAt: now.toISOString(), singletonKey: null, lastError: null,
    });
  });

  it('leaves no job when the business transaction rolls back', async () => {
    const db = getDb();
    const queue = q('rollback');
    await expect(
      db.transaction(async (tx) => {
        await enqueue(tx, { queue, payload: { x: 1 } });
        throw new Error('business write failed');
      }),
    ).rejects.toThrow('business write failed');
    expect(await listJobs(db, queue)).toEqual([]);
  });

  it('is idempotent with a singleton key while the first job is unfinished', async () => {
    const db = getDb();
    const queue = q('singleton');
    const a = await enqueue(db, { queue, payload: { v: 1 }, singletonKey: 'appeal:42' });
    const b = await enqueue(db, { queue, payload: { v: 2 }, singletonKey: 'appeal:42' });
    const c = await enqueue(db, { queue, payload: { v: 3 }, singletonKey: 'appeal:43' });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    expect(c.created).toBe(true);
    const jobs = await listJobs(db, queue);
    expect(jobs.map((j) => j.payload)).toEqual([{ v: 1 }, { v: 3 }]);
    // once finished, the key is free again
    await db.query(`UPDATE jobs SET state = 'SUCCEEDED', finished_at = now() WHERE id = $1`, [a.id]);
    const d = await enqueue(db, { queue, payload: { v: 4 }, singletonKey: 'appeal:42' });
    expect(d.created).toBe(true);
    expect(d.id).not.toBe(a.id);
  });

  it('creates one job when several transactions enqueue the same singleton key at once', async () => {
    const db = getDb();
    const queue = q('singleton-race');
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => db.transaction((tx) => enqueue(tx, { queue, payload: { i }, singletonKey: 'notice:7' }))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await listJobs(db, queue)).toHaveLength(1);
  });

  it('refuses bad input with bilingual messages instead of storing it', async () => {
    const db = getDb();
    await expect(enqueue(db, { queue: 'Bad Queue', payload: {} })).rejects.toThrow(JobInputError);
    await expect(enqueue(db, { queue: 'Bad Queue', payload: {} })).rejects.toThrow(/队列名无效.*invalid queue name/);
    await expect(enqueue(db, { queue: q('x'), payload: {}, maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(enqueue(db, { queue: q('x'), payload: {}, priority: 1.5 })).rejects.toThrow(/priority/);
    await expect(enqueue(db, { queue: q('x'), payload: {}, singletonKey: '' })).rejects.toThrow(/singletonKey/);
    await expect(enqueue(db, { queue: q('x'), payload: {}, runAt: new Date('nope') })).rejects.toThrow(/runAt/);
    await expect(enqueue(db, { queue: q('x'), payload: { at: new Date() } as never })).rejects.toThrow(/payload\.at is a Date/);
    await expect(enqueue(db, { queue: q('x'), payload: { n: Number.NaN } })).rejects.toThrow(/payload\.n = NaN/);
    await expect(enqueue(db, { queue: q('x'), payload: { f: undefined } as never })).rejects.toThrow(/payload\.f is undefined/);
    await expect(enqueue(db, { queue: q('x'), payload: { text: '申'.repeat(30_000) } })).rejects.toThrow(/任务数据过大（90011 字节.*payload too large/);
  });
});

describe('queue names', () => {
  it('follow <module>.<task>', async () => {
    const { checkQueueName } = await import('./job-input');
    expect(checkQueueName('appeals.deadline-sweep')).toBe('appeals.deadline-sweep');
    expect(() => checkQueueName('appeals..x')).toThrow(JobInputError);
    expect(() => checkQueueName('-x')).toThrow(JobInputError);
  });
});
