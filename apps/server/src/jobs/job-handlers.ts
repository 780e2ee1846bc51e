/**
 * The job registry: one line per feature module. Each entry builds the module's handlers (by queue
 * name, `<module>.<task>`) and its recurring schedules on the server's database. Handlers run at
 * least once per job — make them idempotent. See docs/adr/0006-job-queue.md.
 */
import type { JobModuleFactory } from '@huiqi/db';
import { jobsHousekeeping } from './jobs-housekeeping';
import { appealsDeadlineSweep } from './appeals-deadline-sweep';
import { benefitsSweep } from './benefits-sweep';
import { publicationNotices } from './publication-notices';
import { deliveryJobs } from '../delivery/delivery-jobs';
import { consultationPeriodSweep } from './consultation-period-sweep';
import { voucherExpirySweep } from './voucher-expiry-sweep';
import { statisticsMonthlyRelease } from './statistics-monthly-release';

export const JOB_MODULES: readonly JobModuleFactory[] = [
  jobsHousekeeping,
  appealsDeadlineSweep,
  benefitsSweep,
  publicationNotices,
  deliveryJobs,
  consultationPeriodSweep,
  voucherExpirySweep,
  statisticsMonthlyRelease,
];
