import { describe, expect, it } from 'vitest';
import type { DepartmentFact, EnterpriseProfile, YearlyFigures } from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { plainDate } from '@huiqi/kernel';
import { enterpriseFactsFromRegistry } from './enterprise-facts';
import { withOrigins } from './fact-origins';

const profile: EnterpriseProfile = {
  uscc: DEMO_ENTERPRISE_USCC, name: '测试企业', registeredAddress: '深圳市南山区', district: 'cn-gd-sz-nanshan', districtName: { zh: '南山区', en: 'Nanshan' },
  industryCode: 'C3911', registrationDate: '2016-05-18', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: ['HIGH_TECH', 'SPECIALIZED'], version: 3, validFrom: '2026-01-01T00:00:00.000Z',
};
const figures = (employees: number | null): YearlyFigures[] => [{ year: 2024, employees, revenueFen: 100, totalAssetsFen: 50, rdExpenseFen: null, mainBusinessRevenueFen: null, version: 1, validFrom: '2025-01-01T00:00:00.000Z' } as YearlyFigures];
const source = { type: 'INTAKE' as const, batchId: 'b1', departmentId: 'dept-hrss', departmentName: { zh: '市人力资源和社会保障局', en: 'HRSS bureau' }, channel: 'API', receivedAt: '2025-02-01T02:00:00.000Z' };
const fact = (kind: DepartmentFact['kind'], period: string, value: Record<string, unknown>): DepartmentFact => ({ kind, period, value, version: 1, source });
const cert = (tag: string, validFrom: string, validUntil: string) => fact('QUALIFICATIONS', tag, { certificateNumber: 'N1', validFrom, validUntil, issuer: '某部门' });

describe('department facts in the rules (docs/intake.md precedence)', () => {
  it('社保: the insured headcount of December of Y−1 (else its latest month) only where the registry has no employees figure', () => {
    const ss = [fact('SOCIAL_SECURITY_HEADCOUNT', '2024-11', { insuredEmployees: 40 }), fact('SOCIAL_SECURITY_HEADCOUNT', '2024-12', { insuredEmployees: 42 }), fact('SOCIAL_SECURITY_HEADCOUNT', '2025-01', { insuredEmployees: 50 })];
    const none = enterpriseFactsFromRegistry(profile, figures(null), plainDate('2025-06-01'), null, ss);
    if (!none.ok) throw new Error('facts');
    expect(none.value.facts.employees).toBe(42);
    expect(none.value.sources.find((s) => s.fact === 'employees')).toMatchObject({ from: 'DEPARTMENT', kind: 'SOCIAL_SECURITY_HEADCOUNT', period: '2024-12', field: 'insuredEmployees' });
    const registered = enterpriseFactsFromRegistry(profile, figures(35), plainDate('2025-06-01'), null, ss);
    if (!registered.ok) throw new Error('facts');
    expect(registered.value.facts.employees).toBe(35);
    expect(registered.value.sources.filter((s) => s.fact === 'employees').map((s) => s.from)).toEqual(['FIGURES']);
  });
  it('纳税信用等级: the latest evaluation year up to Y−1, named with the delivering department', () => {
    const r = enterpriseFactsFromRegistry(profile, figures(10), plainDate('2025-06-01'), null, [fact('TAX_CREDIT_RATING', '2023', { rating: 'B' }), fact('TAX_CREDIT_RATING', '2024', { rating: 'A' }), fact('TAX_CREDIT_RATING', '2025', { rating: 'D' })]);
    if (!r.ok) throw new Error('facts');
    expect(r.value.facts.taxCreditRating).toBe('A');
    const [s] = withOrigins(r.value.sources.filter((x) => x.fact === 'taxCreditRating'), []);
    expect(s!.origin).toEqual({ by: 'DEPARTMENT', department: source.departmentName, receivedAt: source.receivedAt, label: { zh: '市人力资源和社会保障局报送（2025-02-01 10:00 接收）', en: 'delivered by HRSS bureau (received 2025-02-01 10:00 Beijing time)' } });
  });
  it('资质证书: a certificate valid on the evaluation date puts its qualification in tags, an expired one takes it out; 科技型中小企业 decides isRegisteredTechSme over a declaration', () => {
    const certs = [cert('HIGH_TECH', '2020-01-01', '2022-12-31'), cert('TECH_SME', '2025-05-01', '2025-12-31')];
    const declared = { fiscalYear: 2024, version: 1, facts: { isRegisteredTechSme: false } };
    const inForce = enterpriseFactsFromRegistry(profile, figures(10), plainDate('2025-06-01'), declared, certs);
    if (!inForce.ok) throw new Error('facts');
    expect(inForce.value.facts.tags).toEqual(['SPECIALIZED', 'TECH_SME']); // HIGH_TECH expired; SPECIALIZED has no certificate: the profile's
    expect(inForce.value.facts.isRegisteredTechSme).toBe(true);
    expect(inForce.value.sources.filter((s) => s.fact === 'isRegisteredTechSme').map((s) => s.from)).toEqual(['DEPARTMENT']);
    expect(inForce.value.sources.filter((s) => s.fact === 'tags').map((s) => [s.from, s.field])).toEqual([['PROFILE', 'tags'], ['DEPARTMENT', 'HIGH_TECH'], ['DEPARTMENT', 'TECH_SME']]);
    const before = enterpriseFactsFromRegistry(profile, figures(10), plainDate('2025-04-30'), null, certs);
    if (!before.ok) throw new Error('facts');
    expect(before.value.facts.tags).toEqual(['SPECIALIZED']);
    expect(before.value.facts.isRegisteredTechSme).toBe(false);
    expect(enterpriseFactsFromRegistry(profile, figures(10), plainDate('2025-06-01')).ok && enterpriseFactsFromRegistry(profile, figures(10), plainDate('2025-06-01'))).toMatchObject({ value: { facts: { tags: ['HIGH_TECH', 'SPECIALIZED'] } } });
  });
});
