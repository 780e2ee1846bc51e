import { describe, expect, it } from 'vitest';
import { bi } from '@huiqi/kernel';
import { factField } from '../fact-schema';
import { checkExpr } from './check';
import { parseExpr } from './parser';
import type { CheckEnv } from './types';
import { expressionWords, type Vocabulary } from './words';

const env: CheckEnv = {
  fact: factField,
  variable: (n) => (n === 'rdRatio' ? { type: 'number', integral: false, unit: 'ratio' } : undefined),
  param: (p) => (p === 'x.cap' ? { type: 'number', integral: true, unit: 'fen' } : undefined),
};
const vocab: Vocabulary = {
  variable: (n) => (n === 'rdRatio' ? bi('研发费用占营业收入比重', 'R&D expense as a share of revenue') : undefined),
  param: (p) => (p === 'x.cap' ? bi('单户补贴上限', 'cap per enterprise') : undefined),
};

function words(src: string) {
  const p = parseExpr(src);
  if (!p.ok) throw new Error(p.error.message.en);
  const c = checkExpr(p.value, env);
  if (!c.ok) throw new Error(c.error.message.en);
  return expressionWords(c.value, vocab);
}

describe('expressionWords', () => {
  it('names a sum of facts by their labels, in Chinese and English', () => {
    expect(words('rdExpense + rdExpenseYearBefore')).toEqual(bi('研发费用 + 前年研发费用', 'R&D expense + R&D expense, year before'));
  });

  it('names variables and parameters from the vocabulary, keeps the meaning of brackets, drops rounding', () => {
    expect(words("round((revenue - rdExpense) * rdRatio)")).toEqual(
      bi('（营业收入 − 研发费用） × 研发费用占营业收入比重', '(revenue − R&D expense) × R&D expense as a share of revenue'),
    );
    expect(words("min(revenue, param('x.cap'))")).toEqual(bi('营业收入与单户补贴上限中较小者', 'the smaller of revenue and cap per enterprise'));
  });

  it('says comparisons, lists and codes in words, never operators, brackets or enum codes', () => {
    const w = words("employees >= 20 && 'TECH_SME' in tags && has(rdStaff)");
    expect(w.zh).toBe('从业人员不低于20人且资质标签包括科技型中小企业且已提供研发人员');
    expect(w.en).toBe('employees at least 20 people and qualification tags include technology-based SME (registered) and R&D staff given');
    for (const t of [w.zh, w.en]) expect(t).not.toMatch(/>=|&&|'|TECH_SME|\[|rdStaff|has\(/);
  });

  it('gives what has no words of its own as 计算结果, never the expression text', () => {
    const w = words('revenue > 0 ? revenue : 0');
    expect(w).toEqual(bi('计算结果', 'the computed value'));
    expect(expressionWords({ k: 'var', name: 'nope', start: 0, end: 4, ty: { type: 'number', integral: false } }, vocab).zh).toBe('计算结果');
  });
});
