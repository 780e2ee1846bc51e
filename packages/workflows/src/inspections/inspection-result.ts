import { computeDeadline, type Calendar } from '@huiqi/calendar';
import { err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * 一公开 — the result of one inspection (检查结果), recorded per visit, published on the public site.
 * 深圳条例 第六十八条第三款: 「抽查事项及查处结果及时向社会公开」. "及时" has no figure in the seed; the
 * period is the dated parameter `inspections.result_publication.working_days` (20 working days,
 * unverified: facts §6.1 found no national rule text), counted on the official calendar by the
 * calendar package's period module from the day the inspection ended (民法典 第二百零一条: the day
 * itself is not counted).
 */
export const RESULT_OUTCOMES = ['NO_PROBLEM', 'PROBLEM_FOUND', 'ORDERED_TO_RECTIFY', 'CASE_OPENED'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

export const RESULT_OUTCOME_LABELS: Record<ResultOutcome, { zh: string; en: string }> = {
  NO_PROBLEM: { zh: '未发现问题', en: 'no problem found' },
  PROBLEM_FOUND: { zh: '发现问题', en: 'problem found' },
  ORDERED_TO_RECTIFY: { zh: '责令整改', en: 'ordered to rectify' },
  CASE_OPENED: { zh: '立案查处', en: 'case opened' },
};

/** The last day for publishing a result: `workingDays` working days after the day the inspection ended. */
export function publicationDue(calendar: Calendar, inspectedOn: PlainDate, workingDays: number): Result<PlainDate, InspectionError> {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    return err(inspectionError('PAYLOAD_INVALID', `公开期限应为正整数个工作日，收到 ${workingDays}`, `the publication period must be a positive number of working days; got ${workingDays}`));
  const r = computeDeadline(calendar, { from: inspectedOn, workingDays });
  if (!r.ok) return err(inspectionError('PAYLOAD_INVALID', r.error.message.zh, r.error.message.en, { inspectedOn }));
  return ok(r.value.due);
}

export type PublicationState = 'PUBLISHED' | 'PENDING' | 'OVERDUE' | 'DUE_UNKNOWN';

/**
 * Published; pending up to and including the due day; overdue after it; DUE_UNKNOWN when the last
 * day could not be counted (the calendar has no data yet for a year the period runs into).
 */
export function publicationState(due: PlainDate | null, publishedOn: PlainDate | null, today: PlainDate): PublicationState {
  if (publishedOn !== null) return 'PUBLISHED';
  if (due === null) return 'DUE_UNKNOWN';
  return today > due ? 'OVERDUE' : 'PENDING';
}
