import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from './decision';

const OFFICIALS = new Set(['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN']);

export function canListDepartments(user: User): Decision {
  return OFFICIALS.has(user.role) ? allow : deny('仅政府工作人员和审计人员可查看部门列表', 'Only officers and auditors can see the departments');
}

/** A department's own data: its officers, SME-bureau officers and auditors. */
export function canReadDepartment(user: User, departmentId: string): Decision {
  if (user.role === 'SME_BUREAU' || user.role === 'AUDITOR' || user.role === 'ADMIN') return allow;
  if (user.role === 'DEPARTMENT' && user.departmentId === departmentId) return allow;
  return deny('只能查看本部门的信息', 'You can see only your own department');
}
