import type { Queryable } from '../database';
import { checkMaxAttempts, checkQueueName, payloadJson } from './job-input';
import { JobInputError, type EnqueueInput, type EnqueueResult, type JsonValue } from './job-types';

/**
 * Adds a job inside the caller's transaction: it exists iff the transaction commits (transactional
 * outbox). With `singletonKey`, enqueue is idempotent: while a job with that key is QUEUED or
 * RUNNING in the same queue, its id is returned with `created: false`.
 */
export async function enqueue<P extends JsonValue>(tx: Queryable, input: EnqueueInput<P>, now: Date = new Date()): Promise<EnqueueResult> {
  const queue = checkQueueName(input.queue);
  const maxAttempts = checkMaxAttempts(input.maxAttempts);
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < -1000 || priority > 1000) {
    throw new JobInputError(`优先级应为 -1000–1000 的整数（收到 ${String(priority)}）`, `priority must be an integer -1000…1000 (got ${String(priority)})`);
  }
  const runAt = input.runAt ?? now;
  if (!(runAt instanceof Date) || Number.isNaN(runAt.getTime())) {
    throw new JobInputError('runAt 应为有效的时间', 'runAt must be a valid Date');
  }
  const key = input.singletonKey;
  if (key !== undefined && (typeof key !== 'string' || key.length < 1 || key.length > 200)) {
    throw new JobInputError('singletonKey 应为 1–200 个字符的字符串', 'singletonKey must be a string of 1–200 characters');
  }
  const payload = payloadJson(input.payload);
  const values = [queue, payload, priority, runAt.toISOString(), maxAttempts, key ?? null, now.toISOString()];
  const insert = `INSERT INTO jobs (queue, state, payload, priority, run_at, max_attempts, singleton_key, created_at)
    VALUES ($1, 'QUEUED', $2::jsonb, $3, $4, $5, $6, $7)`;
  if (key === undefined) {
    const [row] = await tx.query<{ id: number }>(`${insert} RETURNING id`, values);
    return { id: row!.id, created: true };
  }
  // A concurrent enqueue with the same key waits on the unique index, then does nothing. The job it
  // collided with may finish between the two statements: then try again (bounded).
  for (let i = 0; i < 3; i++) {
    const [row] = await tx.query<{ id: number }>(
      `${insert} ON CONFLICT (queue, singleton_key) WHERE singleton_key IS NOT NULL AND state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id`,
      values,
    );
    if (row) return { id: row.id, created: true };
    const [existing] = await tx.query<{ id: number }>(
      `SELECT id FROM jobs WHERE queue = $1 AND singleton_key = $2 AND state IN ('QUEUED', 'RUNNING')`,
      [queue, key],
    );
    if (existing) return { id: existing.id, created: false };
  }
  throw new Error(`enqueue ${queue} [${key}]: the singleton job kept changing state; try again`);
}
