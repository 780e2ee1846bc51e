import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from './decision';

export function canReadAuditLog(user: User): Decision {
  return user.role === 'AUDITOR' || user.role === 'SME_BUREAU' || user.role === 'ADMIN'
    ? allow
    : deny('仅审计人员和中小企业服务局可查看审计日志', 'Only auditors and the SME bureau can read the audit log');
}
