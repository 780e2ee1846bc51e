import { purgeSucceededJobs, type JobModuleFactory } from '@huiqi/db';

/** SUCCEEDED jobs are kept this long for inspection, then deleted (DEAD jobs are kept). */
export const SUCCEEDED_RETENTION_DAYS = 7;

/** The queue's own upkeep: every night at 03:30 China time, delete succeeded jobs past retention. */
export const jobsHousekeeping: JobModuleFactory = ({ db }) => ({
  id: 'jobs',
  handlers: {
    'jobs.purge-succeeded': async (job) => {
      const before = new Date(Date.parse(job.runAt) - SUCCEEDED_RETENTION_DAYS * 86_400_000);
      await purgeSucceededJobs(db, before);
    },
  },
  schedules: [{ queue: 'jobs.purge-succeeded', spec: { dailyAt: '03:30', timeZone: 'Asia/Shanghai' } }],
});
