import type { Queryable } from '../database';

export interface ExpiredLeases {
  /** Back to QUEUED: their worker is presumed dead; they run again. */
  requeued: number;
  /** Attempts used up: DEAD with the error "lease expired". */
  dead: number;
}

/**
 * Jobs RUNNING past their lease (the worker crashed, hung or lost its connection) are handed back:
 * QUEUED, due now — or DEAD when that was their last attempt. Safe to run from several workers at
 * once: each row is updated by the first one, the others see it no longer RUNNING. `queues`
 * limits the sweep (default: every queue, so a live runner also rescues other deployments' jobs).
 */
export async function expireLeases(db: Queryable, now: Date = new Date(), options: { queues?: readonly string[] } = {}): Promise<ExpiredLeases> {
  const ts = now.toISOString();
  const rows = await db.query<{ state: string; locked_by: string }>(
    `WITH expired AS (
       SELECT id, locked_by FROM jobs WHERE state = 'RUNNING' AND locked_until < $1 AND ($2::text[] IS NULL OR queue = ANY($2::text[]))
       FOR UPDATE SKIP LOCKED
     )
     UPDATE jobs j SET
       state = CASE WHEN j.attempts >= j.max_attempts THEN 'DEAD' ELSE 'QUEUED' END,
       finished_at = CASE WHEN j.attempts >= j.max_attempts THEN $1::timestamptz ELSE NULL END,
       run_at = $1,
       last_error = '租约已过期，执行者未完成任务 / lease expired before worker ' || expired.locked_by || ' finished the job',
       locked_by = NULL, locked_until = NULL, lease_token = NULL
     FROM expired WHERE j.id = expired.id
     RETURNING j.state, expired.locked_by`,
    [ts, options.queues ? [...options.queues] : null],
  );
  return { requeued: rows.filter((r) => r.state === 'QUEUED').length, dead: rows.filter((r) => r.state === 'DEAD').length };
}
