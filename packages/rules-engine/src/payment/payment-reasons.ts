import type { CalendarError } from '@huiqi/calendar';
import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import type { SettlementMode } from './payment-deadline';

/**
 * Why a payment deadline came out as it did, as codes with their figures (issue 20: reasons as
 * codes). `paymentDeadline` returns these; this file is the one place that words them in Chinese and
 * English. Dates are plain dates, so a reason stays plain JSON.
 */
export type PaymentReason =
  | { code: 'PAYMENT_BEFORE_REGULATION' }
  /** The regulation's text in force from `version` applies, chosen by the contract date. */
  | { code: 'PAYMENT_VERSION_BY_CONTRACT_DATE'; version: PlainDate }
  /** The official calendar of the due year is missing: the calendar's own error, worded by it. */
  | { code: 'PAYMENT_CALENDAR_MISSING'; calendar: CalendarError | null }
  | { code: 'PAYMENT_SETTLEMENT_DATE_MISSING' }
  | { code: 'PAYMENT_FROM_SETTLEMENT'; mode: SettlementMode; start: PlainDate }
  | { code: 'PAYMENT_ACCEPTANCE_LATE'; acceptanceDays: number; start: PlainDate }
  | { code: 'PAYMENT_ACCEPTANCE_MISSING' }
  | { code: 'PAYMENT_AGREED_DAYS_CAPPED'; agreedDays: number; maxDays: number }
  | { code: 'PAYMENT_LARGE_ENTERPRISE_AGREED_TERM' }
  | { code: 'PAYMENT_LARGE_ENTERPRISE_NO_STATUTORY_DAYS' }
  /** The contract says the due date is not moved off rest days; `clause` is its words. */
  | { code: 'PAYMENT_NO_REST_DAY_EXTENSION'; clause: string }
  | { code: 'PAYMENT_MOVED_OFF_REST_DAY'; lastDay: PlainDate; due: PlainDate }
  | { code: 'PAYMENT_AGREED_RATE' };

const SETTLEMENT: Record<SettlementMode, BilingualText> = {
  PROGRESS: bi('履行进度', 'progress'),
  PERIODIC: bi('定期', 'period'),
};

export function paymentReasonText(r: PaymentReason): BilingualText {
  switch (r.code) {
    case 'PAYMENT_BEFORE_REGULATION':
      return bi('合同订立于条例施行（2020-09-01）之前，本函数不适用', 'contract signed before the regulation took effect (2020-09-01)');
    case 'PAYMENT_VERSION_BY_CONTRACT_DATE':
      return bi(`按合同订立日适用 ${r.version} 施行的条例文本`, `the text in force from ${r.version} applies, chosen by the contract date`);
    case 'PAYMENT_CALENDAR_MISSING':
      return r.calendar?.message ?? bi('缺少当年的法定节假日安排，无法确定到期日', 'the official holiday calendar of that year is missing; the due date cannot be told');
    case 'PAYMENT_SETTLEMENT_DATE_MISSING':
      return bi('合同约定按履行进度或定期结算，付款期限自双方确认结算金额之日起算，但缺少确认日期', 'settlement by progress or period: the term runs from the day both sides confirmed the amount, which is missing');
    case 'PAYMENT_FROM_SETTLEMENT': {
      const m = SETTLEMENT[r.mode];
      return bi(`按${m.zh}结算，付款期限自双方确认结算金额之日（${r.start}）起算`, `settlement by ${m.en}: the term runs from the confirmed settlement (${r.start})`);
    }
    case 'PAYMENT_ACCEPTANCE_LATE':
      return bi(
        `付款方未在约定的${r.acceptanceDays}日检验验收期限内完成验收，付款期限自该期限届满之日（${r.start}）起算`,
        `acceptance was not completed within the agreed ${r.acceptanceDays}-day period; the term runs from its end (${r.start})`,
      );
    case 'PAYMENT_ACCEPTANCE_MISSING':
      return bi('合同以验收合格为付款条件，但缺少验收合格日期和约定的验收期限', 'payment depends on acceptance but neither the acceptance date nor the agreed acceptance period is given');
    case 'PAYMENT_AGREED_DAYS_CAPPED':
      return bi(`合同约定 ${r.agreedDays} 日超过最长 ${r.maxDays} 日，按 ${r.maxDays} 日计`, `agreed ${r.agreedDays} days exceeds the ${r.maxDays}-day maximum; ${r.maxDays} days applied`);
    case 'PAYMENT_LARGE_ENTERPRISE_AGREED_TERM':
      return bi('大型企业按合同约定的付款期限（须合理，不得以第三方付款为条件）', 'large enterprise: the agreed term applies (must be reasonable; no pay-when-paid)');
    case 'PAYMENT_LARGE_ENTERPRISE_NO_STATUTORY_DAYS':
      return bi('2020年条例（第八条第二款）未规定大型企业的法定付款天数，应按合同约定的付款期限', 'the 2020 text (Art. 8 para 2) sets no statutory days for large enterprises; the agreed term governs');
    case 'PAYMENT_NO_REST_DAY_EXTENSION':
      return bi(`合同约定到期日遇节假日不顺延（${r.clause}），按约定`, `the contract says the due date is not moved off rest days (${r.clause})`);
    case 'PAYMENT_MOVED_OFF_REST_DAY':
      return bi(`期间最后一日 ${r.lastDay} 为法定节假日或休息日，顺延至其后第一个工作日 ${r.due}`, `the last day ${r.lastDay} is a holiday or rest day; the period ends on the next working day, ${r.due}`);
    case 'PAYMENT_AGREED_RATE':
      return bi('按约定的逾期利息利率计算（约定利率不得低于合同订立时1年期LPR，本函数未核对）', 'agreed late-interest rate used (it may not be below the 1-year LPR at signing; not checked here)');
  }
}
