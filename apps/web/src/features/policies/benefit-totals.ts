import type { PolicyAnswer } from './policies-api';

/** What a policy's amount is (the rules' benefit_kind); a policy without a kind is a grant and counts as cash, as paysCash says. */
type BenefitKind = NonNullable<PolicyAnswer['benefitKind']>;

/** The non-cash kinds, in the order 我的政策 lists them: money not charged, then tax, then the bid-price preference. */
const NON_CASH_KINDS = ['FEE_REDUCTION', 'TAX_REDUCTION', 'TAX_DEDUCTION', 'PRICE_PREFERENCE'] as const satisfies readonly BenefitKind[];
type NonCashKind = (typeof NON_CASH_KINDS)[number];

/** One eligible non-cash benefit, on its own line. */
interface NonCashLine {
  kind: NonCashKind;
  policyId: string;
  title: PolicyAnswer['title'];
  amountFen: number;
}

interface BenefitTotals {
  /** 现金补贴合计: the eligible cash amounts (the API's summary.totalAmountFen, summed the same way). */
  cashFen: number;
  /** Every eligible benefit with an amount that is not paid out as money: never added to the cash, nor to each other. */
  nonCash: NonCashLine[];
}

const isNonCash = (kind: PolicyAnswer['benefitKind']): kind is NonCashKind => kind !== null && kind !== 'CASH';

/**
 * 我的政策's total: only cash is summed (issue 19 item 2); a fee cut, a tax reduction, a deduction from
 * taxable income and a bid-price deduction are listed one per line, by kind, largest first — a 300 万元
 * tax deduction is not 300 万元 received, and a price preference is no money at all.
 */
export function benefitTotals(policies: readonly Pick<PolicyAnswer, 'policyId' | 'title' | 'status' | 'amountFen' | 'benefitKind'>[]): BenefitTotals {
  let cashFen = 0;
  const nonCash: NonCashLine[] = [];
  for (const p of policies) {
    if (p.status !== 'ELIGIBLE' || p.amountFen === null) continue;
    if (isNonCash(p.benefitKind)) nonCash.push({ kind: p.benefitKind, policyId: p.policyId, title: p.title, amountFen: p.amountFen });
    else cashFen += p.amountFen;
  }
  nonCash.sort((a, b) => NON_CASH_KINDS.indexOf(a.kind) - NON_CASH_KINDS.indexOf(b.kind) || b.amountFen - a.amountFen || a.policyId.localeCompare(b.policyId));
  return { cashFen, nonCash };
}
