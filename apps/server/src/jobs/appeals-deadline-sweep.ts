import type { JobModuleFactory } from '@huiqi/db';
import { sweepAppealDeadlines } from '@huiqi/api';

export const APPEALS_SWEEP_QUEUE = 'appeals.deadline-sweep';

/**
 * 诉求期限巡检: every 15 minutes, record near-due and overdue reminders for open appeals and
 * recompute due dates that were unknown for want of a calendar year. The sweep is idempotent
 * (reminder ids derive from case, clock, level and due date), so at-least-once delivery is safe.
 */
export const appealsDeadlineSweep: JobModuleFactory = ({ db }) => ({
  id: 'appeals',
  handlers: {
    [APPEALS_SWEEP_QUEUE]: async () => {
      await sweepAppealDeadlines(db, new Date().toISOString());
    },
  },
  schedules: [{ queue: APPEALS_SWEEP_QUEUE, spec: { everySeconds: 900 } }],
});
