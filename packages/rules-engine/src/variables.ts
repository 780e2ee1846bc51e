import { bi, type BilingualText } from '@huiqi/kernel';
import { checkExpr } from './expr/check';
import { parseExpr } from './expr/parser';
import { plan, type Plan } from './expr/plan';
import type { CheckEnv, CNode, Typed } from './expr/types';
import type { LoadError } from './load-error';
import { YamlReader, type Node } from './yaml-reader';

/** A derived variable (a ratio, a score band) reusable by every policy, written in the condition language. */
export interface VariableDef {
  name: string;
  label: BilingualText;
  source: string;
  node: CNode;
  plan: Plan;
  cite: string | null;
}

/** Parses `rules/variables.yaml`, checking each formula after the ones it uses (cycles are errors). */
export function loadVariables(file: string, text: string, base: Omit<CheckEnv, 'variable'>): { vars: Map<string, VariableDef>; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const vars = new Map<string, VariableDef>();
  const root = r.root ? r.map(r.root, '派生变量 variables') : null;
  if (!root) return { vars, errors: r.errors };
  const raw = new Map<string, { label: BilingualText; source: string; node: Node; cite: string | null }>();
  for (const p of r.pairs(root)) {
    const name = String(p.key.value);
    const m = r.map(p.value, name);
    if (!m) continue;
    r.onlyKeys(m, ['label', 'formula', 'cite', 'note'], name);
    const label = r.bilingual(r.require(m, 'label', name), `${name}.label`);
    const formulaNode = r.require(m, 'formula', name);
    const source = formulaNode ? r.string(formulaNode, `${name}.formula`) : null;
    const citeNode = r.get(m, 'cite');
    const cite = citeNode === undefined ? null : r.string(citeNode, `${name}.cite`);
    if (label && source && formulaNode) raw.set(name, { label, source, node: formulaNode, cite });
  }
  const state = new Map<string, 'visiting' | 'done' | 'failed'>();
  const resolve = (name: string): Typed | undefined => {
    const def = raw.get(name);
    if (!def) return undefined;
    const s = state.get(name);
    if (s === 'done') return vars.get(name)!.node.ty;
    if (s === 'failed') return undefined;
    if (s === 'visiting') {
      r.error(def.node, 'EXPRESSION_TYPE', bi(`派生变量 ${name} 循环引用自身`, `derived variable ${name} refers to itself in a cycle`));
      state.set(name, 'failed');
      return undefined;
    }
    state.set(name, 'visiting');
    const parsed = parseExpr(def.source);
    if (!parsed.ok) {
      r.error(def.node, 'EXPRESSION_SYNTAX', parsed.error.message);
      state.set(name, 'failed');
      return undefined;
    }
    const checked = checkExpr(parsed.value, { ...base, variable: resolve });
    if (!checked.ok) {
      r.error(def.node, 'EXPRESSION_TYPE', bi(`${name}: ${checked.error.message.zh}`, `${name}: ${checked.error.message.en}`));
      state.set(name, 'failed');
      return undefined;
    }
    vars.set(name, { name, label: def.label, source: def.source, node: checked.value, plan: plan(checked.value), cite: def.cite });
    state.set(name, 'done');
    return checked.value.ty;
  };
  for (const name of raw.keys()) resolve(name);
  return { vars, errors: r.errors };
}
