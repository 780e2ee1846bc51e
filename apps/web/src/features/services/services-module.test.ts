import { describe, expect, it } from 'vitest';
import { servicesModule } from './services-module';

type Me = Parameters<NonNullable<typeof servicesModule.menu>>[0];
const me = (role: string, uscc: string | null = null) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', uscc }) as unknown as Me;
const paths = (m: Me) => servicesModule.menu!(m).map((e) => e.path);

describe('the services module', () => {
  it('gives enterprises their vouchers and the provider console, the bureau and auditors the console, no one else an entry', () => {
    expect(paths(me('ENTERPRISE', '91440300MA5HQ1PC0X'))).toEqual(['/services/vouchers', '/services/provider', '/public/service-providers']);
    expect(paths(me('SME_BUREAU'))).toEqual(['/services/bureau']);
    expect(paths(me('AUDITOR'))).toEqual(['/services/bureau']);
    for (const role of ['DEPARTMENT', 'ADMIN', 'SME_BUREAU_FINANCE', 'FINANCIAL_INSTITUTION']) expect(paths(me(role))).toEqual([]);
  });

  it('serves only the directory publicly and owns only its breadcrumbs', () => {
    expect(servicesModule.routes.filter((r) => r.isPublic).map((r) => r.path)).toEqual(['public/service-providers/*']);
    expect(servicesModule.breadcrumbs!(['services', 'bureau'])).toEqual([{ label: { zh: '服务机构与服务券管理', en: 'Providers and vouchers' } }]);
    expect(servicesModule.breadcrumbs!(['credit'])).toBeNull();
  });
});
