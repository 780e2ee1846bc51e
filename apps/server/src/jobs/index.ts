export { createJobRunner, type JobRunner, type JobRunnerOptions } from './create-job-runner';
export { startJobRunner } from './start-job-runner';
export { JOB_MODULES } from './job-handlers';
