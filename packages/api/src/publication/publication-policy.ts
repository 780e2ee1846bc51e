import type { PolicyDraft, User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Drafts are read by officials and auditors: a department officer sees their own department's, the SME bureau, auditors and admins all. */
export function canReadDrafts(user: User): Decision {
  return ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN'].includes(user.role)
    ? allow
    : deny('仅政府工作人员和审计人员可查看政策草稿', 'Only officials and auditors can see policy drafts');
}

export function canReadDraft(user: User, d: PolicyDraft): Decision {
  if (user.role === 'DEPARTMENT' && user.departmentId !== d.departmentId && d.status !== 'PUBLISHED') {
    return deny('只能查看本部门的政策草稿', 'You can see only your own department\'s drafts');
  }
  return allow;
}

/** Drafting, editing, submitting: department officials and the SME bureau (for their own department). */
export function canAuthor(user: User): Decision {
  return user.role === 'DEPARTMENT' || user.role === 'SME_BUREAU'
    ? allow
    : deny('仅部门工作人员可以起草政策', 'Only department officials can draft policies');
}

export function canAuthorDraft(user: User, d: PolicyDraft): Decision {
  return user.departmentId === d.departmentId ? allow : deny('只能修改本部门的政策', 'You can change only your own department\'s policies');
}

/** Reviewing (publish, return, withdraw): an official of the same department or the SME bureau — never the author (checked in the repository). */
export function canReview(user: User, d: PolicyDraft): Decision {
  if (user.role === 'SME_BUREAU') return allow;
  if (user.role === 'DEPARTMENT' && user.departmentId === d.departmentId) return allow;
  return deny('只能由本部门或中小企业主管部门的工作人员审核', 'Only an official of the same department or the SME bureau can review it');
}
