import type { Queryable } from '../database';
import { JOB_STATES, type JobState } from './job-types';

export interface QueueStatus {
  queue: string;
  counts: Record<JobState, number>;
  /** Due QUEUED jobs waiting longest: since when (null when none is due). */
  oldestDueAt: string | null;
}

/** Counts per queue and state (every state listed, zero included), with the oldest due job. */
export async function jobStatus(db: Queryable, now: Date = new Date()): Promise<QueueStatus[]> {
  const rows = await db.query<{ queue: string; state: JobState; n: number; oldest_due: string | null }>(
    `SELECT queue, state, count(*) AS n,
            min(run_at) FILTER (WHERE state = 'QUEUED' AND run_at <= $1) AS oldest_due
     FROM jobs GROUP BY queue, state ORDER BY queue, state`,
    [now.toISOString()],
  );
  const byQueue = new Map<string, QueueStatus>();
  for (const r of rows) {
    let q = byQueue.get(r.queue);
    if (!q) {
      q = { queue: r.queue, counts: Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>, oldestDueAt: null };
      byQueue.set(r.queue, q);
    }
    q.counts[r.state] = r.n;
    if (r.oldest_due) q.oldestDueAt = r.oldest_due;
  }
  return [...byQueue.values()];
}
