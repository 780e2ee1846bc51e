import { computeDeadline, shippedCalendar, type Calendar } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';
import { CREDIT_MARK_KIND_INFO, type CreditMarkKind, type PeriodFigure } from '@huiqi/workflows';
import { getRules } from '../rules/rule-base';
import { CREDIT_JURISDICTION } from '../credit/credit-runtime';

export const REPAIR_DECISION_PARAMETER = 'credit.public_marks.repair_decision_working_days';

/** A dated parameter on a day, looked up from the jurisdiction upwards; null when none. */
async function resolve(path: string, on: PlainDate, jurisdiction = CREDIT_JURISDICTION) {
  const { rb } = await getRules();
  for (let k = jurisdiction; k.length > 0; k = k.includes('-') ? k.slice(0, k.lastIndexOf('-')) : '') {
    const v = rb.params.resolve(path, k, on);
    if (v && v.value !== null) return v;
  }
  return null;
}

const figure = (v: Awaited<ReturnType<typeof resolve>>): PeriodFigure | null => (v ? { months: Number(v.value), reference: v.reference, unverified: v.unverified } : null);

/** The shortest and longest publication periods of a kind of mark in force on the decision day (dated parameters, flagged where unverified). */
export async function periodFigures(kind: CreditMarkKind, decidedOn: PlainDate): Promise<{ minimum: PeriodFigure | null; maximum: PeriodFigure | null }> {
  const info = CREDIT_MARK_KIND_INFO[kind];
  return { minimum: figure(await resolve(info.minMonthsParameter, decidedOn)), maximum: figure(await resolve(info.maxMonthsParameter, decidedOn)) };
}

let calendar: Calendar | null = null;

/**
 * The last day for deciding a repair application: 社会信用条例 第八十二条第一款, three working days from
 * acceptance, counted on the official calendar; null when the calendar has no data for the days (never guessed).
 */
export async function repairDecisionDue(acceptedOn: PlainDate): Promise<PlainDate | null> {
  const p = await resolve(REPAIR_DECISION_PARAMETER, acceptedOn);
  if (!p) return null;
  calendar ??= shippedCalendar('cn');
  const d = computeDeadline(calendar, { from: acceptedOn, workingDays: Number(p.value) });
  return d.ok ? d.value.due : null;
}
