/**
 * Background jobs (后台任务): the one interface the platform uses, whatever queue runs underneath
 * (our own tables today, see docs/adr/0006-job-queue.md).
 *
 * Delivery is AT LEAST ONCE: a job whose worker crashed, or whose lease expired, runs again.
 * Every handler must be idempotent (check the state it is about to change, use UNIQUE keys).
 */
import type { Database } from '../database';

/** Persisted job states (never renamed). */
export const JOB_STATES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'DEAD'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Queue names are `<module>.<task>` in lower-case kebab parts, e.g. `appeals.deadline-sweep`. */
export const QUEUE_NAME_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;

/** Any JSON value (what a job payload may hold). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface EnqueueInput<P extends JsonValue = JsonValue> {
  queue: string;
  payload: P;
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** While a job with this key is QUEUED or RUNNING in the queue, enqueue returns it instead of adding one. */
  singletonKey?: string;
  /** Runs before giving up and marking the job DEAD (1–100, default 5). */
  maxAttempts?: number;
  /** Higher runs first (-1000…1000, default 0). */
  priority?: number;
}

export interface EnqueueResult {
  id: number;
  /** false when a job with the same singleton key was already waiting or running (its id is returned). */
  created: boolean;
}

export interface Job<P extends JsonValue = JsonValue> {
  id: number;
  queue: string;
  state: JobState;
  payload: P;
  priority: number;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  singletonKey: string | null;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A claimed job: `leaseToken` proves the claim when completing or failing it. */
export interface ClaimedJob<P extends JsonValue = JsonValue> extends Job<P> {
  leaseToken: string;
}

/** What a handler receives. `attempt` counts from 1. */
export interface JobContext<P extends JsonValue = JsonValue> {
  id: number;
  queue: string;
  payload: P;
  attempt: number;
  maxAttempts: number;
  /** When the job was due (for a scheduled job: its slot). */
  runAt: string;
  /** Aborted when the runner stops past its grace period or the lease was lost: stop early. */
  signal: AbortSignal;
}

/**
 * Runs one job. Resolve = done; throw = failed (retried with backoff until maxAttempts, then DEAD);
 * throw `PermanentJobError` = DEAD at once (e.g. a payload that can never succeed).
 * Handlers open their own transactions on the database they were built with.
 */
export type JobHandler<P extends JsonValue = JsonValue> = (job: JobContext<P>) => Promise<void>;

/** Recurring: every N seconds (slots aligned to the Unix epoch) or daily at HH:MM in a time zone. */
export type ScheduleSpec =
  | { everySeconds: number }
  | { dailyAt: string; timeZone?: string };

export interface ScheduleDefinition {
  queue: string;
  spec: ScheduleSpec;
  payload?: JsonValue;
  maxAttempts?: number;
}

/** What a feature module contributes to the runner: its handlers by queue name and its schedules. */
export interface JobModule {
  id: string;
  handlers: Readonly<Record<string, JobHandler<never>>>;
  schedules?: readonly ScheduleDefinition[];
}

/** What a module's job factory gets from the composition root (apps/server). */
export interface JobDeps {
  db: Database;
}

/** A registry entry (apps/server/src/jobs/job-handlers.ts): builds the module's handlers on the server's database. */
export type JobModuleFactory = (deps: JobDeps) => JobModule;

/** A failure that retrying cannot fix: the job goes DEAD at once, with this message kept. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/** A bad argument to the queue API (bilingual message). */
export class JobInputError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'JobInputError';
  }
}
