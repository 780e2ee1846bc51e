import { addDays, bi, daysBetween, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { cmp, mul, parseExact, roundTo, toDecimalText, type Num } from '../exact';
import type { RuleBase } from '../load-rule-base';

/** Who pays the SME: 机关、事业单位 or 大型企业 (保障中小企业款项支付条例). */
export type PayerType = 'PUBLIC_BODY' | 'LARGE_ENTERPRISE';

export interface PaymentContract {
  payerType: PayerType;
  /** 合同订立日: selects the regulation version (2020 or 2025 text). */
  contractDate: PlainDate;
  /** 货物、工程、服务交付之日. */
  deliveryDate: PlainDate;
  /** True when the contract makes passing inspection or acceptance the payment condition. */
  paymentOnAcceptance?: boolean;
  /** 验收合格之日 (needed when `paymentOnAcceptance`). */
  acceptanceDate?: PlainDate | null;
  /** Payment period agreed in the contract, in days; absent = none agreed. */
  agreedDays?: number | null;
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
  status: 'COMPUTED' | 'NO_STATUTORY_TERM' | 'NOT_COVERED';
  /** Version of the regulation applied: its effective date. */
  regulationVersion: PlainDate | null;
  /** The day the period starts from (delivery or acceptance). */
  startDate: PlainDate | null;
  periodDays: number | null;
  /** Last day to pay. Not shifted for holidays here: apply 民法典 Art. 203 with @huiqi/calendar if needed. */
  dueDate: PlainDate | null;
  daysOverdue: number;
  dailyRate: string | null;
  interestFen: number;
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

/**
 * Due date and overdue interest of a payment to an SME under 保障中小企业款项支付条例 (2020 text in force
 * 2020-09-01; 2025 text in force 2025-06-01). The version is chosen by the contract date (our reading:
 * obligations follow the text in force when the contract was signed). Calendar days throughout.
 */
export function paymentDeadline(rb: RuleBase, c: PaymentContract): PaymentDeadline {
  const notes: BilingualText[] = [];
  const cites: string[] = [];
  const empty = { startDate: null, periodDays: null, dueDate: null, daysOverdue: 0, dailyRate: null, interestFen: 0 };
  if (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0) throw new RangeError('amountFen must be a non-negative integer');
  if (c.contractDate < V2020) {
    return { status: 'NOT_COVERED', regulationVersion: null, ...empty, cites, notes: [bi('合同订立于条例施行（2020-09-01）之前，本函数不适用', 'contract signed before the regulation took effect (2020-09-01)')] };
  }
  const version = c.contractDate >= V2025 ? V2025 : V2020;
  const law = `cn/regulation/sme-payment-protection@${version}`;
  notes.push(bi(`按合同订立日适用 ${version} 施行的条例文本`, `the text in force from ${version} applies, chosen by the contract date`));
  if (version === V2025) cites.push(`${law}#art_3__para_1`);

  let start = c.deliveryDate;
  if (c.paymentOnAcceptance) {
    if (!c.acceptanceDate) {
      return { status: 'NO_STATUTORY_TERM', regulationVersion: version, ...empty, cites, notes: [...notes, bi('合同以验收合格为付款条件，但缺少验收合格日期', 'payment depends on acceptance but the acceptance date is missing')] };
    }
    start = c.acceptanceDate;
    cites.push(`${law}#art_9__para_1`);
    if (version === V2020) notes.push(bi('2020年文本中"自验收合格之日起算"的条文未核实', 'the 2020 text on counting from acceptance is unverified'));
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
      cites.push(`${law}#art_9__para_${version === V2025 ? 2 : 1}`);
    } else if (days !== null) period = days as number;
    else {
      cites.push(`${law}#art_9__para_1`);
      return { status: 'NO_STATUTORY_TERM', regulationVersion: version, ...empty, startDate: start, cites: [...new Set(cites)], notes: [...notes, bi('2020年条例未规定大型企业的法定付款天数，应按合同约定的付款期限', 'the 2020 text sets no statutory days for large enterprises; the agreed term governs')] };
    }
  }
  if (!Number.isSafeInteger(period) || period < 0) throw new RangeError('agreedDays must be a non-negative integer');
  const due = addDays(start, period);
  const end = c.paidDate ?? c.asOf;
  const overdue = Math.max(0, daysBetween(due, end));
  let rate: Num | null;
  if (c.agreedDailyRate != null) {
    rate = parseExact(c.agreedDailyRate);
    if (rate === null || cmp(rate, 0) < 0) throw new RangeError('agreedDailyRate must be a non-negative decimal text');
    notes.push(bi('按约定的逾期利息利率计算（约定利率不得低于合同订立时1年期LPR，本函数未核对）', 'agreed late-interest rate used (it may not be below the 1-year LPR at signing; not checked here)'));
  } else rate = param(rb, 'payment.late_interest.daily_rate', version, cites);
  const interest = rate === null ? 0 : (roundTo(mul(mul(c.amountFen, rate), overdue), 'HALF_UP') as number);
  notes.push(bi('付款期限按自然日计算，未按节假日顺延', 'calendar days; the due date is not moved for public holidays'));
  return {
    status: 'COMPUTED',
    regulationVersion: version,
    startDate: start,
    periodDays: period,
    dueDate: due,
    daysOverdue: overdue,
    dailyRate: rate === null ? null : toDecimalText(rate, 8),
    interestFen: interest,
    cites: [...new Set(cites)],
    notes,
  };
}
