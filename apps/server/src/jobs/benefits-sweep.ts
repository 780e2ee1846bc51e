import type { JobModuleFactory } from '@huiqi/db';
import { sweepBenefits } from '@huiqi/api';

export const BENEFITS_SWEEP_QUEUE = 'benefits.sweep';

/**
 * 惠企兑现巡检: every hour, end the 公示 periods that are over (the cases become payable) and count
 * the reviews past their due date. Idempotent, so at-least-once delivery is safe.
 */
export const benefitsSweep: JobModuleFactory = ({ db }) => ({
  id: 'benefits',
  handlers: {
    [BENEFITS_SWEEP_QUEUE]: async () => {
      await sweepBenefits(db);
    },
  },
  schedules: [{ queue: BENEFITS_SWEEP_QUEUE, spec: { everySeconds: 3600 } }],
});
