import { describe, expect, it } from 'vitest';
import { benefitsBreadcrumbs, benefitsModule } from './benefits-module';

describe('benefits feature module', () => {
  it('owns only /benefits paths in its breadcrumbs', () => {
    expect(benefitsBreadcrumbs(['law'])).toBeNull();
    expect(benefitsBreadcrumbs(['benefits'])).toEqual([{ label: { zh: '惠企兑现', en: 'My benefits' } }]);
    const trail = benefitsBreadcrumbs(['benefits', 'cases', 'bc-1'])!;
    expect(trail.map((c) => (typeof c.label === 'string' ? c.label : c.label.en))).toEqual(['My benefits', 'Application', 'bc-1']);
  });

  it('shows each role its own menu entries; a bank sees none', () => {
    const me = (role: string) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz' }) as Parameters<NonNullable<typeof benefitsModule.menu>>[0];
    const paths = (role: string) => benefitsModule.menu!(me(role)).map((e) => e.path);
    expect(paths('ENTERPRISE')).toEqual(['/benefits']);
    expect(paths('SME_BUREAU')).toEqual(['/benefits/review', '/benefits/dashboard']);
    expect(paths('SME_BUREAU_FINANCE')).toEqual(['/benefits/payments']);
    expect(paths('DEPARTMENT')).toEqual(['/benefits/review', '/benefits/dashboard']);
    expect(paths('FINANCIAL_INSTITUTION')).toEqual([]);
  });

  it('the public disclosure page needs no login and every other page does', () => {
    expect(benefitsModule.routes.filter((r) => r.isPublic).map((r) => r.path)).toEqual(['public/benefits/*']);
  });
});
