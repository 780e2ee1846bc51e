import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of loan-loss risk compensation (入池登记, 补偿申请, 审核). Domain refusals of
 * `@huiqi/workflows` keep their code and carry the domain's bilingual message naming the field. Never renamed.
 */
export const RISK_SHARING_ERROR_CODES_HTTP = {
  RISK_LOAN_NOT_RECORDED: { status: 400, zh: '该融资需求没有放款记录，不能登记入池', en: 'No loan was recorded for this financing demand; it cannot be registered in the pool' },
  RISK_LOAN_NOT_OWN: { status: 403, zh: '只有发放该笔贷款的金融机构可以办理', en: 'Only the institution that granted the loan may do this' },
  RISK_LOAN_ALREADY_REGISTERED: { status: 409, zh: '该笔贷款已登记入池', en: 'This loan is already registered in the pool' },
  RISK_LOAN_NOT_REGISTERED: { status: 409, zh: '该笔贷款未登记入池，不能申请风险补偿', en: 'This loan is not registered in the risk pool; no claim can be filed for it' },
  RISK_CLAIM_DUPLICATE: { status: 409, zh: '该笔贷款已提出过补偿申请，不能重复申请', en: 'A claim was already filed for this loan' },
  RISK_CLAIM_NOT_FOUND: { status: 404, zh: '未找到该补偿申请', en: 'No such claim' },
  RISK_CLAIM_FORBIDDEN: { status: 403, zh: '无权查看或办理该补偿申请', en: 'You may not see or act on this claim' },
  RISK_CLAIM_ROLE_REQUIRED: { status: 403, zh: '只有金融机构、借款企业、中小企业服务局和审计人员可以查看风险补偿', en: 'Only financial institutions, the borrower, the SME bureau and auditors see risk compensation' },
  RISK_CLAIM_REVIEWER_REQUIRED: { status: 403, zh: '只有中小企业服务局工作人员可以审核补偿申请', en: 'Only SME-bureau officers review claims' },
  RISK_CLAIM_CONFLICT: { status: 409, zh: '补偿申请已被他人同时更新，请刷新后重试', en: 'The claim was changed at the same time; reload and try again' },
  RISK_CLAIM_FUND_UNKNOWN: { status: 400, zh: '未找到该专项资金', en: 'No such fund' },
  RISK_CLAIM_BUDGET_EXCEEDED: { status: 409, zh: '专项资金余额不足，不能同意该补偿', en: 'The fund has not enough budget left for this compensation' },
  RISK_CLAIM_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  RISK_CLAIM_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  RISK_CLAIM_SAME_REVIEWER: { status: 409, zh: '复核须由另一名工作人员办理', en: 'A second officer confirms the approval' },
  RISK_CLAIM_LOSS_INVALID: { status: 400, zh: '本金损失金额不正确', en: 'The principal lost is not valid' },
  RISK_CLAIM_DEFAULT_DATE_INVALID: { status: 400, zh: '违约日期不正确', en: 'The default date is not valid' },
  RISK_CLAIM_DESCRIPTION_EMPTY: { status: 400, zh: '请说明违约和追偿情况', en: 'Describe the default and the recovery efforts' },
  RISK_CLAIM_ACCOUNT_INVALID: { status: 400, zh: '收款账户不完整', en: 'The payee account is incomplete' },
  RISK_CLAIM_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  RISK_CLAIM_CORRECTION_REQUIRED: { status: 400, zh: '请说明补正了哪些内容', en: 'Say what was corrected' },
  RISK_CLAIM_NOT_COMPENSABLE: { status: 409, zh: '按规则计算不予补偿或无法计算，不能同意', en: 'The rule gives no compensable amount; the claim cannot be approved' },
} as const satisfies Record<string, ErrorCodeEntry>;
