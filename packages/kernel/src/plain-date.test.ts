import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, inWindow, parsePlainDate, plainDate, today, weekday } from './plain-date';

describe('PlainDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(parsePlainDate('2024-02-29')).toBe('2024-02-29');
    expect(parsePlainDate('2025-02-29')).toBeNull();
    expect(parsePlainDate('2025-13-01')).toBeNull();
    expect(parsePlainDate('2025-1-01')).toBeNull();
    expect(() => plainDate('yesterday')).toThrow(/YYYY-MM-DD/);
  });

  it('steps across months, years and leap days exactly', () => {
    expect(addDays(plainDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(plainDate('2025-12-31'), 1)).toBe('2026-01-01');
    expect(daysBetween(plainDate('2026-01-01'), plainDate('2026-12-31'))).toBe(364);
  });

  it('knows weekdays (2026-02-14 is a Saturday)', () => {
    expect(weekday(plainDate('2026-02-14'))).toBe(6);
    expect(weekday(plainDate('2026-02-15'))).toBe(7);
    expect(weekday(plainDate('2026-02-16'))).toBe(1);
  });

  it('takes today in China Standard Time, not UTC', () => {
    expect(today('Asia/Shanghai', new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });

  it('treats a window as half-open', () => {
    const d = plainDate('2023-12-31');
    expect(inWindow(d, plainDate('2023-01-01'), plainDate('2024-01-01'))).toBe(true);
    expect(inWindow(plainDate('2024-01-01'), plainDate('2023-01-01'), plainDate('2024-01-01'))).toBe(false);
    expect(inWindow(d, null, null)).toBe(true);
  });
});
