import type { JobModuleFactory } from '@huiqi/db';
import { sweepVoucherExpiry, VOUCHER_EXPIRY_QUEUE } from '@huiqi/api';

/**
 * 服务券过期: every hour, unused vouchers (issued or claimed) whose last day has passed expire and
 * their amount returns to the programme's budget. Expiring a voucher twice is refused by its
 * transition table, so at-least-once delivery is safe.
 */
export const voucherExpirySweep: JobModuleFactory = ({ db }) => ({
  id: 'services',
  handlers: {
    [VOUCHER_EXPIRY_QUEUE]: async () => {
      await sweepVoucherExpiry(db);
    },
  },
  schedules: [{ queue: VOUCHER_EXPIRY_QUEUE, spec: { everySeconds: 3600 } }],
});
