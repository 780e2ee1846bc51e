import fc from 'fast-check';
import { addDays, daysBetween, type PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline';
import { shippedCalendar } from './load-shipped';

const cal = shippedCalendar();
const first = cal.years[0]!;
const lastYear = cal.years.at(-1)!;
// Start dates whose periods stay inside the shipped years (a period may run up to ~14 months).
const start = fc
  .integer({ min: 0, max: daysBetween(`${first}-01-01` as PlainDate, `${lastYear - 1}-10-31` as PlainDate) })
  .map((n) => addDays(`${first}-01-01` as PlainDate, n));
const working = (d: PlainDate) => {
  const w = cal.isWorkingDay(d);
  if (!w.ok) throw new Error(`no calendar data for ${d}`);
  return w.value;
};

describe('computeDeadline against the shipped calendar data (民法典 第二百零一条、第二百零三条、第二百零四条)', () => {
  it('n days: the last counted day is from + n; the due day is the first working day on or after it; every day skipped is a rest day', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const r = computeDeadline(cal, { from, days: n });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.lastCountedDay).toBe(addDays(from, n));
        expect(working(r.value.due)).toBe(true);
        for (let d = r.value.lastCountedDay; d < r.value.due; d = addDays(d, 1)) expect(working(d)).toBe(false);
        expect(r.value.movedToWorkingDay).toBe(r.value.due !== r.value.lastCountedDay);
      }),
      { numRuns: 400 },
    );
  });

  it('an adjusted working day (调休上班) never moves a due date; a holiday always does', () => {
    for (const e of cal.entries) {
      for (const h of e.holidays) {
        for (const w of h.work) {
          const r = computeDeadline(cal, { from: addDays(w, -10), days: 10 });
          expect(r.ok && r.value.due).toBe(w);
        }
        const r = computeDeadline(cal, { from: addDays(h.off.from, -10), days: 10 });
        expect(r.ok && r.value.due > h.off.to).toBe(true);
      }
    }
  });

  it('n working days: the due day is a working day and exactly n working days lie after the start', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const r = computeDeadline(cal, { from, workingDays: n });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(working(r.value.due)).toBe(true);
        const count = cal.countWorkingDays(from, r.value.due);
        expect(count.ok && count.value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('an agreed exception (第二百零四条) ends the period on from + n, whatever the day', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const r = computeDeadline(cal, { from, days: n, exception: { by: 'CONTRACT', source: '遇节假日不顺延' } });
        expect(r.ok && r.value.due).toBe(addDays(from, n));
      }),
      { numRuns: 200 },
    );
  });

  it('one period module: the calendar’s addCalendarDays and addWorkingDays give computeDeadline’s due date for every start and length (公示, consultation and review periods use either)', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 120 }), (from, n) => {
        const days = computeDeadline(cal, { from, days: n });
        const wd = computeDeadline(cal, { from, workingDays: n });
        expect(days.ok && wd.ok).toBe(true);
        if (!days.ok || !wd.ok) return;
        expect(cal.addCalendarDays(from, n)).toEqual({ ok: true, value: days.value.due });
        expect(cal.addWorkingDays(from, n)).toEqual({ ok: true, value: wd.value.due });
      }),
      { numRuns: 300 },
    );
  });
});
