import { paysCash, type PolicyDef } from '@huiqi/rules-engine';
import { AppError } from '../errors/app-error';

const KIND_WORDS: Record<string, { zh: string; en: string }> = {
  FEE_REDUCTION: { zh: '收费减免（由收费机构少收）', en: 'a fee cut (charged less by the body that charges it)' },
  TAX_REDUCTION: { zh: '税收减免', en: 'a tax reduction' },
  TAX_DEDUCTION: { zh: '税前加计扣除', en: 'an extra tax deduction' },
  PRICE_PREFERENCE: { zh: '政府采购价格扣除', en: 'a procurement price deduction' },
};

/**
 * Only cash is paid out of a fund (深工信〔2023〕26号 第6项 is a guarantee-fee cut the guarantee
 * institution charges less, not money a fund pays). Refuses, in words, any policy whose benefit kind
 * is not CASH — when a fund is linked to it and whenever a 免申即享 comparison or approval runs on it.
 */
export function requireCashBenefit(policy: Pick<PolicyDef, 'id' | 'title' | 'benefitKind'>): void {
  if (paysCash(policy)) return;
  const kind = KIND_WORDS[policy.benefitKind ?? ''] ?? { zh: '非资金优惠', en: 'a non-cash benefit' };
  throw new AppError('BENEFIT_NOT_CASH', {
    message: {
      zh: `「${policy.title.zh}」的优惠是${kind.zh}，不是资金补助，不能关联专项资金或按免申即享拨付，也不计入可享受金额`,
      en: `“${policy.title.en}” is ${kind.en}, not a cash grant: no fund may pay it, neither by application nor as a no-application benefit, and it does not count towards the amount available`,
    },
    details: { policyId: policy.id, benefitKind: policy.benefitKind ?? null },
  });
}
