import type { BilingualText, PlainDate } from '@huiqi/kernel';
import type { AppealActionInput, ReminderLevel } from './action';
import { systemActor, type DepartmentId } from './actor';
import type { AppealCase } from './appeal-case';
import { dueInstant } from './due-instant';
import type { ClockKind, ClockProblem } from './clock';
import { parseInstant } from './local-time';
import { appealStatuses } from './status';

export interface DeadlineReminder {
  /** `caseId/clock/level/due`: the same reminder always has the same key (a new due date makes a new one). */
  key: string;
  caseId: string;
  trackingNumber: string;
  clock: ClockKind;
  level: ReminderLevel;
  due: PlainDate;
  dueAt: string;
  recipients: DepartmentId[];
  /** Overdue cases go to the supervision office too (督办). */
  notifySupervisor: boolean;
  message: BilingualText;
}

export interface SweepResult {
  reminders: DeadlineReminder[];
  /** REMINDER_SENT actions to append, one per reminder; their ids derive from the key, so a retry is a duplicate. */
  actions: { caseId: string; action: AppealActionInput }[];
  /** Cases whose due date could not be computed (e.g. a calendar year was missing): recompute once the data exists. */
  needsRecompute: { caseId: string; clock: ClockKind; problem: ClockProblem }[];
  /** True when `limit` cut the list; run again after appending the actions. */
  hasMore: boolean;
}

const CLOCK_LABEL: Record<ClockKind, BilingualText> = {
  ACCEPT: { zh: '受理审查', en: 'acceptance review' },
  TRANSFER: { zh: '转交处理', en: 'transfer' },
  ANSWER: { zh: '答复', en: 'answer' },
};


function recipientsOf(c: AppealCase, clock: ClockKind): DepartmentId[] {
  return clock === 'ANSWER' ? [...new Set([c.lead ?? c.owner, c.owner])] : [c.owner];
}

/**
 * Which running clocks are near their due date or past it at `now`, and which reminders that
 * were not yet sent to send. Pure and idempotent (documenso expire-recipients-sweep style):
 * a reminder already recorded on the case (REMINDER_SENT) is never returned again, and keys
 * are deterministic, so appending the returned actions twice is refused as a duplicate.
 * Paused cases (waiting for the enterprise) get no reminders; final cases none at all.
 */
export function sweepDeadlines(cases: readonly AppealCase[], now: string, options: { limit?: number } = {}): SweepResult {
  const nowMs = parseInstant(now);
  if (nowMs === null) throw new RangeError(`sweepDeadlines: not an ISO instant with offset: ${now}`);
  const limit = options.limit ?? 1000;
  const out: SweepResult = { reminders: [], actions: [], needsRecompute: [], hasMore: false };

  for (const c of cases) {
    if (appealStatuses[c.status].isFinal || c.isPaused) continue;
    for (const clock of Object.values(c.clocks)) {
      if (clock.metAt !== null) continue;
      if (clock.problem || clock.due === null) {
        if (clock.problem) out.needsRecompute.push({ caseId: c.caseId, clock: clock.kind, problem: clock.problem });
        continue;
      }
      const dueAt = dueInstant(clock)!;
      const dueMs = parseInstant(dueAt)!;
      let level: ReminderLevel | null = null;
      if (nowMs >= dueMs) level = 'OVERDUE';
      else if (nowMs >= dueMs - clock.rule.nearDueHours * 3_600_000) level = 'NEAR_DUE';
      if (!level) continue;
      const key = `${c.caseId}/${clock.kind}/${level}/${clock.due}`;
      if (c.remindersSent.includes(key)) continue;
      if (out.reminders.length >= limit) {
        out.hasMore = true;
        return out;
      }
      const recipients = recipientsOf(c, clock.kind);
      const label = CLOCK_LABEL[clock.kind];
      out.reminders.push({
        key,
        caseId: c.caseId,
        trackingNumber: c.trackingNumber,
        clock: clock.kind,
        level,
        due: clock.due,
        dueAt,
        recipients,
        notifySupervisor: level === 'OVERDUE',
        message:
          level === 'OVERDUE'
            ? { zh: `诉求 ${c.trackingNumber} 的${label.zh}期限（${clock.due}）已超期`, en: `Case ${c.trackingNumber}: the ${label.en} period (due ${clock.due}) has passed` }
            : { zh: `诉求 ${c.trackingNumber} 的${label.zh}期限将于 ${clock.due} 届满`, en: `Case ${c.trackingNumber}: the ${label.en} period ends on ${clock.due}` },
      });
      out.actions.push({
        caseId: c.caseId,
        action: { id: `reminder:${key}`, type: 'REMINDER_SENT', at: now, actor: systemActor, payload: { key, clock: clock.kind, level, due: clock.due, recipients } },
      });
    }
  }
  return out;
}
