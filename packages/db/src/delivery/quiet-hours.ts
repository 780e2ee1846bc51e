import type { QuietHours } from './delivery-types';

/** A wall-clock time `HH:MM` (00:00–23:59). */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** China Standard Time is UTC+8 all year (no daylight saving since 1991), so Asia/Shanghai is a fixed offset. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

const minuteOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Both ends are `HH:MM` and differ (equal ends would mean "never" or "always"; neither is allowed). */
export function isValidQuietHours(q: QuietHours): boolean {
  return HH_MM.test(q.from) && HH_MM.test(q.until) && q.from !== q.until;
}

/**
 * When `at` falls inside the quiet hours (Asia/Shanghai), the instant they end; otherwise null.
 * `from` is inside, `until` is not: 22:00–07:00 holds 22:00 and 06:59 but not 07:00. A period with
 * `from` later than `until` spans midnight.
 */
export function quietHoursEnd(at: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const local = at.getTime() + CST_OFFSET_MS;
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  const now = (local - midnight) / MINUTE_MS;
  const from = minuteOfDay(quiet.from);
  const until = minuteOfDay(quiet.until);
  let end: number | null = null;
  if (from < until) {
    if (now >= from && now < until) end = midnight + until * MINUTE_MS;
  } else if (now >= from) {
    end = midnight + DAY_MS + until * MINUTE_MS; // tonight → tomorrow morning
  } else if (now < until) {
    end = midnight + until * MINUTE_MS; // after midnight → this morning
  }
  return end === null ? null : new Date(end - CST_OFFSET_MS);
}
