import { describe, it, expect } from 'vitest';
import { homePathFor, menuFor, selectedMenuPath } from './navigation';
import { breadcrumbsFor } from './breadcrumbs';
import type { Me, Role } from '../api/types';

/** The core menu alone: feature modules add their own entries (tested beside them). */
const CORE_ONLY = [] as const;

const user = (role: Role, extra: Partial<Me> = {}): Me => ({
  isDemo: false,
  id: 'u1',
  username: 'someone',
  displayName: 'Someone',
  role,
  jurisdiction: 'cn-gd-sz',
  ...extra,
});

describe('role-aware navigation', () => {
  it('shows an enterprise only its own profile', () => {
    const me = user('ENTERPRISE', { uscc: '91440300MA5FXXXXXX' });
    expect(menuFor(me, CORE_ONLY).map((e) => e.path)).toEqual(['/me/enterprise']);
    expect(homePathFor(me, CORE_ONLY)).toBe('/me/enterprise');
  });

  it('shows officers the enterprise search and their own department', () => {
    for (const role of ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR'] as const) {
      const me = user(role, { departmentId: 'dept-miit' });
      expect(menuFor(me, CORE_ONLY).map((e) => e.path)).toEqual(['/enterprises', '/departments/dept-miit', '/departments']);
      expect(homePathFor(me, CORE_ONLY)).toBe('/enterprises');
    }
  });

  it('leaves out the department entry for an officer without a department', () => {
    expect(menuFor(user('AUDITOR'), CORE_ONLY).map((e) => e.path)).toEqual(['/enterprises', '/departments']);
  });

  it('sends a role without features to a welcome page', () => {
    expect(menuFor(user('FINANCIAL_INSTITUTION'), CORE_ONLY)).toEqual([{ path: '/welcome', labelKey: 'nav.home', icon: 'home' }]);
    expect(homePathFor(user('FINANCIAL_INSTITUTION'), CORE_ONLY)).toBe('/welcome');
    expect(homePathFor(user('ENTERPRISE'), CORE_ONLY)).toBe('/welcome');
  });

  it('highlights the most specific menu entry', () => {
    const entries = menuFor(user('DEPARTMENT', { departmentId: 'd1' }), CORE_ONLY);
    expect(selectedMenuPath(entries, '/enterprises/91440300MA5FXXXXXX')).toBe('/enterprises');
    expect(selectedMenuPath(entries, '/departments/d1')).toBe('/departments/d1');
    expect(selectedMenuPath(entries, '/departments/d2')).toBe('/departments');
    expect(selectedMenuPath(entries, '/elsewhere')).toBeUndefined();
  });
});

describe('breadcrumbs', () => {
  it('trails from home to the current page', () => {
    expect(breadcrumbsFor('/enterprises/ABC')).toEqual([
      { labelKey: 'nav.home', path: '/' },
      { labelKey: 'nav.enterpriseSearch', path: '/enterprises' },
      { labelKey: 'nav.enterpriseDetail' },
      { text: 'ABC' },
    ]);
    expect(breadcrumbsFor('/me/enterprise').map((c) => c.labelKey)).toEqual(['nav.home', 'nav.myEnterprise']);
    expect(breadcrumbsFor('/nowhere')).toEqual([{ labelKey: 'nav.home', path: '/' }]);
  });
});
