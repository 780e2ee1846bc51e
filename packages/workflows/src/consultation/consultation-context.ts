import type { Calendar } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';

/** An addressable element of a text version, as the reader cites it. */
export interface ResolvedAddress {
  /** `第十五条第一款第（三）项` */
  citation: string;
  /** The article that contains it (itself for an article). */
  articleEid: string | null;
}

/** The configured minimum comment period, with the parameter's own flags (shown beside the period). */
export interface MinimumPeriod {
  days: number;
  /** The parameter value is flagged unverified in the rule base (its source text is not in the library). */
  isUnverified: boolean;
  /** The reference the parameter value cites. */
  reference: string | null;
}

/**
 * What the domain needs from outside, as ports (the API supplies them from the law library,
 * the calendar and the rule base's parameters). Nothing here does I/O.
 */
export interface ConsultationContext {
  /** Official working-day calendar of the consultation's jurisdiction. */
  calendar: Calendar;
  /** The minimum comment period on `date` in `jurisdiction` (dated parameter `consultation.min_period_days`), or null when none is configured. */
  minimumPeriod(jurisdiction: string, date: PlainDate): MinimumPeriod | null;
  /** The element `eid` of version `versionId` of work `workId`, or null when it does not exist in that version. */
  resolveAddress(workId: string, versionId: string, eid: string): ResolvedAddress | null;
}
