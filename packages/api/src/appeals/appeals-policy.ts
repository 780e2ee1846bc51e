import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Submitting an appeal through the portal: enterprise users only (they are the reporters). */
export function canSubmitAppeal(user: User): Decision {
  return user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以提交诉求', 'Only enterprise users can submit appeals');
}

/** Reading cases at all (each case is then filtered by presentCaseFor). */
export function canReadAppeals(user: User): Decision {
  return ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'AUDITOR'].includes(user.role)
    ? allow
    : deny('您的角色不能查看企业诉求', 'Your role cannot see enterprise appeals');
}

/** Acting on cases: reporters and officers; auditors read only. */
export function canActOnAppeals(user: User): Decision {
  return ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT'].includes(user.role)
    ? allow
    : deny('您的角色不能办理企业诉求（审计人员只读）', 'Your role cannot act on appeals (auditors read only)');
}

/** Supervision data (督办 list, dashboard by department): the SME bureau as supervision office, and auditors. */
export function canSupervise(user: User): Decision {
  return user.role === 'SME_BUREAU' || user.role === 'AUDITOR'
    ? allow
    : deny('只有督办部门（中小企业服务局）和审计人员可以查看督办数据', 'Only the supervision office (SME bureau) and auditors can see supervision data');
}
