import type { Me } from '../../api/types';
import type { HomeRole } from './home-api';

/** The home (工作台) a signed-in user has, or null (an administrator, an account not yet linked to an enterprise or institution). */
export function homeRoleOf(me: Pick<Me, 'role' | 'uscc' | 'institutionId'>): HomeRole | null {
  switch (me.role) {
    case 'ENTERPRISE':
      return me.uscc ? 'enterprise' : null;
    case 'SME_BUREAU':
      return 'bureau';
    case 'DEPARTMENT':
      return 'department';
    case 'FINANCIAL_INSTITUTION':
      return me.institutionId ? 'bank' : null;
    case 'AUDITOR':
      return 'auditor';
    case 'SME_BUREAU_FINANCE':
      return 'finance';
    default:
      return null;
  }
}

export const HOME_PATH = '/home';
