import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the benefits module (persisted by clients: never rename one). */
export const BENEFITS_ERROR_CODES = {
  BENEFIT_POLICY_NOT_OFFERED: { status: 404, zh: '该政策未开通申报或未关联专项资金', en: 'This policy is not open for applications or has no fund' },
  BENEFIT_CASE_NOT_FOUND: { status: 404, zh: '未找到该申报', en: 'No such application' },
  BENEFIT_BATCH_NOT_FOUND: { status: 404, zh: '未找到该拨付批次', en: 'No such payment batch' },
  BENEFIT_ATTACHMENT_NOT_FOUND: { status: 404, zh: '未找到该附件', en: 'No such attachment' },
  BENEFIT_WRONG_CHANNEL: { status: 409, zh: '该政策的申报渠道不支持此操作', en: 'The policy channel does not allow this' },
  BENEFIT_NOT_CASH: { status: 422, zh: '该政策的优惠不是资金补助，不能由专项资金拨付', en: 'The policy’s benefit is not a cash grant, so no fund can pay it out' },
  BENEFIT_NOT_ELIGIBLE: { status: 422, zh: '按政策规则判断不符合条件', en: 'Not eligible under the policy rules' },
  BENEFIT_AMOUNT_UNKNOWN: { status: 422, zh: '规则无法计算金额，请补充所需信息', en: 'The rules cannot compute the amount; add the missing facts' },
  BENEFIT_DECLARATION_REQUIRED: { status: 422, zh: '须承诺所填信息真实、准确、完整', en: 'You must declare that the information is true, accurate and complete' },
  BENEFIT_INVALID_FACTS: { status: 400, zh: '申报信息不符合要求', en: 'The declared facts are not valid' },
  BENEFIT_TRANSITION_NOT_ALLOWED: { status: 409, zh: '当前状态不能执行此操作', en: 'This action is not possible in the current status' },
  BENEFIT_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  BENEFIT_OVERRIDE_REASON_REQUIRED: { status: 422, zh: '调整金额须说明理由', en: 'An amount override needs a reason' },
  BENEFIT_SECOND_REVIEWER_REQUIRED: { status: 409, zh: '调整金额须由另一名审核人员复核', en: 'An override needs a second reviewer' },
  BENEFIT_NOTICE_NOT_OVER: { status: 409, zh: '公示期尚未届满', en: 'The notice period is not over' },
  BENEFIT_INVALID_ACTION: { status: 400, zh: '操作无效', en: 'Invalid action' },
  BENEFIT_FUND_BUDGET_EXCEEDED: { status: 409, zh: '超出专项资金年度预算', en: 'Exceeds the fund\'s annual budget' },
  BENEFIT_ENTERPRISE_CAP_EXCEEDED: { status: 409, zh: '超出单户企业支持上限', en: 'Exceeds the per-enterprise cap' },
  BENEFIT_DUPLICATE_EXPENSE: { status: 409, zh: '同一事项不得重复支持', en: 'The same expense cannot be funded twice' },
  BENEFIT_CONCURRENT_CHANGE: { status: 409, zh: '该申报刚被他人处理，请刷新后重试', en: 'Someone else just acted on this case; reload and retry' },
  BENEFIT_ATTACHMENT_REFUSED: { status: 422, zh: '附件不符合要求', en: 'The attachment was refused' },
  BENEFIT_NOTHING_TO_PAY: { status: 409, zh: '没有待拨付的申报', en: 'Nothing approved is waiting for payment' },
  BENEFIT_RETURN_FILE_INVALID: { status: 422, zh: '银行回单文件有误', en: 'The bank return file has errors' },
} as const satisfies Record<string, ErrorCodeEntry>;
