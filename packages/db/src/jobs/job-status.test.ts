import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { listAuditEvents } from '../audit/list-audit-events';
import { claimJobs } from './claim-jobs';
import { enqueue } from './enqueue';
import { getJob } from './get-job';
import { jobStatus } from './job-status';
import { purgeSucceededJobs } from './purge-jobs';
import { retryDeadJobs } from './retry-dead-jobs';
import { completeJob, failJob } from './settle-job';

let n = 0;
const q = (name: string) => `test.${name}-${++n}`;
const T0 = new Date('2026-11-22T03:00:00.000Z');

async function kill(db: Parameters<typeof claimJobs>[0], queue: string, count: number): Promise<void> {
  for (const job of await claimJobs(db, { queues: [queue], limit: count, workerId: 'w', leaseMs: 1000, now: T0 })) {
    await failJob(db, job, `boom ${job.id}`, { retryInMs: 0, isPermanent: true, now: T0 });
  }
}

describeEachEngine('jobs: status, retry of dead jobs, purge', (getDb) => {
  it('counts jobs per queue and state, every state listed', async () => {
    const db = getDb();
    const queue = q('status');
    for (let i = 0; i < 4; i++) await enqueue(db, { queue, payload: { i } }, T0);
    const [a, b] = await claimJobs(db, { queues: [queue], limit: 2, workerId: 'w', leaseMs: 60_000, now: T0 });
    await completeJob(db, a!, T0);
    await failJob(db, b!, 'boom', { retryInMs: 0, isPermanent: true, now: T0 });
    await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 60_000, now: T0 });
    const mine = (await jobStatus(db, T0)).find((s) => s.queue === queue);
    expect(mine).toEqual({ queue, counts: { QUEUED: 1, RUNNING: 1, SUCCEEDED: 1, DEAD: 1 }, oldestDueAt: T0.toISOString() });
  });

  it('puts dead jobs back with fresh attempts, skips those whose singleton key is taken, and audits it', async () => {
    const db = getDb();
    const queue = q('retry-dead');
    await enqueue(db, { queue, payload: 1 }, T0);
    await enqueue(db, { queue, payload: 2, singletonKey: 'k' }, T0);
    await kill(db, queue, 2);
    const blocker = await enqueue(db, { queue, payload: 3, singletonKey: 'k' }, T0);
    const report = await retryDeadJobs(db, queue, null, new Date('2026-11-22T04:00:00.000Z'));
    expect(report.retried).toHaveLength(1);
    expect(report.skipped).toHaveLength(1);
    const retried = await getJob(db, report.retried[0]!);
    expect(retried).toMatchObject({ state: 'QUEUED', attempts: 0, payload: 1, runAt: '2026-11-22T04:00:00.000Z', finishedAt: null });
    expect(retried!.lastError).toMatch(/^boom/);
    expect((await getJob(db, report.skipped[0]!))!.state).toBe('DEAD');
    expect((await getJob(db, blocker.id))!.state).toBe('QUEUED');
    const { items } = await listAuditEvents(db, { page: 1, pageSize: 5, type: 'JOBS_DEAD_RETRIED', subject: queue });
    expect(items.map((e) => e.payload)).toEqual([{ jobIds: report.retried, skippedJobIds: report.skipped }]);
  });

  it('deletes succeeded jobs past retention and keeps dead and recent ones', async () => {
    const db = getDb();
    const queue = q('purge');
    for (let i = 0; i < 3; i++) await enqueue(db, { queue, payload: { i } }, T0);
    const [old, recent] = await claimJobs(db, { queues: [queue], limit: 2, workerId: 'w', leaseMs: 60_000, now: T0 });
    await completeJob(db, old!, new Date('2026-11-01T00:00:00.000Z'));
    await completeJob(db, recent!, new Date('2026-11-21T00:00:00.000Z'));
    await kill(db, queue, 1);
    await db.query(`UPDATE jobs SET finished_at = '2026-10-01T00:00:00Z' WHERE queue = $1 AND state = 'DEAD'`, [queue]);
    expect(await purgeSucceededJobs(db, new Date('2026-11-15T00:00:00.000Z'), 1)).toBeGreaterThanOrEqual(1);
    expect(await getJob(db, old!.id)).toBeNull();
    expect(await getJob(db, recent!.id)).not.toBeNull();
    expect((await jobStatus(db, T0)).find((s) => s.queue === queue)!.counts).toMatchObject({ SUCCEEDED: 1, DEAD: 1 });
  });
});
