import { today, type PlainDate } from '@huiqi/kernel';

/** Cases are handled in China Standard Time: the legal date of an instant is its date there. */
export const CASE_TIME_ZONE = 'Asia/Shanghai';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch for an ISO instant with an explicit offset, or null. */
export function parseInstant(at: string): number | null {
  if (typeof at !== 'string' || !INSTANT.test(at)) return null;
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * China Standard Time has been UTC+8 all year since 1992 (summer time ended in September 1991):
 * from then on the date is plain arithmetic, before it the zone database decides.
 */
const FIXED_OFFSET_SINCE_MS = Date.UTC(1992, 0, 1);
const OFFSET_MS = 8 * 3_600_000;

/** The legal date (China Standard Time) of an instant. The instant must be valid. */
export function localDateOf(at: string | number): PlainDate {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (ms >= FIXED_OFFSET_SINCE_MS) return new Date(ms + OFFSET_MS).toISOString().slice(0, 10) as PlainDate;
  return today(CASE_TIME_ZONE, new Date(at));
}

export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** `YYYY-MM` of an instant in China Standard Time. */
export function localMonthOf(at: string): string {
  return localDateOf(at).slice(0, 7);
}
