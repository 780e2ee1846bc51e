import { computeDeadline, type Calendar, type CountingException } from '@huiqi/calendar';
import { bi, cmp, daysBetween, fen, fenTimes, mul, parseExact, toDecimalText, type BilingualText, type Fen, type Num, type PlainDate } from '@huiqi/kernel';
import type { RuleBase } from '../load-rule-base';
import { PAYMENT_ARTICLES, type PaymentVersion } from './payment-articles';

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
  const notes: BilingualText[] = [];
  const cites: string[] = [];
  const empty = { startDate: null, periodDays: null, lastCountedDay: null, dueDate: null, daysOverdue: 0, dailyRate: null, interestFen: fen(0) };
  if (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0) throw new RangeError('amountFen must be a non-negative integer');
  if (c.contractDate < V2020) {
    return { status: 'NOT_COVERED', regulationVersion: null, ...empty, cites, notes: [bi('合同订立于条例施行（2020-09-01）之前，本函数不适用', 'contract signed before the regulation took effect (2020-09-01)')] };
  }
  const vkey: PaymentVersion = c.contractDate >= V2025 ? '2025' : '2020';
  const version = vkey === '2025' ? V2025 : V2020;
  const art = PAYMENT_ARTICLES[vkey];
  notes.push(bi(`按合同订立日适用 ${version} 施行的条例文本`, `the text in force from ${version} applies, chosen by the contract date`));
  cites.push(art.sizeAtSigning);
  const stop = (status: PaymentDeadline['status'], note: BilingualText, start: PlainDate | null = null): PaymentDeadline => ({
    status,
    regulationVersion: version,
    ...empty,
    startDate: start,
    cites: [...new Set(cites)],
    notes: [...notes, note],
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
  const calendarMissing = (e: { message?: BilingualText }) =>
    stop('CALENDAR_YEAR_MISSING', e.message ?? bi('缺少当年的法定节假日安排，无法确定到期日', 'the official holiday calendar of that year is missing; the due date cannot be told'));

  let start = c.deliveryDate;
  if (c.settlementMode) {
    if (c.settlementMode !== 'PROGRESS' && c.settlementMode !== 'PERIODIC') throw new RangeError('settlementMode must be PROGRESS or PERIODIC');
    cites.push(art.settlement);
    if (!c.settlementConfirmedDate) return stop('NO_STATUTORY_TERM', bi('合同约定按履行进度或定期结算，付款期限自双方确认结算金额之日起算，但缺少确认日期', 'settlement by progress or period: the term runs from the day both sides confirmed the amount, which is missing'));
    start = c.settlementConfirmedDate;
    notes.push(bi(`按${c.settlementMode === 'PROGRESS' ? '履行进度' : '定期'}结算，付款期限自双方确认结算金额之日（${start}）起算`, `settlement by ${c.settlementMode === 'PROGRESS' ? 'progress' : 'period'}: the term runs from the confirmed settlement (${start})`));
  } else if (c.paymentOnAcceptance) {
    cites.push(art.acceptance);
    let periodEnd: PlainDate | null = null;
    if (c.acceptancePeriodDays != null) {
      const e = endOf(c.deliveryDate, c.acceptancePeriodDays);
      if (!e.ok) return calendarMissing(e.error as { message?: BilingualText });
      periodEnd = e.due;
    }
    const late = periodEnd !== null && (c.acceptanceDate == null || c.acceptanceDate > periodEnd);
    if (late) {
      start = periodEnd!;
      cites.push(art.acceptanceDelayed);
      notes.push(bi(`付款方未在约定的${c.acceptancePeriodDays}日检验验收期限内完成验收，付款期限自该期限届满之日（${start}）起算`, `acceptance was not completed within the agreed ${c.acceptancePeriodDays}-day period; the term runs from its end (${start})`));
    } else if (c.acceptanceDate) {
      start = c.acceptanceDate;
    } else {
      return stop('NO_STATUTORY_TERM', bi('合同以验收合格为付款条件，但缺少验收合格日期和约定的验收期限', 'payment depends on acceptance but neither the acceptance date nor the agreed acceptance period is given'));
    }
  }

  let period: number | null = null;
  if (c.payerType === 'PUBLIC_BODY') {
    const days = param(rb, 'payment.public_body.days', version, cites);
    const max = param(rb, 'payment.public_body.max_days', version, cites);
    period = c.agreedDays ?? (days as number);
    if (c.agreedDays != null && max !== null && c.agreedDays > (max as number)) {
      notes.push(bi(`合同约定 ${c.agreedDays} 日超过最长 ${max} 日，按 ${max} 日计`, `agreed ${c.agreedDays} days exceeds the ${max}-day maximum; ${max} days applied`));
      period = max as number;
    }
  } else {
    const days = param(rb, 'payment.large_enterprise.days', version, cites);
    if (c.agreedDays != null) {
      period = c.agreedDays;
      notes.push(bi('大型企业按合同约定的付款期限（须合理，不得以第三方付款为条件）', 'large enterprise: the agreed term applies (must be reasonable; no pay-when-paid)'));
      cites.push(art.largeEnterpriseTerm);
    } else if (days !== null) period = days as number;
    else {
      cites.push(art.largeEnterpriseTerm);
      return stop('NO_STATUTORY_TERM', bi('2020年条例（第八条第二款）未规定大型企业的法定付款天数，应按合同约定的付款期限', 'the 2020 text (Art. 8 para 2) sets no statutory days for large enterprises; the agreed term governs'), start);
    }
  }
  if (!Number.isSafeInteger(period) || period < 0) throw new RangeError('agreedDays must be a non-negative integer');
  const end = endOf(start, period);
  if (!end.ok) return calendarMissing(end.error as { message?: BilingualText });
  const due = end.due;
  if (exception) {
    cites.push('cn/law/civil-code@2021-01-01#art_204');
    notes.push(bi(`合同约定到期日遇节假日不顺延（${exception.source}），按约定`, `the contract says the due date is not moved off rest days (${exception.source})`));
  } else {
    cites.push('cn/law/civil-code@2021-01-01#art_201__para_1');
    if (due !== end.last) {
      cites.push('cn/law/civil-code@2021-01-01#art_203__para_1');
      notes.push(bi(`期间最后一日 ${end.last} 为法定节假日或休息日，顺延至其后第一个工作日 ${due}`, `the last day ${end.last} is a holiday or rest day; the period ends on the next working day, ${due}`));
    }
  }
  const paidOrAsOf = c.paidDate ?? c.asOf;
  const overdue = Math.max(0, daysBetween(due, paidOrAsOf));
  let rate: Num | null;
  if (c.agreedDailyRate != null) {
    rate = parseExact(c.agreedDailyRate);
    if (rate === null || cmp(rate, 0) < 0) throw new RangeError('agreedDailyRate must be a non-negative decimal text');
    notes.push(bi('按约定的逾期利息利率计算（约定利率不得低于合同订立时1年期LPR，本函数未核对）', 'agreed late-interest rate used (it may not be below the 1-year LPR at signing; not checked here)'));
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
    notes,
  };
}
