import { computeDeadline, shippedCalendar } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';
import { appealTimeLimits, type TimeLimitAmount } from '../appeals/appeal-time-limits';
import type { RuleBase } from '../load-rule-base';
import type { CaseResult } from './run-cases';
import type { RuleCase } from './load-cases';

function limitText(a: TimeLimitAmount): string {
  if ('hours' in a) return `${a.hours} hours`;
  if ('workingDays' in a) return `${a.workingDays} working_days`;
  return `${a.days} days`;
}

/**
 * An appeal time-limit case: `input: { appealType, clock }`, `date` = the day the clock starts (not
 * counted). Checks the length in force there and then, and the due date and latest due date counted
 * by the calendar's period module (民法典 第二百零一条、第二百零三条; working days only count working days).
 */
export function runTimeLimitCase(rb: RuleBase, c: RuleCase): CaseResult {
  const failures: string[] = [];
  const { appealType, clock } = c.input as { appealType?: string; clock?: string };
  if (!rb.jurisdictions.has(c.jurisdiction)) failures.push(`unknown jurisdiction ${c.jurisdiction}`);
  if (!rb.timeLimits.some((d) => d.appealType === appealType && d.clock === clock)) failures.push(`no clock ${clock} for ${appealType} in the time-limit file`);
  const limit = appealTimeLimits(rb, c.jurisdiction, String(appealType), c.date).find((l) => l.clock === clock) ?? null;
  const e = c.expect;
  if (e.limit !== undefined) {
    const got = limit ? limitText(limit.amount) : null;
    if (got !== e.limit) failures.push(`limit: expected ${e.limit}, got ${got}`);
  }
  const calendar = shippedCalendar(c.jurisdiction);
  const cited = new Set<string>();
  if (limit) {
    cited.add(limit.parameter.reference);
    for (const a of limit.implements) cited.add(a);
    if (limit.maxTotalParameter) cited.add(limit.maxTotalParameter.reference);
  }
  if (e.dueDate !== undefined || e.lastCountedDay !== undefined) {
    let due: PlainDate | null = null;
    let last: PlainDate | null = null;
    if (limit && !('hours' in limit.amount)) {
      const r = computeDeadline(calendar, { from: c.date, ...limit.amount });
      if (!r.ok) failures.push(`period: ${r.error.message.en}`);
      else {
        due = r.value.due;
        last = r.value.lastCountedDay;
        for (const b of r.value.basis) if (b.includes('第二百零三条')) cited.add('cn/law/civil-code@2021-01-01#art_203__para_1');
        cited.add('cn/law/civil-code@2021-01-01#art_201__para_1');
      }
    }
    if (e.dueDate !== undefined && due !== e.dueDate) failures.push(`due date: expected ${e.dueDate}, got ${due}`);
    if (e.lastCountedDay !== undefined && last !== e.lastCountedDay) failures.push(`last counted day: expected ${e.lastCountedDay}, got ${last}`);
  }
  if (e.latestDue !== undefined) {
    let latest: PlainDate | null = null;
    if (limit?.maxTotal) {
      const r = computeDeadline(calendar, { from: c.date, days: limit.maxTotal.days });
      if (!r.ok) failures.push(`latest due: ${r.error.message.en}`);
      else latest = r.value.due;
    }
    if (latest !== e.latestDue) failures.push(`latest due: expected ${e.latestDue}, got ${latest}`);
  }
  for (const needle of e.reasonContains ?? []) if (!limit?.parameter.note?.includes(needle)) failures.push(`the value's note does not contain "${needle}"`);
  for (const a of c.cites) if (!cited.has(a)) failures.push(`result does not cite ${a}`);
  return { case: c, passed: failures.length === 0, failures };
}
