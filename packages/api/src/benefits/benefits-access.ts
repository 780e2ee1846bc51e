import type { BenefitCaseRow, Database, User } from '@huiqi/db';
import type { BenefitActor } from '@huiqi/workflows';
import { allow, deny, type Decision } from '../policies/decision';

/**
 * Who may see and do what in the benefits module:
 * - an enterprise: only its own cases;
 * - a reviewer: an SME-bureau or department officer of the department that reviews the policy's
 *   fund (the fund's department_id), who is not a finance officer (separation of duties);
 * - finance: officers with the role SME_BUREAU_FINANCE (separation of duties: payments only,
 *   see `auth/scope-gates.ts`), only cases approved for payment;
 * - auditors and admins read everything; the public sees only aggregates.
 */
export interface BenefitViewer {
  user: User;
  isFinance: boolean;
}

export async function benefitViewer(_db: Database, user: User): Promise<BenefitViewer> {
  return { user, isFinance: user.role === 'SME_BUREAU_FINANCE' };
}

export const PAYMENT_STAGE = ['APPROVED', 'PAYMENT_IN_PROGRESS', 'PAID', 'PAYMENT_FAILED'];

export function isReviewerOf(v: BenefitViewer, departmentId: string): boolean {
  const u = v.user;
  return !v.isFinance && (u.role === 'SME_BUREAU' || u.role === 'DEPARTMENT') && u.departmentId === departmentId;
}

export function canReadCase(v: BenefitViewer, c: Pick<BenefitCaseRow, 'uscc' | 'departmentId' | 'status'>): Decision {
  const u = v.user;
  if (u.role === 'AUDITOR' || u.role === 'ADMIN') return allow;
  if (u.role === 'ENTERPRISE') return u.uscc === c.uscc ? allow : deny('只能查看本企业的申报', 'You can see only your own applications');
  if (v.isFinance) return PAYMENT_STAGE.includes(c.status) ? allow : deny('财务人员只能查看已审核通过的拨付事项', 'Finance officers see only approved payments');
  if (isReviewerOf(v, c.departmentId)) return allow;
  return deny('该申报不属于本部门审核的政策', 'This application is for a policy your department does not review');
}

/** The actor role a user takes on a case, or null when they may not act on it. */
export function actorOn(v: BenefitViewer, c: Pick<BenefitCaseRow, 'uscc' | 'departmentId'>): BenefitActor | null {
  const u = v.user;
  if (u.role === 'ENTERPRISE' && u.uscc === c.uscc) return { role: 'ENTERPRISE', userId: u.id };
  if (v.isFinance) return { role: 'FINANCE', userId: u.id };
  if (isReviewerOf(v, c.departmentId)) return { role: 'REVIEWER', userId: u.id };
  return null;
}

export function canUseDashboard(v: BenefitViewer): Decision {
  const r = v.user.role;
  if (r === 'SME_BUREAU' || r === 'DEPARTMENT' || r === 'AUDITOR' || r === 'ADMIN') return allow;
  return deny('资金使用看板仅供政府部门和审计人员查看；公众可查看公开信息页', 'The fund dashboard is for officials and auditors; the public sees the disclosure page');
}

export function canManagePayments(v: BenefitViewer): Decision {
  return v.isFinance ? allow : deny('只有财务拨付人员可以生成拨付批次和导入银行回单', 'Only finance officers prepare payment batches and import bank returns');
}

export function canReadPayments(v: BenefitViewer): Decision {
  if (v.isFinance || v.user.role === 'AUDITOR' || v.user.role === 'ADMIN') return allow;
  return deny('只有财务拨付人员和审计人员可以查看拨付批次', 'Only finance officers and auditors see payment batches');
}
