import type { Database } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { checkQueueName } from './job-input';

export interface RetryDeadReport {
  queue: string;
  /** DEAD jobs put back to QUEUED with fresh attempts. */
  retried: number[];
  /** DEAD jobs left DEAD because a job with the same singleton key is already waiting or running (or a newer dead one was retried). */
  skipped: number[];
}

/**
 * An operator's "try again" for a queue's DEAD jobs (after fixing the cause): QUEUED, due now,
 * attempts reset; the last error stays until the next failure. Audited as JOBS_DEAD_RETRIED when
 * there was a dead job.
 */
export async function retryDeadJobs(db: Database, queue: string, actorUserId: string | null, now: Date = new Date()): Promise<RetryDeadReport> {
  checkQueueName(queue);
  return db.transaction(async (tx) => {
    const dead = await tx.query<{ id: number; singleton_key: string | null }>(
      `SELECT id, singleton_key FROM jobs WHERE queue = $1 AND state = 'DEAD' ORDER BY id DESC FOR UPDATE`,
      [queue],
    );
    const active = new Set(
      (await tx.query<{ singleton_key: string }>(
        `SELECT singleton_key FROM jobs WHERE queue = $1 AND singleton_key IS NOT NULL AND state IN ('QUEUED', 'RUNNING')`,
        [queue],
      )).map((r) => r.singleton_key),
    );
    const retried: number[] = [];
    const skipped: number[] = [];
    for (const j of dead) {
      if (j.singleton_key !== null && active.has(j.singleton_key)) {
        skipped.push(j.id);
        continue;
      }
      if (j.singleton_key !== null) active.add(j.singleton_key);
      retried.push(j.id);
    }
    if (retried.length > 0) {
      await tx.query(
        `UPDATE jobs SET state = 'QUEUED', attempts = 0, run_at = $2, finished_at = NULL WHERE id = ANY($1::bigint[])`,
        [retried, now.toISOString()],
      );
    }
    retried.sort((a, b) => a - b);
    skipped.sort((a, b) => a - b);
    if (retried.length + skipped.length === 0) return { queue, retried, skipped }; // nothing dead: nothing to audit
    await appendAuditEvent(tx, { type: 'JOBS_DEAD_RETRIED', subject: queue, payload: { jobIds: retried, skippedJobIds: skipped } }, actorUserId, now);
    return { queue, retried, skipped };
  });
}
