import { computeDeadline } from '@huiqi/calendar';
import { compareDates, daysBetween, isPlainDate, type PlainDate } from '@huiqi/kernel';
import type { OpenedPayload } from './action';
import type { ConsultationContext } from './consultation-context';
import { consultationError, type ConsultationError } from './consultation-error';

export interface OpeningComputed {
  periodDays: number;
  minimumDays: number;
  isMinimumUnverified: boolean;
  earliestEndDate: PlainDate | null;
}

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

/**
 * The earliest end date the minimum allows, from the period module; null when the minimum period
 * reaches into a year the calendar has no data for. The decision does not need it then: the end
 * date itself is a known working day, and 第二百零三条 only ever moves the last day later, to the
 * first working day — so an end date on or after day n (start + n, 第二百零一条) is never short, and
 * one before it always is.
 */
function earliestEnd(ctx: ConsultationContext, start: PlainDate, days: number): PlainDate | null {
  const d = computeDeadline(ctx.calendar, { from: start, days });
  return d.ok ? d.value.due : null;
}

/**
 * Checks the opening of a consultation: the fields a notice needs, a period that ends on a
 * working day of the official calendar, and — when it ends before the configured minimum period
 * has run — a recorded reason. The minimum is counted by the calendar's period module
 * (`computeDeadline`): 民法典 第二百零一条 (the start day is not counted) and 第二百零三条 (a last
 * day on a holiday or rest day moves to the next working day), so "30 日" from 2025-01-23 runs to
 * Saturday 2025-02-22 and the earliest end without a reason is Monday 2025-02-24.
 */
export function checkOpening(p: OpenedPayload, ctx: ConsultationContext): ConsultationError | OpeningComputed {
  for (const [field, v, zh] of [['title', p.title, '标题'], ['issuingBody', p.issuingBody, '发布机关'], ['explanatoryNote', p.explanatoryNote, '起草说明']] as const) {
    if (blank(v)) return consultationError('PAYLOAD_INVALID', `请填写${zh}`, `${field} is required`, { field });
  }
  if (blank(p.contact.phone) && blank(p.contact.email) && blank(p.contact.address)) {
    return consultationError('PAYLOAD_INVALID', '请至少填写一种联系方式（电话、电子邮箱或通信地址）', 'give at least one contact (phone, e-mail or postal address)', { field: 'contact' });
  }
  if (!isPlainDate(p.startDate) || !isPlainDate(p.endDate)) {
    return consultationError('PERIOD_INVALID', '起止日期应为 YYYY-MM-DD 格式', 'start and end must be dates in YYYY-MM-DD form', { field: 'startDate' });
  }
  if (compareDates(p.endDate, p.startDate) <= 0) {
    return consultationError('PERIOD_INVALID', '截止日期须晚于开始日期', 'the end date must be after the start date', { field: 'endDate' });
  }
  const working = ctx.calendar.isWorkingDay(p.endDate);
  if (!working.ok) {
    return consultationError('CALENDAR_YEAR_MISSING', `官方日历尚无 ${p.endDate.slice(0, 4)} 年的节假日安排，无法核对截止日期`, `the official calendar has no data for ${p.endDate.slice(0, 4)}; the end date cannot be checked`, { field: 'endDate', year: Number(p.endDate.slice(0, 4)) });
  }
  if (!working.value) {
    const next = ctx.calendar.nextWorkingDayFrom(p.endDate);
    const suggestion = next.ok ? next.value : null;
    return consultationError('END_NOT_WORKING_DAY', `截止日期 ${p.endDate} 是法定节假日或休息日${suggestion ? `，可改为 ${suggestion}` : ''}`, `the end date ${p.endDate} is a public holiday or rest day${suggestion ? `; ${suggestion} is the next working day` : ''}`, { field: 'endDate', suggestion });
  }
  const minimum = ctx.minimumPeriod(p.jurisdiction, p.startDate);
  if (minimum === null) {
    return consultationError('MINIMUM_PERIOD_UNKNOWN', '未配置征求意见最短期限参数', 'no minimum comment period is configured', { parameter: 'consultation.min_period_days', jurisdiction: p.jurisdiction });
  }
  const minimumDays = minimum.days;
  const earliestEndDate = earliestEnd(ctx, p.startDate, minimumDays);
  const periodDays = daysBetween(p.startDate, p.endDate);
  const isShort = earliestEndDate !== null ? compareDates(p.endDate, earliestEndDate) < 0 : periodDays < minimumDays;
  if (isShort && blank(p.shortPeriodReason)) {
    const earliestZh = earliestEndDate ? `，按民法典第二百零一条、第二百零三条计算最早可截止于 ${earliestEndDate}` : '';
    const earliestEn = earliestEndDate ? `; counted under Civil Code Arts. 201 and 203 the earliest end is ${earliestEndDate}` : '';
    return consultationError(
      'PERIOD_TOO_SHORT',
      `征求意见期限为 ${periodDays} 日，少于 ${minimumDays} 日${earliestZh}；须说明缩短期限的理由`,
      `the comment period of ${periodDays} days is shorter than ${minimumDays} days${earliestEn}; give the reason for the shorter period`,
      { field: 'shortPeriodReason', periodDays, minimumDays, earliestEndDate, isMinimumUnverified: minimum.isUnverified },
    );
  }
  return { periodDays, minimumDays, isMinimumUnverified: minimum.isUnverified, earliestEndDate };
}
