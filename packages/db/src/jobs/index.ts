export {
  JOB_STATES, QUEUE_NAME_PATTERN, JobInputError, PermanentJobError,
  type ClaimedJob, type EnqueueInput, type EnqueueResult, type Job, type JobContext, type JobDeps, type JobHandler, type JobModule, type JobModuleFactory,
  type JobState, type JsonValue, type ScheduleDefinition, type ScheduleSpec,
} from './job-types';
export { enqueue } from './enqueue';
export { DEFAULT_MAX_ATTEMPTS } from './job-input';
export { claimJobs, type ClaimOptions } from './claim-jobs';
export { completeJob, extendLease, failJob, releaseJob, type FailOptions, type FailOutcome, type Lease } from './settle-job';
export { expireLeases, type ExpiredLeases } from './expire-leases';
export { enqueueDueSchedules, listSchedules, schedule, unschedule, type EnqueuedSlot, type StoredSchedule } from './schedules';
export { DEFAULT_TIME_ZONE, latestSlotAtOrBefore, nextSlot, normaliseSpec } from './schedule-slots';
export { jobStatus, type QueueStatus } from './job-status';
export { getJob, listJobs } from './get-job';
export { retryDeadJobs, type RetryDeadReport } from './retry-dead-jobs';
export { purgeSucceededJobs } from './purge-jobs';
export type { JobsAuditEvent } from './jobs-audit-events';
