import { describe, expect, it } from 'vitest';
import { recentMonths, valueText } from './stat-values';

describe('statistics values', () => {
  it('shows counts grouped, money in 万元 and rates with one decimal', () => {
    expect(valueText('ENTERPRISES', 12345)).toBe('12,345');
    expect(valueText('FEN', 123_456_789)).toBe('123.46');
    expect(valueText('WAN_YUAN', 98765)).toBe('98,765');
    expect(valueText('PERCENT', 87.25)).toBe('87.3%');
    expect(valueText('PERSONS', null)).toBe('—');
  });
  it('lists the months before the current Beijing month, newest first', () => {
    expect(recentMonths(new Date('2026-01-10T00:00:00Z'), 3)).toEqual(['2025-12', '2025-11', '2025-10']);
    expect(recentMonths(new Date('2026-02-28T17:00:00Z'), 2)).toEqual(['2026-02', '2026-01']);
  });
});
