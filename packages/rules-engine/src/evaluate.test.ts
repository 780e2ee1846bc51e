import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlainDate } from '@huiqi/kernel';
import { evaluateAll, evaluatePolicy } from './evaluate';
import { factsFromJson } from './facts-input';
import { mapCitationIndex } from './citation-index';
import { loadRuleBase } from './load-rule-base';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base does not load');
const rb = loaded.value;
const d = (s: string) => s as PlainDate;
const facts = (o: Record<string, unknown>) => {
  const f = factsFromJson(o, { money: 'yuan' });
  if (!f.ok) throw new Error(JSON.stringify(f.error));
  return f.value;
};

describe('evaluatePolicy', () => {
  const specialized = rb.policies.get('specialized-sme')!;
  const base = { industryCode: 'C39', employees: 150, revenue: '50000000', yearsInNicheMarket: 3, specializedScore: 70 };

  it('says how far a failed comparison is from the bound, in Chinese and English', () => {
    const r = evaluatePolicy(rb, specialized, facts({ ...base, rdExpense: '1050000' }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    expect(r.status).toBe('INELIGIBLE');
    const clause = r.explanation!.clauses.find((c) => c.id === 'rd_expense')!;
    expect(clause.gap.map((g) => g.zh)).toContain('研发费用占营业收入比重 2.1%，须不低于 3%');
    expect(clause.gap.map((g) => g.en)).toContain('R&D expense as a share of revenue 2.1%, must be at least 3%');
  });

  it('answers unknown with the facts to fill in, never a silent no', () => {
    const r = evaluatePolicy(rb, specialized, facts({ industryCode: 'C39', employees: 150, revenue: '50000000', yearsInNicheMarket: 3 }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz' });
    expect(r.status).toBe('UNKNOWN');
    expect(r.missing).toEqual(expect.arrayContaining(['rdExpense', 'specializedScore']));
  });

  it('names qualifications and missing facts in words, never by their codes', () => {
    const superDeduction = rb.policies.get('tech-sme-rd-super-deduction')!;
    const r = evaluatePolicy(rb, superDeduction, facts({ tags: [] }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    const gaps = r.explanation!.clauses.flatMap((c) => c.gap.map((g) => g.zh));
    expect(gaps).toContain('资质标签中没有「科技型中小企业」');
    const unknown = evaluatePolicy(rb, specialized, facts({ industryCode: 'C39', revenue: '50000000', yearsInNicheMarket: 3, specializedScore: 70, rdExpense: '2000000' }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz' });
    expect(unknown.reasons.map((x) => x.zh).join('；')).toContain('需补充 从业人员');
    expect(unknown.reasons.map((x) => x.zh).join('；')).not.toMatch(/[A-Z]{3,}|employees|\[\]/);
  });

  it('names a failed sum by the labels of its operands, never by the expression (2026 小巨人)', () => {
    const giant = rb.policies.get('little-giant')!;
    const r = evaluatePolicy(rb, giant, facts({ rdExpense: '3500000', rdExpenseYearBefore: '3150000', revenue: '100000000', revenueYearBefore: '90000000' }), { date: d('2026-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    const clause = r.explanation!.clauses.find((c) => c.label.zh.startsWith('近2年研发费用合计'))!;
    expect(clause.value).toBe(false);
    expect(clause.gap.map((g) => g.zh)).toContain('研发费用 + 前年研发费用 665 万元，须不低于 1,200 万元');
    expect(clause.gap.map((g) => g.en)).toContain('R&D expense + R&D expense, year before 6,650,000 yuan, must be at least 12,000,000 yuan');
    expect(r.reasons.map((x) => x.zh).join('；')).not.toMatch(/rdExpense|wan_yuan|>=/);
  });

  it('says what data is missing on an undecided comparison: 缺少：前年研发费用 / missing: R&D expense, year before', () => {
    const giant = rb.policies.get('little-giant')!;
    const r = evaluatePolicy(rb, giant, facts({ rdExpense: '3500000', revenue: '100000000', revenueYearBefore: '90000000' }), { date: d('2026-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    const clause = r.explanation!.clauses.find((c) => c.label.zh.startsWith('近2年研发费用合计'))!;
    expect(clause.value).toBeNull();
    expect(clause.gap.map((g) => g.zh)).toContain('缺少：前年研发费用');
    expect(clause.gap.map((g) => g.en)).toContain('missing: R&D expense, year before');
  });

  it('gives the amount its label and its formula in words (研发费用加计扣除额 = … × …)', () => {
    const superDeduction = rb.policies.get('tech-sme-rd-super-deduction')!;
    const r = evaluatePolicy(rb, superDeduction, facts({ tags: ['TECH_SME'], rdExpenseExpensed: '3000000' }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    expect(r.amountFen).toBe(300_000_000);
    const amount = r.explanation!.amount!;
    expect(amount.label.zh).toBe('研发费用加计扣除额（未形成无形资产部分）');
    expect(amount.formula).toEqual({ zh: '未形成无形资产计入当期损益的研发费用 × 未形成无形资产的研发费用加计扣除比例', en: 'R&D expense charged to profit and loss × Additional deduction ratio for R&D expense charged to profit and loss' });
  });

  it('names the cited articles and the parameters in words, in both languages', () => {
    const names = mapCitationIndex({}, { 'cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_1': '《政府采购促进中小企业发展管理办法》第九条第一款' });
    const withLaw = loadRuleBase(undefined, { citations: { has: () => true, text: () => null, name: (a) => names.name(a) } });
    if (!withLaw.ok) throw new Error('load');
    const p = withLaw.value.policies.get('procurement-price-deduction')!;
    const r = evaluatePolicy(withLaw.value, p, facts({ industryCode: 'C39', employees: 50, revenue: '10000000', bidCategory: 'GOODS', bidPrice: '1000000', bidAllBySmallMicro: true, bidIsReservedProject: false, isControlledByLargeEnterprise: false }), { date: d('2021-06-01'), jurisdiction: 'cn-gd-sz', explain: true });
    const params: { label: { zh: string; en: string }; referenceName: string | null }[] = [];
    const walk = (n: { param?: never; children?: unknown[] }) => {
      if (n.param) params.push(n.param);
      for (const c of (n.children ?? []) as never[]) walk(c);
    };
    walk(r.explanation!.amount!.trace as never);
    expect(params).toContainEqual(expect.objectContaining({
      label: { zh: '小微企业报价价格扣除比例下限（货物和服务）', en: 'Price deduction for small and micro bids, lower bound (goods and services)' },
      referenceName: '《政府采购促进中小企业发展管理办法》第九条第一款',
    }));
  });

  it('a known failure decides even when other facts are missing (false && unknown = false)', () => {
    const r = evaluatePolicy(rb, specialized, facts({ industryCode: 'C39', employees: 150, revenue: '50000000', yearsInNicheMarket: 1 }), { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz' });
    expect(r.status).toBe('INELIGIBLE');
    expect(r.missing).toEqual([]);
    expect(r.firstFailingClause).toBe('niche_years');
  });

  it('records the parameter values read, with their dates and sources', () => {
    const p = rb.policies.get('procurement-price-deduction')!;
    const r = evaluatePolicy(rb, p, facts({ industryCode: 'C39', employees: 50, revenue: '10000000', bidCategory: 'GOODS', bidPrice: '1000000', bidAllBySmallMicro: true, bidIsReservedProject: false, isControlledByLargeEnterprise: false }), { date: d('2022-07-01'), jurisdiction: 'cn-gd-sz', explain: true });
    const params: unknown[] = [];
    const walk = (n: { param?: unknown; children?: unknown[] }) => {
      if (n.param) params.push(n.param);
      for (const c of (n.children ?? []) as never[]) walk(c);
    };
    walk(r.explanation!.amount!.trace as never);
    expect(params).toContainEqual(expect.objectContaining({ path: 'procurement.price_deduction.goods_services.min', from: '2022-07-01', jurisdiction: 'cn', unverified: true }));
  });

  it('includes the article text from the citation index', () => {
    const withLaw = loadRuleBase(undefined, { citations: { has: () => true, text: (a) => (a.endsWith('#art_9__para_1') ? '第九条第一款原文' : null), name: () => null } });
    if (!withLaw.ok) throw new Error('load');
    const p = withLaw.value.policies.get('procurement-price-deduction')!;
    const r = evaluatePolicy(withLaw.value, p, facts({ industryCode: 'C39', employees: 50, revenue: '10000000' }), { date: d('2023-01-01'), jurisdiction: 'cn', explain: true });
    expect(r.explanation!.clauses[0]!.citeText).toBe('第九条第一款原文');
    expect(mapCitationIndex({ a: 'b' }).text('a')).toBe('b');
  });

  it('a policy of another jurisdiction is not in force here', () => {
    const p = rb.policies.get('sz-2023-first-loan-interest-subsidy')!;
    const r = evaluatePolicy(rb, p, facts({}), { date: d('2023-06-01'), jurisdiction: 'cn-sh' });
    expect(r.status).toBe('NOT_IN_FORCE');
    expect(r.reasons[0]!.zh).toContain('深圳');
  });

  it('evaluateAll leaves out policies not in force unless asked', () => {
    const f = facts({ industryCode: 'C39', employees: 50, revenue: '10000000' });
    const inForce = evaluateAll(rb, f, { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz' });
    const all = evaluateAll(rb, f, { date: d('2025-06-01'), jurisdiction: 'cn-gd-sz', includeNotInForce: true });
    expect(inForce.every((r) => r.status !== 'NOT_IN_FORCE')).toBe(true);
    expect(all.length).toBe(rb.policies.size);
    expect(inForce.length).toBeLessThan(all.length);
  });
});

describe('plan and tracer agree (the fast path and the explained path are the same rules)', () => {
  const num = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
  const money = (max: number) => fc.option(fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2)), { nil: undefined });
  const bool = fc.option(fc.boolean(), { nil: undefined });
  const enterprise = fc.record({
    industryCode: fc.option(fc.constantFrom('C39', 'F52', 'I65', 'K7010', 'J66', 'M73', 'E47'), { nil: undefined }),
    employees: num(2000),
    revenue: money(5_000_000_000),
    totalAssets: money(5_000_000_000),
    totalLiabilities: money(5_000_000_000),
    rdExpense: money(200_000_000),
    rdExpenseYearBefore: money(200_000_000),
    revenueYearBefore: money(5_000_000_000),
    mainBusinessRevenue: money(5_000_000_000),
    mainBusinessRevenueYearBefore: money(5_000_000_000),
    yearsInNicheMarket: num(10),
    specializedScore: num(100),
    ipClass1Count: num(5),
    isControlledByLargeEnterprise: bool,
    bidAllBySmallMicro: bool,
    bidIsReservedProject: bool,
    bidCategory: fc.option(fc.constantFrom('GOODS', 'SERVICES', 'WORKS'), { nil: undefined }),
    bidPrice: money(1_000_000_000),
    taxpayerType: fc.option(fc.constantFrom('GENERAL', 'SMALL_SCALE'), { nil: undefined }),
    monthlySales: money(100_000_000),
    isFirstLoan: bool,
  });
  const date = fc.constantFrom('2021-06-01', '2022-06-30', '2022-07-01', '2023-03-01', '2024-01-01', '2026-04-01');

  it('for random enterprises and dates, status, amount, outputs and missing facts are identical', () => {
    fc.assert(
      fc.property(enterprise, date, (e, dt) => {
        const clean = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
        const f = facts(clean);
        const fast = evaluateAll(rb, f, { date: d(dt), jurisdiction: 'cn-gd-sz' });
        const traced = evaluateAll(rb, f, { date: d(dt), jurisdiction: 'cn-gd-sz', explain: true });
        expect(traced.map(({ explanation: _x, ...rest }) => rest)).toEqual(fast.map((r) => ({ ...r, reasons: traced.find((t) => t.policyId === r.policyId)!.reasons })));
        for (let i = 0; i < fast.length; i++) {
          expect(traced[i]!.status).toBe(fast[i]!.status);
          expect(traced[i]!.amountFen).toBe(fast[i]!.amountFen);
        }
      }),
      { numRuns: 150 },
    );
  });
});
