import { describe, it, expect } from 'vitest';
import { formatTimestamp } from './timestamp';

describe('timestamps', () => {
  it('shows instants in China Standard Time whatever the browser zone', () => {
    expect(formatTimestamp('2026-11-21T23:59:00Z', 'zh')).toBe('2026-11-22 07:59');
    expect(formatTimestamp('2026-11-21T16:05:00.123+00:00', 'en')).toBe('2026-11-22 00:05 (UTC+8)');
  });

  it('shows unreadable text as it came', () => {
    expect(formatTimestamp('yesterday', 'zh')).toBe('yesterday');
  });
});
