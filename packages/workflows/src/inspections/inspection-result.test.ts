import { shippedCalendar } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { publicationDue, publicationState } from './inspection-result';

const calendar = shippedCalendar('cn');
const d = (s: string) => s as PlainDate;

describe('publication of inspection results', () => {
  it('counts 20 working days on the official calendar: the day the inspection ended is not counted, 中秋 and 国庆 are skipped, the 调休 Saturday 10-10 counts', () => {
    expect(publicationDue(calendar, d('2026-09-24'), 20)).toEqual({ ok: true, value: '2026-10-29' });
    expect(publicationDue(calendar, d('2026-11-02'), 1)).toEqual({ ok: true, value: '2026-11-03' });
  });

  it('refuses to guess into a year the calendar has no data for', () => {
    const r = publicationDue(calendar, d('2026-12-20'), 20);
    expect(!r.ok && r.error.message.zh).toContain('2027');
  });

  it('refuses a period that is not a positive number of working days', () => {
    expect(publicationDue(calendar, d('2026-11-02'), 0).ok).toBe(false);
    expect(publicationDue(calendar, d('2026-11-02'), 1.5).ok).toBe(false);
  });

  it('is pending up to and including the due day, overdue after it, published once published', () => {
    expect(publicationState(d('2026-10-29'), null, d('2026-10-29'))).toBe('PENDING');
    expect(publicationState(d('2026-10-29'), null, d('2026-10-30'))).toBe('OVERDUE');
    expect(publicationState(d('2026-10-29'), d('2026-11-05'), d('2026-11-06'))).toBe('PUBLISHED');
    expect(publicationState(null, null, d('2026-12-20'))).toBe('DUE_UNKNOWN');
  });
});
