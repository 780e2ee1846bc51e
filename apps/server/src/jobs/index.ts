export { createJobRunner, type JobRunner, type JobRunnerLogger, type JobRunnerOptions, type StopReport } from './create-job-runner';
export { collectJobModules, startJobRunner } from './start-job-runner';
export { JOB_MODULES } from './job-handlers';
