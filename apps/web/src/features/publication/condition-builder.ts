import { formatFenAsWanYuan, parseYuanToFen } from '../../format/money';
import type { Comparison, TermType, Vocabulary, VocabularyTerm } from './publication-api';

/**
 * The clause builder: one fact (or derived variable), a comparison and a value (or a parameter),
 * written into condition-language text exactly as the rules engine reads it — money through
 * `wan_yuan(…)`/`yuan(…)` (held as fen), dates through `date('…')`, codes as quoted strings,
 * set membership as `'CODE' in tags`.
 */

export const COMPARISONS: readonly Comparison[] = ['<', '<=', '>', '>=', '==', '!='];
/** Membership in a set fact (the language writes `'X' in tags`, negated with `!(…)`). */
export const SET_OPERATORS = ['HAS', 'HAS_NOT'] as const;
export type SetOperator = (typeof SET_OPERATORS)[number];
export type ClauseOperator = Comparison | SetOperator;
export type MoneyUnit = 'WAN_YUAN' | 'YUAN';

export interface Clause {
  subject?: string;
  op?: ClauseOperator;
  /** A typed value, or a dated parameter of the rule base. */
  source?: 'VALUE' | 'PARAM';
  value?: string;
  moneyUnit?: MoneyUnit;
  param?: string;
}

export type ClauseProblem = 'SUBJECT' | 'OPERATOR' | 'VALUE' | 'PARAM';
export type ClauseText = { ok: true; text: string } | { ok: false; problem: ClauseProblem };

/** Facts and derived variables by name. */
export function termsOf(vocabulary: Vocabulary | undefined): Map<string, VocabularyTerm> {
  return new Map([...(vocabulary?.facts ?? []), ...(vocabulary?.variables ?? [])].map((t) => [t.name, t]));
}

/** The operators that make sense for a type: order only for numbers, money and dates. */
export function operatorsFor(type: TermType): readonly ClauseOperator[] {
  switch (type) {
    case 'number':
    case 'money':
    case 'date':
      return COMPARISONS;
    case 'set':
      return SET_OPERATORS;
    default:
      return ['==', '!='];
  }
}

/** Whether a parameter may stand on the right side (numbers, money and dates have dated parameters). */
export function acceptsParameter(type: TermType): boolean {
  return type === 'number' || type === 'money' || type === 'date';
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const WAN_YUAN = /^\d+(\.\d{1,6})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A string literal of the language: single quotes, with `\` and `'` escaped. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `1,500.50` 万元 → `1500.5`; an exact decimal without needless zeros. */
function plainDecimal(text: string): string {
  const [whole, decimals = ''] = text.split('.');
  const w = whole!.replace(/^0+(?=\d)/, '');
  const d = decimals.replace(/0+$/, '');
  return d ? `${w}.${d}` : w;
}

/** The literal for a typed value, or null when the text is not a value of that type. */
export function valueLiteral(term: VocabularyTerm, value: string | undefined, unit: MoneyUnit = 'WAN_YUAN'): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  switch (term.type) {
    case 'number':
      return NUMBER.test(text) ? text : null;
    case 'money': {
      const cleaned = text.replace(/,/g, '');
      if (unit === 'WAN_YUAN') return WAN_YUAN.test(cleaned) ? `wan_yuan(${plainDecimal(cleaned)})` : null;
      const fen = parseYuanToFen(cleaned);
      if (!fen.ok) return null;
      const yuan = Math.floor(fen.fen / 100);
      const cents = fen.fen % 100;
      return `yuan(${cents === 0 ? yuan : plainDecimal(`${yuan}.${String(cents).padStart(2, '0')}`)})`;
    }
    case 'date':
      return isCalendarDate(text) ? `date('${text}')` : null;
    case 'bool':
      return text === 'true' || text === 'false' ? text : null;
    case 'enum':
    case 'set':
      return term.values && !term.values.includes(text) ? null : quote(text);
    case 'text':
      return quote(text);
  }
}

/** The condition text of a clause, or the first part that is missing or unreadable. */
export function clauseText(clause: Clause, vocabulary: Vocabulary | undefined): ClauseText {
  const term = clause.subject ? termsOf(vocabulary).get(clause.subject) : undefined;
  if (!term) return { ok: false, problem: 'SUBJECT' };
  const op = clause.op;
  if (!op || !operatorsFor(term.type).includes(op)) return { ok: false, problem: 'OPERATOR' };
  if (clause.source === 'PARAM' && acceptsParameter(term.type)) {
    const param = vocabulary?.parameters.find((p) => p.path === clause.param);
    if (!param) return { ok: false, problem: 'PARAM' };
    return { ok: true, text: `${term.name} ${op} param(${quote(param.path)})` };
  }
  const literal = valueLiteral(term, clause.value, clause.moneyUnit);
  if (literal === null) return { ok: false, problem: 'VALUE' };
  if (op === 'HAS') return { ok: true, text: `${literal} in ${term.name}` };
  if (op === 'HAS_NOT') return { ok: true, text: `!(${literal} in ${term.name})` };
  return { ok: true, text: `${term.name} ${op} ${literal}` };
}

/** A parameter's value in force for a label: money (fen) in 万元, anything else as its exact decimal with the unit. */
export function parameterValueText(value: string | null, unit: string, wanYuan: string): string | null {
  if (value === null) return null;
  if (unit === 'fen' && /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return `${formatFenAsWanYuan(Number(value))} ${wanYuan}`;
  return unit && unit !== 'number' ? `${value} ${unit}` : value;
}

const unquote = (body: string) => body.replace(/\\(['\\])/g, '$1');
const squash = (text: string) => text.replace(/\s+/g, '');

/** Reads the value side back into the builder's fields (no check of the type: clauseFromText re-writes and compares). */
function valueOf(right: string): Partial<Clause> | null {
  let m = /^param\('([^'\\]+)'\)$/.exec(right);
  if (m) return { source: 'PARAM', param: m[1] };
  m = /^wan_yuan\((\d+(?:\.\d+)?)\)$/.exec(right);
  if (m) return { source: 'VALUE', value: m[1], moneyUnit: 'WAN_YUAN' };
  m = /^yuan\((\d+(?:\.\d+)?)\)$/.exec(right);
  if (m) return { source: 'VALUE', value: m[1], moneyUnit: 'YUAN' };
  m = /^date\('(\d{4}-\d{2}-\d{2})'\)$/.exec(right);
  if (m) return { source: 'VALUE', value: m[1] };
  m = /^'((?:[^'\\]|\\.)*)'$/.exec(right);
  if (m) return { source: 'VALUE', value: unquote(m[1]!) };
  if (right === 'true' || right === 'false' || NUMBER.test(right)) return { source: 'VALUE', value: right };
  return null;
}

/**
 * The builder's fields for a condition text the builder could have written, or null (then the
 * condition is edited as text). A clause is accepted only when writing it back gives the same text.
 */
export function clauseFromText(text: string, vocabulary: Vocabulary | undefined): Clause | null {
  const source = text.trim();
  let clause: Clause | null = null;
  const set = /^(!\(\s*)?('(?:[^'\\]|\\.)*')\s+in\s+([A-Za-z_]\w*)\s*(\))?$/.exec(source);
  if (set) {
    const negated = Boolean(set[1]);
    if (negated !== Boolean(set[4])) return null;
    clause = { subject: set[3], op: negated ? 'HAS_NOT' : 'HAS', source: 'VALUE', value: unquote(set[2]!.slice(1, -1)) };
  } else {
    const cmp = /^([A-Za-z_]\w*)\s*(<=|>=|==|!=|<|>)\s*(.+)$/.exec(source);
    if (!cmp) return null;
    const value = valueOf(cmp[3]!.trim());
    if (!value) return null;
    clause = { subject: cmp[1], op: cmp[2] as Comparison, moneyUnit: 'WAN_YUAN', ...value };
  }
  const again = clauseText(clause, vocabulary);
  return again.ok && squash(again.text) === squash(source) ? clause : null;
}
