import type { Queryable } from '../database';

/**
 * Deletes SUCCEEDED jobs finished before `before` (retention). DEAD jobs are kept for an operator
 * to retry or inspect. Batched so a large backlog does not hold one long transaction.
 */
export async function purgeSucceededJobs(db: Queryable, before: Date, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.query(
      `DELETE FROM jobs WHERE id IN (
         SELECT id FROM jobs WHERE state = 'SUCCEEDED' AND finished_at < $1 ORDER BY id LIMIT $2
       ) RETURNING id`,
      [before.toISOString(), batchSize],
    );
    total += rows.length;
    if (rows.length < batchSize) return total;
  }
}
