import { addDays, type PlainDate } from '@huiqi/kernel';

/** The zone whose calendar days "as of YYYY-MM-DD" refers to: China Standard Time (UTC+8, no DST). */
const CST_OFFSET = '+08:00';

/** The last millisecond of the given day in China Standard Time, as an ISO instant. */
export function endOfDayInstant(day: PlainDate): string {
  return new Date(Date.parse(`${addDays(day, 1)}T00:00:00.000${CST_OFFSET}`) - 1).toISOString();
}
