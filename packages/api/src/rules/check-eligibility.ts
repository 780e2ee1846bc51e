import type { DepartmentFact, EnterpriseProfile, YearlyFigures } from '@huiqi/db';
import type { BilingualText, PlainDate } from '@huiqi/kernel';
import { cited, createContext, evaluatePolicy, factField, paysCash, type CitedAddress, type Facts, type PolicyDef, type PolicyEvaluation, type RuleBase } from '@huiqi/rules-engine';
import { enterpriseFactsFromRegistry, whereToFill, type DeclaredFactSet, type FactSource } from './enterprise-facts';
import type { FactOrigin, PolicyDataSource } from './fact-origins';
import { ruleJurisdictionOf } from './rule-jurisdiction';
import { describeSize, type SizeClassAnswer } from './size-class-answer';

export type CitedText = CitedAddress;

export interface MissingFact {
  name: string;
  label: BilingualText;
  group: 'profile' | 'yearly' | 'declared' | 'parameter';
  where: ReturnType<typeof whereToFill> | null;
}

export interface PolicyAnswer {
  policyId: string;
  title: BilingualText;
  department: BilingualText;
  jurisdiction: string;
  channel: string;
  status: PolicyEvaluation['status'];
  amountFen: number | null;
  /** What the amount is: only CASH is money paid out and counted in totalAmountFen. */
  benefitKind: PolicyEvaluation['benefitKind'];
  reasons: BilingualText[];
  missing: MissingFact[];
  firstFailingClause: string | null;
  citations: CitedText[];
  version: PolicyEvaluation['version'];
  outputs: Record<string, unknown>;
  explanation?: unknown;
  /** With the explanation: the facts it read and where each value came from (fact-origins.ts). */
  dataSources?: PolicyDataSource[];
}

export interface EligibilityAnswer {
  uscc: string;
  name: string;
  date: PlainDate;
  jurisdiction: { district: string; rules: string; note: BilingualText | null };
  basis: {
    profileVersion: number;
    profileValidFrom: string;
    fiscalYear: number;
    figuresYears: number[];
    /** `origin` is added by the route from who wrote each version read (fact-origins.ts). */
    sources: Array<FactSource & { origin?: FactOrigin | null }>;
    ignoredTags: string[];
    note: BilingualText | null;
  };
  sizeClass: SizeClassAnswer;
  summary: { eligible: number; ineligible: number; unknown: number; notInForce: number; totalAmountFen: number };
  policies: PolicyAnswer[];
  lawNote: string | null;
}

/**
 * A policy from outside the YAML rule base — a published authored policy — that the caller has
 * already found to cover the enterprise's district; evaluated by the same engine path.
 */
export interface ExtraPolicy {
  policy: PolicyDef;
  department: BilingualText;
  /** Shown as the policy's jurisdiction (the registry id it was published for). */
  jurisdiction: string;
}

export interface EligibilityInput {
  profile: EnterpriseProfile;
  figures: readonly YearlyFigures[];
  /** The enterprise's declared facts for the fiscal year before `date`, if any. */
  declared?: DeclaredFactSet | null;
  /** The enterprise's department facts (社保, 纳税信用, 资质证书), read with their precedence (department-facts-for-rules.ts). */
  departmentFacts?: readonly DepartmentFact[];
  date: PlainDate;
  explain: boolean;
  /** Said in the answer when the registry state is not the one at the end of `date`. */
  basisNote?: BilingualText | null;
  lawNote?: string | null;
  /** Published authored policies covering the enterprise (listed with their policy key as policyId). */
  extra?: readonly ExtraPolicy[];
  /**
   * Data shared for 数据比对 per policy (benefit_shared_facts, e.g. a bank's loan records for the first-loan
   * subsidy): each policy is evaluated with its own, below the registry and department facts and above
   * the enterprise's declaration — the precedence of the benefits module's assessment.
   */
  sharedFacts?: ReadonlyMap<string, Facts>;
}

const PARAM_LABEL: BilingualText = { zh: '生效的参数或标准', en: 'a parameter or standard in force' };

function missingFact(name: string, fiscalYear: number): MissingFact {
  if (name.startsWith('param:')) return { name, label: { zh: `${PARAM_LABEL.zh}（${name.slice(6)}）`, en: `${PARAM_LABEL.en} (${name.slice(6)})` }, group: 'parameter', where: null };
  const f = factField(name);
  if (!f) return { name, label: { zh: name, en: name }, group: 'declared', where: null };
  return { name, label: f.label, group: f.group, where: whereToFill(f.group, fiscalYear) };
}

const STATUS_ORDER = { ELIGIBLE: 0, UNKNOWN: 1, INELIGIBLE: 2, NOT_IN_FORCE: 3 } as const;

/** The facts of one enterprise, real or hypothetical, ready to be evaluated against every policy of a jurisdiction. */
export interface FactsToEvaluate {
  facts: Facts;
  /** The fiscal year whose figures count as "prior year" (for where a missing fact is filled in). */
  fiscalYear: number;
  /** Facts only the enterprise declared: data shared for a policy takes precedence over them. */
  declaredOnly?: ReadonlySet<string>;
  /** The rule base's jurisdiction the facts are judged in. */
  jurisdiction: string;
  date: PlainDate;
  explain: boolean;
  extra?: readonly ExtraPolicy[];
  sharedFacts?: ReadonlyMap<string, Facts>;
}

export type PolicyAnswers = Pick<EligibilityAnswer, 'sizeClass' | 'summary' | 'policies'>;

/**
 * Facts against every policy of the jurisdiction on a date: the policies in force with ELIGIBLE /
 * INELIGIBLE / UNKNOWN, and those of its jurisdiction not in force that day (NOT_IN_FORCE, with when
 * they start or ended), then the `extra` (published authored) policies the same way; the size class
 * and the counts. The one evaluation path of 我的政策 (checkEligibility) and the public policy
 * calculator (policy-calculator.ts). Pure.
 */
export function evaluatePolicies(rb: RuleBase, input: FactsToEvaluate): PolicyAnswers {
  const { facts, fiscalYear, date, explain } = input;
  const whereId = input.jurisdiction;
  const ctx = createContext(rb, facts, date, whereId);
  const policies: PolicyAnswer[] = [];
  const declaredOnly = input.declaredOnly ?? new Set<string>();
  const withShared = (shared: Facts): Facts => {
    const merged: Record<string, Facts[string]> = { ...facts };
    for (const [k, v] of Object.entries(shared)) if (!(k in facts) || declaredOnly.has(k)) merged[k] = v;
    return merged;
  };
  const answer = (p: PolicyDef, department: BilingualText, jurisdiction: string): PolicyAnswer => {
    const shared = input.sharedFacts?.get(p.id);
    const own = shared ? withShared(shared) : null;
    const r = own ? evaluatePolicy(rb, p, own, { date, jurisdiction: whereId, explain }, createContext(rb, own, date, whereId)) : evaluatePolicy(rb, p, facts, { date, jurisdiction: whereId, explain }, ctx);
    const a: PolicyAnswer = {
      policyId: r.policyId,
      title: r.title,
      department,
      jurisdiction,
      channel: r.channel,
      status: r.status,
      amountFen: r.amountFen ?? null,
      benefitKind: r.benefitKind,
      reasons: r.reasons,
      missing: r.missing.map((m) => missingFact(m, fiscalYear)),
      firstFailingClause: r.firstFailingClause ?? null,
      citations: r.citations.map((address) => cited(rb, address)),
      version: r.version,
      outputs: r.outputs,
    };
    if (explain && r.explanation) a.explanation = r.explanation;
    return a;
  };
  for (const p of rb.policies.values()) {
    if (!rb.jurisdictions.within(whereId, p.jurisdiction)) continue; // another place's policy: not listed
    policies.push(answer(p, p.department, p.jurisdiction));
  }
  for (const x of input.extra ?? []) policies.push(answer(x.policy, x.department, x.jurisdiction));
  policies.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.amountFen ?? 0) - (a.amountFen ?? 0) || a.policyId.localeCompare(b.policyId));
  const count = (s: PolicyAnswer['status']) => policies.filter((p) => p.status === s).length;
  return {
    sizeClass: describeSize(rb, ctx.sizeOutcome(), date, (m) => missingFact(m, fiscalYear)),
    summary: {
      eligible: count('ELIGIBLE'),
      ineligible: count('INELIGIBLE'),
      unknown: count('UNKNOWN'),
      notInForce: count('NOT_IN_FORCE'),
      // 可享受金额: cash only (paysCash: a fee cut, a tax reduction or deduction or a bid-price deduction is
      // no payment; a console policy without a kind is a grant) — the same test the benefits module pays by.
      totalAmountFen: policies.reduce((s, p) => s + (p.status === 'ELIGIBLE' && paysCash(p) && p.amountFen !== null ? p.amountFen : 0), 0),
    },
    policies,
  };
}

/**
 * One enterprise against every policy of its jurisdiction on a date (evaluatePolicies over the
 * registry's facts). Pure: the caller reads the registry and the published policies.
 */
export function checkEligibility(rb: RuleBase, input: EligibilityInput): EligibilityAnswer {
  const { profile, figures, date, explain } = input;
  const mapped = enterpriseFactsFromRegistry(profile, figures, date, input.declared ?? null, input.departmentFacts ?? []);
  // Registry and declared facts are validated when stored, so a failure here is a programming error, not bad input.
  if (!mapped.ok) throw new Error(`registry facts do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
  const { facts, fiscalYear } = mapped.value;
  const where = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh);
  const declaredOnly = new Set<string>(mapped.value.sources.filter((s) => s.from === 'DECLARED').map((s) => s.fact));
  const evaluated = evaluatePolicies(rb, {
    facts,
    fiscalYear,
    declaredOnly,
    jurisdiction: where.id,
    date,
    explain,
    ...(input.extra ? { extra: input.extra } : {}),
    ...(input.sharedFacts ? { sharedFacts: input.sharedFacts } : {}),
  });
  return {
    uscc: profile.uscc,
    name: profile.name,
    date,
    jurisdiction: { district: profile.district, rules: where.id, note: where.note },
    basis: {
      profileVersion: profile.version,
      profileValidFrom: profile.validFrom,
      fiscalYear,
      figuresYears: figures.map((f) => f.year).sort((a, b) => a - b),
      sources: mapped.value.sources,
      ignoredTags: mapped.value.ignoredTags,
      note: input.basisNote ?? null,
    },
    sizeClass: evaluated.sizeClass,
    summary: evaluated.summary,
    policies: evaluated.policies,
    lawNote: input.lawNote ?? null,
  };
}
