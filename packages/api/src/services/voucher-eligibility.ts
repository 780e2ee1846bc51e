import { getEnterprise, getFigures, listDepartmentFacts, type Queryable } from '@huiqi/db';
import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { createContext, evaluatePolicy } from '@huiqi/rules-engine';
import type { VoucherContext, VoucherProgramme } from '@huiqi/workflows';
import { findBenefitPolicy } from '../benefits/benefit-policy-lookup';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

type Eligibility = NonNullable<VoucherContext['eligibility']>;

/**
 * Who may claim a programme's voucher: the programme's eligibility policy (rules written as data in
 * the rule base, or a policy published in the console) evaluated three-valued on the registry, as of
 * `on`. Without a policy, any enterprise in the registry may claim. UNKNOWN names the missing facts.
 */
export async function voucherEligibility(q: Queryable, programme: Pick<VoucherProgramme, 'eligibilityPolicyId'>, uscc: string, on: PlainDate): Promise<Eligibility> {
  const profile = await getEnterprise(q, uscc);
  if (!profile) return { status: 'INELIGIBLE', reasons: [bi('企业不在企业档案中', 'The enterprise is not in the registry')] };
  if (!programme.eligibilityPolicyId) return { status: 'ELIGIBLE', reasons: [] };
  const { rb } = await getRules();
  const policy = await findBenefitPolicy(q, rb, programme.eligibilityPolicyId);
  if (!policy) return { status: 'UNKNOWN', reasons: [bi('领取条件所依据的政策已不在规则库中', 'The eligibility policy is no longer in the rule base')] };
  const mapped = enterpriseFactsFromRegistry(profile, await getFigures(q, uscc), on, null, await listDepartmentFacts(q, uscc));
  if (!mapped.ok) return { status: 'UNKNOWN', reasons: [bi('企业档案数据不完整', 'The registry data is incomplete')] };
  const where = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh);
  const ctx = createContext(rb, mapped.value.facts, on, where.id);
  const r = evaluatePolicy(rb, policy, mapped.value.facts, { date: on, jurisdiction: where.id, explain: false }, ctx);
  const reasons: BilingualText[] = [...r.reasons];
  if (r.status === 'UNKNOWN' && r.missing.length > 0 && reasons.length === 0) reasons.push(bi(`缺少数据：${r.missing.join('、')}`, `Missing data: ${r.missing.join(', ')}`));
  return { status: r.status, reasons };
}
