import { compareDates, daysBetween, isPlainDate } from '@huiqi/kernel';
import type { OpenedPayload } from './action';
import type { ConsultationContext } from './consultation-context';
import { consultationError, type ConsultationError } from './consultation-error';

export interface OpeningComputed {
  periodDays: number;
  minimumDays: number;
}

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

/**
 * Checks the opening of a consultation: the fields a notice needs, a period that ends on a
 * working day of the official calendar, and — when the period (counted without its first day,
 * as 民法典 Art. 201 counts periods) is shorter than the configured minimum — a recorded reason.
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
  const minimumDays = ctx.minimumPeriodDays(p.jurisdiction, p.startDate);
  if (minimumDays === null) {
    return consultationError('MINIMUM_PERIOD_UNKNOWN', '未配置征求意见最短期限参数', 'no minimum comment period is configured', { parameter: 'consultation.min_period_days', jurisdiction: p.jurisdiction });
  }
  const periodDays = daysBetween(p.startDate, p.endDate);
  if (periodDays < minimumDays && blank(p.shortPeriodReason)) {
    return consultationError('PERIOD_TOO_SHORT', `征求意见期限为 ${periodDays} 日，少于 ${minimumDays} 日，须说明缩短期限的理由`, `the comment period of ${periodDays} days is shorter than ${minimumDays} days; give the reason for the shorter period`, { field: 'shortPeriodReason', periodDays, minimumDays });
  }
  return { periodDays, minimumDays };
}
