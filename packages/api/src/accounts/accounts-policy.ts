import { isWithin, type User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** An enterprise's accounts are seen by its own users only (no power across enterprises). */
export function canSeeStaff(user: User, uscc: string): Decision {
  return user.role === 'ENTERPRISE' && user.uscc === uscc
    ? allow
    : deny('只能查看本企业的账号', 'You can see only your own enterprise\'s accounts');
}

/** Only the enterprise's administrator adds and removes its staff. */
export function canManageStaff(user: User, uscc: string, isAdministrator: boolean): Decision {
  if (user.role !== 'ENTERPRISE' || user.uscc !== uscc) return deny('只能管理本企业的账号', 'You can manage only your own enterprise\'s accounts');
  return isAdministrator ? allow : deny('只有本企业的管理员可以添加或删除账号', 'Only your enterprise\'s administrator can add or remove accounts');
}

/** The SME bureau confirms self-registrations of enterprises in its jurisdiction; auditors read the queue. */
export function canReadRegistrations(user: User): Decision {
  return user.role === 'SME_BUREAU' || user.role === 'AUDITOR'
    ? allow
    : deny('注册申请由中小企业服务局审核', 'Registrations are reviewed by the SME bureau');
}

export function canDecideRegistration(user: User, enterpriseDistrict: string | null): Decision {
  if (user.role !== 'SME_BUREAU') return deny('注册申请由中小企业服务局审核', 'Registrations are reviewed by the SME bureau');
  if (enterpriseDistrict !== null && !isWithin(enterpriseDistrict, user.jurisdiction)) return deny('该企业不在您的辖区内', 'This enterprise is outside your jurisdiction');
  return allow;
}
