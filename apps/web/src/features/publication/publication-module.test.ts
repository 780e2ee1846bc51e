import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { publicationBreadcrumbs, publicationMenu, publicationModule } from './publication-module';

const me = (role: Me['role']): Me => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', isDemo: false });

describe('policy publication module', () => {
  it('gives 政策发布 to department officials, the SME bureau and auditors only', () => {
    for (const role of ['DEPARTMENT', 'SME_BUREAU', 'AUDITOR'] as const) {
      expect(publicationMenu(me(role)).map((e) => [e.path, e.label])).toEqual([['/console/policies', { zh: '政策发布', en: 'Policy publishing' }]]);
    }
    for (const role of ['ENTERPRISE', 'FINANCIAL_INSTITUTION', 'ADMIN'] as const) expect(publicationMenu(me(role))).toEqual([]);
  });

  it('owns the console and public-list breadcrumbs and nothing else', () => {
    expect(publicationBreadcrumbs(['console', 'policies'])).toEqual([{ label: { zh: '政策发布', en: 'Policy publishing' } }]);
    expect(publicationBreadcrumbs(['console', 'policies', 'new'])).toEqual([
      { label: { zh: '政策发布', en: 'Policy publishing' }, path: '/console/policies' },
      { label: { zh: '起草新政策', en: 'New policy draft' } },
    ]);
    expect(publicationBreadcrumbs(['console', 'policies', 'abc'])?.[1]).toEqual({ label: { zh: '政策详情', en: 'Policy' } });
    expect(publicationBreadcrumbs(['public', 'policies'])).toEqual([{ label: { zh: '惠企政策清单', en: 'Policies for enterprises' } }]);
    expect(publicationBreadcrumbs(['console', 'other'])).toBeNull();
    expect(publicationBreadcrumbs(['procurement'])).toBeNull();
  });

  it('serves the console behind login and the list in public', () => {
    const routes = Object.fromEntries(publicationModule.routes.map((r) => [r.path, Boolean(r.isPublic)]));
    expect(routes).toEqual({ 'public/policies/*': true, 'console/policies': false, 'console/policies/new': false, 'console/policies/:id': false });
  });
});
