import { listConsultationsPastEnd, type Database } from '@huiqi/db';
import { consultationNow } from './consultation-clock';
import { actOnConsultation, beijingNow } from './consultation-service';

const SYSTEM = { kind: 'SYSTEM', id: 'system', displayName: '系统', departmentId: null } as const;

/**
 * Ends the comment period of every open consultation whose last day has passed (Beijing date).
 * Idempotent: the action id is fixed per consultation, so a second run or a concurrent one adds
 * nothing; a consultation the officer already ended is no longer listed. Returns how many it ended.
 */
export async function sweepConsultationPeriods(db: Database, now: Date = consultationNow()): Promise<number> {
  const at = beijingNow(now);
  const ids = await listConsultationsPastEnd(db, at.slice(0, 10));
  let ended = 0;
  for (const id of ids) {
    try {
      await actOnConsultation(db, id, 'PERIOD_ENDED', SYSTEM, {}, { at, actionId: `period-ended-${id}` });
      ended++;
    } catch {
      // ended meanwhile by the officer or another sweep: nothing to do
    }
  }
  return ended;
}
