import type { User } from '@huiqi/db';
import type { IntakeKind } from '@huiqi/kernel';
import { INTAKE_KIND_NAMES } from '@huiqi/kernel';
import type { Principal } from '../auth/principal';
import { allow, deny, type Decision } from '../policies/decision';

/** Kinds an officer may upload in the console (the others arrive from department systems). */
export const CONSOLE_KINDS: readonly IntakeKind[] = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS'];

/** Console upload and preview: officers of the SME bureau and of departments, for their own department. */
export function canUploadInConsole(p: Principal, kind: IntakeKind): Decision {
  if (p.via !== 'SESSION') return deny('部门系统请使用数据归集接口 POST /api/intake/batches', 'department systems use POST /api/intake/batches');
  if (!(p.user.role === 'SME_BUREAU' || p.user.role === 'DEPARTMENT') || !p.user.departmentId) return deny('只有中小企业主管部门和有关部门的工作人员可以导入数据', 'only officers of the SME bureau and of departments may import data');
  if (!CONSOLE_KINDS.includes(kind)) return deny(`「${INTAKE_KIND_NAMES[kind].zh}」须由部门系统通过接口报送`, `'${INTAKE_KIND_NAMES[kind].en}' is delivered by department systems through the API`);
  return allow;
}

/**
 * Machine API: only a department system's token, scoped to this kind, for its own department,
 * not expired (authentication refuses expired tokens). A person's session is refused.
 */
export function canSubmitByToken(p: Principal, kind: IntakeKind, at = new Date()): Decision {
  const t = p.token;
  if (p.via !== 'TOKEN' || !t) return deny('数据归集接口只接受部门系统的 API 令牌', 'the intake API accepts only a department system\'s API token');
  if (!t.departmentId) return deny('该令牌未绑定部门，不能报送数据', 'this token is not bound to a department and cannot deliver data');
  if (!t.intakeKinds.includes(kind)) return deny(`该令牌无权报送「${INTAKE_KIND_NAMES[kind].zh}」`, `this token may not deliver '${INTAKE_KIND_NAMES[kind].en}'`);
  if (t.expiresAt && new Date(t.expiresAt) <= at) return deny('该令牌已过期', 'this token has expired');
  return allow;
}

/** Batch lists and reports: the SME bureau and auditors see all; a department its own; tokens their department's. */
export function canReadBatches(user: User): Decision {
  if (user.role === 'SME_BUREAU' || user.role === 'AUDITOR' || user.role === 'DEPARTMENT') return allow;
  return deny('无权查看数据归集批次', 'you may not see intake batches');
}

/** The department whose batches this caller sees (null: every department). */
export function batchScope(p: Principal): string | null {
  if (p.token?.departmentId) return p.token.departmentId;
  if (p.user.role === 'SME_BUREAU' || p.user.role === 'AUDITOR') return null;
  return p.user.departmentId ?? '-';
}
