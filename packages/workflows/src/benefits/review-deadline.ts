import { computeDeadline, type Calendar } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';
import type { BenefitCaseState } from './fold-case';

/**
 * Due date of the review (受理 → decision): `workingDays` working days from acceptance (or
 * submission while not yet accepted), the clock stopped while awaiting 补正 materials. Null
 * when the review is over or the calendar lacks a year (the sweep retries later).
 */
export function reviewDueDate(state: BenefitCaseState, workingDays: number, calendar: Calendar, today: PlainDate): PlainDate | null {
  if (!['SUBMITTED', 'UNDER_REVIEW', 'AWAITING_CORRECTION'].includes(state.status)) return null;
  const from = state.dates.acceptedOn ?? state.dates.submittedOn;
  if (!from) return null;
  const pauses = state.pauses.map((p) => ({ from: p.from, until: p.until ?? today }));
  const r = computeDeadline(calendar, { from, workingDays, pauses });
  return r.ok ? r.value.due : null;
}

/** Last day of a 公示 period of `workingDays` working days starting the day after `from`. */
export function noticeUntil(from: PlainDate, workingDays: number, calendar: Calendar): PlainDate | null {
  if (workingDays <= 0) return null;
  const r = calendar.addWorkingDays(from, workingDays);
  return r.ok ? r.value : null;
}
