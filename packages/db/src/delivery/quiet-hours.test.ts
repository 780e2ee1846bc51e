import { describe, expect, it } from 'vitest';
import { isValidQuietHours, quietHoursEnd } from './quiet-hours';
import { DELIVERY_BACKOFF_MS, MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from './retry-policy';

/** An instant given as China Standard Time wall-clock text. */
const cst = (text: string) => new Date(`${text}+08:00`);

describe('quiet hours (Asia/Shanghai)', () => {
  const night = { from: '22:00', until: '07:00' };

  it('defers across midnight: late evening and early morning end at 07:00 China time', () => {
    expect(quietHoursEnd(cst('2026-03-01T23:30:00'), night)).toEqual(cst('2026-03-02T07:00:00'));
    expect(quietHoursEnd(cst('2026-03-01T22:00:00'), night)).toEqual(cst('2026-03-02T07:00:00'));
    expect(quietHoursEnd(cst('2026-03-02T03:15:00'), night)).toEqual(cst('2026-03-02T07:00:00'));
    expect(quietHoursEnd(cst('2026-03-02T06:59:59'), night)).toEqual(cst('2026-03-02T07:00:00'));
  });

  it('lets through what is outside the period, the end minute included', () => {
    expect(quietHoursEnd(cst('2026-03-02T07:00:00'), night)).toBeNull();
    expect(quietHoursEnd(cst('2026-03-02T12:00:00'), night)).toBeNull();
    expect(quietHoursEnd(cst('2026-03-02T21:59:00'), night)).toBeNull();
    expect(quietHoursEnd(cst('2026-03-02T12:00:00'), null)).toBeNull();
  });

  it('handles a daytime period within one day (lunch break 12:00–13:30)', () => {
    const lunch = { from: '12:00', until: '13:30' };
    expect(quietHoursEnd(cst('2026-03-02T12:10:00'), lunch)).toEqual(cst('2026-03-02T13:30:00'));
    expect(quietHoursEnd(cst('2026-03-02T11:59:00'), lunch)).toBeNull();
    expect(quietHoursEnd(cst('2026-03-02T13:30:00'), lunch)).toBeNull();
  });

  it('works on the China date even when the UTC date differs (00:30 China time is the previous UTC day)', () => {
    expect(quietHoursEnd(new Date('2026-03-01T16:30:00Z'), night)).toEqual(new Date('2026-03-01T23:00:00Z'));
  });

  it('accepts HH:MM with different ends only', () => {
    expect(isValidQuietHours(night)).toBe(true);
    expect(isValidQuietHours({ from: '22:00', until: '22:00' })).toBe(false);
    expect(isValidQuietHours({ from: '24:00', until: '07:00' })).toBe(false);
    expect(isValidQuietHours({ from: '7:00', until: '08:00' })).toBe(false);
  });
});

describe('delivery backoff', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, then gives up after the fifth attempt', () => {
    const at = new Date('2026-03-02T00:00:00Z');
    const waits = [1, 2, 3, 4].map((n) => nextDeliveryAttempt(n, at)!.getTime() - at.getTime());
    expect(waits).toEqual([...DELIVERY_BACKOFF_MS]);
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(nextDeliveryAttempt(5, at)).toBeNull();
  });
});
