import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Indicators with all breakdowns (unsuppressed) and the report draft: officials and auditors. */
export function canReadStatistics(user: User): Decision {
  return ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN'].includes(user.role)
    ? allow
    : deny('仅政府工作人员和审计人员可查看统计指标', 'Only officials and auditors can see the indicators');
}

/** The report's narrative (问题及对策, 其他事项) is written by the SME bureau (深圳 draft 第六条: the city government reports; the bureau drafts). */
export function canEditReport(user: User): Decision {
  return user.role === 'SME_BUREAU' ? allow : deny('仅中小企业主管部门可以编辑年度报告', 'Only the SME bureau can edit the annual report');
}

/** Publishing a month's tables by hand and setting the release day: the SME bureau (深圳 draft 第七条: the bureau does the statistics). */
export function canPublishStatistics(user: User): Decision {
  return user.role === 'SME_BUREAU' ? allow : deny('仅中小企业主管部门可以发布统计数据', 'Only the SME bureau can publish the statistics');
}

/**
 * Recording, changing and publishing the funds' audit and evaluation results (深圳 draft 第五十六条): the SME
 * bureau, which administers the support funds and publishes the funds disclosure; the audit office and the
 * evaluators deliver their reports to it.
 */
export function canRecordFundEvaluations(user: User): Decision {
  return user.role === 'SME_BUREAU'
    ? allow
    : deny('仅中小企业主管部门可以登记和公布资金评估审计结果', 'Only the SME bureau can record and publish the funds\' evaluation and audit results');
}
