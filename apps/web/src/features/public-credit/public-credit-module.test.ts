import { describe, expect, it } from 'vitest';
import { publicCreditModule } from './public-credit-module';

type Me = Parameters<NonNullable<typeof publicCreditModule.menu>>[0];
const me = (role: string, uscc: string | null = null) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', uscc }) as unknown as Me;
const paths = (m: Me) => publicCreditModule.menu!(m).map((e) => e.path);

describe('the public-credit module', () => {
  it('gives the enterprise its own records, a department its penalty records, the bureau and auditors the review page, no one else an entry', () => {
    expect(paths(me('ENTERPRISE', '91440300MA5HQ1PC0X'))).toEqual(['/credit-marks']);
    expect(paths(me('SME_BUREAU'))).toEqual(['/credit-repairs']);
    expect(paths(me('AUDITOR'))).toEqual(['/credit-repairs']);
    expect(paths({ ...me('DEPARTMENT'), departmentId: 'dept-miit' } as Me)).toEqual(['/credit-marks/penalties']);
    for (const role of ['DEPARTMENT', 'ADMIN', 'SME_BUREAU_FINANCE', 'FINANCIAL_INSTITUTION']) expect(paths(me(role))).toEqual([]);
  });

  it('serves only the published list publicly and owns only its breadcrumbs', () => {
    expect(publicCreditModule.routes.filter((r) => r.isPublic).map((r) => r.path)).toEqual(['public/credit-marks']);
    expect(publicCreditModule.breadcrumbs!(['credit-marks'])).toEqual([{ label: { zh: '我的信用记录', en: 'My credit records' } }]);
    expect(publicCreditModule.breadcrumbs!(['credit-marks', 'penalties'])).toEqual([{ label: { zh: '录入行政处罚', en: 'Record penalties' } }]);
    expect(publicCreditModule.breadcrumbs!(['credit'])).toBeNull();
    expect(publicCreditModule.breadcrumbs!(['public', 'service-providers'])).toBeNull();
  });
});
