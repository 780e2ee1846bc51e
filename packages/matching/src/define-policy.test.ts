import { bi, type PlainDate } from '@huiqi/kernel';
import { evaluatePolicy, loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFormula, definePolicy, type PolicySpec } from './define-policy';

let rb: RuleBase;
const CITE = 'cn-gd-sz/measures/sme-relief-2023#measure_1__para_1';
const DATE = '2026-03-01' as PlainDate;

beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error('rule base');
  rb = r.value;
});

const spec = (over: Partial<PolicySpec> = {}): PolicySpec => ({
  id: 'grant',
  title: bi('研发补助', 'R&D grant'),
  jurisdiction: 'cn-gd-sz',
  cite: CITE,
  from: '2026-01-01' as PlainDate,
  conditions: [{ id: 'revenue', label: bi('营业收入不超过5000万元', 'revenue at most 50M yuan'), when: 'revenue <= wan_yuan(5000)', cite: CITE }],
  ...over,
});

describe('checkFormula', () => {
  it('accepts a condition and an amount in whole fen', () => {
    expect(checkFormula(rb, 'revenue <= wan_yuan(5000) && employees >= 5', 'bool').ok).toBe(true);
    const amount = checkFormula(rb, 'min(round(rdExpense * 0.1), wan_yuan(50))', 'money');
    expect(amount.ok && amount.value.ty).toMatchObject({ type: 'number', unit: 'fen', integral: true });
  });

  it('gives the 0-based offset of a syntax error, a type error and a non-money amount', () => {
    const syntax = checkFormula(rb, 'revenue <= ', 'bool');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.error.offset).toBe(11);
    const unknownName = checkFormula(rb, 'employees >= 5 && revenu > 1', 'bool');
    expect(!unknownName.ok && unknownName.error.offset).toBe(18);
    expect(!unknownName.ok && unknownName.error.message.zh).toContain('revenu');
    const notMoney = checkFormula(rb, 'employees * 100', 'money');
    expect(!notMoney.ok && notMoney.error.message.en).toMatch(/money in fen/);
    const fraction = checkFormula(rb, 'rdExpense * 0.1', 'money');
    expect(!fraction.ok && fraction.error.message.en).toMatch(/whole fen/);
    const bool = checkFormula(rb, 'revenue > 0', 'money');
    expect(!bool.ok && bool.error.offset).toBe(0);
  });
});

describe('definePolicy', () => {
  it('compiles an amount the rules engine evaluates and explains for an eligible enterprise', () => {
    const r = definePolicy(rb, spec({ amount: { label: bi('补助金额', 'grant'), formula: 'min(round(rdExpense * 0.1), wan_yuan(50))', cite: CITE }, department: bi('市工信局', 'MIIT bureau'), channel: 'ONLINE_APPLICATION' }));
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value).toMatchObject({ department: { zh: '市工信局' }, channel: 'ONLINE_APPLICATION' });
    const opts = { date: DATE, jurisdiction: 'cn-gd-sz-ns', explain: true };
    const small = evaluatePolicy(rb, r.value, { revenue: 30_000_000_00, rdExpense: 1_234_567_89 }, opts);
    expect(small).toMatchObject({ status: 'ELIGIBLE', amountFen: 12_345_679 });
    expect(small.explanation?.amount?.cite).toBe(CITE);
    expect(small.citations).toContain(CITE);
    const capped = evaluatePolicy(rb, r.value, { revenue: 30_000_000_00, rdExpense: 9_000_000_00 }, opts);
    expect(capped.amountFen).toBe(50 * 10000 * 100);
    const noRd = evaluatePolicy(rb, r.value, { revenue: 30_000_000_00 }, opts);
    expect(noRd.status).toBe('ELIGIBLE');
    expect(noRd.amountFen).toBeUndefined();
    expect(noRd.missing).toEqual(['rdExpense']);
  });

  it('refuses an amount that is not money, naming amount and the 1-based position', () => {
    const r = definePolicy(rb, spec({ amount: { label: bi('金额', 'amount'), formula: 'wan_yuan(5) + employees', cite: CITE } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.zh).toMatch(/^amount（第 1 个字符）/);
      expect(r.error.en).toMatch(/^amount \(at 1\)/);
    }
  });

  it('names the condition first when a condition fails', () => {
    const r = definePolicy(rb, spec({ conditions: [{ id: 'x', label: bi('x', 'x'), when: "revenue >= 'a'", cite: CITE }], amount: { label: bi('金额', 'amount'), formula: 'bad +', cite: CITE } }));
    expect(!r.ok && r.error.en).toMatch(/^x \(at 1\)/);
  });
});
