import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Roles that may read every department's procurement (the SME bureau supervises, auditors and admins read). */
const READ_ALL = new Set(['SME_BUREAU', 'AUDITOR', 'ADMIN']);

/** The procurement register is for officials: department officers (their own), the SME bureau, auditors. */
export function canUseProcurementRegister(user: User): Decision {
  if (READ_ALL.has(user.role) || user.role === 'DEPARTMENT') return allow;
  return deny('政府采购项目登记仅供采购人（部门）、中小企业主管部门和审计人员使用', 'The procurement register is for purchasing departments, the SME bureau and auditors');
}

/** A department's projects and compliance: its own officers, the SME bureau, auditors. */
export function canReadDepartmentProcurement(user: User, departmentId: string): Decision {
  if (READ_ALL.has(user.role)) return allow;
  if ((user.role === 'DEPARTMENT') && user.departmentId === departmentId) return allow;
  return deny('只能查看本部门的政府采购项目', "You can see only your own department's procurement");
}

/** Registering, changing and evaluating a department's projects: only that department's own officers (as 采购人). */
export function canManageDepartmentProcurement(user: User, departmentId: string): Decision {
  if ((user.role === 'DEPARTMENT' || user.role === 'SME_BUREAU') && user.departmentId === departmentId) return allow;
  return deny('只有本部门（采购人）的工作人员可以登记、修改和评审本部门的采购项目', "Only the purchasing department's own officers can register, change and evaluate its projects");
}

/** 中小企业声明函: a supplier makes its own, from its registry data. */
export function canMakeDeclaration(user: User): Decision {
  return user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以生成本企业的中小企业声明函', 'Only enterprise users can make their own SME declaration');
}

/** A stored declaration: the declaring enterprise, the SME bureau, auditors, and the purchaser's officers. */
export function canReadDeclaration(user: User, d: { uscc: string }, purchaserDepartmentId: string | null): Decision {
  if (READ_ALL.has(user.role)) return allow;
  if (user.role === 'ENTERPRISE' && user.uscc === d.uscc) return allow;
  if (user.role === 'DEPARTMENT' && purchaserDepartmentId !== null && user.departmentId === purchaserDepartmentId) return allow;
  return deny('只能查看本企业的声明函，或本部门采购项目的声明函', "You can see only your own declarations or those for your department's projects");
}

/** The mismatch list: the supervising department (SME bureau), auditors, admins. */
export function canReadDeclarationChecks(user: User): Decision {
  return READ_ALL.has(user.role) ? allow : deny('声明函核查清单仅供中小企业主管部门和审计人员查看', 'The declaration check list is for the SME bureau and auditors');
}
