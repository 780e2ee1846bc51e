import type { DepartmentId } from './actor';
import type { AppealCase } from './appeal-case';
import type { AppealType } from './appeal-type';
import { dueInstant } from './due-instant';
import { localMonthOf, parseInstant } from './local-time';

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when nothing was counted (never 0 % or 100 % by default). */
  rate: number | null;
}

function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

export interface DepartmentMonthStatistics {
  department: DepartmentId;
  /** `YYYY-MM` of submission, China Standard Time. */
  month: string;
  /** Every case submitted in the month whose responsible department is this one. */
  received: number;
  rejected: number;
  withdrawn: number;
  /** Cases handled: received less rejected and withdrawn. The population of the four rates. */
  handled: number;
  /** Handled cases whose answer was due by `asOf` (answered, or the due date has passed). */
  due: number;
  /** Due cases whose due date could not be computed (calendar data missing): left out of the rates and listed here. */
  undetermined: number;
  /**
   * 响应率 — response rate: of the due cases, the share whose FIRST answer was given by the
   * answer due date in force at that moment (approved extensions count; paused time does not).
   */
  responseRate: Rate;
  /**
   * 办结率 — on-time closing rate: of the due cases, the share that are CLOSED by `asOf` with
   * every answer (including the one after a reopening) given by the due date in force at that moment.
   */
  onTimeClosingRate: Rate;
  /**
   * 解决率 — resolution rate: of the handled cases the reporter rated, the share whose latest
   * rating says the problem was resolved (the reporter's answer to "问题是否解决").
   */
  resolutionRate: Rate;
  /**
   * 满意率 — satisfaction rate: of the handled cases the reporter rated, the share whose latest
   * rating is 满意 or 基本满意 (unweighted; the counts allow a weighted variant).
   */
  satisfactionRate: Rate;
  ratings: { satisfied: number; basicallySatisfied: number; dissatisfied: number };
}

/** Whether the case's answer was due by `asOfMs`: answered, or its current answer due instant has passed. */
function answerDue(c: AppealCase, asOfMs: number): 'DUE' | 'NOT_YET' | 'UNKNOWN' {
  if (c.firstAnsweredAt !== null && parseInstant(c.firstAnsweredAt)! <= asOfMs) return 'DUE';
  const clock = c.clocks.ANSWER;
  if (!clock) return 'UNKNOWN';
  const due = dueInstant(clock);
  if (due === null) return 'UNKNOWN';
  return parseInstant(due)! <= asOfMs ? 'DUE' : 'NOT_YET';
}

/**
 * Per department and month, the four rates the supervision office reports
 * (响应率、办结率、解决率、满意率), computed from folded cases as they stand at `asOf`.
 * A case counts for its responsible department (the lead, or the owner when never dispatched)
 * and for the month it was submitted in. Sorted by month, then department.
 */
export function computeAppealStatistics(cases: readonly AppealCase[], asOf: string): DepartmentMonthStatistics[] {
  const asOfMs = parseInstant(asOf);
  if (asOfMs === null) throw new RangeError(`computeAppealStatistics: not an ISO instant with offset: ${asOf}`);
  const groups = new Map<string, AppealCase[]>();
  for (const c of cases) {
    if (parseInstant(c.submittedAt)! > asOfMs) continue;
    const key = `${localMonthOf(c.submittedAt)}\u0000${c.responsibleDepartment}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: DepartmentMonthStatistics[] = [];
  for (const [key, list] of groups) {
    const [month, department] = key.split('\u0000') as [string, string];
    const handled = list.filter((c) => c.status !== 'REJECTED' && c.status !== 'WITHDRAWN');
    let due = 0;
    let undetermined = 0;
    let respondedOnTime = 0;
    let closedOnTime = 0;
    for (const c of handled) {
      const d = answerDue(c, asOfMs);
      if (d === 'NOT_YET') continue;
      const answers = c.answers.filter((a) => parseInstant(a.at)! <= asOfMs);
      if (d === 'UNKNOWN' || answers.some((a) => a.isOnTime === null)) {
        undetermined++;
        continue;
      }
      due++;
      if (answers[0]?.isOnTime === true) respondedOnTime++;
      const isClosed = c.status === 'CLOSED' && c.closedAt !== null && parseInstant(c.closedAt)! <= asOfMs;
      if (isClosed && answers.length > 0 && answers.every((a) => a.isOnTime === true)) closedOnTime++;
    }
    const rated = handled.map((c) => c.ratings.filter((r) => parseInstant(r.at)! <= asOfMs).at(-1)).filter((r) => r !== undefined);
    const satisfied = rated.filter((r) => r.satisfaction === 'SATISFIED').length;
    const basicallySatisfied = rated.filter((r) => r.satisfaction === 'BASICALLY_SATISFIED').length;
    out.push({
      department,
      month,
      received: list.length,
      rejected: list.filter((c) => c.status === 'REJECTED').length,
      withdrawn: list.filter((c) => c.status === 'WITHDRAWN').length,
      handled: handled.length,
      due,
      undetermined,
      responseRate: rate(respondedOnTime, due),
      onTimeClosingRate: rate(closedOnTime, due),
      resolutionRate: rate(rated.filter((r) => r.isResolved).length, rated.length),
      satisfactionRate: rate(satisfied + basicallySatisfied, rated.length),
      ratings: { satisfied, basicallySatisfied, dissatisfied: rated.length - satisfied - basicallySatisfied },
    });
  }
  return out.sort((a, b) => a.month.localeCompare(b.month) || a.department.localeCompare(b.department));
}

export const PUBLIC_OUTCOMES = ['IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REJECTED', 'WITHDRAWN'] as const;
export type PublicOutcome = (typeof PUBLIC_OUTCOMES)[number];

export interface PublicAppealStatistics {
  month: string;
  type: AppealType;
  department: DepartmentId;
  counts: Record<PublicOutcome, number>;
  total: number;
}

function outcomeOf(c: AppealCase): PublicOutcome {
  switch (c.status) {
    case 'CLOSED':
    case 'REJECTED':
    case 'WITHDRAWN':
      return c.status;
    case 'ANSWERED':
    case 'RATED':
      return 'ANSWERED';
    default:
      return 'IN_PROGRESS';
  }
}

/**
 * Monthly counts by type, responsible department and outcome for publication. Carries no
 * case ids, names, texts or dates finer than the month — nothing that identifies a reporter.
 */
export function publicAppealStatistics(cases: readonly AppealCase[]): PublicAppealStatistics[] {
  const groups = new Map<string, PublicAppealStatistics>();
  for (const c of cases) {
    const month = localMonthOf(c.submittedAt);
    const key = `${month}\u0000${c.type}\u0000${c.responsibleDepartment}`;
    let g = groups.get(key);
    if (!g) {
      g = { month, type: c.type, department: c.responsibleDepartment, counts: { IN_PROGRESS: 0, ANSWERED: 0, CLOSED: 0, REJECTED: 0, WITHDRAWN: 0 }, total: 0 };
      groups.set(key, g);
    }
    g.counts[outcomeOf(c)]++;
    g.total++;
  }
  return [...groups.values()].sort((a, b) => a.month.localeCompare(b.month) || a.type.localeCompare(b.type) || a.department.localeCompare(b.department));
}
