import { describe, expect, it } from 'vitest';
import { homeMenu } from './home-module';
import { homeRoleOf } from './home-role';
import type { Me } from '../../api/types';

const me = (role: Me['role'], extra: Partial<Me> = {}): Me => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', isDemo: false, ...extra });

describe('home of each role', () => {
  it('gives every role its own home, and none to an administrator or an unlinked account', () => {
    expect(homeRoleOf(me('ENTERPRISE', { uscc: '91440300MA5FXXXX0X' }))).toBe('enterprise');
    expect(homeRoleOf(me('ENTERPRISE'))).toBeNull();
    expect(homeRoleOf(me('SME_BUREAU'))).toBe('bureau');
    expect(homeRoleOf(me('DEPARTMENT'))).toBe('department');
    expect(homeRoleOf(me('FINANCIAL_INSTITUTION', { institutionId: 'bank-1' }))).toBe('bank');
    expect(homeRoleOf(me('FINANCIAL_INSTITUTION'))).toBeNull();
    expect(homeRoleOf(me('AUDITOR'))).toBe('auditor');
    expect(homeRoleOf(me('SME_BUREAU_FINANCE'))).toBe('finance');
    expect(homeRoleOf(me('ADMIN'))).toBeNull();
  });

  it('puts the home first in the menu (so signing in lands there), but not before a forced password change', () => {
    expect(homeMenu(me('SME_BUREAU')).map((e) => [e.path, e.order])).toEqual([['/home', 1]]);
    expect(homeMenu(me('ADMIN'))).toEqual([]);
    expect(homeMenu(me('SME_BUREAU', { mustChangePassword: true }))).toEqual([]);
  });
});
