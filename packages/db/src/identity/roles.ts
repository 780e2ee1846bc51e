/** Roles are persisted codes (never renamed). */
export const ROLES = ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  ENTERPRISE: { zh: '企业用户', en: 'enterprise user' },
  SME_BUREAU: { zh: '中小企业服务局工作人员', en: 'SME bureau officer' },
  DEPARTMENT: { zh: '部门工作人员', en: 'department officer' },
  FINANCIAL_INSTITUTION: { zh: '金融机构', en: 'financial institution' },
  AUDITOR: { zh: '审计人员（只读）', en: 'auditor (read-only)' },
  ADMIN: { zh: '系统管理员', en: 'administrator' },
  SME_BUREAU_FINANCE: { zh: '财务拨付人员', en: 'finance officer (payments only)' },
};
