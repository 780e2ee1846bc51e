import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { createContext, evaluatePolicy, factField, parsePolicy, type CheckEnv, type Facts, type PolicyDef, type PolicyEvaluation, type RuleBase } from '@huiqi/rules-engine';

/** The rule's file under `rules/` and its id (the file name without `.yaml`). */
export const COMPENSATION_RULE_FILE = 'financing/sz-loan-risk-compensation.yaml';
export const COMPENSATION_RULE_ID = 'sz-loan-risk-compensation';

/** The checking environment of the rule loader: the fact schema, the derived variables and the parameters of the rule base. */
function checkEnv(rb: RuleBase): CheckEnv {
  return {
    fact: factField,
    variable: (n) => rb.variables.get(n)?.node.ty,
    param: (path) => {
      const d = rb.params.def(path);
      return d ? { type: 'number', unit: d.unit, integral: d.unit === 'fen' || d.unit === 'people' || d.unit === 'days' || d.unit === 'count' } : undefined;
    },
  };
}

/**
 * Checks and compiles the risk-compensation rule (rules in the rules language, in a policy's shape:
 * dated versions, conditions, the amount and informative outputs, each citing its article) with the
 * rules engine's own policy parser and type checker. Errors name the file, line and column. Every
 * parameter the rule reads must have a value in its jurisdiction on each version's first day, and
 * every citation must resolve (`resolves`, the law library).
 */
export function compileCompensationRule(rb: RuleBase, text: string, resolves: (address: string) => boolean): { rule: PolicyDef | null; errors: string[] } {
  const parsed = parsePolicy(`rules/${COMPENSATION_RULE_FILE}`, COMPENSATION_RULE_ID, text, checkEnv(rb), rb.jurisdictions);
  const errors = parsed.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message.zh} / ${e.message.en}`);
  const rule = parsed.policy;
  if (!rule) return { rule: null, errors };
  const cites = [...rule.implements, ...rule.versions.flatMap((v) => [...v.conditions, ...(v.amount ? [v.amount] : []), ...v.outputs].map((c) => c.cite))];
  for (const c of new Set(cites)) if (!resolves(c)) errors.push(`rules/${COMPENSATION_RULE_FILE}: 引用的条文「${c}」在法规库中找不到 / the citation "${c}" does not resolve`);
  for (const v of rule.versions)
    for (const r of [...v.conditions, ...(v.amount ? [v.amount] : []), ...v.outputs])
      for (const [, path] of r.source.matchAll(/param\('([^']+)'\)/g))
        if (rb.params.resolve(path!, rule.jurisdiction, v.from) === null) errors.push(`rules/${COMPENSATION_RULE_FILE}: 参数 ${path} 在 ${v.from} 没有取值 / parameter ${path} has no value on ${v.from}`);
  return errors.length > 0 ? { rule: null, errors } : { rule, errors: [] };
}

/** What a claim's assessment rests on: the loan as registered, the loss the bank states, the borrower's registry facts. */
export interface CompensationFacts {
  pooledLoanPrincipalFen: number;
  pooledLoanGrantedOn: PlainDate;
  lossPrincipalFen: number;
  /** The borrower's registry facts as the rules module maps them (isSme reads its size), as of `on`. */
  registryFacts: Facts;
}

/** The rule's answer for one claim, three-valued, with the share, the cap and the articles. */
export interface CompensationAssessment {
  status: PolicyEvaluation['status'];
  amountFen: number | null;
  /** Exact decimal text, e.g. "0.5". */
  share: string | null;
  shareCap: string | null;
  countedLossFen: number | null;
  reasons: BilingualText[];
  missing: string[];
  citations: string[];
  /** The date the rule was applied (the day the loan was registered in the pool) and its version's flags. */
  assessedOn: PlainDate;
  version: PolicyEvaluation['version'];
  evaluation: PolicyEvaluation;
}

const decimalText = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
const fenOf = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/**
 * Applies the rule to a claim as of `on` (the day the loan entered the pool: the pool's terms then),
 * in `jurisdiction` (the borrower's rules jurisdiction). Pure: no I/O, never throws for "not compensable".
 */
export function assessCompensation(rb: RuleBase, rule: PolicyDef, f: CompensationFacts, on: PlainDate, jurisdiction: string): CompensationAssessment {
  const facts: Facts = { ...f.registryFacts, pooledLoanPrincipal: f.pooledLoanPrincipalFen, pooledLoanGrantedOn: f.pooledLoanGrantedOn, loanLossPrincipal: f.lossPrincipalFen };
  const r = evaluatePolicy(rb, rule, facts, { date: on, jurisdiction, explain: true }, createContext(rb, facts, on, jurisdiction));
  const eligible = r.status === 'ELIGIBLE';
  return {
    status: r.status,
    amountFen: eligible && r.amountFen !== undefined ? Number(r.amountFen) : null,
    share: decimalText(r.outputs.compensation_share),
    shareCap: decimalText(r.outputs.share_cap),
    countedLossFen: fenOf(r.outputs.counted_loss),
    reasons: r.status === 'NOT_IN_FORCE' ? r.reasons : eligible ? [bi('符合风险补偿条件', 'the claim meets the conditions of risk compensation')] : r.reasons,
    missing: r.missing,
    citations: r.citations,
    assessedOn: on,
    version: r.version,
    evaluation: r,
  };
}
