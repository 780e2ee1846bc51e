import { computeDeadline, type Calendar, type CalendarError, type Deadline, type DeadlineInput } from '@huiqi/calendar';
import type { Result } from '@huiqi/kernel';

/** Distinct (start, period) pairs remembered per calendar before the memo starts afresh. */
const MAX_ENTRIES = 20_000;

const memos = new WeakMap<Calendar, Map<string, Result<Deadline, CalendarError>>>();

/**
 * `computeDeadline` for a period without pauses, remembered per calendar: every submission of a
 * day asks for the same few due dates (same start day, same time limits). A calendar never changes
 * once built (an edited calendar is a new object), so a remembered answer stays right; answers with
 * pauses are computed each time. The result is shared: callers must not change it.
 */
export function deadlineWithoutPauses(calendar: Calendar, input: Omit<DeadlineInput, 'pauses'>): Result<Deadline, CalendarError> {
  let memo = memos.get(calendar);
  if (!memo) {
    memo = new Map();
    memos.set(calendar, memo);
  }
  const key = `${String(input.from)}|${input.days ?? ''}|${input.workingDays ?? ''}|${input.months ?? ''}|${input.years ?? ''}`;
  let r = memo.get(key);
  if (!r) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    r = computeDeadline(calendar, input);
    memo.set(key, r);
  }
  return r;
}
