import { describe, expect, it } from 'vitest';
import { beijingDay } from './beijing-date';

describe('beijingDay', () => {
  it('is the calendar day in Beijing: 23:30 UTC is already the next day there', () => {
    expect(beijingDay('2026-12-06T23:30:00Z').format('YYYY-MM-DD')).toBe('2026-12-07');
    expect(beijingDay('2026-12-06T15:59:59Z').format('YYYY-MM-DD')).toBe('2026-12-06');
  });
});
