import type { PlainDate } from '@huiqi/kernel';
import type { TimeLimitRule } from './time-limits/time-limit-rule';

/**
 * The clocks a case can run:
 * - ACCEPT: decide acceptance (arrears: review within 10 working days, 工信部企业〔2021〕224号);
 * - TRANSFER: transfer an arrears complaint to the handling department (802号 第二十五条);
 * - ANSWER: answer the reporter.
 */
export const CLOCK_KINDS = ['ACCEPT', 'TRANSFER', 'ANSWER'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** Why a due date could not be computed; the case is still recorded, and the sweeper lists it for recomputation. */
export interface ClockProblem {
  code: 'CALENDAR_YEAR_MISSING' | 'DEADLINE_INVALID_INPUT';
  message: { zh: string; en: string };
  year?: number;
}

/** One clock's state as computed when an action started or changed it; stored on that action. */
export interface ClockSnapshot {
  kind: ClockKind;
  /** The rule applied, copied so the citation stays with the case even if the data changes later. */
  rule: TimeLimitRule;
  /** Instant the clock started (the triggering action's time). */
  startedAt: string;
  /** The starting day (not counted, 民法典 Art. 201). */
  start: PlainDate;
  /** Last day to act, or null when unknown (see `problem`). */
  due: PlainDate | null;
  /** For hour limits: the exact instant; null for day limits. */
  dueAt: string | null;
  /** The latest due date any extension may reach (rule.maxTotal), or null when the rule sets none. */
  latestDue: PlainDate | null;
  /** Set when an extension was approved: the approved date and the day of approval. */
  extension: { approvedOn: PlainDate; approvedDue: PlainDate } | null;
  /** Paused days already included in `due`. */
  pausedDays: number;
  problem: ClockProblem | null;
}
