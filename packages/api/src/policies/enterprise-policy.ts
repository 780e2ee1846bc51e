import { isWithin, type User } from '@huiqi/db';
import { allow, deny, type Decision } from './decision';

/** Which enterprises a user may see in the registry. */
export type RegistryScope = { kind: 'ALL' } | { kind: 'JURISDICTION'; jurisdiction: string } | { kind: 'OWN'; uscc: string } | { kind: 'NONE' };

export function registryScope(user: User): RegistryScope {
  switch (user.role) {
    case 'AUDITOR':
    case 'ADMIN':
      return { kind: 'ALL' };
    case 'SME_BUREAU':
    case 'DEPARTMENT':
      return { kind: 'JURISDICTION', jurisdiction: user.jurisdiction };
    case 'ENTERPRISE':
      return user.uscc ? { kind: 'OWN', uscc: user.uscc } : { kind: 'NONE' };
    case 'FINANCIAL_INSTITUTION':
    case 'SME_BUREAU_FINANCE': // payments only (separation of duties)
      return { kind: 'NONE' };
  }
}

const NO_REGISTRY = deny('金融机构暂不可查阅企业档案', 'Financial institutions cannot read the enterprise registry');

export function canListEnterprises(user: User): Decision {
  return registryScope(user).kind === 'NONE' ? NO_REGISTRY : allow;
}

/** Enterprise users: only their own (decided before any lookup, so nothing leaks about other codes). */
export function canReadEnterpriseCode(user: User, uscc: string): Decision {
  const scope = registryScope(user);
  if (scope.kind === 'NONE') return NO_REGISTRY;
  if (scope.kind === 'OWN' && scope.uscc !== uscc) return deny('只能查看本企业的档案', 'You can see only your own enterprise');
  return allow;
}

export function canReadEnterprise(user: User, enterprise: { uscc: string; district: string }): Decision {
  const byCode = canReadEnterpriseCode(user, enterprise.uscc);
  if (!byCode.allowed) return byCode;
  const scope = registryScope(user);
  if (scope.kind === 'JURISDICTION' && !isWithin(enterprise.district, scope.jurisdiction)) {
    return deny('该企业不在您的辖区内', 'This enterprise is outside your jurisdiction');
  }
  return allow;
}

/** Profile edits: the enterprise itself, or SME-bureau officers of its jurisdiction. */
export function canEditProfile(user: User, enterprise: { uscc: string; district: string }): Decision {
  if (user.role === 'ENTERPRISE' && user.uscc === enterprise.uscc) return allow;
  if (user.role === 'SME_BUREAU' && isWithin(enterprise.district, user.jurisdiction)) return allow;
  return deny('只有本企业或辖区中小企业服务局可修改企业档案', 'Only the enterprise itself or the SME bureau of its jurisdiction may edit the profile');
}

/** Qualification tags are granted by government: only the SME bureau may change them. */
export function canEditTags(user: User, enterprise: { uscc: string; district: string }): Decision {
  if (user.role === 'SME_BUREAU' && isWithin(enterprise.district, user.jurisdiction)) return allow;
  return deny('资质标签由中小企业服务局认定，企业不可自行修改', 'Qualification tags are granted by the SME bureau and cannot be changed by the enterprise');
}

/** Moving an enterprise: the new district must also lie within an officer's jurisdiction. */
export function canMoveTo(user: User, district: string): Decision {
  if (user.role === 'SME_BUREAU' && !isWithin(district, user.jurisdiction)) return deny('新所属区不在您的辖区内', 'The new district is outside your jurisdiction');
  return allow;
}

/** Yearly figures are reported by the enterprise itself. */
export function canRecordFigures(user: User, enterprise: { uscc: string }): Decision {
  if (user.role === 'ENTERPRISE' && user.uscc === enterprise.uscc) return allow;
  return deny('年度数据由企业本身填报', 'Yearly figures are reported by the enterprise itself');
}

/** Registering an enterprise in the registry: SME-bureau officers, for a district of their jurisdiction. */
export function canRegisterEnterprise(user: User, district: string): Decision {
  if (user.role !== 'SME_BUREAU') return deny('只有中小企业服务局可登记企业', 'Only the SME bureau may register enterprises');
  if (!isWithin(district, user.jurisdiction)) return deny('所属区不在您的辖区内', 'The district is outside your jurisdiction');
  return allow;
}
