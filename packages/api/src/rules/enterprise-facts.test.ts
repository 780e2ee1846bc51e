import { describe, expect, it } from 'vitest';
import type { EnterpriseProfile, YearlyFigures } from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { plainDate } from '@huiqi/kernel';
import { describeFactSchema } from '@huiqi/rules-engine';
import { enterpriseFactsFromRegistry } from './enterprise-facts';

const profile: EnterpriseProfile = {
  uscc: DEMO_ENTERPRISE_USCC,
  name: '测试企业',
  registeredAddress: '深圳市南山区',
  district: 'cn-gd-sz-nanshan',
  districtName: { zh: '南山区', en: 'Nanshan' },
  industryCode: 'C3911',
  registrationDate: '2016-05-18',
  taxpayerType: 'GENERAL',
  isIndividualBusiness: false,
  tags: ['HIGH_TECH', 'SPECIALIZED'],
  version: 3,
  validFrom: '2026-01-01T00:00:00.000Z',
};
const year = (y: number, extra: Partial<YearlyFigures> = {}): YearlyFigures => ({
  year: y, employees: 10 * y - 20_000, revenueFen: y * 1000, totalAssetsFen: y * 500, rdExpenseFen: y * 10, mainBusinessRevenueFen: y * 900, version: 1, validFrom: '2026-01-01T00:00:00.000Z', ...extra,
});

describe('enterpriseFactsFromRegistry', () => {
  it('takes yearly figures of the fiscal year before the decision date, and earlier years for the *YearBefore facts', () => {
    const r = enterpriseFactsFromRegistry(profile, [year(2021), year(2022), year(2023), year(2024)], plainDate('2025-03-15'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const f = r.value.facts;
    expect(r.value.fiscalYear).toBe(2024);
    expect(f.employees).toBe(10 * 2024 - 20_000);
    expect(f.revenue).toBe(2024 * 1000);
    expect(f.totalAssets).toBe(2024 * 500);
    expect(f.rdExpense).toBe(2024 * 10);
    expect(f.mainBusinessRevenue).toBe(2024 * 900);
    expect(f.revenueYearBefore).toBe(2023 * 1000);
    expect(f.rdExpenseYearBefore).toBe(2023 * 10);
    expect(f.mainBusinessRevenueYearBefore).toBe(2023 * 900);
    expect(f.revenueTwoYearsBefore).toBe(2022 * 1000);
    expect(f.mainBusinessRevenueTwoYearsBefore).toBe(2022 * 900);
    expect(f.industryCode).toBe('C3911');
    expect(f.tags).toEqual(['HIGH_TECH', 'SPECIALIZED']);
    expect(f.taxpayerType).toBe('GENERAL');
    expect(r.value.sources.find((s) => s.fact === 'revenueYearBefore')).toEqual({ fact: 'revenueYearBefore', from: 'FIGURES', field: 'revenueFen', year: 2023, version: 1 });
  });

  it('leaves out what the registry does not have: no year, a null R&D expense, and every declared fact', () => {
    const r = enterpriseFactsFromRegistry(profile, [year(2024, { rdExpenseFen: null })], plainDate('2025-06-01'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const f = r.value.facts;
    expect('rdExpense' in f).toBe(false);
    expect('revenueYearBefore' in f).toBe(false);
    expect(f.employees).toBe(20_240 - 20_000);
    const declared = describeFactSchema().filter((x) => x.group === 'declared').map((x) => x.name);
    expect(declared.length).toBeGreaterThan(10);
    for (const name of declared) expect(name in f, name).toBe(false);
    // Every fact produced is in the engine's schema.
    const names = new Set(describeFactSchema().map((x) => x.name));
    for (const k of Object.keys(f)) expect(names.has(k), k).toBe(true);
  });

  it('has no yearly facts at all when the prior fiscal year was never reported', () => {
    const r = enterpriseFactsFromRegistry(profile, [year(2024)], plainDate('2024-06-01'));
    expect(r.ok && r.value.fiscalYear).toBe(2023);
    expect(r.ok && 'employees' in r.value.facts).toBe(false);
    expect(r.ok && 'revenue' in r.value.facts).toBe(false);
  });

  it('reports registry tags the rules do not know instead of dropping them silently', () => {
    const r = enterpriseFactsFromRegistry({ ...profile, tags: ['HIGH_TECH', 'GAZELLE'] }, [], plainDate('2025-06-01'));
    expect(r.ok && r.value.facts.tags).toEqual(['HIGH_TECH']);
    expect(r.ok && r.value.ignoredTags).toEqual(['GAZELLE']);
  });
});
