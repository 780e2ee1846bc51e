import type { PlainDate } from '@huiqi/kernel';

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` text, by arithmetic (the civil-calendar day count),
 * because the writer converts millions of dates and `Date.UTC` dominates its profile.
 * Equal to kernel `toEpochDay` for every date (checked by a property test).
 */
export function epochDayOfText(d: PlainDate | string): number {
  const y0 = digits(d, 0, 4);
  const m = digits(d, 5, 2);
  const day = digits(d, 8, 2);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digits(s: string, start: number, len: number): number {
  let n = 0;
  for (let i = start; i < start + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
    n = n * 10 + c;
  }
  return n;
}
