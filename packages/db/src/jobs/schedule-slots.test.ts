import { describe, expect, it } from 'vitest';
import { JobInputError } from './job-types';
import { latestSlotAtOrBefore, nextSlot, normaliseSpec } from './schedule-slots';

const d = (iso: string) => new Date(iso);

describe('schedule slots', () => {
  it('aligns interval slots to the epoch, so every runner computes the same ones', () => {
    const spec = normaliseSpec({ everySeconds: 300 });
    expect(nextSlot(spec, d('2026-11-22T01:02:03.000Z')).toISOString()).toBe('2026-11-22T01:05:00.000Z');
    expect(nextSlot(spec, d('2026-11-22T01:05:00.000Z')).toISOString()).toBe('2026-11-22T01:10:00.000Z');
    expect(latestSlotAtOrBefore(spec, d('2026-11-22T01:05:00.000Z')).toISOString()).toBe('2026-11-22T01:05:00.000Z');
    expect(latestSlotAtOrBefore(spec, d('2026-11-22T01:09:59.999Z')).toISOString()).toBe('2026-11-22T01:05:00.000Z');
  });

  it('puts a daily slot at the wall-clock time in China (UTC+8) by default', () => {
    const spec = normaliseSpec({ dailyAt: '03:30' });
    expect(spec.timeZone).toBe('Asia/Shanghai');
    // 2026-11-22 03:30 in Beijing = 2026-11-21 19:30 UTC
    expect(nextSlot(spec, d('2026-11-21T12:00:00.000Z')).toISOString()).toBe('2026-11-21T19:30:00.000Z');
    expect(nextSlot(spec, d('2026-11-21T19:30:00.000Z')).toISOString()).toBe('2026-11-22T19:30:00.000Z');
    expect(latestSlotAtOrBefore(spec, d('2026-11-22T19:29:00.000Z')).toISOString()).toBe('2026-11-21T19:30:00.000Z');
  });

  it('follows daylight-saving changes in zones that have them', () => {
    const spec = normaliseSpec({ dailyAt: '09:00', timeZone: 'Europe/Berlin' });
    // CET (UTC+1) before 2026-03-29, CEST (UTC+2) from then
    expect(nextSlot(spec, d('2026-03-28T00:00:00.000Z')).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(nextSlot(spec, d('2026-03-28T08:00:00.000Z')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('refuses a bad spec with a bilingual message', () => {
    expect(() => normaliseSpec({ everySeconds: 0 })).toThrow(JobInputError);
    expect(() => normaliseSpec({ everySeconds: 1.5 })).toThrow(/everySeconds/);
    expect(() => normaliseSpec({ dailyAt: '24:00' })).toThrow(/dailyAt 应为 HH:MM/);
    expect(() => normaliseSpec({ dailyAt: '07:00', timeZone: 'Mars/Olympus' })).toThrow(/未知时区.*unknown time zone/);
  });
});
