import { computeDeadline, type Calendar, type CalendarError, type CountingException } from '@huiqi/calendar';
import { cmp, daysBetween, fen, fenTimes, mul, parseExact, toDecimalText, type BilingualText, type Fen, type Num, type PlainDate } from '@huiqi/kernel';
import type { RuleBase } from '../load-rule-base';
import { PAYMENT_ARTICLES, type PaymentVersion } from './payment-articles';
import { paymentReasonText, type PaymentReason } from './payment-reasons';

/** Who pays the SME: 机关、事业单位 or 大型企业 (保障中小企业款项支付条例). */
export type PayerType = 'PUBLIC_BODY' | 'LARGE_ENTERPRISE';

/** 履行进度结算 / 定期结算 (2020 第八条第三款, 2025 第九条第四款). */
export type SettlementMode = 'PROGRESS' | 'PERIODIC';

export interface PaymentContract {
  payerType: PayerType;
  /** 合同订立日: selects the regulation version (2020 or 2025 text). */
  contractDate: PlainDate;
  /** 货物、工程、服务交付之日. */
  deliveryDate: PlainDate;
  /** True when the contract makes passing inspection or acceptance the payment condition. */
  paymentOnAcceptance?: boolean;
  /** 验收合格之日; null while not accepted. */
  acceptanceDate?: PlainDate | null;
  /** The inspection/acceptance period agreed in the contract, in days from delivery (2020 第九条第二款, 2025 第十条第二款). */
  acceptancePeriodDays?: number | null;
  /** Settlement by progress or period: the payment period runs from the day both sides confirmed the amount. */
  settlementMode?: SettlementMode | null;
  /** 双方确认结算金额之日 (needed with `settlementMode`). */
  settlementConfirmedDate?: PlainDate | null;
  /** Payment period agreed in the contract, in days; absent = none agreed. */
  agreedDays?: number | null;
  /**
   * The contract says the due date is NOT moved off rest days (民法典 第二百零四条 当事人另有约定):
   * the clause, e.g. `第5条：付款期限届满日遇节假日不顺延`. Absent = 民法典 第二百零三条 applies.
   */
  agreedNoRestDayExtension?: string | null;
  /** Agreed daily late-interest rate as a decimal text ("0.0003"); absent = none agreed. */
  agreedDailyRate?: string | null;
  /** Amount still unpaid, in fen. */
  amountFen: number;
  /** Actual payment date, if paid; otherwise interest runs to `asOf`. */
  paidDate?: PlainDate | null;
  /** Date to compute overdue interest up to (e.g. today). */
  asOf: PlainDate;
}

export interface PaymentDeadline {
  /** CALENDAR_YEAR_MISSING: the official calendar of the due year is not loaded, so the day cannot be told (unknown). */
  status: 'COMPUTED' | 'NO_STATUTORY_TERM' | 'NOT_COVERED' | 'CALENDAR_YEAR_MISSING';
  /** Version of the regulation applied: its effective date. */
  regulationVersion: PlainDate | null;
  /** The day the period starts from (delivery, acceptance, end of the agreed acceptance period, or confirmed settlement). */
  startDate: PlainDate | null;
  periodDays: number | null;
  /** Last counted day of the period (民法典 第二百零一条). */
  lastCountedDay: PlainDate | null;
  /** Last day to pay: the last counted day, moved off a statutory holiday or rest day (第二百零三条) unless agreed otherwise. */
  dueDate: PlainDate | null;
  daysOverdue: number;
  dailyRate: string | null;
  interestFen: Fen;
  cites: string[];
  /** Why, as codes with their figures (worded by `paymentReasonText`, payment-reasons.ts). */
  why: PaymentReason[];
  /** `why` in words. */
  notes: BilingualText[];
}

const V2020 = '2020-09-01' as PlainDate;
const V2025 = '2025-06-01' as PlainDate;

function param(rb: RuleBase, path: string, on: PlainDate, cites: string[]): Num | null {
  const p = rb.params.resolve(path, 'cn', on);
  if (p) cites.push(p.reference);
  return p ? p.value : null;
}

export interface PaymentDeadlineOptions {
  /** The official working-day calendar (statutory holidays, 调休) of the payer's jurisdiction. */
  calendar: Calendar;
}

/**
 * Due date and overdue interest of a payment to an SME under 保障中小企业款项支付条例 (2020 text in force
 * 2020-09-01; 2025 text in force 2025-06-01). The version is chosen by the contract date (our reading:
 * obligations follow the text in force when the contract was signed). The period is counted as the Civil
 * Code counts it (民法典 第二百零一条、第二百零三条): the start day is not counted and a last day that is a
 * statutory holiday or weekend rest day moves to the next working day (调休 working days are working days),
 * unless the contract agreed otherwise (第二百零四条, `agreedNoRestDayExtension`).
 */
export function paymentDeadline(rb: RuleBase, c: PaymentContract, opts: PaymentDeadlineOptions): PaymentDeadline {
  const why: PaymentReason[] = [];
  const cites: string[] = [];
  const worded = (w: PaymentReason[]) => ({ why: w, notes: w.map(paymentReasonText) });
  const empty = { startDate: null, periodDays: null, lastCountedDay: null, dueDate: null, daysOverdue: 0, dailyRate: null, interestFen: fen(0) };
  if (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0) throw new RangeError('amountFen must be a non-negative integer');
  if (c.contractDate < V2020) {
    return { status: 'NOT_COVERED', regulationVersion: null, ...empty, cites, ...worded([{ code: 'PAYMENT_BEFORE_REGULATION' }]) };
  }
  const vkey: PaymentVersion = c.contractDate >= V2025 ? '2025' : '2020';
  const version = vkey === '2025' ? V2025 : V2020;
  const art = PAYMENT_ARTICLES[vkey];
  why.push({ code: 'PAYMENT_VERSION_BY_CONTRACT_DATE', version });
  cites.push(art.sizeAtSigning);
  const stop = (status: PaymentDeadline['status'], note: PaymentReason, start: PlainDate | null = null): PaymentDeadline => ({
    status,
    regulationVersion: version,
    ...empty,
    startDate: start,
    cites: [...new Set(cites)],
    ...worded([...why, note]),
  });
  const exception: CountingException | undefined = c.agreedNoRestDayExtension?.trim() ? { by: 'CONTRACT', source: c.agreedNoRestDayExtension.trim() } : undefined;
  /** Civil-Code end of `n` days after `from` (n = 0: the day itself, moved off rest days likewise). */
  const endOf = (from: PlainDate, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('a period must be a non-negative whole number of days');
    if (n === 0) {
      // A zero-day term ends on the day itself — still moved off a rest day unless agreed otherwise.
      if (exception) {
        const w = opts.calendar.isWorkingDay(from);
        return w.ok ? { ok: true as const, last: from, due: from } : w;
      }
      const d = opts.calendar.nextWorkingDayFrom(from);
      return d.ok ? { ok: true as const, last: from, due: d.value } : d;
    }
    const r = computeDeadline(opts.calendar, { from, days: n, ...(exception ? { exception } : {}) });
    return r.ok ? { ok: true as const, last: r.value.lastCountedDay, due: r.value.due } : r;
  };
  const calendarMissing = (e: CalendarError | null) => stop('CALENDAR_YEAR_MISSING', { code: 'PAYMENT_CALENDAR_MISSING', calendar: e });

  let start = c.deliveryDate;
  if (c.settlementMode) {
    if (c.settlementMode !== 'PROGRESS' && c.settlementMode !== 'PERIODIC') throw new RangeError('settlementMode must be PROGRESS or PERIODIC');
    cites.push(art.settlement);
    if (!c.settlementConfirmedDate) return stop('NO_STATUTORY_TERM', { code: 'PAYMENT_SETTLEMENT_DATE_MISSING' });
    start = c.settlementConfirmedDate;
    why.push({ code: 'PAYMENT_FROM_SETTLEMENT', mode: c.settlementMode, start });
  } else if (c.paymentOnAcceptance) {
    cites.push(art.acceptance);
    let periodEnd: PlainDate | null = null;
    if (c.acceptancePeriodDays != null) {
      const e = endOf(c.deliveryDate, c.acceptancePeriodDays);
      if (!e.ok) return calendarMissing(e.error);
      periodEnd = e.due;
    }
    const late = periodEnd !== null && (c.acceptanceDate == null || c.acceptanceDate > periodEnd);
    if (late) {
      start = periodEnd!;
      cites.push(art.acceptanceDelayed);
      why.push({ code: 'PAYMENT_ACCEPTANCE_LATE', acceptanceDays: c.acceptancePeriodDays!, start });
    } else if (c.acceptanceDate) {
      start = c.acceptanceDate;
    } else {
      return stop('NO_STATUTORY_TERM', { code: 'PAYMENT_ACCEPTANCE_MISSING' });
    }
  }

  let period: number | null = null;
  if (c.payerType === 'PUBLIC_BODY') {
    const days = param(rb, 'payment.public_body.days', version, cites);
    const max = param(rb, 'payment.public_body.max_days', version, cites);
    period = c.agreedDays ?? (days as number);
    if (c.agreedDays != null && max !== null && c.agreedDays > (max as number)) {
      why.push({ code: 'PAYMENT_AGREED_DAYS_CAPPED', agreedDays: c.agreedDays, maxDays: max as number });
      period = max as number;
    }
  } else {
    const days = param(rb, 'payment.large_enterprise.days', version, cites);
    if (c.agreedDays != null) {
      period = c.agreedDays;
      why.push({ code: 'PAYMENT_LARGE_ENTERPRISE_AGREED_TERM' });
      cites.push(art.largeEnterpriseTerm);
    } else if (days !== null) period = days as number;
    else {
      cites.push(art.largeEnterpriseTerm);
      return stop('NO_STATUTORY_TERM', { code: 'PAYMENT_LARGE_ENTERPRISE_NO_STATUTORY_DAYS' }, start);
    }
  }
  if (!Number.isSafeInteger(period) || period < 0) throw new RangeError('agreedDays must be a non-negative integer');
  const end = endOf(start, period);
  if (!end.ok) return calendarMissing(end.error);
  const due = end.due;
  if (exception) {
    cites.push('cn/law/civil-code@2021-01-01#art_204');
    why.push({ code: 'PAYMENT_NO_REST_DAY_EXTENSION', clause: exception.source });
  } else {
    cites.push('cn/law/civil-code@2021-01-01#art_201__para_1');
    if (due !== end.last) {
      cites.push('cn/law/civil-code@2021-01-01#art_203__para_1');
      why.push({ code: 'PAYMENT_MOVED_OFF_REST_DAY', lastDay: end.last, due });
    }
  }
  const paidOrAsOf = c.paidDate ?? c.asOf;
  const overdue = Math.max(0, daysBetween(due, paidOrAsOf));
  let rate: Num | null;
  if (c.agreedDailyRate != null) {
    rate = parseExact(c.agreedDailyRate);
    if (rate === null || cmp(rate, 0) < 0) throw new RangeError('agreedDailyRate must be a non-negative decimal text');
    why.push({ code: 'PAYMENT_AGREED_RATE' });
    cites.push(art.lateInterest);
  } else rate = param(rb, 'payment.late_interest.daily_rate', version, cites);
  const interest = rate === null ? fen(0) : fenTimes(c.amountFen, mul(rate, overdue));
  return {
    status: 'COMPUTED',
    regulationVersion: version,
    startDate: start,
    periodDays: period,
    lastCountedDay: end.last,
    dueDate: due,
    daysOverdue: overdue,
    dailyRate: rate === null ? null : toDecimalText(rate, 8),
    interestFen: interest,
    cites: [...new Set(cites)],
    ...worded(why),
  };
}
