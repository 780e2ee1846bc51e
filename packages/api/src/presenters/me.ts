import type { User } from '@huiqi/db';
import type { Me } from '../schemas/me';

/** The signed-in user as the web UI sees it; absent bindings are left out rather than null. */
export function presentMe(user: User, via?: 'SESSION' | 'TOKEN'): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    jurisdiction: user.jurisdiction,
    ...(user.uscc ? { uscc: user.uscc } : {}),
    ...(user.enterpriseName ? { enterpriseName: user.enterpriseName } : {}),
    ...(user.departmentId ? { departmentId: user.departmentId } : {}),
    ...(user.departmentName ? { departmentName: user.departmentName } : {}),
    ...(user.institutionId ? { institutionId: user.institutionId } : {}),
    ...(user.institutionName ? { institutionName: user.institutionName } : {}),
    isDemo: user.isDemo,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    ...(via ? { authenticatedVia: via } : {}),
  };
}
