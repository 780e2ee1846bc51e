import { describe, expect, it } from 'vitest';
import { creditModule } from './credit-module';

type Me = Parameters<NonNullable<typeof creditModule.menu>>[0];
const me = (role: string, uscc: string | null = null) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', uscc }) as unknown as Me;
const paths = (m: Me) => creditModule.menu!(m).map((e) => e.path);

describe('the credit module', () => {
  it('gives each party its own page and no one else a menu entry', () => {
    expect(paths(me('ENTERPRISE', '91440300MA5HQ1PC0X'))).toEqual(['/credit']);
    expect(paths(me('FINANCIAL_INSTITUTION'))).toEqual(['/credit/bank']);
    expect(paths(me('SME_BUREAU'))).toEqual(['/credit/oversight']);
    expect(paths(me('AUDITOR'))).toEqual(['/credit/oversight']);
    expect(paths(me('DEPARTMENT'))).toEqual(['/credit/whitelist']); // 产融合作白名单: nominate (and co-sign, for the financial regulator)
    for (const role of ['ADMIN', 'SME_BUREAU_FINANCE']) expect(paths(me(role))).toEqual([]);
  });

  it('owns only its own breadcrumbs; no page is public', () => {
    expect(creditModule.breadcrumbs!(['credit', 'bank', 'enterprises', 'X'])).toEqual([
      { label: { zh: '融资对接', en: 'Financing marketplace' }, path: '/credit/bank' },
      { label: { zh: '企业授权数据', en: 'Consented data' } },
    ]);
    expect(creditModule.breadcrumbs!(['credit', 'whitelist'])).toEqual([{ label: { zh: '产融合作白名单', en: 'Finance whitelist' } }]);
    expect(creditModule.breadcrumbs!(['inbox'])).toBeNull();
    expect(creditModule.routes.every((r) => !r.isPublic)).toBe(true);
  });
});
