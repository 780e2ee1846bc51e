import { today } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { CASE_TIME_ZONE, localDateOf, localMonthOf } from './local-time';

describe('localDateOf', () => {
  it('is the date in China Standard Time around midnight, in both directions of the offset', () => {
    expect(localDateOf('2026-02-16T15:59:59.999Z')).toBe('2026-02-16');
    expect(localDateOf('2026-02-16T16:00:00Z')).toBe('2026-02-17');
    expect(localDateOf('2026-02-17T00:00:00+08:00')).toBe('2026-02-17');
    expect(localDateOf('2026-02-16T23:59:59-09:00')).toBe('2026-02-17');
    expect(localDateOf(Date.UTC(2025, 11, 31, 16))).toBe('2026-01-01');
    expect(localMonthOf('2026-09-30T16:30:00Z')).toBe('2026-10');
  });

  it('agrees with the time-zone database on every hour of a leap year and across 1991 summer time', () => {
    for (let ms = Date.UTC(2028, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 3_600_000 + 17_000) {
      expect(localDateOf(ms)).toBe(today(CASE_TIME_ZONE, new Date(ms)));
    }
    // 15:30Z on 1991-07-01 was 00:30 on July 2nd in China's summer time (UTC+9), 23:30 on July 1st at +8
    expect(localDateOf('1991-07-01T15:30:00Z')).toBe('1991-07-02');
  });
});
