import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { claimJobs } from './claim-jobs';
import { enqueue } from './enqueue';
import { expireLeases } from './expire-leases';
import { getJob } from './get-job';
import { completeJob, extendLease, failJob, releaseJob } from './settle-job';

let n = 0;
const q = (name: string) => `test.${name}-${++n}`;
const T0 = new Date('2026-11-22T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describeEachEngine('jobs: claim, complete, fail, lease', (getDb, engine) => {
  it('claims due jobs by priority then due time, never a future one, and completes them', async () => {
    const db = getDb();
    const queue = q('claim');
    const low = await enqueue(db, { queue, payload: { k: 'low' } }, T0);
    const high = await enqueue(db, { queue, payload: { k: 'high' }, priority: 10 }, T0);
    const later = await enqueue(db, { queue, payload: { k: 'later' }, runAt: at(60_000) }, T0);
    const claimed = await claimJobs(db, { queues: [queue], limit: 10, workerId: 'w1', leaseMs: 30_000, now: at(1000) });
    expect(claimed.map((j) => j.id)).toEqual([high.id, low.id]);
    expect(claimed[0]).toMatchObject({ state: 'RUNNING', attempts: 1, lockedBy: 'w1', lockedUntil: at(31_000).toISOString(), startedAt: at(1000).toISOString() });
    expect(claimed[0]!.leaseToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(claimed[0]!.leaseToken).not.toBe(claimed[1]!.leaseToken);
    // nothing more is due; the future job is claimed when its time comes
    expect(await claimJobs(db, { queues: [queue], limit: 10, workerId: 'w2', leaseMs: 30_000, now: at(2000) })).toEqual([]);
    expect((await claimJobs(db, { queues: [queue], limit: 10, workerId: 'w2', leaseMs: 30_000, now: at(60_000) })).map((j) => j.id)).toEqual([later.id]);

    expect(await completeJob(db, claimed[0]!, at(5000))).toBe(true);
    expect(await getJob(db, high.id)).toMatchObject({ state: 'SUCCEEDED', finishedAt: at(5000).toISOString(), lockedBy: null, lockedUntil: null });
    // completing twice, or with a wrong token, changes nothing
    expect(await completeJob(db, claimed[0]!, at(6000))).toBe(false);
    expect(await completeJob(db, { id: low.id, leaseToken: 'not-the-token' }, at(6000))).toBe(false);
    expect((await getJob(db, low.id))!.state).toBe('RUNNING');
  });

  it('only claims the queues asked for', async () => {
    const db = getDb();
    const a = q('only-a');
    const b = q('only-b');
    await enqueue(db, { queue: a, payload: 1 }, T0);
    await enqueue(db, { queue: b, payload: 2 }, T0);
    const claimed = await claimJobs(db, { queues: [b], limit: 10, workerId: 'w', leaseMs: 1000, now: T0 });
    expect(claimed.map((j) => j.payload)).toEqual([2]);
  });

  it('retries a failed job after the backoff delay, then marks it DEAD with the last error', async () => {
    const db = getDb();
    const queue = q('retry');
    const { id } = await enqueue(db, { queue, payload: {}, maxAttempts: 2 }, T0);
    const [first] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 30_000, now: T0 });
    expect(await failJob(db, first!, 'Error: SMTP 421', { retryInMs: 5000, now: at(100) })).toBe('RETRY');
    expect(await getJob(db, id)).toMatchObject({ state: 'QUEUED', attempts: 1, runAt: at(5100).toISOString(), lastError: 'Error: SMTP 421', lockedBy: null });
    expect(await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 30_000, now: at(5099) })).toEqual([]);
    const [second] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 30_000, now: at(5100) });
    expect(second!.attempts).toBe(2);
    expect(await failJob(db, second!, 'Error: SMTP 550', { retryInMs: 10_000, now: at(6000) })).toBe('DEAD');
    expect(await getJob(db, id)).toMatchObject({ state: 'DEAD', attempts: 2, lastError: 'Error: SMTP 550', finishedAt: at(6000).toISOString() });
    expect(await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 30_000, now: at(100_000) })).toEqual([]);
  });

  it('marks a permanent failure DEAD at once and keeps long errors truncated, not dropped silently', async () => {
    const db = getDb();
    const queue = q('permanent');
    const { id } = await enqueue(db, { queue, payload: {}, maxAttempts: 5 }, T0);
    const [job] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 30_000, now: T0 });
    const long = 'x'.repeat(5000);
    expect(await failJob(db, job!, long, { retryInMs: 1000, isPermanent: true, now: T0 })).toBe('DEAD');
    const dead = await getJob(db, id);
    expect(dead!.attempts).toBe(1);
    expect(dead!.lastError).toMatch(/^x{4000}… \[1000 more characters\]$/);
  });

  it('hands back a job whose lease expired (crashed worker); the late worker can no longer settle it', async () => {
    const db = getDb();
    const queue = q('lease');
    const { id } = await enqueue(db, { queue, payload: {}, maxAttempts: 2 }, T0);
    const [crashed] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'crashed', leaseMs: 10_000, now: T0 });
    expect(await expireLeases(db, at(9_999), { queues: [queue] })).toEqual({ requeued: 0, dead: 0 });
    expect(await expireLeases(db, at(10_001), { queues: [queue] })).toMatchObject({ requeued: 1, dead: 0 });
    const requeued = await getJob(db, id);
    expect(requeued).toMatchObject({ state: 'QUEUED', attempts: 1, runAt: at(10_001).toISOString() });
    expect(requeued!.lastError).toMatch(/lease expired before worker crashed/);
    const [again] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'healthy', leaseMs: 10_000, now: at(10_002) });
    expect(again!.attempts).toBe(2);
    expect(await completeJob(db, crashed!, at(10_003))).toBe(false);
    expect(await failJob(db, crashed!, 'late', { retryInMs: 0, now: at(10_003) })).toBe('LEASE_LOST');
    // the second lease also expires: attempts are used up → DEAD
    expect(await expireLeases(db, at(30_000), { queues: [queue] })).toMatchObject({ requeued: 0, dead: 1 });
    expect((await getJob(db, id))!.state).toBe('DEAD');
  });

  it('extends a held lease (heartbeat) and releases a job without counting the attempt', async () => {
    const db = getDb();
    const queue = q('extend');
    const { id } = await enqueue(db, { queue, payload: {} }, T0);
    const [job] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 10_000, now: T0 });
    expect(await extendLease(db, job!, 10_000, at(8000))).toBe(true);
    expect(await expireLeases(db, at(12_000), { queues: [queue] })).toEqual({ requeued: 0, dead: 0 });
    expect((await getJob(db, id))!.lockedUntil).toBe(at(18_000).toISOString());
    expect(await releaseJob(db, job!, at(13_000))).toBe(true);
    expect(await getJob(db, id)).toMatchObject({ state: 'QUEUED', attempts: 0, runAt: at(13_000).toISOString(), lockedBy: null });
    expect(await extendLease(db, job!, 10_000, at(14_000))).toBe(false);
  });

  it('never gives one job to two concurrent claimers', async () => {
    const db = getDb();
    const queue = q('concurrent');
    await db.transaction(async (tx) => {
      for (let i = 0; i < 40; i++) await enqueue(tx, { queue, payload: { i } }, T0);
    });
    // on PostgreSQL these run on separate pooled connections at the same time; PGlite serialises them
    const batches = await Promise.all(
      Array.from({ length: 4 }, (_, w) => claimJobs(db, { queues: [queue], limit: 15, workerId: `w${w}`, leaseMs: 10_000, now: T0 })),
    );
    const ids = batches.flat().map((j) => j.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(engine === 'pglite' || engine === 'postgres').toBe(true);
  });
});
