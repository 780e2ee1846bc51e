import type { Role } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import type { Language } from '../../i18n/language';

/** Role names as the console shows them (persisted codes never appear on screen). */
export const ROLE_TEXT: Record<Role, BilingualText> = {
  ENTERPRISE: { zh: '企业用户', en: 'Enterprise user' },
  SME_BUREAU: { zh: '中小企业服务局工作人员', en: 'SME bureau officer' },
  DEPARTMENT: { zh: '部门工作人员', en: 'Department officer' },
  FINANCIAL_INSTITUTION: { zh: '金融机构', en: 'Financial institution' },
  AUDITOR: { zh: '审计人员（只读）', en: 'Auditor (read-only)' },
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  SME_BUREAU_FINANCE: { zh: '财务拨付人员', en: 'Finance officer (payments only)' },
};

export const pick = (text: BilingualText | null | undefined, language: Language): string => (text ? (language === 'zh' ? text.zh : text.en || text.zh) : '');

/** Roles that belong to a department (the server requires it for exactly these). */
export const needsDepartment = (role: string | undefined): boolean => role === 'SME_BUREAU' || role === 'DEPARTMENT';
