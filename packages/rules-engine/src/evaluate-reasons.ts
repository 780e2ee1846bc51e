import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';

/**
 * Why a policy came out as it did for an enterprise, as codes with their parameters (issue 20:
 * reasons as codes). `evaluatePolicy` decides; this file is the one place that words a reason. Names
 * in the parameters (a clause's label, a jurisdiction's name, the facts still needed) are the rule
 * base's own bilingual names.
 */
export type PolicyReason =
  | { code: 'POLICY_OUTSIDE_JURISDICTION'; jurisdiction: BilingualText }
  | { code: 'POLICY_NOT_YET_IN_FORCE'; from: PlainDate }
  | { code: 'POLICY_EXPIRED'; until: PlainDate }
  | { code: 'POLICY_NO_VERSION'; date: PlainDate }
  /** A clause not met; `gaps` say by how much, when the trace was kept. */
  | { code: 'CLAUSE_NOT_MET'; clause: BilingualText; gaps: BilingualText[] }
  /** A clause that cannot be decided: facts still `needed`, or (none needed) an undefined computation. */
  | { code: 'CLAUSE_UNDECIDED'; clause: BilingualText; needed: BilingualText[] }
  | { code: 'AMOUNT_UNDECIDED'; needed: BilingualText[] };

const zhList = (xs: readonly BilingualText[]) => xs.map((x) => x.zh).join('、');
const enList = (xs: readonly BilingualText[]) => xs.map((x) => x.en).join(', ');

export function policyReasonText(r: PolicyReason): BilingualText {
  switch (r.code) {
    case 'POLICY_OUTSIDE_JURISDICTION':
      return bi(`本政策仅适用于${r.jurisdiction.zh}`, `this policy applies only in ${r.jurisdiction.en}`);
    case 'POLICY_NOT_YET_IN_FORCE':
      return bi(`本政策尚未施行，自 ${r.from} 起施行`, `not yet in force; in force from ${r.from}`);
    case 'POLICY_EXPIRED':
      return bi(`本政策已于 ${r.until} 起失效`, `expired on ${r.until}`);
    case 'POLICY_NO_VERSION':
      return bi(`${r.date} 无有效版本`, `no version in force on ${r.date}`);
    case 'CLAUSE_NOT_MET':
      return r.gaps.length
        ? bi(`${r.clause.zh}：${r.gaps.map((g) => g.zh).join('；')}`, `${r.clause.en}: ${r.gaps.map((g) => g.en).join('; ')}`)
        : bi(`不满足：${r.clause.zh}`, `not met: ${r.clause.en}`);
    case 'CLAUSE_UNDECIDED':
      return r.needed.length
        ? bi(`无法判断：${r.clause.zh}（需补充 ${zhList(r.needed)}）`, `cannot decide: ${r.clause.en} (needs ${enList(r.needed)})`)
        : bi(`无法判断：${r.clause.zh}（计算无定义，如比率的分母为零）`, `cannot decide: ${r.clause.en} (undefined result, e.g. a ratio with a zero denominator)`);
    case 'AMOUNT_UNDECIDED':
      return bi(`金额无法计算（需补充 ${zhList(r.needed)}）`, `amount cannot be computed (needs ${enList(r.needed)})`);
  }
}
