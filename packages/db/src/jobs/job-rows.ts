import type { ClaimedJob, Job, JobState, JsonValue } from './job-types';

/** The columns every job query selects, in the shape `toJob` reads. */
export const JOB_COLUMNS = `id, queue, state, payload, priority, run_at, attempts, max_attempts, singleton_key,
  locked_by, locked_until, lease_token, last_error, created_at, started_at, finished_at`;

export interface JobRow {
  id: number;
  queue: string;
  state: JobState;
  payload: JsonValue;
  priority: number;
  run_at: string;
  attempts: number;
  max_attempts: number;
  singleton_key: string | null;
  locked_by: string | null;
  locked_until: string | null;
  lease_token: string | null;
  last_error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export function toJob(r: JobRow): Job {
  return {
    id: r.id,
    queue: r.queue,
    state: r.state,
    payload: r.payload,
    priority: r.priority,
    runAt: r.run_at,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    singletonKey: r.singleton_key,
    lockedBy: r.locked_by,
    lockedUntil: r.locked_until,
    lastError: r.last_error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export function toClaimedJob(r: JobRow): ClaimedJob {
  if (r.lease_token === null) throw new Error(`job ${r.id} was returned by a claim without a lease token`);
  return { ...toJob(r), leaseToken: r.lease_token };
}
