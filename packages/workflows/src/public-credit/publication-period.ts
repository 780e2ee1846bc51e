import { addMonthsClamped } from '@huiqi/calendar';
import { compareDates, err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import { publicCreditError, type PublicCreditError } from './public-credit-error';

/** A dated parameter's value as the mark keeps it: the figure, its article and whether the figure is verified. */
export interface PeriodFigure {
  months: number;
  reference: string;
  unverified: boolean;
}

/**
 * 公示期限 of a mark: it starts on the day of the decision that produced it; the shortest period must be
 * served before a repair may be applied for (社会信用条例 第七十九条); after the longest it is no longer
 * published (第四十八条第一款第（二）项: 超过公开期限仍在公开的 is a ground for objection). Both ends are the
 * last day of the period counted by 民法典 第二百零一条、第二百零二条 (the start day not counted; the
 * corresponding day of the month, or the month's last day). 第二百零三条 does not move them: a publication
 * simply stops, nobody must act by that day.
 */
export interface PublicationPeriod {
  start: PlainDate;
  minimumEnd: PlainDate;
  end: PlainDate;
  minimum: PeriodFigure;
  maximum: PeriodFigure;
}

export function publicationPeriod(decidedOn: PlainDate, minimum: PeriodFigure | null, maximum: PeriodFigure | null): Result<PublicationPeriod, PublicCreditError> {
  if (!minimum || !maximum) return err(publicCreditError('CREDIT_MARK_PERIOD_UNKNOWN', null, '未配置该类记录的公示期限', 'No publication period is configured for this kind of record'));
  for (const f of [minimum, maximum]) {
    if (!Number.isInteger(f.months) || f.months < 1) return err(publicCreditError('CREDIT_MARK_PERIOD_UNKNOWN', null, `公示期限应为正整数个月，收到 ${f.months}`, `the publication period must be a positive number of months; got ${f.months}`));
  }
  if (minimum.months > maximum.months) return err(publicCreditError('CREDIT_MARK_PERIOD_UNKNOWN', null, '最短公示期限长于最长公示期限', 'the shortest publication period is longer than the longest'));
  return ok({ start: decidedOn, minimumEnd: addMonthsClamped(decidedOn, minimum.months), end: addMonthsClamped(decidedOn, maximum.months), minimum, maximum });
}

/**
 * 公示状态 on a day: repaired (准予修复: publication ended), publication stopped on an upheld objection
 * (停止公开, 社会信用条例 第五十一条第四款第（三）项), ended (the longest period ran out), or running.
 */
export type MarkState = 'PUBLISHED' | 'RECORDED_NOT_PUBLIC' | 'PUBLICATION_ENDED' | 'PUBLICATION_STOPPED' | 'REPAIRED';

export function markState(m: { isPublic: boolean; period: Pick<PublicationPeriod, 'end'>; repairedOn: PlainDate | null; publicationStoppedAt?: string | null }, today: PlainDate): MarkState {
  if (m.repairedOn !== null) return 'REPAIRED';
  if (m.publicationStoppedAt) return 'PUBLICATION_STOPPED';
  if (compareDates(today, m.period.end) > 0) return 'PUBLICATION_ENDED';
  return m.isPublic ? 'PUBLISHED' : 'RECORDED_NOT_PUBLIC';
}

export const MARK_STATE_LABELS: Record<MarkState, { zh: string; en: string }> = {
  PUBLISHED: { zh: '公示中', en: 'Published' },
  RECORDED_NOT_PUBLIC: { zh: '已记入信用记录，未向社会公示', en: 'In the credit record, not published' },
  PUBLICATION_ENDED: { zh: '公示期满，已停止公示', en: 'Publication period over' },
  PUBLICATION_STOPPED: { zh: '异议成立，已停止公开', en: 'Objection upheld; publication stopped' },
  REPAIRED: { zh: '已信用修复，停止公示', en: 'Repaired; no longer published' },
};
