import type { JobModuleFactory } from '@huiqi/db';
import { CONSULTATION_NOTICES_QUEUE, notifyConsultation, sweepConsultationPeriods, type ConsultationNoticeJobPayload } from '@huiqi/api';

export const CONSULTATION_SWEEP_QUEUE = 'consultation.period-sweep';

/**
 * 征求意见: every 15 minutes, end the comment period of consultations whose last day has passed;
 * and the notice jobs an opening enqueues (one per uscc range of the registry), each inserting a
 * CONSULTATION_OPENED notice for the related enterprises of its range, which the delivery jobs then
 * push through their channels. Both insert nothing twice, so at-least-once delivery is safe.
 */
export const consultationPeriodSweep: JobModuleFactory = ({ db }) => ({
  id: 'consultation',
  handlers: {
    [CONSULTATION_SWEEP_QUEUE]: async () => {
      await sweepConsultationPeriods(db);
    },
    [CONSULTATION_NOTICES_QUEUE]: async (job) => {
      await notifyConsultation(db, job.payload as ConsultationNoticeJobPayload);
    },
  },
  schedules: [{ queue: CONSULTATION_SWEEP_QUEUE, spec: { everySeconds: 900 } }],
});
