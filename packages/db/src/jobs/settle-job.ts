import type { Queryable } from '../database';
import type { ClaimedJob } from './job-types';

/** What a worker proves it holds: the job id and the lease token of its claim. */
export type Lease = Pick<ClaimedJob, 'id' | 'leaseToken'>;

const HELD = `id = $1 AND lease_token = $2 AND state = 'RUNNING'`;

/**
 * Marks a claimed job SUCCEEDED. Returns false when the claim is no longer held (the lease expired
 * and the job was handed to another worker, or it was released): then nothing changes.
 */
export async function completeJob(db: Queryable, lease: Lease, now: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    `UPDATE jobs SET state = 'SUCCEEDED', finished_at = $3, locked_by = NULL, locked_until = NULL, lease_token = NULL
     WHERE ${HELD} RETURNING id`,
    [lease.id, lease.leaseToken, now.toISOString()],
  );
  return rows.length === 1;
}

export interface FailOptions {
  /** Delay before the next attempt (ignored when the job goes DEAD). */
  retryInMs: number;
  /** DEAD at once, whatever attempts are left. */
  isPermanent?: boolean;
  now?: Date;
}

export type FailOutcome = 'RETRY' | 'DEAD' | 'LEASE_LOST';

/**
 * Records a failed attempt with its error: back to QUEUED after `retryInMs`, or DEAD when the
 * attempts are used up (or the failure is permanent). The last error is kept on the job.
 */
export async function failJob(db: Queryable, lease: Lease, error: string, options: FailOptions): Promise<FailOutcome> {
  const now = options.now ?? new Date();
  const rows = await db.query<{ state: 'QUEUED' | 'DEAD' }>(
    `UPDATE jobs SET
       state = CASE WHEN $3 OR attempts >= max_attempts THEN 'DEAD' ELSE 'QUEUED' END,
       run_at = CASE WHEN $3 OR attempts >= max_attempts THEN run_at ELSE $4::timestamptz END,
       finished_at = CASE WHEN $3 OR attempts >= max_attempts THEN $5::timestamptz ELSE NULL END,
       last_error = $6, locked_by = NULL, locked_until = NULL, lease_token = NULL
     WHERE ${HELD} RETURNING state`,
    [
      lease.id,
      lease.leaseToken,
      options.isPermanent === true,
      new Date(now.getTime() + Math.max(0, options.retryInMs)).toISOString(),
      now.toISOString(),
      truncateError(error),
    ],
  );
  if (!rows[0]) return 'LEASE_LOST';
  return rows[0].state === 'DEAD' ? 'DEAD' : 'RETRY';
}

/**
 * Gives a claimed job back without counting the attempt (graceful stop before the handler ran or
 * finished): QUEUED again, due now.
 */
export async function releaseJob(db: Queryable, lease: Lease, now: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    `UPDATE jobs SET state = 'QUEUED', attempts = GREATEST(attempts - 1, 0), run_at = $3,
       locked_by = NULL, locked_until = NULL, lease_token = NULL
     WHERE ${HELD} RETURNING id`,
    [lease.id, lease.leaseToken, now.toISOString()],
  );
  return rows.length === 1;
}

/** Extends the lease of a job still running (heartbeat). false = the claim is lost: stop working on it. */
export async function extendLease(db: Queryable, lease: Lease, leaseMs: number, now: Date = new Date()): Promise<boolean> {
  const rows = await db.query(`UPDATE jobs SET locked_until = $3 WHERE ${HELD} RETURNING id`, [
    lease.id,
    lease.leaseToken,
    new Date(now.getTime() + leaseMs).toISOString(),
  ]);
  return rows.length === 1;
}

const MAX_ERROR_CHARS = 4000;

function truncateError(error: string): string {
  return error.length <= MAX_ERROR_CHARS ? error : `${error.slice(0, MAX_ERROR_CHARS)}… [${error.length - MAX_ERROR_CHARS} more characters]`;
}
