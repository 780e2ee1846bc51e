import { compareDates, formatMoney, isPlainDate, type PlainDate } from '@huiqi/kernel';
import { isServiceCategory, type ServiceCategory } from '../service-categories';
import { servicesError, type ServicesError } from '../services-error';

/** 服务券 (public services bought for SMEs, 深圳 第十四条) or 创新券 (innovation services). Persisted codes. */
export const VOUCHER_KINDS = ['SERVICE', 'INNOVATION'] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];

/**
 * A voucher programme: what each voucher is worth, when it may be used, for which service categories,
 * who may claim it (a policy of the rule base, evaluated three-valued on the registry; null: any
 * enterprise in the registry), the budget, and the fund whose payment batches settle it.
 */
export interface VoucherProgramme {
  programmeId: string;
  kind: VoucherKind;
  name: string;
  description: string;
  amountFen: number;
  validFrom: PlainDate;
  validUntil: PlainDate;
  categories: ServiceCategory[];
  /** The rule (a policy of the rule base, as data) an enterprise must meet to claim; null: any registered enterprise. */
  eligibilityPolicyId: string | null;
  budgetFen: number;
  /** The benefits fund whose payment batches pay providers for redeemed vouchers. */
  fundId: string;
}

export type ProgrammeInput = Omit<VoucherProgramme, 'programmeId'>;

/** Checks a programme's terms: positive amounts, a budget of at least one voucher, dates in order, known categories. */
export function checkProgramme(p: ProgrammeInput): ServicesError | null {
  const bad = (field: string, zh: string, en: string) => servicesError('PROGRAMME_INVALID', zh, en, { field });
  if (p.name.trim() === '' || p.name.length > 100) return bad('name', '请填写服务券项目名称（不超过 100 字）', 'Give the programme a name (at most 100 characters)');
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0) return bad('amountFen', '券面金额须大于零', 'The voucher amount must be greater than zero');
  if (!Number.isSafeInteger(p.budgetFen) || p.budgetFen < p.amountFen) return bad('budgetFen', '预算至少应能发放一张券', 'The budget must cover at least one voucher');
  if (!isPlainDate(p.validFrom) || !isPlainDate(p.validUntil) || compareDates(p.validFrom, p.validUntil) > 0) return bad('validUntil', '有效期的结束日不能早于开始日', 'The validity cannot end before it starts');
  if (p.categories.length === 0 || !p.categories.every(isServiceCategory)) return bad('categories', '请至少选择一项可使用的服务类别', 'Choose at least one service category the voucher covers');
  return null;
}

export interface BudgetUse {
  budgetFen: number;
  /** Held by vouchers issued, claimed or redeemed (expired ones have returned theirs). */
  committedFen: number;
  /** Paid out in settled vouchers. */
  settledFen: number;
  availableFen: number;
}

/** Can `count` more vouchers of `amountFen` be issued within the budget? */
export function checkIssue(use: BudgetUse, amountFen: number, count: number): ServicesError | null {
  if (!Number.isInteger(count) || count < 1 || count > 10_000) return servicesError('PROGRAMME_INVALID', '一次发放 1 至 10000 张', 'Issue 1 to 10,000 vouchers at a time', { field: 'count' });
  const need = amountFen * count;
  if (need > use.availableFen) {
    return servicesError('PROGRAMME_BUDGET_EXCEEDED', `预算不足：本次需 ${formatMoney(need, 'zh')}，可用 ${formatMoney(use.availableFen, 'zh')}`, `Not enough budget: ${formatMoney(need, 'en')} needed, ${formatMoney(use.availableFen, 'en')} available`, { needFen: need, availableFen: use.availableFen });
  }
  return null;
}
