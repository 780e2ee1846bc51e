import { bi, type BilingualText, type Fen, type Num, type PlainDate } from '@huiqi/kernel';
import type { EvalContext, Facts } from './expr/context';
import { missingLabel, traceEval, type TraceEnv, type TraceNode } from './expr/trace';
import { UNKNOWN, type Value } from './expr/types';
import { expressionWords, type Vocabulary } from './expr/words';
import { policyReasonText, type PolicyReason } from './evaluate-reasons';
import { jsonValue } from './format';
import type { RuleBase } from './load-rule-base';
import type { ResolvedParam } from './params/param-store';
import type { BenefitKind, Channel, PolicyDef, PolicyVersion } from './policy/policy-def';
import { classifySize, sizeStandardOn, type SizeOutcome } from './size/classify-size';

export type EligibilityStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE';

export interface ClauseExplanation {
  id: string;
  label: BilingualText;
  cite: string;
  citeText: string | null;
  /** The cited article named in words (《title》第X条第Y款), when the law library has it. */
  citeName: string | null;
  value: boolean | null;
  missing: string[];
  gap: BilingualText[];
  trace: TraceNode;
}

export interface PolicyExplanation {
  policyId: string;
  version: { from: PlainDate; until: PlainDate | null } | null;
  date: PlainDate;
  jurisdiction: string;
  implements: { address: string; text: string | null; name: string | null }[];
  clauses: ClauseExplanation[];
  /** The amount: what it is (`label`), its formula in words (`formula`, from the vocabulary), the cited article, the trace. */
  amount: { label: BilingualText; formula: BilingualText; cite: string; citeText: string | null; citeName: string | null; trace: TraceNode } | null;
  outputs: { id: string; label: BilingualText; cite: string; trace: TraceNode }[];
}

/** The answer for one enterprise and one policy: a value, never an exception. */
export interface PolicyEvaluation {
  policyId: string;
  title: BilingualText;
  channel: Channel;
  status: EligibilityStatus;
  /** What `amountFen` is: only CASH is money paid out (see BENEFIT_KINDS). */
  benefitKind: BenefitKind | null;
  /** Whole fen: the checker admits only integral amount formulas. */
  amountFen?: Fen;
  outputs: Record<string, unknown>;
  reasons: BilingualText[];
  missing: string[];
  firstFailingClause?: string;
  citations: string[];
  version: { from: PlainDate; until: PlainDate | null; unverified: boolean; note: string | null } | null;
  explanation?: PolicyExplanation;
}

export interface EvaluateOptions {
  date: PlainDate;
  jurisdiction: string;
  explain?: boolean;
}

/** One evaluation session: facts, date, jurisdiction, with caches shared by all policies. */
export function createContext(rb: RuleBase, facts: Facts, date: PlainDate, jurisdiction: string): EvalContext & { sizeOutcome(): SizeOutcome | null; traceEnv: TraceEnv | null } {
  const paramCache = new Map<string, ResolvedParam | null>();
  const varCache = new Map<string, { value: Value; missing: string[] }>();
  let size: { value: Value; missing: string[]; outcome: SizeOutcome | null } | null = null;
  const ctx = {
    facts,
    asOf: date,
    /** Built on first use in explain mode and shared by every policy of this evaluation. */
    traceEnv: null as TraceEnv | null,
    missing: [] as string[],
    param(path: string) {
      let p = paramCache.get(path);
      if (p === undefined) {
        p = rb.params.resolve(path, jurisdiction, date);
        paramCache.set(path, p);
      }
      return p;
    },
    variable(name: string): Value {
      let c = varCache.get(name);
      if (!c) {
        const mark = ctx.missing.length;
        const value = rb.variables.get(name)!.plan(ctx);
        c = { value, missing: ctx.missing.slice(mark) };
        varCache.set(name, c);
        return value;
      }
      if (c.missing.length) ctx.missing.push(...c.missing);
      return c.value;
    },
    sizeClass(): Value {
      size ??= computeSize(rb, facts, date);
      if (size.missing.length) ctx.missing.push(...size.missing);
      return size.value;
    },
    sizeOutcome(): SizeOutcome | null {
      size ??= computeSize(rb, facts, date);
      return size.outcome;
    },
  };
  return ctx;
}

function computeSize(rb: RuleBase, facts: Facts, date: PlainDate): { value: Value; missing: string[]; outcome: SizeOutcome | null } {
  const std = sizeStandardOn(rb.sizeStandard, date);
  if (!std) return { value: UNKNOWN, missing: ['param:size-standard'], outcome: null };
  const num = (k: string) => (facts[k] === undefined || facts[k] === UNKNOWN ? undefined : (facts[k] as Num));
  const outcome = classifySize(std, rb.industryMap, {
    sizeSector: facts.sizeSector as never,
    industryCode: facts.industryCode as string | undefined,
    employees: num('employees'),
    revenue: num('revenue'),
    totalAssets: num('totalAssets'),
    isIndividualBusiness: facts.isIndividualBusiness as boolean | undefined,
  });
  switch (outcome.status) {
    case 'CLASSIFIED':
      return { value: outcome.size, missing: [], outcome };
    case 'NOT_CLASSIFIED':
      return { value: 'unclassified', missing: [], outcome };
    case 'UNKNOWN':
      return { value: UNKNOWN, missing: outcome.missing, outcome };
    case 'ERROR':
      return { value: UNKNOWN, missing: ['industryCode'], outcome };
  }
}

function versionOn(p: PolicyDef, date: PlainDate): PolicyVersion | null {
  for (const v of p.versions) if (v.from <= date && (v.until === null || date < v.until)) return v;
  return null;
}

function notInForce(p: PolicyDef, date: PlainDate, jurisdiction: string, rb: RuleBase): PolicyReason {
  if (!rb.jurisdictions.within(jurisdiction, p.jurisdiction)) {
    return { code: 'POLICY_OUTSIDE_JURISDICTION', jurisdiction: rb.jurisdictions.get(p.jurisdiction)?.name ?? bi(p.jurisdiction, p.jurisdiction) };
  }
  const first = p.versions[0];
  if (first && date < first.from) return { code: 'POLICY_NOT_YET_IN_FORCE', from: first.from };
  const last = p.versions[p.versions.length - 1];
  if (last?.until && date >= last.until) return { code: 'POLICY_EXPIRED', until: last.until };
  return { code: 'POLICY_NO_VERSION', date };
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Evaluates one policy for one enterprise. Pass `ctx` to share caches across policies. */
export function evaluatePolicy(rb: RuleBase, policy: PolicyDef, facts: Facts, opts: EvaluateOptions, shared?: ReturnType<typeof createContext>): PolicyEvaluation {
  const ctx = shared ?? createContext(rb, facts, opts.date, opts.jurisdiction);
  const base = { policyId: policy.id, title: policy.title, channel: policy.channel, benefitKind: policy.benefitKind ?? null, outputs: {} as Record<string, unknown> };
  const version = rb.jurisdictions.within(opts.jurisdiction, policy.jurisdiction) ? versionOn(policy, opts.date) : null;
  if (!version) {
    return { ...base, status: 'NOT_IN_FORCE', reasons: [policyReasonText(notInForce(policy, opts.date, opts.jurisdiction, rb))], missing: [], citations: policy.implements, version: null };
  }
  const explain = opts.explain === true;
  const tenv: TraceEnv | null = explain ? (ctx.traceEnv ??= traceEnvFor(rb, ctx)) : null;
  const citations = [...policy.implements];
  const reasons: BilingualText[] = [];
  const missing: string[] = [];
  const clauses: ClauseExplanation[] = [];
  let anyFalse = false;
  let anyUnknown = false;
  let firstFailing: string | undefined;
  for (const c of version.conditions) {
    const mark = ctx.missing.length;
    let value: Value;
    let trace: TraceNode | null = null;
    if (tenv) {
      const t = traceEval(c.node, ctx, { ...tenv, source: c.source });
      value = t.value;
      trace = t.trace;
    } else value = c.plan(ctx);
    const clauseMissing = value === UNKNOWN ? uniq(ctx.missing.slice(mark)) : [];
    ctx.missing.length = mark;
    citations.push(c.cite);
    if (value === false) {
      anyFalse = true;
      firstFailing ??= c.id;
      const gaps = trace ? failingGaps(trace) : [];
      reasons.push(policyReasonText({ code: 'CLAUSE_NOT_MET', clause: c.label, gaps }));
    } else if (value === UNKNOWN) {
      anyUnknown = true;
      missing.push(...clauseMissing);
      reasons.push(policyReasonText({ code: 'CLAUSE_UNDECIDED', clause: c.label, needed: factLabels(rb, clauseMissing) }));
    }
    if (trace) {
      clauses.push({ id: c.id, label: c.label, cite: c.cite, citeText: citeText(rb, c.cite), citeName: citeName(rb, c.cite), value: value === UNKNOWN ? null : (value as boolean), missing: clauseMissing, gap: collectGaps(trace), trace });
    }
  }
  const status: EligibilityStatus = anyFalse ? 'INELIGIBLE' : anyUnknown ? 'UNKNOWN' : 'ELIGIBLE';
  const result: PolicyEvaluation = {
    ...base,
    status,
    reasons,
    missing: anyFalse ? [] : uniq(missing),
    citations,
    version: { from: version.from, until: version.until, unverified: version.unverified, note: version.note },
  };
  if (firstFailing) result.firstFailingClause = firstFailing;
  let amountExplanation: PolicyExplanation['amount'] = null;
  if (status === 'ELIGIBLE' && version.amount) {
    const a = version.amount;
    citations.push(a.cite);
    const mark = ctx.missing.length;
    let v: Value;
    if (tenv) {
      const t = traceEval(a.node, ctx, { ...tenv, source: a.source });
      v = t.value;
      amountExplanation = { label: a.label, formula: expressionWords(a.node, vocabularyOf(rb)), cite: a.cite, citeText: citeText(rb, a.cite), citeName: citeName(rb, a.cite), trace: t.trace };
    } else v = a.plan(ctx);
    if (v === UNKNOWN) {
      const m = uniq(ctx.missing.slice(mark));
      result.missing = uniq([...result.missing, ...m]);
      reasons.push(policyReasonText({ code: 'AMOUNT_UNDECIDED', needed: factLabels(rb, m) }));
    } else result.amountFen = v as Fen;
    ctx.missing.length = mark;
  }
  const outputs: PolicyExplanation['outputs'] = [];
  for (const o of version.outputs) {
    const mark = ctx.missing.length;
    if (tenv) {
      const t = traceEval(o.node, ctx, { ...tenv, source: o.source });
      result.outputs[o.id] = jsonValue(t.value);
      outputs.push({ id: o.id, label: o.label, cite: o.cite, trace: t.trace });
    } else result.outputs[o.id] = jsonValue(o.plan(ctx));
    ctx.missing.length = mark;
    citations.push(o.cite);
  }
  result.citations = uniq(citations);
  if (explain) {
    result.explanation = {
      policyId: policy.id,
      version: { from: version.from, until: version.until },
      date: opts.date,
      jurisdiction: opts.jurisdiction,
      implements: policy.implements.map((a) => ({ address: a, text: citeText(rb, a), name: citeName(rb, a) })),
      clauses,
      amount: amountExplanation,
      outputs,
    };
  }
  return result;
}

/** Evaluates every policy in force for the jurisdiction on the date (NOT_IN_FORCE ones left out unless asked). */
export function evaluateAll(rb: RuleBase, facts: Facts, opts: EvaluateOptions & { includeNotInForce?: boolean }): PolicyEvaluation[] {
  const ctx = createContext(rb, facts, opts.date, opts.jurisdiction);
  const out: PolicyEvaluation[] = [];
  for (const p of rb.policies.values()) {
    const r = evaluatePolicy(rb, p, facts, opts, ctx);
    if (r.status !== 'NOT_IN_FORCE' || opts.includeNotInForce) out.push(r);
  }
  return out;
}

function citeText(rb: RuleBase, address: string): string | null {
  return rb.citations ? rb.citations.text(address) : null;
}

function citeName(rb: RuleBase, address: string): string | null {
  return rb.citations ? rb.citations.name(address) : null;
}

/** The labels of the rules YAML an expression is named from. */
function vocabularyOf(rb: RuleBase): Vocabulary {
  return { variable: (name) => rb.variables.get(name)?.label, param: (path) => paramLabel(rb, path) };
}

/** A parameter's description in both languages (the vocabulary of rules/parameters). */
function paramLabel(rb: RuleBase, path: string): BilingualText | undefined {
  const d = rb.params.def(path);
  return d ? bi(d.description, d.descriptionEn) : undefined;
}

/**
 * The gaps of a clause: what fell short on its failing branches (value false) and what is missing
 * on its undecided ones (value unknown); each gap once.
 */
function collectGaps(t: TraceNode): BilingualText[] {
  const out: BilingualText[] = [];
  const seen = new Set<string>();
  const walk = (n: TraceNode) => {
    if (n.value !== false && !n.unknown) return;
    if (n.gap && !seen.has(n.gap.zh)) {
      seen.add(n.gap.zh);
      out.push(n.gap);
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(t);
  return out;
}

/** The gaps of a clause that is not met: only its failing branches (value false) tell why. */
function failingGaps(t: TraceNode): BilingualText[] {
  const out: BilingualText[] = [];
  const walk = (n: TraceNode) => {
    if (n.value !== false) return;
    if (n.gap) out.push(n.gap);
    for (const c of n.children ?? []) walk(c);
  };
  walk(t);
  return out;
}

function traceEnvFor(rb: RuleBase, ctx: ReturnType<typeof createContext>): TraceEnv {
  let sizeDetail: unknown;
  return {
    source: '',
    varCache: new Map(),
    citeText: (a) => citeText(rb, a),
    citeName: (a) => citeName(rb, a),
    paramLabel: (path) => paramLabel(rb, path),
    variable(name) {
      const v = rb.variables.get(name);
      return v ? { node: v.node, source: v.source, label: v.label } : undefined;
    },
    sizeClassDetail() {
      if (sizeDetail === undefined) sizeDetail = buildSizeDetail();
      return sizeDetail;
    },
  };
  function buildSizeDetail(): unknown {
    {
      const o = ctx.sizeOutcome();
      if (!o) return null;
      if (o.status === 'CLASSIFIED') return { sizeClass: o.size, sizeSector: o.sector, byReference: o.byReference, reasons: o.reasons, cites: o.cites.map((a) => ({ address: a, text: citeText(rb, a) })) };
      if (o.status === 'ERROR') return { error: o.reason };
      return { sizeSector: o.sector, reason: o.reason, cites: o.cites };
    }
  }
}

/** Marker type re-exported for the API layer. */

/** Missing inputs named in words (facts by the schema's labels, parameters by their description); the codes stay in `missing`. */
function factLabels(rb: RuleBase, names: readonly string[]): BilingualText[] {
  return names.map((n) => missingLabel(n, { paramLabel: (path) => paramLabel(rb, path) }));
}
