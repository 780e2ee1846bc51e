import { bi, err, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import { checkExpr, factField, parseExpr, plan, type CheckEnv, type CompiledRule, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';

/** The checking environment the rule loader uses: the fact schema, derived variables, parameters. */
export function checkEnvOf(rb: RuleBase): CheckEnv {
  return {
    fact: factField,
    variable: (n) => rb.variables.get(n)?.node.ty,
    param: (path) => {
      const d = rb.params.def(path);
      return d ? { type: 'number', unit: d.unit, integral: d.unit === 'fen' || d.unit === 'people' || d.unit === 'days' || d.unit === 'count' } : undefined;
    },
  };
}

export interface ConditionSpec {
  id: string;
  label: BilingualText;
  when: string;
  cite: string;
}

export interface PolicySpec {
  id: string;
  title: BilingualText;
  jurisdiction: string;
  cite: string;
  conditions: ConditionSpec[];
  from: PlainDate;
  until?: PlainDate | null;
}

/**
 * A policy built from condition text through the rules engine's own parser, checker and closure
 * compiler (what a draft from the officials' console will go through): errors carry the position.
 */
export function definePolicy(rb: RuleBase, spec: PolicySpec): Result<PolicyDef, BilingualText> {
  const env = checkEnvOf(rb);
  const conditions: CompiledRule[] = [];
  for (const c of spec.conditions) {
    const parsed = parseExpr(c.when);
    if (!parsed.ok) return err(bi(`${c.id}（第 ${parsed.error.offset + 1} 个字符）：${parsed.error.message.zh}`, `${c.id} (at ${parsed.error.offset + 1}): ${parsed.error.message.en}`));
    const checked = checkExpr(parsed.value, env, 'bool');
    if (!checked.ok) return err(bi(`${c.id}（第 ${checked.error.start + 1} 个字符）：${checked.error.message.zh}`, `${c.id} (at ${checked.error.start + 1}): ${checked.error.message.en}`));
    conditions.push({ id: c.id, label: c.label, source: c.when, node: checked.value, plan: plan(checked.value), cite: c.cite, line: 0 });
  }
  return ok({
    id: spec.id,
    file: `(generated) ${spec.id}`,
    title: spec.title,
    jurisdiction: spec.jurisdiction,
    department: bi('合成', 'synthetic'),
    channel: 'INFORMATION_ONLY',
    implements: [spec.cite],
    ruleSet: 'synthetic',
    versions: [{ from: spec.from, until: spec.until ?? null, unverified: false, note: null, conditions, amount: null, outputs: [] }],
  });
}
