import type { Queryable } from '../database';

/**
 * Allocates the next tracking-number sequence of `prefix` on `day` (1, 2, 3 …). The row stays
 * locked until the transaction ends, so two submissions never get the same number; a rolled-back
 * submission gives its number back.
 */
export async function nextTrackingSequence(tx: Queryable, prefix: string, day: string): Promise<number> {
  const [row] = await tx.query<{ last_value: number }>(
    `INSERT INTO appeal_tracking_sequences (prefix, day, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, day) DO UPDATE SET last_value = appeal_tracking_sequences.last_value + 1
     RETURNING last_value`,
    [prefix, day],
  );
  if (!row) throw new Error('tracking sequence not allocated');
  return row.last_value;
}
