import type { BilingualText } from '@huiqi/kernel';
import type { ClockKind } from '../clock';

/** How sure the project is of a figure (legend of the project's checked facts). */
export type Verification = 'CONFIRMED' | 'SECONDARY' | 'UNVERIFIED';

export interface TimeLimitSource {
  title: string;
  /** Article or section, e.g. `第二十五条`. */
  provision: string | null;
  /**
   * The law-library address of the provision when the text is under law/ (e.g.
   * `cn/regulation/sme-payment-protection@2025-06-01#art_25__para_1`): the parameter value's reference,
   * checked when the rule base loads and listed by `huiqi law coverage`.
   */
  address?: string;
  url: string | null;
  verification: Verification;
  note: BilingualText | null;
  /** The dated parameter the length comes from (`appeals.time_limits.…`), and the day its value took effect. */
  parameter?: string;
  from?: string;
}

/** A length of time: exactly one of hours, days (calendar days, 民法典 Art. 201–203) or workingDays. */
export type TimeAmount = { hours: number } | { days: number } | { workingDays: number };

/** One time limit of one appeal type in one jurisdiction, with its source. */
export interface TimeLimitRule {
  /** Stable id, `<jurisdiction>/<type>/<clock>`. */
  id: string;
  clock: ClockKind;
  /** The action that starts the clock (its date is the starting day, not counted). */
  startsOn: 'SUBMITTED' | 'ACCEPTED' | 'TRANSFERRED';
  amount: TimeAmount;
  /** Cap on the total period including approved extensions, counted from the same start. */
  maxTotal: { days: number } | null;
  /** How long before the due instant the sweeper sends a near-due reminder. */
  nearDueHours: number;
  source: TimeLimitSource;
}

export function describeAmount(a: TimeAmount): BilingualText {
  if ('hours' in a) return { zh: `${a.hours}小时`, en: `${a.hours} hours` };
  if ('days' in a) return { zh: `${a.days}日`, en: `${a.days} days` };
  return { zh: `${a.workingDays}个工作日`, en: `${a.workingDays} working days` };
}
