import { bi, type BilingualText } from '@huiqi/kernel';
import { factField, type Unit } from '../fact-schema';
import { formatValue, jsonValue } from '../format';
import type { EvalContext } from './context';
import { and3, arith, callBuiltin, choose, compare, member, negate, not3, or3 } from './ops';
import { gapText } from './trace-reasons';
import { UNKNOWN, type CNode, type Value } from './types';
import { expressionWords } from './words';

/** One node of an explanation: mirrors the rule expression, with what was read and the result. */
export interface TraceNode {
  expr: string;
  value: unknown;
  unknown: boolean;
  display: BilingualText;
  fact?: { name: string; label: BilingualText; missing: boolean };
  param?: {
    path: string;
    description: string;
    /** The parameter's description in both languages (description / description_en of its file). */
    label: BilingualText;
    jurisdiction: string;
    from: string;
    until: string | null;
    reference: string;
    published: string;
    unverified: boolean;
    note: string | null;
    /** Text of the article the value comes from, when the law library has it. */
    referenceText: string | null;
    /** That article named in words, e.g. 《政府采购促进中小企业发展管理办法》第九条第一款. */
    referenceName: string | null;
  };
  variable?: { name: string; label: BilingualText };
  detail?: unknown;
  gap?: BilingualText;
  children?: TraceNode[];
}

export interface TraceEnv {
  source: string;
  /** Traces of derived variables already explained in this evaluation (shared, so each is traced once). */
  varCache?: Map<string, { value: Value; trace: TraceNode; missing: string[] }>;
  variable(name: string): { node: CNode; source: string; label: BilingualText } | undefined;
  sizeClassDetail(ctx: EvalContext): unknown;
  citeText?(address: string): string | null;
  /** An article named in words (《title》第X条), when the law library has it. */
  citeName?(address: string): string | null;
  /** A parameter's description in both languages. */
  paramLabel?(path: string): BilingualText | undefined;
}

/** Evaluates a checked tree while recording a trace. Same semantics as `plan` (shared ops). */
export function traceEval(n: CNode, ctx: EvalContext, env: TraceEnv): { value: Value; trace: TraceNode } {
  const node = (value: Value, extra: Partial<TraceNode> = {}, unit: Unit | undefined = n.ty.unit): TraceNode => ({
    expr: env.source.slice(n.start, n.end),
    value: jsonValue(value),
    unknown: value === UNKNOWN,
    display: bi(formatValue(value, unit, 'zh'), formatValue(value, unit, 'en')),
    ...extra,
  });
  const sub = (c: CNode) => traceEval(c, ctx, env);
  switch (n.k) {
    case 'const':
      return { value: n.value, trace: node(n.value) };
    case 'fact': {
      const v = ctx.facts[n.name];
      const missing = v === undefined || v === UNKNOWN;
      if (missing) ctx.missing.push(n.name);
      const value = missing ? UNKNOWN : v;
      return { value, trace: node(value, { fact: { name: n.name, label: n.field.label, missing } }) };
    }
    case 'has': {
      const v = ctx.facts[n.name] !== undefined && ctx.facts[n.name] !== UNKNOWN;
      return { value: v, trace: node(v) };
    }
    case 'var': {
      const hit = env.varCache?.get(n.name);
      if (hit) {
        if (hit.missing.length) ctx.missing.push(...hit.missing);
        return { value: hit.value, trace: hit.trace };
      }
      const def = env.variable(n.name)!;
      const mark = ctx.missing.length;
      const inner = traceEval(def.node, ctx, { ...env, source: def.source });
      const trace = node(inner.value, { variable: { name: n.name, label: def.label }, children: [inner.trace] });
      env.varCache?.set(n.name, { value: inner.value, trace, missing: ctx.missing.slice(mark) });
      return { value: inner.value, trace };
    }
    case 'param': {
      const p = ctx.param(n.path);
      if (!p) {
        ctx.missing.push(`param:${n.path}`);
        return { value: UNKNOWN, trace: node(UNKNOWN) };
      }
      const { value: _v, unit: _u, descriptionEn, ...meta } = p;
      const param = {
        ...meta,
        label: bi(p.description, descriptionEn),
        referenceText: env.citeText ? env.citeText(p.reference) : null,
        referenceName: env.citeName ? env.citeName(p.reference) : null,
      };
      return { value: p.value, trace: node(p.value, { param }) };
    }
    case 'asOf':
      return { value: ctx.asOf, trace: node(ctx.asOf) };
    case 'sizeClass': {
      const v = ctx.sizeClass();
      return { value: v, trace: node(v, { detail: env.sizeClassDetail(ctx) }) };
    }
    case 'call': {
      const parts = n.args.map(sub);
      const v = callBuiltin(n.fn, parts.map((p) => p.value));
      return { value: v, trace: node(v, { children: parts.map((p) => p.trace) }) };
    }
    case 'not': {
      const a = sub(n.arg);
      const v = not3(a.value);
      return { value: v, trace: node(v, { children: [a.trace] }) };
    }
    case 'neg': {
      const a = sub(n.arg);
      const v = negate(a.value);
      return { value: v, trace: node(v, { children: [a.trace] }) };
    }
    case 'and':
    case 'or': {
      const l = sub(n.left);
      let r: { value: Value; trace: TraceNode } | null = null;
      const right = () => (r = sub(n.right)).value;
      const v = n.k === 'and' ? and3(l.value, right) : or3(l.value, right);
      const children = [l.trace];
      if (r) children.push((r as { trace: TraceNode }).trace);
      return { value: v, trace: node(v, { children }) };
    }
    case 'cmp': {
      const mark = ctx.missing.length;
      const l = sub(n.left);
      const r = sub(n.right);
      const v = compare(n.op, l.value, r.value);
      const extra: Partial<TraceNode> = { children: [l.trace, r.trace] };
      if (v === false) extra.gap = gap(n, l.value, r.value, l.trace, env);
      if (v === UNKNOWN) extra.gap = missingGap(ctx.missing.slice(mark), env);
      return { value: v, trace: node(v, extra) };
    }
    case 'in': {
      const mark = ctx.missing.length;
      const l = sub(n.left);
      const r = sub(n.right);
      const v = member(l.value, r.value);
      const extra: Partial<TraceNode> = { children: [l.trace, r.trace] };
      if (v === UNKNOWN) extra.gap = missingGap(ctx.missing.slice(mark), env);
      if (v === false && n.left.k === 'sizeClass' && typeof l.value === 'string') {
        extra.gap = gapText({ code: 'GAP_SIZE_NOT_ALLOWED', size: l.value, allowed: [...(r.value as readonly string[])] });
      } else if (v === false && r.trace.fact && !l.trace.fact && !l.trace.variable && !l.trace.param) {
        // A fixed value looked up in a list fact, e.g. 'TECH_SME' in tags: "资质标签中没有「科技型中小企业」".
        extra.gap = gapText({ code: 'GAP_NOT_IN_LIST', list: r.trace.fact.label, value: l.value, unit: n.left.ty.unit });
      } else if (v === false) {
        extra.gap = gapText({ code: 'GAP_NOT_ONE_OF', operand: labelOf(n.left, l.trace, env), value: l.value, allowed: r.value, unit: n.left.ty.unit });
      }
      return { value: v, trace: node(v, extra) };
    }
    case 'arith': {
      const l = sub(n.left);
      const r = sub(n.right);
      const v = arith(n.op, l.value, r.value);
      return { value: v, trace: node(v, { children: [l.trace, r.trace] }) };
    }
    case 'cond': {
      const t = sub(n.test);
      const children = [t.trace];
      const v = choose(
        t.value,
        () => {
          const a = sub(n.then);
          children.push(a.trace);
          return a.value;
        },
        () => {
          const b = sub(n.else);
          children.push(b.trace);
          return b.value;
        },
      );
      return { value: v, trace: node(v, { children }) };
    }
    case 'list': {
      const items = n.items.map(sub);
      const vals = items.map((i) => i.value);
      const v: Value = vals.includes(UNKNOWN) ? UNKNOWN : (vals as Value);
      return { value: v, trace: node(v, { children: items.map((i) => i.trace) }) };
    }
  }
}

/** What the rules vocabulary calls an operand: its label, or the operation on labelled operands in words. */
function labelOf(n: CNode, t: TraceNode, env: TraceEnv): BilingualText {
  if (t.fact) return t.fact.label;
  if (t.variable) return t.variable.label;
  if (t.param) return t.param.label;
  return expressionWords(n, vocabularyOf(env));
}

function vocabularyOf(env: TraceEnv) {
  return { variable: (name: string) => env.variable(name)?.label, param: (path: string) => env.paramLabel?.(path) };
}

/**
 * The gap of a comparison that cannot be decided, in words: "缺少：上一年度研发费用". Missing
 * parameters (`param:<path>`) are named by their description; the size standard by its name.
 */
function missingGap(names: readonly string[], env: TraceEnv): BilingualText | undefined {
  const labels = [...new Set(names)].map((name) => missingLabel(name, env));
  if (labels.length === 0) return undefined;
  return gapText({ code: 'GAP_MISSING', needed: labels });
}

/** A missing input in words: a fact by its label, a parameter by its description. */
export function missingLabel(name: string, env: Pick<TraceEnv, 'paramLabel'>): BilingualText {
  if (name === 'param:size-standard') return bi('企业划型标准', 'the enterprise size standard');
  if (name.startsWith('param:')) return env.paramLabel?.(name.slice('param:'.length)) ?? bi('政策参数', 'a policy parameter');
  return factField(name)?.label ?? bi('一项企业数据', 'an enterprise figure');
}

/** The gap of a failed comparison in words, e.g. "研发费用占比 2.1%，须不低于 3%". */
function gap(n: Extract<CNode, { k: 'cmp' }>, l: Value, r: Value, lt: TraceNode, env: TraceEnv): BilingualText {
  return gapText({ code: 'GAP_COMPARISON', operand: labelOf(n.left, lt, env), op: n.op, value: l, bound: r, unit: n.left.ty.unit ?? n.right.ty.unit });
}
