import type { JobModuleFactory } from '@huiqi/db';
import { sweepConsultationPeriods } from '@huiqi/api';

export const CONSULTATION_SWEEP_QUEUE = 'consultation.period-sweep';

/** 征求意见期届满: every 15 minutes, end the comment period of consultations whose last day has passed (idempotent). */
export const consultationPeriodSweep: JobModuleFactory = ({ db }) => ({
  id: 'consultation',
  handlers: {
    [CONSULTATION_SWEEP_QUEUE]: async () => {
      await sweepConsultationPeriods(db);
    },
  },
  schedules: [{ queue: CONSULTATION_SWEEP_QUEUE, spec: { everySeconds: 900 } }],
});
