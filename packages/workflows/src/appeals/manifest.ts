import { bi } from '@huiqi/kernel';
import { APPEAL_ACTION_TYPES } from './action';
import { APPEAL_TYPES } from './appeal-type';
import { APPEAL_ERROR_CODES } from './appeal-error';
import { APPEAL_STATUSES } from './status';
import type { Performer } from './transition-table';

/**
 * The appeals module's manifest (decidim component style): what it is, what it needs from the
 * composition root, who acts in it, and the persisted codes it owns.
 */
export const appealsManifest = {
  name: 'appeals',
  title: bi('企业诉求办理', 'Enterprise appeals'),
  legalBasis: [
    '上海市促进中小企业发展条例 第十条（首接负责制；诉求分派、督办、反馈的闭环机制）、第五十九条（投诉举报在规定时间内调查并反馈）',
    '青岛市中小企业发展促进条例（征求意见稿）第六十五条第二款（没有明确主管部门或者涉及多个部门职责的，由中小企业发展部门牵头办理）',
    '深工信〔2023〕26号 第4项（中小企业诉求即收即分即办即反馈的闭环机制）',
    '深圳经济特区中小企业发展促进条例（征求意见稿）第七十六条（款项支付保障）',
    '保障中小企业款项支付条例（国务院令第802号）第二十四条至第二十六条（投诉受理、转交、处理时限、失信记录）',
  ],

  settings: {
    smeBureauId: bi('本辖区中小企业主管部门的部门编码', 'department id of the jurisdiction’s SME bureau'),
    calendar: bi('本辖区工作日历（@huiqi/calendar）', 'the jurisdiction’s working-day calendar (@huiqi/calendar)'),
    timeLimits: bi('办理时限（缺省为规则库 rules/appeals/time-limits.yaml 及其按日期、辖区的参数）', 'time limits (default: the rule base’s rules/appeals/time-limits.yaml and its dated per-jurisdiction parameters)'),
    paymentTerms: bi('款项支付期限计算（规则引擎）', 'payment-terms function (rules engine)'),
  },
  performers: ['REPORTER', 'OWNER', 'HANDLER', 'LEAD', 'CO_HANDLER', 'SME_BUREAU', 'SUPERVISOR', 'SYSTEM'] satisfies Performer[],
  appealTypes: APPEAL_TYPES,
  statuses: APPEAL_STATUSES,
  actionTypes: APPEAL_ACTION_TYPES,
  errorCodes: APPEAL_ERROR_CODES,
  timeLimitFiles: ['rules/appeals/time-limits.yaml', 'rules/parameters/appeals/time_limits/'],
} as const;
