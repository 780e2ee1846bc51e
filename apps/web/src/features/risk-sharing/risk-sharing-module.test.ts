import { describe, expect, it } from 'vitest';
import { riskSharingModule } from './risk-sharing-module';

type Me = Parameters<NonNullable<typeof riskSharingModule.menu>>[0];
const me = (role: string, uscc: string | null = null) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', uscc }) as unknown as Me;
const paths = (m: Me) => riskSharingModule.menu!(m).map((e) => e.path);

describe('the risk-sharing module', () => {
  it('gives the bank its pool and claims, the borrower its claims to read, the SME bureau and auditors the review, no one else an entry', () => {
    expect(paths(me('FINANCIAL_INSTITUTION'))).toEqual(['/financing/risk-pool']);
    expect(paths(me('SME_BUREAU'))).toEqual(['/financing/risk-claims']);
    expect(paths(me('AUDITOR'))).toEqual(['/financing/risk-claims']);
    for (const role of ['DEPARTMENT', 'ADMIN', 'SME_BUREAU_FINANCE']) expect(paths(me(role))).toEqual([]);
    expect(paths(me('ENTERPRISE', '91440300MA5HQ1PC0X'))).toEqual(['/financing/my-risk-claims']);
    expect(paths(me('ENTERPRISE'))).toEqual([]);
  });

  it('owns only its own breadcrumbs', () => {
    expect(riskSharingModule.breadcrumbs!(['financing', 'risk-pool'])).toEqual([{ label: { zh: '风险补偿', en: 'Risk compensation' } }]);
    expect(riskSharingModule.breadcrumbs!(['credit', 'risk-pool'])).toBeNull();
  });
});
