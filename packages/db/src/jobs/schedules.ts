import type { Database, Queryable } from '../database';
import { enqueue } from './enqueue';
import { checkMaxAttempts, checkQueueName, payloadJson } from './job-input';
import type { JsonValue, ScheduleDefinition } from './job-types';
import { latestSlotAtOrBefore, nextSlot, normaliseSpec, type NormalisedSpec } from './schedule-slots';

export interface StoredSchedule {
  queue: string;
  everySeconds: number | null;
  dailyAt: string | null;
  timeZone: string;
  payload: JsonValue;
  maxAttempts: number;
  nextRunAt: string;
  lastSlotAt: string | null;
}

interface ScheduleRow {
  queue: string;
  every_seconds: number | null;
  daily_at: string | null;
  time_zone: string;
  payload: JsonValue;
  max_attempts: number;
  next_run_at: string;
  last_slot_at: string | null;
}

const toSchedule = (r: ScheduleRow): StoredSchedule => ({
  queue: r.queue,
  everySeconds: r.every_seconds,
  dailyAt: r.daily_at,
  timeZone: r.time_zone,
  payload: r.payload,
  maxAttempts: r.max_attempts,
  nextRunAt: r.next_run_at,
  lastSlotAt: r.last_slot_at,
});

/**
 * Stores (or updates) the recurring schedule of a queue. When the timing is unchanged the next
 * slot is kept, so re-registering at every start neither skips nor repeats a slot; a new timing
 * starts at its next slot after `now`.
 */
export async function schedule(db: Queryable, definition: ScheduleDefinition, now: Date = new Date()): Promise<StoredSchedule> {
  const queue = checkQueueName(definition.queue);
  const spec = normaliseSpec(definition.spec);
  const maxAttempts = checkMaxAttempts(definition.maxAttempts);
  const payload = payloadJson(definition.payload ?? {});
  const first = nextSlot(spec, now).toISOString();
  const [row] = await db.query<ScheduleRow>(
    `INSERT INTO job_schedules (queue, every_seconds, daily_at, time_zone, payload, max_attempts, next_run_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
     ON CONFLICT (queue) DO UPDATE SET
       payload = EXCLUDED.payload, max_attempts = EXCLUDED.max_attempts, updated_at = EXCLUDED.updated_at,
       next_run_at = CASE
         WHEN job_schedules.every_seconds IS NOT DISTINCT FROM EXCLUDED.every_seconds
          AND job_schedules.daily_at IS NOT DISTINCT FROM EXCLUDED.daily_at
          AND job_schedules.time_zone = EXCLUDED.time_zone
         THEN job_schedules.next_run_at ELSE EXCLUDED.next_run_at END,
       every_seconds = EXCLUDED.every_seconds, daily_at = EXCLUDED.daily_at, time_zone = EXCLUDED.time_zone
     RETURNING queue, every_seconds, daily_at, time_zone, payload, max_attempts, next_run_at, last_slot_at`,
    [queue, spec.everySeconds, spec.dailyAt, spec.timeZone, payload, maxAttempts, first, now.toISOString()],
  );
  return toSchedule(row!);
}

/** Removes a queue's schedule; jobs already enqueued stay. Returns whether there was one. */
export async function unschedule(db: Queryable, queue: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM job_schedules WHERE queue = $1 RETURNING queue', [queue]);
  return rows.length === 1;
}

export async function listSchedules(db: Queryable): Promise<StoredSchedule[]> {
  const rows = await db.query<ScheduleRow>(
    'SELECT queue, every_seconds, daily_at, time_zone, payload, max_attempts, next_run_at, last_slot_at FROM job_schedules ORDER BY queue',
  );
  return rows.map(toSchedule);
}

export interface EnqueuedSlot {
  queue: string;
  slot: string;
  jobId: number;
  /** Slots that passed while no runner was up, collapsed into this one run. */
  missedSlots: number;
}

/**
 * Turns due schedule slots into jobs. Slots missed while no runner was up collapse into one job
 * for the latest slot. Several runners may call this at once: the compare-and-set on
 * `next_run_at` lets exactly one of them enqueue a slot, and the job's singleton key
 * `schedule:<slot>` guards the same slot a second time.
 */
export async function enqueueDueSchedules(db: Database, now: Date = new Date()): Promise<EnqueuedSlot[]> {
  const due = await db.query<ScheduleRow>(
    `SELECT queue, every_seconds, daily_at, time_zone, payload, max_attempts, next_run_at, last_slot_at
     FROM job_schedules WHERE next_run_at <= $1 ORDER BY next_run_at, queue`,
    [now.toISOString()],
  );
  const out: EnqueuedSlot[] = [];
  const failures: Error[] = [];
  for (const row of due) {
    try {
      const spec: NormalisedSpec = { everySeconds: row.every_seconds, dailyAt: row.daily_at, timeZone: row.time_zone };
      const slot = latestSlotAtOrBefore(spec, now);
      const next = nextSlot(spec, now);
      const missedSlots = countSlots(spec, new Date(row.next_run_at), slot);
      const done = await db.transaction(async (tx) => {
        const won = await tx.query(
          `UPDATE job_schedules SET next_run_at = $2, last_slot_at = $3 WHERE queue = $1 AND next_run_at = $4 RETURNING queue`,
          [row.queue, next.toISOString(), slot.toISOString(), row.next_run_at],
        );
        if (won.length === 0) return null; // another runner took this slot
        const r = await enqueue(
          tx,
          { queue: row.queue, payload: row.payload, runAt: slot, singletonKey: `schedule:${slot.toISOString()}`, maxAttempts: row.max_attempts },
          now,
        );
        return r.id;
      });
      if (done !== null) out.push({ queue: row.queue, slot: slot.toISOString(), jobId: done, missedSlots });
    } catch (e) {
      // one broken schedule must not hold back the others
      failures.push(new Error(`schedule ${row.queue}: ${e instanceof Error ? e.message : String(e)}`, { cause: e }));
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} schedule(s) could not be enqueued; ${out.length} were`);
  return out;
}

/** Slots strictly between `from` (inclusive) and `to` (exclusive), capped for reporting. */
function countSlots(spec: NormalisedSpec, from: Date, to: Date): number {
  if (spec.everySeconds !== null) return Math.max(0, Math.round((to.getTime() - from.getTime()) / (spec.everySeconds * 1000)));
  let n = 0;
  for (let s = from; s.getTime() < to.getTime() && n < 10_000; s = nextSlot(spec, s)) n++;
  return n;
}
