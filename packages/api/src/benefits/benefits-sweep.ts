import { loadBenefitCase, noticesEnded, overdueBenefitCases, type Database } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { actInTransaction, todayCst } from './benefits-service';

/**
 * The benefits sweep (run by the job queue): ends every 公示 period that is over (END_NOTICE by the
 * system, so the case becomes payable) and reports reviews past their due date for supervisors.
 * Idempotent: a case already out of notice is skipped, and the overdue list is only read.
 */
export async function sweepBenefits(db: Database, on: PlainDate = todayCst()): Promise<{ noticesEnded: number; overdue: number }> {
  let ended = 0;
  for (const id of await noticesEnded(db, on)) {
    const r = await db.transaction(async (tx) => {
      const c = await loadBenefitCase(tx, id, true);
      if (!c || c.row.status !== 'PUBLIC_NOTICE') return { ok: false as const };
      return actInTransaction(tx, id, { type: 'END_NOTICE', payload: {} }, { role: 'SYSTEM', userId: null }, on);
    });
    if (r.ok) ended++;
  }
  return { noticesEnded: ended, overdue: (await overdueBenefitCases(db, on)).length };
}
