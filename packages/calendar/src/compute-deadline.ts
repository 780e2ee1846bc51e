import { addDays, daysBetween, err, ok, parsePlainDate, type PlainDate, type Result } from '@huiqi/kernel';
import { invalidInput, type CalendarError } from './calendar-error';
import type { Calendar } from './create-calendar';

/**
 * A statutory or agreed time limit, counted from the day of the event `from`
 * (filing, receipt, service …). Give exactly one of days, workingDays, months, years.
 */
export interface DeadlineInput {
  from: PlainDate | string;
  days?: number;
  workingDays?: number;
  months?: number;
  years?: number;
  /** Periods during which the clock is stopped (e.g. waiting for 补正 materials). */
  pauses?: readonly Pause[];
  /**
   * 民法典 第二百零四条: the Code's counting applies "但是法律另有规定或者当事人另有约定的除外".
   * When a law or the contract says the end of the period is NOT moved off a rest day, give it here
   * explicitly (never inferred): Art. 203 ¶1 is then not applied and the basis names the source.
   */
  exception?: CountingException;
}

/** A counting rule that displaces 民法典 第二百零三条第一款 (第二百零四条). */
export interface CountingException {
  by: 'CONTRACT' | 'LAW';
  /** What the contract clause or the law says, e.g. `合同第5条：付款期限届满日遇节假日不顺延`. */
  source: string;
}

/**
 * The clock stops after the day `from` and restarts the day after `until`: the paused days
 * are from+1 … until, i.e. `until − from` days. The day the clock stops was already a running
 * day; the day the cause ends is, like the starting day in 民法典 Art. 201, not counted.
 * Example: 补正 requested on 3/5, materials received on 3/10 → 3/6–3/10 (5 days) do not count.
 */
export interface Pause {
  from: PlainDate | string;
  until: PlainDate | string;
}

export interface Deadline {
  /** The last day of the period: the act must be done by 24:00 of this day (Art. 203 ¶2). */
  due: PlainDate;
  /** The last counted day before any Art. 203 move to a working day. */
  lastCountedDay: PlainDate;
  /** True when the last counted day was a holiday or rest day and the due date moved. */
  movedToWorkingDay: boolean;
  /** Paused days that fell inside the running period (and so extended it). */
  pausedDays: number;
  /** Articles applied, for explanations. */
  basis: string[];
}

const LIMITS = { days: 36_600, workingDays: 10_000, months: 1_200, years: 100 } as const;
type Unit = keyof typeof LIMITS;

/**
 * 《中华人民共和国民法典》第二百零一条至第二百零三条 (period arithmetic), applied with `calendar`:
 *
 * - Art. 201 ¶1 「按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。」
 *   → counting starts on from+1; a period of n days ends on day from+n.
 * - Art. 202 「按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。」
 *   → from 2026-01-31 plus one month ends on 2026-02-28.
 * - Art. 203 ¶1 「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。」
 *   → a last day that is a holiday or a weekend rest day (休息日 is 法定休假日 in judicial
 *   practice) moves to the first working day after it; an adjusted working day (调休上班)
 *   is a working day and does not move.
 * - Working-day periods (e.g. "15个工作日") count only working days, so their last day is
 *   always a working day and Art. 203 never moves it.
 * - Pauses: time during which the clock is stopped "不计算在期限内" (e.g. 补正, 鉴定) is not
 *   counted. Every paused day inside the running period pushes the end one counted day later;
 *   for months/years the Art. 202 end date is extended by the paused days that fell on or
 *   before it (and by any further pause the extension runs into). The due date is never a
 *   paused day.
 */
export function computeDeadline(calendar: Calendar, input: DeadlineInput): Result<Deadline, CalendarError> {
  const from = parsePlainDate(String(input.from));
  if (from === null) return err(invalidInput('from', `不是有效日期（YYYY-MM-DD）：${JSON.stringify(input.from)}`, `not a valid date (YYYY-MM-DD): ${JSON.stringify(input.from)}`));

  const given = (Object.keys(LIMITS) as Unit[]).filter((k) => input[k] !== undefined);
  if (given.length !== 1) {
    return err(invalidInput(given.length === 0 ? 'days' : given.join('+'), '须且只能给出 days、workingDays、months、years 之一', 'give exactly one of days, workingDays, months, years'));
  }
  const unit = given[0]!;
  const n = input[unit]!;
  if (!Number.isSafeInteger(n) || n < 1 || n > LIMITS[unit]) {
    return err(invalidInput(unit, `应为 1–${LIMITS[unit]} 之间的整数，实际为 ${JSON.stringify(n)}`, `must be an integer from 1 to ${LIMITS[unit]}, got ${JSON.stringify(n)}`));
  }

  const paused = new Set<PlainDate>();
  for (const [i, p] of (input.pauses ?? []).entries()) {
    const pf = parsePlainDate(String(p.from));
    const pu = parsePlainDate(String(p.until));
    if (pf === null) return err(invalidInput(`pauses[${i}].from`, `不是有效日期：${JSON.stringify(p.from)}`, `not a valid date: ${JSON.stringify(p.from)}`));
    if (pu === null) return err(invalidInput(`pauses[${i}].until`, `不是有效日期：${JSON.stringify(p.until)}`, `not a valid date: ${JSON.stringify(p.until)}`));
    if (pu < pf) return err(invalidInput(`pauses[${i}]`, `中止结束日 ${pu} 早于开始日 ${pf}`, `pause ends (${pu}) before it starts (${pf})`));
    if (daysBetween(pf, pu) > LIMITS.days) return err(invalidInput(`pauses[${i}]`, '中止期间过长', 'pause is too long'));
    for (let d = addDays(pf, 1); d <= pu; d = addDays(d, 1)) if (d > from) paused.add(d);
  }

  const basis = ['民法典第二百零一条第一款'];
  let last: PlainDate;
  let pausedDays = 0;

  if (unit === 'workingDays') {
    basis.push('工作日期间只计工作日');
    let d = from;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (paused.has(d)) {
        pausedDays++;
        continue;
      }
      const w = calendar.isWorkingDay(d);
      if (!w.ok) return w;
      if (w.value) left--;
    }
    last = d;
  } else {
    let nominal: PlainDate;
    if (unit === 'days') nominal = addDays(from, n);
    else {
      basis.push('民法典第二百零二条');
      nominal = addMonthsClamped(from, unit === 'months' ? n : n * 12);
    }
    // Walk the same number of counted days, skipping paused ones: each paused day inside the
    // running period pushes the end one day later (and the extension may run into another pause).
    let d = from;
    for (let left = daysBetween(from, nominal); left > 0; ) {
      d = addDays(d, 1);
      if (paused.has(d)) pausedDays++;
      else left--;
    }
    last = d;
  }
  if (pausedDays > 0) basis.push('中止期间不计入期限');

  if (input.exception) {
    const src = String(input.exception.source ?? '').trim();
    if (input.exception.by !== 'CONTRACT' && input.exception.by !== 'LAW') return err(invalidInput('exception.by', '应为 CONTRACT（合同约定）或 LAW（法律规定）', 'must be CONTRACT or LAW'));
    if (src === '') return err(invalidInput('exception.source', '须写明约定条款或法律依据', 'name the contract clause or the law'));
    basis.push(`民法典第二百零四条（${input.exception.by === 'CONTRACT' ? '当事人另有约定' : '法律另有规定'}：${src}）`);
    // Still known calendar years only: the answer must not silently leave the data.
    const w = calendar.isWorkingDay(last);
    if (!w.ok) return w;
    return ok({ due: last, lastCountedDay: last, movedToWorkingDay: false, pausedDays, basis });
  }

  // Art. 203: move a last day that is a holiday or rest day (and never end on a paused day).
  let due = last;
  for (;;) {
    const w = calendar.isWorkingDay(due);
    if (!w.ok) return w;
    if (w.value && !paused.has(due)) break;
    due = addDays(due, 1);
  }
  if (due !== last) basis.push('民法典第二百零三条第一款');
  return ok({ due, lastCountedDay: last, movedToWorkingDay: due !== last, pausedDays, basis });
}

/** Art. 202: the corresponding day of the month `months` later, or that month's last day. */
export function addMonthsClamped(d: PlainDate, months: number): PlainDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}` as PlainDate;
}
