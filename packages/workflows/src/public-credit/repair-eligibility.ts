import { addDays, compareDates, type PlainDate } from '@huiqi/kernel';
import { markState } from './publication-period';

/** What the eligibility check reads of a mark. */
export interface RepairableMark {
  markId: string;
  uscc: string;
  isPublic: boolean;
  period: { minimumEnd: PlainDate; end: PlainDate };
  repairedOn: PlainDate | null;
  publicationStoppedAt?: string | null;
}

/**
 * May the enterprise apply for repair of this mark today? 社会信用条例 第七十九条: after the shortest
 * publication period has run out. A mark already repaired, or whose longest period ended, has nothing
 * left to repair; one open application per mark at a time.
 */
export type RepairEligibility =
  | { canApply: true }
  | { canApply: false; reason: 'MINIMUM_NOT_SERVED'; from: PlainDate }
  | { canApply: false; reason: 'ALREADY_REPAIRED' | 'PUBLICATION_ENDED' | 'APPLICATION_OPEN' };

export function repairEligibility(m: RepairableMark, today: PlainDate, hasOpenApplication: boolean): RepairEligibility {
  const state = markState(m, today);
  if (state === 'REPAIRED') return { canApply: false, reason: 'ALREADY_REPAIRED' };
  if (state === 'PUBLICATION_ENDED' || state === 'PUBLICATION_STOPPED') return { canApply: false, reason: 'PUBLICATION_ENDED' };
  if (hasOpenApplication) return { canApply: false, reason: 'APPLICATION_OPEN' };
  if (compareDates(today, m.period.minimumEnd) <= 0) return { canApply: false, reason: 'MINIMUM_NOT_SERVED', from: addDays(m.period.minimumEnd, 1) };
  return { canApply: true };
}
