import { randomUUID } from 'node:crypto';
import { appendVoucherAction, listExpiringVoucherIds, loadVoucherLog, type Database } from '@huiqi/db';
import { applyVoucherAction, type AnyVoucherAction } from '@huiqi/workflows';
import { servicesNow } from './services-clock';
import { servicesToday } from './voucher-service';

/** Queue of the expiry sweep (apps/server/src/jobs/voucher-expiry-sweep.ts). */
export const VOUCHER_EXPIRY_QUEUE = 'services.voucher-expiry';

/**
 * Expires unused vouchers (issued or claimed) whose last day has passed (Beijing date); their amount
 * returns to the programme's budget (the budget counts only unexpired vouchers). Idempotent: an expired
 * voucher is not listed again, and a voucher changed meanwhile is left for the next run.
 */
export async function sweepVoucherExpiry(db: Database, batch = 500): Promise<{ expired: number }> {
  let expired = 0;
  const todayCst = servicesToday();
  for (;;) {
    const ids = await listExpiringVoucherIds(db, todayCst, batch);
    let progressed = 0;
    for (const id of ids) {
      const log = await loadVoucherLog(db, id);
      const action = { id: randomUUID(), type: 'EXPIRED', at: servicesNow().toISOString(), actor: { kind: 'SYSTEM' }, payload: {} } as AnyVoucherAction;
      const r = applyVoucherAction(log, action);
      if (!r.ok) continue;
      if (await db.transaction((tx) => appendVoucherAction(tx, r.value.voucher, log.length, action))) {
        expired++;
        progressed++;
      }
    }
    if (ids.length < batch || progressed === 0) return { expired };
  }
}
