import { describe, expect, it } from 'vitest';
import { factsFromJson, loadRuleBase } from '@huiqi/rules-engine';
import { plainDate } from '@huiqi/kernel';
import { selfAssess, summariseSelfAssessment } from './self-assessment';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

const firm = { industryCode: 'I65', employees: 40, revenue: '12000000', rdExpense: '1000000', yearsInNicheMarket: 3, specializedScore: 65, tags: ['INNOVATIVE_SME'], mainBusinessRevenue: '11000000', totalAssets: '10000000', totalLiabilities: '5000000', rdExpenseYearBefore: '1000000', revenueYearBefore: '10000000', ipClass1Count: 2, equityFinancing2y: '0' };
const facts = () => {
  const f = factsFromJson(firm, { money: 'yuan' });
  if (!f.ok) throw new Error(JSON.stringify(f.error));
  return f.value;
};

describe('the self-assessment', () => {
  it('applies the 2022 criteria before 2026-04-01 and the 2026 ones from that day, article by article', () => {
    const before = selfAssess(rb, 'SPECIALIZED', facts(), plainDate('2026-03-31'), 'cn-sh');
    expect(before.status).toBe('ELIGIBLE');
    expect(before.version).toMatchObject({ from: '2022-08-01', unverified: true });
    expect(before.score).toBe(65);
    expect(before.criteria.every((c) => c.met === true && c.cite.includes('quality-sme-tiered-cultivation-interim'))).toBe(true);

    const after = selfAssess(rb, 'SPECIALIZED', facts(), plainDate('2026-04-01'), 'cn-sh');
    expect(after.status).toBe('INELIGIBLE');
    expect(after.version?.from).toBe('2026-04-01');
    const revenue = after.criteria.find((c) => c.id === 'revenue_or_financing')!;
    expect(revenue.met).toBe(false);
    expect(revenue.cite).toBe('cn/measures/quality-sme-tiered-cultivation@2026-04-01#annex_1__para_4');
    expect(summariseSelfAssessment(after)).toMatchObject({ status: 'INELIGIBLE', versionFrom: '2026-04-01', unverified: true, assessedOn: '2026-04-01' });
  });

  it('names what is missing when the data held cannot decide', () => {
    const f = factsFromJson({ industryCode: 'C39', employees: 150, revenue: '50000000' }, { money: 'yuan' });
    if (!f.ok) throw new Error('facts');
    const a = selfAssess(rb, 'SPECIALIZED', f.value, plainDate('2025-06-01'), 'cn-gd-sz');
    expect(a.status).toBe('UNKNOWN');
    expect(a.criteria.find((c) => c.id === 'niche_years')).toMatchObject({ met: null, missing: ['yearsInNicheMarket'] });
  });
});
