import type { Queryable } from '../database';
import { JOB_COLUMNS, toClaimedJob, type JobRow } from './job-rows';
import type { ClaimedJob } from './job-types';

export interface ClaimOptions {
  /** Queues this worker has handlers for. */
  queues: readonly string[];
  /** How many jobs at most. */
  limit: number;
  /** Names the worker in `locked_by` (host:pid:random). */
  workerId: string;
  /** The lease: unless extended, the claim expires this long after `now` and the job runs again. */
  leaseMs: number;
  now?: Date;
}

/**
 * Claims due jobs: QUEUED, run_at ≤ now, highest priority first, then oldest. `FOR UPDATE SKIP LOCKED`
 * lets several workers claim at once without waiting on each other or taking the same job.
 * Each claimed job gets `attempts + 1` and a fresh lease token.
 */
export async function claimJobs(db: Queryable, options: ClaimOptions): Promise<ClaimedJob[]> {
  if (options.limit < 1 || options.queues.length === 0) return [];
  const now = options.now ?? new Date();
  const rows = await db.query<JobRow>(
    `WITH picked AS (
       SELECT id FROM jobs
       WHERE state = 'QUEUED' AND run_at <= $1 AND queue = ANY($2::text[])
       ORDER BY priority DESC, run_at, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     UPDATE jobs j
     SET state = 'RUNNING', attempts = j.attempts + 1, locked_by = $4, locked_until = $5,
         lease_token = gen_random_uuid()::text, started_at = $1
     FROM picked WHERE j.id = picked.id
     RETURNING ${JOB_COLUMNS.replace(/\b(\w+)\b/g, 'j.$1')}`,
    [now.toISOString(), [...options.queues], options.limit, options.workerId, new Date(now.getTime() + options.leaseMs).toISOString()],
  );
  return rows.map(toClaimedJob).sort((a, b) => b.priority - a.priority || a.runAt.localeCompare(b.runAt) || a.id - b.id);
}
