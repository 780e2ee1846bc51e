import { addDays, plainDate, toEpochDay, fromEpochDay } from '@huiqi/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDataError } from './calendar-error';
import { createCalendar } from './create-calendar';
import { shippedCalendar, shippedYearEntries } from './load-shipped';
import type { CalendarYearEntry } from './year-entry';

const cal = shippedCalendar();
const national = shippedYearEntries();
const entry2026 = national.find((e) => e.year === 2026 && e.jurisdiction === 'cn')!;

describe('addWorkingDays / countWorkingDays', () => {
  it('skips 春节 2026 and counts the adjusted Saturdays', () => {
    expect(cal.addWorkingDays(plainDate('2026-02-13'), 1)).toEqual({ ok: true, value: '2026-02-14' });
    expect(cal.addWorkingDays(plainDate('2026-02-14'), 1)).toEqual({ ok: true, value: '2026-02-24' });
    expect(cal.addWorkingDays(plainDate('2026-02-24'), -1)).toEqual({ ok: true, value: '2026-02-14' });
    expect(cal.addWorkingDays(plainDate('2026-02-15'), 0)).toEqual({ ok: true, value: '2026-02-15' });
    expect(cal.countWorkingDays(plainDate('2026-02-13'), plainDate('2026-02-28'))).toEqual({ ok: true, value: 6 });
  });

  it('addCalendarDays applies Art. 203', () => {
    expect(cal.addCalendarDays(plainDate('2026-09-30'), 1)).toEqual({ ok: true, value: '2026-10-08' });
    expect(cal.addCalendarDays(plainDate('2026-09-30'), 0).ok).toBe(false);
  });

  it('property: addWorkingDays(d, n) is a working day and exactly n working days lie after d up to it', () => {
    const first = toEpochDay(plainDate('2004-01-01'));
    const last = toEpochDay(plainDate('2026-10-31'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 40 }), (day, n) => {
        const d = fromEpochDay(day);
        const r = cal.addWorkingDays(d, n);
        if (!r.ok) return false;
        const w = cal.isWorkingDay(r.value);
        const c = cal.countWorkingDays(d, r.value);
        const before = cal.countWorkingDays(d, addDays(r.value, -1));
        return w.ok && w.value && c.ok && c.value === n && before.ok && before.value === n - 1;
      }),
      { numRuns: 500 },
    );
  });

  it('property: going back n working days undoes going forward from a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(plainDate('2005-01-01')), max: toEpochDay(plainDate('2026-10-31')) }), fc.integer({ min: 1, max: 30 }), (day, n) => {
        const start = cal.nextWorkingDayFrom(fromEpochDay(day));
        if (!start.ok) return false;
        const fwd = cal.addWorkingDays(start.value, n);
        if (!fwd.ok) return false;
        const back = cal.addWorkingDays(fwd.value, -n);
        return back.ok && back.value === start.value;
      }),
      { numRuns: 300 },
    );
  });
});

describe('createCalendar: overrides and local calendars', () => {
  const local: CalendarYearEntry = {
    year: 2026,
    jurisdiction: 'cn-gd-sz',
    source: { issuer: '测试', title: '本地调整（测试数据）', documentNumber: null, publishedOn: null, url: null, provenance: 'test fixture' },
    holidays: [{ name: { zh: '本地假日', en: 'Local day off' }, off: { from: plainDate('2026-03-03'), to: plainDate('2026-03-03') }, work: [plainDate('2026-03-07')] }],
  };

  it('a local calendar inherits the national one and overlays its own days', () => {
    const sz = createCalendar([...national, local], { jurisdiction: 'cn-gd-sz' });
    expect(sz.isWorkingDay(plainDate('2026-03-03'))).toEqual({ ok: true, value: false });
    expect(sz.isWorkingDay(plainDate('2026-03-07'))).toEqual({ ok: true, value: true });
    expect(sz.dayInfo(plainDate('2026-03-03'))).toMatchObject({ ok: true, value: { decidedBy: 'cn-gd-sz', holiday: { zh: '本地假日' } } });
    expect(sz.isWorkingDay(plainDate('2026-10-01'))).toEqual({ ok: true, value: false }); // national
    // The national calendar is unaffected.
    expect(cal.isWorkingDay(plainDate('2026-03-03'))).toEqual({ ok: true, value: true });
    // Another city does not see Shenzhen's day.
    const gz = createCalendar([...national, local], { jurisdiction: 'cn-gd-gz' });
    expect(gz.isWorkingDay(plainDate('2026-03-03'))).toEqual({ ok: true, value: true });
  });

  it('a local entry alone does not make a year known', () => {
    const sz = createCalendar([{ ...local, year: 2027, holidays: [] }], { jurisdiction: 'cn-gd-sz' });
    const r = sz.isWorkingDay(plainDate('2027-03-03'));
    expect(!r.ok && r.error).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', year: 2027, jurisdiction: 'cn-gd-sz' });
  });

  it('an administrator can add 2027 (and override a year) by appending entries: the later one wins', () => {
    const y2027: CalendarYearEntry = {
      ...entry2026,
      year: 2027,
      source: { ...entry2026.source, title: '测试用2027年安排（虚构）', provenance: 'test fixture, not the real 2027 notice' },
      holidays: [{ name: { zh: '国庆节', en: 'National Day' }, off: { from: plainDate('2027-10-01'), to: plainDate('2027-10-07') }, work: [] }],
    };
    const c = createCalendar([...national, y2027]);
    expect(c.years.at(-1)).toBe(2027);
    expect(c.isWorkingDay(plainDate('2027-10-01'))).toEqual({ ok: true, value: false });
    expect(c.isWorkingDay(plainDate('2027-10-08'))).toEqual({ ok: true, value: true });

    const override: CalendarYearEntry = { ...entry2026, holidays: entry2026.holidays.filter((h) => h.name.zh !== '国庆节') };
    const o = createCalendar([...national, override]);
    expect(o.isWorkingDay(plainDate('2026-10-05'))).toEqual({ ok: true, value: true });
    expect(o.isWorkingDay(plainDate('2026-02-16'))).toEqual({ ok: true, value: false });
  });

  it('throws CalendarDataError when two entries of one level contradict each other', () => {
    const clash: CalendarYearEntry = {
      ...entry2026,
      year: 2027,
      holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, off: { from: plainDate('2027-01-01'), to: plainDate('2027-01-01') }, work: [plainDate('2026-12-31')] }],
    };
    const bad: CalendarYearEntry = { ...entry2026, holidays: [...entry2026.holidays, { name: { zh: '测试', en: 'test' }, off: { from: plainDate('2026-12-31'), to: plainDate('2026-12-31') }, work: [] }] };
    expect(() => createCalendar([bad, clash])).toThrow(CalendarDataError);
    expect(() => createCalendar([bad, clash])).toThrow(/2026-12-31/);
  });
});
