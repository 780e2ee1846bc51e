import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';
import type { HomeRole } from './home-schemas';

/**
 * Who may read which home (工作台): each role its own, and only its own — an enterprise user of an
 * enterprise, the SME bureau, a department, a financial institution, the auditor, the payments officer.
 * The summaries hold counts of the role's own queues; another role's would say what it may not see.
 */
export function canReadHome(user: User, home: HomeRole): Decision {
  switch (home) {
    case 'enterprise':
      return user.role === 'ENTERPRISE' && user.uscc ? allow : deny('企业工作台仅供企业用户查看', 'The enterprise home is for enterprise users');
    case 'bureau':
      return user.role === 'SME_BUREAU' ? allow : deny('该工作台仅供中小企业主管部门查看', 'This home is for the SME bureau');
    case 'department':
      return user.role === 'DEPARTMENT' ? allow : deny('该工作台仅供政府部门工作人员查看', 'This home is for department officers');
    case 'bank':
      return user.role === 'FINANCIAL_INSTITUTION' && user.institutionId ? allow : deny('该工作台仅供金融机构查看', 'This home is for financial institutions');
    case 'auditor':
      return user.role === 'AUDITOR' ? allow : deny('该工作台仅供审计人员查看', 'This home is for auditors');
    case 'finance':
      return user.role === 'SME_BUREAU_FINANCE' ? allow : deny('该工作台仅供财务拨付人员查看', 'This home is for payments officers');
  }
}
