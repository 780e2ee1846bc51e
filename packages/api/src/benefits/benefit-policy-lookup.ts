import type { Queryable } from '@huiqi/db';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { publishedPolicies } from '../publication/published-policy-cache';

/**
 * The policy a fund pays: a rule-base policy (rules/policies) or, failing that, a policy published
 * in the console (its latest published version with that key). Both are PolicyDefs of the rules
 * engine, so applying, assessing, approving and paying treat them alike.
 */
export async function findBenefitPolicy(db: Queryable, rb: RuleBase, policyId: string): Promise<PolicyDef | undefined> {
  const fromRules = rb.policies.get(policyId);
  if (fromRules) return fromRules;
  const authored = (await publishedPolicies(db, rb)).filter((a) => a.policy.id === policyId);
  authored.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return authored[0]?.policy;
}
