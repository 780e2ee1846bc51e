import { describe, expect, it } from 'vitest';
import { lawBreadcrumbs, lawModule } from './law-module';
import { menuFor, selectedMenuPath } from '../../app/navigation';
import type { Me, Role } from '../../api/types';

const user = (role: Role): Me => ({ id: 'u1', username: 'someone', displayName: 'Someone', role, jurisdiction: 'cn-gd-sz', isDemo: false });

describe('law feature module', () => {
  it('is one public route tree under /law', () => {
    expect(lawModule.routes.map((r) => [r.path, r.isPublic])).toEqual([['law/*', true]]);
  });

  it('puts 法规库 / Laws in every signed-in user’s menu, after the core entries', () => {
    for (const role of ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN'] as const) {
      const entries = menuFor({ ...user(role), uscc: role === 'ENTERPRISE' ? '91440300MA5FXXXXXX' : undefined }, [lawModule]);
      const law = entries.find((e) => e.path === '/law');
      expect(law?.label).toEqual({ zh: '法规库', en: 'Laws' });
      if (role !== 'FINANCIAL_INSTITUTION') expect(entries[0]!.path).not.toBe('/law');
      expect(selectedMenuPath(entries, '/law/cn-sh~regulation~sme-promotion/2020-06-18')).toBe('/law');
    }
  });

  it('gives breadcrumbs for the list, a version and a comparison, and none elsewhere', () => {
    expect(lawBreadcrumbs(['law'])).toEqual([{ label: { zh: '法规库', en: 'Law library' } }]);
    expect(lawBreadcrumbs(['law', 'cn-sh~regulation~sme-promotion', '2020-06-18'])).toEqual([
      { label: { zh: '法规库', en: 'Law library' }, path: '/law' },
      { label: 'cn-sh~regulation~sme-promotion' },
      { label: '2020-06-18' },
    ]);
    expect(lawBreadcrumbs(['law', 'cn-hn~regulation~x', 'diff'])?.at(-1)).toEqual({ label: { zh: '修改对照', en: 'Version comparison' } });
    expect(lawBreadcrumbs(['enterprises'])).toBeNull();
  });
});
