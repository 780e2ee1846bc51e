import type { JobModuleFactory } from '@huiqi/db';
import { runMonthlyRelease, STATISTICS_RELEASE_QUEUE } from '@huiqi/api';

/**
 * 统计发布: every day at 02:30 (Beijing), from the release day of the month on (a setting of the SME
 * bureau, default the 10th), the previous month's public tables are published as a release unless
 * that month already has one. A release is stored once per month, so a job that runs twice, a day
 * the runner missed or a month published by hand meanwhile change nothing.
 */
export const statisticsMonthlyRelease: JobModuleFactory = ({ db }) => ({
  id: 'statistics',
  handlers: {
    [STATISTICS_RELEASE_QUEUE]: async (job) => {
      await runMonthlyRelease(db, new Date(job.runAt));
    },
  },
  schedules: [{ queue: STATISTICS_RELEASE_QUEUE, spec: { dailyAt: '02:30', timeZone: 'Asia/Shanghai' } }],
});
