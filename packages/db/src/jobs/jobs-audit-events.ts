/** Audit events of the job queue: only operator actions (job claims and completions are not business writes). */
export type JobsAuditEvent = {
  type: 'JOBS_DEAD_RETRIED';
  /** the queue */
  subject: string;
  payload: { jobIds: number[]; skippedJobIds: number[] };
};
