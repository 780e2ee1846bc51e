import { computeDeadline, type Calendar, type CalendarError, type DeadlineInput, type Pause } from '@huiqi/calendar';
import { daysBetween, type PlainDate } from '@huiqi/kernel';
import type { AppealCase, PauseState } from './appeal-case';
import type { ClockProblem, ClockSnapshot } from './clock';
import { localDateOf, parseInstant, toInstant } from './local-time';
import { deadlineWithoutPauses } from './memo-deadline';
import type { TimeLimitRule } from './time-limits/time-limit-rule';

/** computeDeadline, remembered per calendar when no pause applies. */
function deadline(calendar: Calendar, input: DeadlineInput & { pauses: readonly Pause[] }) {
  if (input.pauses.length > 0) return computeDeadline(calendar, input);
  const { pauses: _none, ...period } = input;
  return deadlineWithoutPauses(calendar, period);
}

function problemOf(e: CalendarError): ClockProblem {
  return e.code === 'CALENDAR_YEAR_MISSING' ? { code: e.code, message: e.message, year: e.year } : { code: e.code, message: e.message };
}

function closedPauses(pauses: readonly PauseState[]): Pause[] {
  return pauses.filter((p) => p.until !== null).map((p) => ({ from: p.from, until: p.until! }));
}

/** Milliseconds of closed pauses after `startMs` (hour limits stop for the exact paused time). */
function pausedMillis(pauses: readonly PauseState[], startMs: number): number {
  let total = 0;
  for (const p of pauses) {
    if (p.providedAt === null) continue;
    const a = Math.max(parseInstant(p.requestedAt)!, startMs);
    const b = parseInstant(p.providedAt)!;
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * Computes a clock from its rule, start and the case's pauses.
 * - hours: natural hours from the starting instant, plus the exact paused time;
 * - days / workingDays: @huiqi/calendar `computeDeadline` (民法典 Art. 201–203, pauses not counted);
 * - an approved extension replaces the period: the approved due date, pushed by pauses after approval;
 * - a calendar without the needed year gives `due: null` and the problem, never a guess.
 */
export function computeClock(
  rule: TimeLimitRule,
  startedAt: string,
  pauses: readonly PauseState[],
  calendar: Calendar,
  extension: ClockSnapshot['extension'] = null,
): ClockSnapshot {
  const start = localDateOf(startedAt);
  const base: ClockSnapshot = { kind: rule.clock, rule, startedAt, start, due: null, dueAt: null, latestDue: null, extension, pausedDays: 0, problem: null };
  const closed = closedPauses(pauses);

  if (rule.maxTotal) {
    const cap = deadline(calendar, { from: start, days: rule.maxTotal.days, pauses: closed });
    if (!cap.ok) return { ...base, problem: problemOf(cap.error) };
    base.latestDue = cap.value.due;
  }

  if (extension) {
    const after = closed.filter((p) => p.from >= extension.approvedOn);
    const r = deadline(calendar, { from: extension.approvedOn, days: daysBetween(extension.approvedOn, extension.approvedDue), pauses: after });
    if (!r.ok) return { ...base, problem: problemOf(r.error) };
    return { ...base, due: r.value.due, pausedDays: r.value.pausedDays };
  }

  const amount = rule.amount;
  if ('hours' in amount) {
    const startMs = parseInstant(startedAt)!;
    const paused = pausedMillis(pauses, startMs);
    const dueMs = startMs + amount.hours * 3_600_000 + paused;
    return { ...base, due: localDateOf(dueMs), dueAt: toInstant(dueMs), pausedDays: Math.floor(paused / 86_400_000) };
  }
  const r = deadline(calendar, { from: start, ...amount, pauses: closed });
  if (!r.ok) return { ...base, problem: problemOf(r.error) };
  return { ...base, due: r.value.due, pausedDays: r.value.pausedDays };
}

/** Recomputes an existing clock with the case's current pauses (same start, same extension). */
export function recomputeClock(clock: ClockSnapshot, c: AppealCase, calendar: Calendar): ClockSnapshot {
  return computeClock(clock.rule, clock.startedAt, c.pauses, calendar, clock.extension);
}

/** The clock after an approved extension to `newDue`, approved on `approvedOn`. */
export function extendClock(clock: ClockSnapshot, approvedOn: PlainDate, newDue: PlainDate, c: AppealCase, calendar: Calendar): ClockSnapshot {
  return computeClock(clock.rule, clock.startedAt, c.pauses, calendar, { approvedOn, approvedDue: newDue });
}
