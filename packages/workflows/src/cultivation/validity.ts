import { addDays, type PlainDate } from '@huiqi/kernel';

/**
 * The last day of a validity of `years` full years starting on `from` (both ends included): the day
 * before the same calendar day `years` later, so 2026-12-07 + 3 years ends on 2029-12-06; a 29 February
 * start ends on 28 February. (The first day counts because the certificate is valid from it.)
 */
export function validityEnd(from: PlainDate, years: number): PlainDate {
  const y = Number(from.slice(0, 4)) + years;
  const md = from.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const anniversary = (md === '02-29' && !leap ? `${y}-03-01` : `${y}-${md}`) as PlainDate;
  return addDays(anniversary, -1);
}
