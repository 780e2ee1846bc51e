/**
 * The 20 reference rules of the matching benchmark: each written twice — as condition text for
 * the engine, and by hand as a tight typed-array loop over the same columns — so the benchmark
 * can time both on the same rows and check they agree. Money in fen; ratios compared by exact
 * integer cross-multiplication (a ratio with a zero denominator is UNKNOWN, as in the engine).
 */
import { bi, toEpochDay, type PlainDate } from '@huiqi/kernel';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { definePolicy } from '@huiqi/matching';
import type { PopulationColumns } from '@huiqi/matching';

const CITE = 'cn-gd-sz/measures/sme-relief-2023#measure_1__para_1';
const WAN = 1_000_000; // fen per 万元
const INDUSTRIES_A = ['C39', 'I65', 'M73'];
const INDUSTRIES_B = ['C34', 'C35', 'C38', 'C39', 'C40'];

export const REFERENCE_RULES: readonly { id: string; zh: string; conditions: string[] }[] = [
  { id: 'ref-01-revenue', zh: '营业收入1000万元以上', conditions: ['revenue >= wan_yuan(1000)'] },
  { id: 'ref-02-rd', zh: '研发费用100万元以上且占比3%以上', conditions: ['rdExpense >= wan_yuan(100)', 'rdRatio >= 0.03'] },
  { id: 'ref-03-tech-sme', zh: '科技型中小企业', conditions: ["'TECH_SME' in tags"] },
  { id: 'ref-04-high-tech-or-specialized', zh: '高新技术企业或专精特新', conditions: ["'HIGH_TECH' in tags || 'SPECIALIZED' in tags"] },
  { id: 'ref-05-small-low-profit', zh: '从业人数300人以下且资产5000万元以下', conditions: ['employees <= 300', 'totalAssets <= wan_yuan(5000)'] },
  { id: 'ref-06-small-scale', zh: '小规模纳税人', conditions: ["taxpayerType == 'SMALL_SCALE'"] },
  { id: 'ref-07-company-10', zh: '非个体户且10人以上', conditions: ['!isIndividualBusiness', 'employees >= 10'] },
  { id: 'ref-08-industries', zh: '指定行业', conditions: [`industryCode in [${INDUSTRIES_A.map((c) => `'${c}'`).join(', ')}]`] },
  { id: 'ref-09-registered-2020', zh: '2020年底前成立', conditions: ["registrationDate <= date('2020-12-31')"] },
  { id: 'ref-10-three-years', zh: '成立满三年', conditions: ['days_between(registrationDate, asOf) >= 1095'] },
  { id: 'ref-11-main-share', zh: '主营业务收入占比70%以上', conditions: ['mainBusinessShare >= 0.7'] },
  { id: 'ref-12-main-growth', zh: '主营业务收入两年增长20%以上', conditions: ['mainBusinessRevenue >= mainBusinessRevenueTwoYearsBefore * 1.2'] },
  { id: 'ref-13-rd-two-years', zh: '两年研发费用合计300万元以上', conditions: ['rdExpense + rdExpenseYearBefore >= wan_yuan(300)'] },
  { id: 'ref-14-large-rd', zh: '营业收入5000万元以上且研发占比3%以上', conditions: ['revenue >= wan_yuan(5000)', 'rdRatio >= 0.03'] },
  { id: 'ref-15-size-either', zh: '20人以上或营业收入2000万元以上', conditions: ['employees >= 20 || revenue >= wan_yuan(2000)'] },
  { id: 'ref-16-any-tag', zh: '具有任一资质', conditions: ['size(tags) >= 1'] },
  { id: 'ref-17-growing', zh: '营业收入不低于上年', conditions: ['revenue >= revenueYearBefore'] },
  { id: 'ref-18-vat-threshold', zh: '月均营业收入不超过免税额度', conditions: ["revenue / 12 <= param('tax.small_scale_vat.exempt_monthly_sales')"] },
  { id: 'ref-19-manufacturing-small', zh: '制造业且100人以下', conditions: [`industryCode in [${INDUSTRIES_B.map((c) => `'${c}'`).join(', ')}]`, 'employees <= 100'] },
  { id: 'ref-20-assets-or-staff', zh: '资产2000万元以下或50人以下', conditions: ['totalAssets <= wan_yuan(2000) || employees <= 50'] },
];

export function referencePolicies(rb: RuleBase, date: PlainDate): PolicyDef[] {
  return REFERENCE_RULES.map((r) => {
    const p = definePolicy(rb, {
      id: r.id, title: bi(r.zh, r.id), jurisdiction: 'cn-gd-sz', cite: CITE, from: `${Number(date.slice(0, 4)) - 1}-01-01` as PlainDate,
      conditions: r.conditions.map((when, i) => ({ id: `c${i + 1}`, label: bi(when, when), when, cite: CITE })),
    });
    if (!p.ok) throw new Error(`${r.id}: ${p.error.en}`);
    return p.value;
  });
}

// Outcome codes as the engine writes them: 1 ELIGIBLE, 2 UNKNOWN, 3 + k first failing clause k.
const EL = 1;
const UN = 2;
const FAIL0 = 3;
const FAIL1 = 4;

/**
 * The same 20 rules by hand: one pass over the rows, each rule a few comparisons on locals.
 * `codes` is policy-major like the engine's (rule p, row i at p·n + i). Every row is inside
 * Shenzhen, where all 20 rules are in force. `vatThresholdFen` is the parameter resolved once.
 */
export function handWrittenReference(cols: PopulationColumns, figureYear: number, date: PlainDate, vatThresholdFen: number, codes: Uint8Array): void {
  const n = cols.rowCount;
  const [f0, f1, f2] = cols.figures as [PopulationColumns['figures'][0], PopulationColumns['figures'][0], PopulationColumns['figures'][0]];
  const y0 = f0.year;
  const cnt = cols.figureCount;
  const dict = cols.meta.dictionaries;
  const industryA = Uint8Array.from(dict.industryCode, (c) => (INDUSTRIES_A.includes(c) ? 1 : 0));
  const industryB = Uint8Array.from(dict.industryCode, (c) => (INDUSTRIES_B.includes(c) ? 1 : 0));
  const bit = (t: string) => {
    const k = dict.tags.indexOf(t);
    return k < 0 ? 0 : 1 << k;
  };
  const TECH_SME = bit('TECH_SME');
  const HT_OR_SP = bit('HIGH_TECH') | bit('SPECIALIZED');
  const asOf = toEpochDay(date);
  const reg2020 = toEpochDay('2020-12-31' as PlainDate);
  const tags = cols.tags;
  const flags = cols.flags;
  const industry = cols.industry;
  const regDay = cols.registrationDay;
  // Figures of year Y − k, NaN when the row has none for that year.
  const fig = (col: 'employees' | 'revenueFen' | 'totalAssetsFen' | 'rdExpenseFen' | 'mainBusinessRevenueFen', r: number, back: number): number => {
    const s = y0[r]! - (figureYear - back);
    return s < 0 || s >= cnt[r]! ? NaN : s === 0 ? f0[col][r]! : s === 1 ? f1[col][r]! : f2[col][r]!;
  };
  for (let r = 0; r < n; r++) {
    const emp = fig('employees', r, 0);
    const rev = fig('revenueFen', r, 0);
    const assets = fig('totalAssetsFen', r, 0);
    const rd = fig('rdExpenseFen', r, 0);
    const mbr = fig('mainBusinessRevenueFen', r, 0);
    const revPrev = fig('revenueFen', r, 1);
    const rdPrev = fig('rdExpenseFen', r, 1);
    const mbr2 = fig('mainBusinessRevenueFen', r, 2);
    const t = tags[r]!;
    const ind = industry[r]!;
    // rdRatio >= 0.03  ⇔  100·rd ≥ 3·rev (rev ≠ 0); UNKNOWN when either is missing or rev = 0.
    const rdRatioOk = rev !== rev || rd !== rd || rev === 0 ? UN : rd * 100 >= rev * 3 ? EL : 0;
    let k = r;
    codes[k] = rev !== rev ? UN : rev >= 1000 * WAN ? EL : FAIL0; // 1
    k += n;
    codes[k] = rd !== rd ? (rdRatioOk === 0 ? FAIL1 : UN) : rd < 100 * WAN ? FAIL0 : rdRatioOk === 0 ? FAIL1 : rdRatioOk; // 2
    k += n;
    codes[k] = t & TECH_SME ? EL : FAIL0; // 3
    k += n;
    codes[k] = t & HT_OR_SP ? EL : FAIL0; // 4
    k += n;
    codes[k] = emp === emp && emp > 300 ? FAIL0 : assets === assets && assets > 5000 * WAN ? FAIL1 : emp !== emp || assets !== assets ? UN : EL; // 5
    k += n;
    codes[k] = flags[r]! & 2 ? FAIL0 : EL; // 6 (bit 1 = general taxpayer)
    k += n;
    codes[k] = flags[r]! & 1 ? FAIL0 : emp !== emp ? UN : emp >= 10 ? EL : FAIL1; // 7
    k += n;
    codes[k] = industryA[ind] ? EL : FAIL0; // 8
    k += n;
    codes[k] = regDay[r]! <= reg2020 ? EL : FAIL0; // 9
    k += n;
    codes[k] = asOf - regDay[r]! >= 1095 ? EL : FAIL0; // 10
    k += n;
    codes[k] = mbr !== mbr || rev !== rev || rev === 0 ? UN : mbr * 10 >= rev * 7 ? EL : FAIL0; // 11
    k += n;
    codes[k] = mbr !== mbr || mbr2 !== mbr2 ? UN : mbr * 5 >= mbr2 * 6 ? EL : FAIL0; // 12
    k += n;
    codes[k] = rd !== rd || rdPrev !== rdPrev ? UN : rd + rdPrev >= 300 * WAN ? EL : FAIL0; // 13
    k += n;
    codes[k] = rev === rev && rev < 5000 * WAN ? FAIL0 : rdRatioOk === 0 ? FAIL1 : rev !== rev ? UN : rdRatioOk; // 14
    k += n;
    codes[k] = emp >= 20 || rev >= 2000 * WAN ? EL : emp !== emp || rev !== rev ? UN : FAIL0; // 15
    k += n;
    codes[k] = t !== 0 ? EL : FAIL0; // 16
    k += n;
    codes[k] = rev !== rev || revPrev !== revPrev ? UN : rev >= revPrev ? EL : FAIL0; // 17
    k += n;
    codes[k] = rev !== rev ? UN : rev <= vatThresholdFen * 12 ? EL : FAIL0; // 18
    k += n;
    codes[k] = industryB[ind] ? (emp !== emp ? UN : emp <= 100 ? EL : FAIL1) : FAIL0; // 19
    k += n;
    codes[k] = assets <= 2000 * WAN || emp <= 50 ? EL : assets !== assets || emp !== emp ? UN : FAIL0; // 20
  }
}
