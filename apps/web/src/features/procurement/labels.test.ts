import { describe, expect, it } from 'vitest';
import { currentYear, percentText, todayInChina } from './labels';

describe('procurement labels', () => {
  it('shows decimal shares as percents without float noise', () => {
    expect(percentText('0.3')).toBe('30%');
    expect(percentText('0.125')).toBe('12.5%');
    expect(percentText('0.07')).toBe('7%');
    expect(percentText(null)).toBe('—');
  });
  it('takes the date in China, not UTC', () => {
    const lateUtc = new Date('2026-12-31T17:00:00Z'); // 2027-01-01 01:00 in Beijing
    expect(currentYear(lateUtc)).toBe(2027);
    expect(todayInChina(lateUtc)).toBe('2027-01-01');
  });
});
