import { bi, type PlainDate } from '@huiqi/kernel';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { INDUSTRIES, Rng } from '@huiqi/testing';
import { definePolicy, type ConditionSpec } from './define-policy';

/**
 * Condition shapes of the encoded policies (rules/policies: 专精特新, 创新型中小企业, 小巨人,
 * 小型微利, 小规模纳税人, sz-2023 relief …), with their numbers varied: thresholds in 万元,
 * size classes, tags, industries, ratios, growth, dates, parameters, and facts only an applicant
 * declares (UNKNOWN for the whole population, as in real matching).
 */
type Shape = (g: Rng) => { when: string; zh: string; en: string };

const wan = (g: Rng, xs: number[]) => g.pick(xs);
const ratio = (g: Rng, lo: number, hi: number) => (g.int(lo, hi) / 100).toFixed(2);
const TAGS = ['HIGH_TECH', 'TECH_SME', 'SPECIALIZED', 'LITTLE_GIANT', 'INNOVATIVE_SME'] as const;
const CODES = INDUSTRIES.map((i) => i.code);

const SHAPES: readonly Shape[] = [
  () => ({ when: 'isSme', zh: '申请人为中小企业', en: 'the applicant is an SME' }),
  () => ({ when: 'isSmallOrMicro', zh: '申请人为小微企业', en: 'the applicant is a small or micro enterprise' }),
  () => ({ when: "size_class() == 'micro'", zh: '申请人为微型企业', en: 'the applicant is a micro enterprise' }),
  (g) => {
    const x = wan(g, [300, 500, 1000, 1500, 2000, 5000]);
    return { when: `revenue >= wan_yuan(${x})`, zh: `上年度营业收入不低于${x}万元`, en: `revenue at least ${x}0,000 yuan` };
  },
  (g) => {
    const x = ratio(g, 2, 6);
    return { when: `rdRatio >= ${x}`, zh: `研发费用占营业收入比重不低于${x}`, en: `R&D ratio at least ${x}` };
  },
  (g) => {
    const x = wan(g, [50, 100, 200, 500]);
    const r = ratio(g, 2, 5);
    return { when: `rdExpense >= wan_yuan(${x}) && rdRatio >= ${r}`, zh: `研发费用不低于${x}万元且占比不低于${r}`, en: `R&D at least ${x}0,000 yuan and ratio ${r}` };
  },
  (g) => {
    const x = ratio(g, 50, 90);
    return { when: `mainBusinessShare >= ${x}`, zh: `主营业务收入占比不低于${x}`, en: `main-business share at least ${x}` };
  },
  (g) => {
    const t = g.pick(TAGS);
    return { when: `'${t}' in tags`, zh: `具有${t}资质`, en: `holds ${t}` };
  },
  (g) => {
    const a = g.pick(TAGS);
    const b = g.pick(TAGS);
    return { when: `'${a}' in tags || '${b}' in tags`, zh: `具有${a}或${b}资质`, en: `holds ${a} or ${b}` };
  },
  (g) => {
    const codes = [...new Set(Array.from({ length: g.int(2, 6) }, () => g.pick(CODES)))];
    const list = codes.map((c) => `'${c}'`).join(', ');
    return { when: `industryCode in [${list}]`, zh: `属于行业 ${codes.join('、')}`, en: `in industries ${codes.join(', ')}` };
  },
  (g) => {
    const y = g.int(2005, 2023);
    return { when: `registrationDate <= date('${y}-12-31')`, zh: `${y}年底前成立`, en: `registered by the end of ${y}` };
  },
  (g) => {
    const k = g.int(1, 5);
    return { when: `days_between(registrationDate, asOf) >= ${365 * k}`, zh: `成立满${k}年`, en: `registered at least ${k} years` };
  },
  (g) => {
    const x = wan(g, [10, 20, 50, 100, 300]);
    return { when: `employees <= ${x}`, zh: `从业人员不超过${x}人`, en: `at most ${x} employees` };
  },
  (g) => {
    const x = wan(g, [3, 5, 10, 20]);
    return { when: `employees >= ${x}`, zh: `从业人员不少于${x}人`, en: `at least ${x} employees` };
  },
  () => ({ when: "taxpayerType == 'SMALL_SCALE'", zh: '小规模纳税人', en: 'small-scale taxpayer' }),
  () => ({ when: '!isIndividualBusiness', zh: '非个体工商户', en: 'not an individual business' }),
  (g) => {
    const r = ['1.05', '1.1025', '1.2', '1.5'][g.int(0, 3)]!;
    return { when: `mainBusinessRevenue >= mainBusinessRevenueTwoYearsBefore * ${r}`, zh: `主营业务收入两年增长不低于${r}倍`, en: `main-business revenue grew ×${r} in two years` };
  },
  (g) => {
    const x = wan(g, [100, 300, 1200, 3000]);
    return { when: `rdExpense + rdExpenseYearBefore >= wan_yuan(${x})`, zh: `近两年研发费用合计不低于${x}万元`, en: `two-year R&D at least ${x}0,000 yuan` };
  },
  (g) => {
    const a = ratio(g, 2, 4);
    const b = ratio(g, 5, 8);
    return { when: `revenue >= wan_yuan(10000) ? rdRatio >= ${a} : rdRatio >= ${b}`, zh: `按营业收入分档的研发占比（${a}/${b}）`, en: `R&D ratio banded by revenue (${a}/${b})` };
  },
  (g) => {
    const x = g.int(2, 5);
    return { when: `yearsInNicheMarket >= ${x}`, zh: `从事特定细分市场${x}年以上`, en: `at least ${x} years in the niche market` };
  },
  (g) => {
    const x = g.int(1, 4);
    return { when: `ipClass1Count >= ${x}`, zh: `Ⅰ类知识产权不少于${x}项`, en: `at least ${x} class-I IP items` };
  },
  (g) => {
    const x = ratio(g, 60, 80);
    return { when: `debtRatio <= ${x}`, zh: `资产负债率不高于${x}`, en: `debt ratio at most ${x}` };
  },
  () => ({ when: "revenue / 12 <= param('tax.small_scale_vat.exempt_monthly_sales')", zh: '月均营业收入不超过免税额度', en: 'monthly revenue within the VAT exemption' }),
  (g) => {
    const r = ['1.1', '1.2', '1.5'][g.int(0, 2)]!;
    return { when: `has(revenueTwoYearsBefore) && revenue >= revenueTwoYearsBefore * ${r}`, zh: `营业收入两年增长不低于${r}倍`, en: `revenue grew ×${r} in two years` };
  },
  (g) => ({ when: `size(tags) >= ${g.int(1, 2)}`, zh: '具有资质', en: 'holds qualifications' }),
  (g) => {
    const x = wan(g, [1000, 5000, 20000]);
    return { when: `totalAssets <= wan_yuan(${x}) || employees <= 100`, zh: `资产总额不超过${x}万元或从业人员不超过100人`, en: `assets at most ${x}0,000 yuan or at most 100 employees` };
  },
];

const JURISDICTIONS = ['cn-gd-sz', 'cn-gd-sz', 'cn-gd-sz', 'cn', 'cn-gd', 'cn-gd-sz-ns', 'cn-gd-sz-ba', 'cn-gd-sz-lg', 'cn-gd-sz-ft'];
const CITE = 'cn-gd-sz/measures/sme-relief-2023#measure_1__para_1';

/**
 * `count` deterministic synthetic policies (same count and seed, same policies). Each has 2–5
 * conditions drawn from the shapes above; about one in twenty has expired before `date`.
 */
export function syntheticPolicies(rb: RuleBase, count: number, seed: number, date: PlainDate = '2026-03-01' as PlainDate): PolicyDef[] {
  const out: PolicyDef[] = [];
  const year = Number(date.slice(0, 4));
  for (let p = 0; p < count; p++) {
    const g = new Rng(seed, 1_000_003 + p);
    const n = g.int(2, 5);
    const conditions: ConditionSpec[] = [];
    for (let k = 0; k < n; k++) {
      const s = SHAPES[g.int(0, SHAPES.length - 1)]!(g);
      conditions.push({ id: `c${k + 1}`, label: bi(s.zh, s.en), when: s.when, cite: CITE });
    }
    const expired = g.chance(0.05);
    const r = definePolicy(rb, {
      id: `synthetic-${seed}-${p + 1}`,
      title: bi(`合成政策 ${p + 1}`, `synthetic policy ${p + 1}`),
      jurisdiction: g.pick(JURISDICTIONS),
      cite: CITE,
      conditions,
      from: `${year - 2}-01-01` as PlainDate,
      until: expired ? (`${year - 1}-01-01` as PlainDate) : null,
    });
    if (!r.ok) throw new Error(`合成政策无法编译 / synthetic policy ${p + 1} does not check: ${r.error.en}`);
    out.push(r.value);
  }
  return out;
}
