import type { BilingualText, PlainDate } from '@huiqi/kernel';
import type { CNode } from '../expr/types';
import type { Plan } from '../expr/plan';

export const CHANNELS = ['ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a policy's amount is. Only CASH is money paid out of a fund (and added to 可享受金额);
 * FEE_REDUCTION is a fee another body charges less (e.g. a guarantee fee), TAX_REDUCTION tax not paid,
 * TAX_DEDUCTION an extra deduction from taxable income (not money saved), PRICE_PREFERENCE a deduction
 * applied to a bid price in evaluation (no money moves).
 */
export const BENEFIT_KINDS = ['CASH', 'FEE_REDUCTION', 'TAX_REDUCTION', 'TAX_DEDUCTION', 'PRICE_PREFERENCE'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/**
 * Whether a fund may pay the policy's amount out as money (and 可享受金额 may count it): only CASH.
 * A policy without a kind is a grant published from the console or generated (rules/ YAML must
 * declare the kind of every amount), so it counts as cash.
 */
export function paysCash(policy: { benefitKind?: BenefitKind | null }): boolean {
  return (policy.benefitKind ?? 'CASH') === 'CASH';
}

/** A compiled expression with its source, checked tree and plan, and the article it encodes. */
export interface CompiledRule {
  id: string;
  label: BilingualText;
  source: string;
  node: CNode;
  plan: Plan;
  cite: string;
  line: number;
}

export interface PolicyVersion {
  from: PlainDate;
  until: PlainDate | null;
  unverified: boolean;
  note: string | null;
  conditions: CompiledRule[];
  amount: CompiledRule | null;
  outputs: CompiledRule[];
}

export interface PolicyDef {
  id: string;
  file: string;
  title: BilingualText;
  jurisdiction: string;
  department: BilingualText;
  channel: Channel;
  /**
   * What the amount is (required in rules/ YAML when a version has an amount). Absent or null on
   * generated policies and those published from the officials' console (grants).
   */
  benefitKind?: BenefitKind | null;
  implements: string[];
  /** Which rule set the policy belongs to (for reports): procurement, cultivation, sz-relief-2023 … */
  ruleSet: string;
  versions: PolicyVersion[];
}
