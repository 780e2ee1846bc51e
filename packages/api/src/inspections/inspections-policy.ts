import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Roles that read every department's inspections (the SME bureau supervises; auditors and admins read). */
const READ_ALL = new Set(['SME_BUREAU', 'AUDITOR', 'ADMIN']);

/** Items, rosters and plans of a department: its own officers make and change them. */
export function canManageInspections(user: User, departmentId: string): Decision {
  if ((user.role === 'DEPARTMENT' || user.role === 'SME_BUREAU') && user.departmentId === departmentId) return allow;
  return deny('只有本部门的执法工作人员可以管理本部门的检查事项、检查人员和抽查计划', "Only the department's own officers can manage its inspection items, inspectors and plans");
}

/** A department's items (drafts included), roster and plans: its officers, the SME bureau, auditors, admins. */
export function canReadDepartmentInspections(user: User, departmentId: string): Decision {
  if (READ_ALL.has(user.role)) return allow;
  if (user.role === 'DEPARTMENT' && user.departmentId === departmentId) return allow;
  return deny('只能查看本部门的检查事项和抽查计划', "You can see only your own department's inspection items and plans");
}

/** 企业信用风险分类 data: supplied by the SME bureau (from the market regulator) or an administrator. */
export function canSetRiskGrades(user: User): Decision {
  return user.role === 'SME_BUREAU' || user.role === 'ADMIN' ? allow : deny('只有中小企业主管部门或管理员可以导入企业信用风险分类', 'Only the SME bureau or an administrator can load credit-risk grades');
}
