import { isWithin, type User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/**
 * Who may read an enterprise's subscription and deliveries, decided on the code before any lookup:
 * its own users, the SME bureau (its jurisdiction, checked with `canReadSubscriptionOf`) and auditors.
 */
export function canReadSubscription(user: User, uscc: string): Decision {
  if (user.role === 'ENTERPRISE') return user.uscc === uscc ? allow : deny('只能查看本企业的订阅设置', 'You can see only your own enterprise\'s subscription');
  if (user.role === 'SME_BUREAU' || user.role === 'AUDITOR') return allow;
  return deny('订阅设置仅供企业本身、中小企业主管部门和审计人员查看', 'Subscriptions are for the enterprise itself, the SME bureau and auditors');
}

export function canReadSubscriptionOf(user: User, enterprise: { district: string }): Decision {
  if (user.role === 'SME_BUREAU' && !isWithin(enterprise.district, user.jurisdiction)) return deny('该企业不在您的辖区内', 'This enterprise is outside your jurisdiction');
  return allow;
}

/** Only the enterprise itself chooses what is pushed to it, and where. */
export function canEditSubscription(user: User, uscc: string): Decision {
  return user.role === 'ENTERPRISE' && user.uscc === uscc
    ? allow
    : deny('订阅设置只能由企业本身修改', 'Only the enterprise itself can change its subscription');
}
