import { bi, err, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import { checkExpr, factField, parseExpr, plan, type Channel, type CheckEnv, type CNode, type CompiledRule, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';

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

/** What a formula must yield: a condition is a truth value, an amount whole fen. */
export type FormulaKind = 'bool' | 'money';

/** Why a formula does not check: the message and the 0-based character offset in the formula text. */
export interface FormulaError {
  offset: number;
  message: BilingualText;
}

/**
 * Parses and type-checks one formula of the condition language against the rule base (fact schema,
 * derived variables, parameters). `money` asks for an integral number in fen, as an amount must be.
 */
export function checkFormula(rb: RuleBase, text: string, kind: FormulaKind): Result<CNode, FormulaError> {
  const parsed = parseExpr(text);
  if (!parsed.ok) return err({ offset: parsed.error.offset, message: parsed.error.message });
  const checked = checkExpr(parsed.value, checkEnvOf(rb), kind === 'bool' ? 'bool' : 'number');
  if (!checked.ok) return err({ offset: checked.error.start, message: checked.error.message });
  const ty = checked.value.ty;
  if (kind === 'money' && (ty.unit !== 'fen' || !ty.integral)) {
    return err({
      offset: checked.value.start,
      message: ty.unit !== 'fen'
        ? bi(`金额公式须得到以分计的金额（如 yuan(…)、wan_yuan(…) 或金额类事实），实为${ty.unit ? `单位 ${ty.unit} 的数值` : '不带单位的数值'}`, `an amount formula must yield money in fen (yuan(…), wan_yuan(…) or a money fact), got ${ty.unit ? `a number in ${ty.unit}` : 'a plain number'}`)
        : bi('金额公式须得到整数分（用 round/floor/ceil 按文本规定取整）', 'an amount formula must yield whole fen (round/floor/ceil as the text says)'),
    });
  }
  return ok(checked.value);
}

export interface ConditionSpec {
  id: string;
  label: BilingualText;
  when: string;
  cite: string;
}

/** The amount of a policy: a formula in fen with its label and the article that sets it. */
export interface AmountSpec {
  label: BilingualText;
  formula: string;
  cite: string;
}

export interface PolicySpec {
  id: string;
  title: BilingualText;
  jurisdiction: string;
  cite: string;
  conditions: ConditionSpec[];
  amount?: AmountSpec | null;
  from: PlainDate;
  until?: PlainDate | null;
  /** Defaults for generated policies: 合成 / INFORMATION_ONLY / synthetic. */
  department?: BilingualText;
  channel?: Channel;
  ruleSet?: string;
}

const located = (id: string, e: FormulaError): BilingualText =>
  bi(`${id}（第 ${e.offset + 1} 个字符）：${e.message.zh}`, `${id} (at ${e.offset + 1}): ${e.message.en}`);

/**
 * A policy built from condition text through the rules engine's own parser, checker and closure
 * compiler (what a draft from the officials' console goes through): errors name the condition (or
 * `amount`) and the 1-based character position.
 */
export function definePolicy(rb: RuleBase, spec: PolicySpec): Result<PolicyDef, BilingualText> {
  const conditions: CompiledRule[] = [];
  for (const c of spec.conditions) {
    const checked = checkFormula(rb, c.when, 'bool');
    if (!checked.ok) return err(located(c.id, checked.error));
    conditions.push({ id: c.id, label: c.label, source: c.when, node: checked.value, plan: plan(checked.value), cite: c.cite, line: 0 });
  }
  let amount: CompiledRule | null = null;
  if (spec.amount) {
    const checked = checkFormula(rb, spec.amount.formula, 'money');
    if (!checked.ok) return err(located('amount', checked.error));
    amount = { id: 'amount', label: spec.amount.label, source: spec.amount.formula, node: checked.value, plan: plan(checked.value), cite: spec.amount.cite, line: 0 };
  }
  return ok({
    id: spec.id,
    file: `(generated) ${spec.id}`,
    title: spec.title,
    jurisdiction: spec.jurisdiction,
    department: spec.department ?? bi('合成', 'synthetic'),
    channel: spec.channel ?? 'INFORMATION_ONLY',
    implements: [spec.cite],
    ruleSet: spec.ruleSet ?? 'synthetic',
    versions: [{ from: spec.from, until: spec.until ?? null, unverified: false, note: null, conditions, amount, outputs: [] }],
  });
}
