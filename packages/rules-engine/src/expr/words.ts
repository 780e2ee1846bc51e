import { bi, type BilingualText } from '@huiqi/kernel';
import { factField, type Unit } from '../fact-schema';
import { formatValue } from '../format';
import type { CNode } from './types';

/** The vocabulary an expression is named from: the labels of the rules YAML. */
export interface Vocabulary {
  /** A derived variable's label (rules/variables). */
  variable(name: string): BilingualText | undefined;
  /** A parameter's description (rules/parameters, description / description_en). */
  param(path: string): BilingualText | undefined;
}

const ARITH: Record<'+' | '-' | '*' | '/', string> = { '+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ ' };
const CMP: Record<string, [string, string]> = {
  '>=': ['不低于', 'at least'],
  '>': ['高于', 'more than'],
  '<=': ['不超过', 'at most'],
  '<': ['低于', 'less than'],
  '==': ['为', 'is'],
  '!=': ['不为', 'is not'],
};
const COMPUTED = bi('计算结果', 'the computed value');

const join = (parts: BilingualText[], zh: string, en: string): BilingualText => bi(parts.map((p) => p.zh).join(zh), parts.map((p) => p.en).join(en));
const wrap = (t: BilingualText, zh: [string, string], en: [string, string]): BilingualText => bi(`${zh[0]}${t.zh}${zh[1]}`, `${en[0]}${t.en}${en[1]}`);

/**
 * An expression of the rules language in words, for a person who does not read code: each fact,
 * variable and parameter by its label, codes by their names, operators as 与/或/不低于 and the
 * arithmetic signs + − × ÷. `rdExpense + rdExpenseYearBefore` becomes "研发费用 + 上一年度研发费用".
 * What has no words of its own becomes 计算结果, never the expression text.
 */
export function expressionWords(n: CNode, vocab: Vocabulary, unit?: Unit): BilingualText {
  /** An operand, bracketed where its parent binds tighter, so "(A + B) × C" keeps its meaning. */
  const w = (c: CNode, right = false, u?: Unit): BilingualText => {
    const t = expressionWords(c, vocab, u);
    return needsBrackets(n, c, right) ? wrap(t, ['（', '）'], ['(', ')']) : t;
  };
  switch (n.k) {
    case 'const':
      return bi(formatValue(n.value, n.ty.unit ?? unit, 'zh'), formatValue(n.value, n.ty.unit ?? unit, 'en'));
    case 'fact':
      return n.field.label;
    case 'has': {
      const label = factField(n.name)?.label ?? bi('该项数据', 'the figure');
      return bi(`已提供${label.zh}`, `${label.en} given`);
    }
    case 'var':
      return vocab.variable(n.name) ?? COMPUTED;
    case 'param':
      return vocab.param(n.path) ?? bi('政策参数', 'a policy parameter');
    case 'asOf':
      return bi('判断日期', 'the date of the assessment');
    case 'sizeClass':
      return bi('企业规模', 'enterprise size');
    case 'call': {
      const args = n.args.map((a) => expressionWords(a, vocab));
      switch (n.fn) {
        case 'round':
        case 'floor':
        case 'ceil':
        case 'yuan':
        case 'wan_yuan':
          // Rounding and unit conversion do not change what a value is.
          return args[0] ?? COMPUTED;
        case 'min':
          return wrap(join(args, '与', ' and '), ['', '中较小者'], ['the smaller of ', '']);
        case 'max':
          return wrap(join(args, '与', ' and '), ['', '中较大者'], ['the larger of ', '']);
        case 'size':
          return wrap(args[0] ?? COMPUTED, ['', '的数量'], ['the number of ', '']);
        case 'days_between':
          return bi(`${args[0]?.zh ?? ''}至${args[1]?.zh ?? ''}的天数`, `days from ${args[0]?.en ?? ''} to ${args[1]?.en ?? ''}`);
      }
      return COMPUTED;
    }
    case 'not':
      return wrap(expressionWords(n.arg, vocab), ['并非“', '”'], ['not (', ')']);
    case 'neg':
      return wrap(w(n.arg), ['−', ''], ['−', '']);
    case 'and':
      return join([w(n.left), w(n.right, true)], '且', ' and ');
    case 'or':
      return join([w(n.left), w(n.right, true)], '或', ' or ');
    case 'cmp': {
      const [zh, en] = CMP[n.op]!;
      // A bare number takes the unit of what it is compared with: "从业人员不低于20人".
      const u = n.left.ty.unit ?? n.right.ty.unit;
      const l = w(n.left, false, u);
      const r = w(n.right, true, u);
      return bi(`${l.zh}${zh}${r.zh}`, `${l.en} ${en} ${r.en}`);
    }
    case 'in': {
      const l = w(n.left);
      const r = w(n.right);
      return n.right.k === 'list' || n.right.k === 'const' ? bi(`${l.zh}为${r.zh}之一`, `${l.en} is one of ${r.en}`) : bi(`${r.zh}包括${l.zh}`, `${r.en} include ${l.en}`);
    }
    case 'arith':
      return join([w(n.left, false, n.ty.unit), w(n.right, true, n.ty.unit)], ARITH[n.op], ARITH[n.op]);
    case 'cond':
      return COMPUTED;
    case 'list':
      return join(n.items.map((i) => expressionWords(i, vocab)), '、', ', ');
  }
}

const PRECEDENCE: Record<'+' | '-' | '*' | '/', number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** Whether `child`, an operand of `parent`, must be bracketed to keep the expression's meaning. */
function needsBrackets(parent: CNode, child: CNode, right: boolean): boolean {
  if (parent.k === 'arith' && child.k === 'arith') {
    const p = PRECEDENCE[parent.op];
    const c = PRECEDENCE[child.op];
    return c < p || (right && c === p && (parent.op === '-' || parent.op === '/'));
  }
  if (parent.k === 'neg') return child.k === 'arith';
  if (parent.k === 'and') return child.k === 'or';
  if (parent.k === 'or') return child.k === 'and';
  if (parent.k === 'cmp') return child.k === 'cmp' || child.k === 'and' || child.k === 'or';
  return false;
}
