import { describe, expect, it } from 'vitest';
import { consentEndDate } from './consent-period';

describe('consentEndDate', () => {
  it('counts both ends, across months and leap days', () => {
    expect(consentEndDate('2026-12-07', 1)).toBe('2026-12-07');
    expect(consentEndDate('2026-12-07', 30)).toBe('2027-01-05');
    expect(consentEndDate('2028-02-01', 90)).toBe('2028-04-30');
  });
});
