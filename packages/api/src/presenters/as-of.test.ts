import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { endOfDayInstant } from './as-of';

describe('as-of instants', () => {
  it('ends the day at midnight China Standard Time', () => {
    expect(endOfDayInstant(plainDate('2025-03-05'))).toBe('2025-03-05T15:59:59.999Z');
    expect(endOfDayInstant(plainDate('2024-12-31'))).toBe('2024-12-31T15:59:59.999Z');
  });
});
