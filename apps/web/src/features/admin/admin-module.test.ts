import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { menuFor } from '../../app/navigation';
import { adminBreadcrumbs, adminMenu, adminModule, ADMIN_PATHS } from './admin-module';

const me = (role: Me['role'], extra: Partial<Me> = {}): Me => ({ id: 'u', username: 'u', displayName: 'U', role, jurisdiction: 'cn-gd-sz', isDemo: false, ...extra });

describe('admin feature module', () => {
  it('shows 系统管理 to administrators only, and 修改密码 to everyone', () => {
    expect(adminMenu(me('ADMIN')).map((e) => e.path)).toEqual([ADMIN_PATHS.departments, ADMIN_PATHS.accounts, ADMIN_PATHS.tokens, ADMIN_PATHS.password]);
    for (const role of ['DEPARTMENT', 'SME_BUREAU_FINANCE', 'ENTERPRISE'] as const) {
      expect(adminMenu(me(role)).map((e) => e.path)).toEqual([ADMIN_PATHS.password]);
    }
    for (const role of ['SME_BUREAU', 'AUDITOR'] as const) expect(adminMenu(me(role)).map((e) => e.path)).toEqual([ADMIN_PATHS.funds, ADMIN_PATHS.password]);
  });
  it('lands a user who must change the password on the password page, with nothing else from this module', () => {
    expect(adminMenu(me('ADMIN', { mustChangePassword: true })).map((e) => e.path)).toEqual([ADMIN_PATHS.password]);
    expect(menuFor(me('DEPARTMENT', { mustChangePassword: true }), [adminModule])[0]!.path).toBe(ADMIN_PATHS.password);
  });
  it('names its pages in the breadcrumbs in Chinese first', () => {
    expect(adminBreadcrumbs(['admin', 'tokens'])).toEqual([{ label: { zh: '接口令牌', en: 'API tokens' } }]);
    expect(adminBreadcrumbs(['me', 'password'])?.[0]?.label).toEqual({ zh: '修改密码', en: 'Change password' });
    expect(adminBreadcrumbs(['benefits'])).toBeNull();
  });
});
