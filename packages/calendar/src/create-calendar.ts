import { addDays, err, ok, weekday, yearOf, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import { CalendarDataError, invalidInput, yearMissing, type CalendarDataIssue, type CalendarError, type CalendarYearMissing } from './calendar-error';
import { jurisdictionChain } from './jurisdiction-chain';
import type { CalendarYearEntry, DayInfo } from './year-entry';

/**
 * A working-day calendar for one jurisdiction. Every answer is a Result: a date in a
 * year with no data is `CALENDAR_YEAR_MISSING`, never a guess from the weekday.
 */
export interface Calendar {
  readonly jurisdiction: string;
  /** Years with national data, ascending. */
  readonly years: readonly number[];
  /** The year entries this calendar was built from (after overrides), root first. */
  readonly entries: readonly CalendarYearEntry[];
  dayInfo(date: PlainDate): Result<DayInfo, CalendarYearMissing>;
  isWorkingDay(date: PlainDate): Result<boolean, CalendarYearMissing>;
  /**
   * The n-th working day after `start` (n > 0), or before it (n < 0); `start` itself is
   * never counted (民法典 Art. 201). n = 0 returns `start` unchanged.
   */
  addWorkingDays(start: PlainDate, n: number): Result<PlainDate, CalendarError>;
  /**
   * Due date of a period of n calendar days from `start` (Art. 201: start day not counted;
   * Art. 203: a last day that is a holiday or rest day moves to the next working day).
   */
  addCalendarDays(start: PlainDate, n: number): Result<PlainDate, CalendarError>;
  /** Working days d with from < d ≤ to (the start day is not counted, as in Art. 201). */
  countWorkingDays(from: PlainDate, to: PlainDate): Result<number, CalendarYearMissing>;
  /** `date` itself when it is a working day, else the first working day after it. */
  nextWorkingDayFrom(date: PlainDate): Result<PlainDate, CalendarYearMissing>;
}

interface Mark {
  kind: 'HOLIDAY' | 'ADJUSTED_WORKDAY';
  holiday: BilingualText;
  decidedBy: string;
}

export interface CreateCalendarOptions {
  /** Defaults to `cn`, the national calendar. */
  jurisdiction?: string;
}

/**
 * Builds a calendar from year entries, e.g. the shipped files followed by an administrator's
 * entries from the database. For the same jurisdiction and year the **later entry replaces
 * the earlier one** (so overrides are appended). Entries of parent jurisdictions apply first;
 * a local entry overrides single days. A year is known only when the root (national)
 * jurisdiction has an entry for it. Contradictory data throws CalendarDataError (a data fault).
 */
export function createCalendar(entries: readonly CalendarYearEntry[], options: CreateCalendarOptions = {}): Calendar {
  const jurisdiction = options.jurisdiction ?? 'cn';
  const chain = jurisdictionChain(jurisdiction);
  const latest = new Map<string, CalendarYearEntry>();
  for (const e of entries) {
    if (chain.includes(e.jurisdiction)) latest.set(`${e.jurisdiction}/${e.year}`, e);
  }
  const used = [...latest.values()].sort((a, b) => chain.indexOf(a.jurisdiction) - chain.indexOf(b.jurisdiction) || a.year - b.year);
  const root = chain[0]!;
  const years = used.filter((e) => e.jurisdiction === root).map((e) => e.year);
  const knownYears = new Set(years);

  const marks = new Map<PlainDate, Mark>();
  const issues: CalendarDataIssue[] = [];
  for (const level of chain) {
    // Within one level two entries must not contradict each other (e.g. a 元旦 working day
    // listed in both the old and the new year's notice).
    const levelMarks = new Map<PlainDate, { mark: Mark; year: number }>();
    const put = (d: PlainDate, mark: Mark, year: number) => {
      const prev = levelMarks.get(d);
      if (prev && prev.mark.kind !== mark.kind) {
        issues.push({ where: `${level}/${year}`, message: { zh: `${d} 与 ${level}/${prev.year} 的安排相互矛盾`, en: `${d} contradicts the arrangement in ${level}/${prev.year}` } });
      }
      levelMarks.set(d, { mark, year });
    };
    for (const e of used) {
      if (e.jurisdiction !== level) continue;
      for (const h of e.holidays) {
        for (let d = h.off.from; d <= h.off.to; d = addDays(d, 1)) put(d, { kind: 'HOLIDAY', holiday: h.name, decidedBy: level }, e.year);
        for (const w of h.work) put(w, { kind: 'ADJUSTED_WORKDAY', holiday: h.name, decidedBy: level }, e.year);
      }
    }
    for (const [d, { mark }] of levelMarks) marks.set(d, mark);
  }
  if (issues.length > 0) throw new CalendarDataError(issues);

  const dayInfo = (date: PlainDate): Result<DayInfo, CalendarYearMissing> => {
    if (!knownYears.has(yearOf(date))) return err(yearMissing(date, jurisdiction));
    const m = marks.get(date);
    if (m) return ok({ date, kind: m.kind, isWorkingDay: m.kind === 'ADJUSTED_WORKDAY', holiday: m.holiday, decidedBy: m.decidedBy });
    const weekend = weekday(date) >= 6;
    return ok({ date, kind: weekend ? 'WEEKEND' : 'WORKDAY', isWorkingDay: !weekend, holiday: null, decidedBy: null });
  };
  const isWorkingDay = (date: PlainDate): Result<boolean, CalendarYearMissing> => {
    const r = dayInfo(date);
    return r.ok ? ok(r.value.isWorkingDay) : r;
  };

  const calendar: Calendar = {
    jurisdiction,
    years,
    entries: used,
    dayInfo,
    isWorkingDay,
    addWorkingDays(start, n) {
      if (!Number.isSafeInteger(n)) return err(badCount(n, '整数', 'an integer'));
      const step = n < 0 ? -1 : 1;
      let d = start;
      for (let left = Math.abs(n); left > 0; ) {
        d = addDays(d, step);
        const w = isWorkingDay(d);
        if (!w.ok) return w;
        if (w.value) left--;
      }
      return ok(d);
    },
    addCalendarDays(start, n) {
      if (!Number.isSafeInteger(n) || n < 1) return err(badCount(n, '正整数', 'a positive integer'));
      return calendar.nextWorkingDayFrom(addDays(start, n));
    },
    countWorkingDays(from, to) {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        const w = isWorkingDay(d);
        if (!w.ok) return w;
        if (w.value) count++;
      }
      return ok(count);
    },
    nextWorkingDayFrom(date) {
      for (let d = date; ; d = addDays(d, 1)) {
        const w = isWorkingDay(d);
        if (!w.ok) return w;
        if (w.value) return ok(d);
      }
    },
  };
  return calendar;
}

function badCount(n: number, zh: string, en: string): CalendarError {
  return invalidInput('n', `天数应为${zh}，实际为 ${n}`, `the number of days must be ${en}, got ${n}`);
}
