import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of the credit (授权—核验—使用) and financing module. Domain refusals of
 * `@huiqi/workflows` keep their code and carry the domain's bilingual message, which names the field
 * or the limit. Never renamed.
 */
export const CREDIT_ERROR_CODES_HTTP = {
  CREDIT_CONSENT_NOT_FOUND: { status: 404, zh: '未找到该授权', en: 'No such consent' },
  CREDIT_ACCESS_REFUSED: { status: 403, zh: '没有有效授权，不能查看该企业的数据', en: 'No valid consent covers this data' },
  CREDIT_ENTERPRISE_REQUIRED: { status: 403, zh: '只有企业用户可以办理授权', en: 'Only enterprise users manage consents' },
  CREDIT_INSTITUTION_REQUIRED: { status: 403, zh: '只有金融机构用户可以查看授权数据', en: 'Only financial institution users read consented data' },
  CREDIT_OVERSIGHT_ONLY: { status: 403, zh: '只有中小企业服务局和审计人员可以查看监管视图', en: 'Only the SME bureau and auditors see the oversight view' },
  CREDIT_PDF_UNAVAILABLE: { status: 503, zh: '本服务器暂不能生成 PDF，请下载 JSON 授权证明', en: 'This server cannot print PDF; download the JSON receipt' },
  CREDIT_VERIFY_NOT_VERIFIABLE: { status: 400, zh: '该问题不能核验', en: 'This question cannot be verified' },
  CREDIT_INSTITUTION_UNKNOWN: { status: 400, zh: '未找到该金融机构', en: 'No such financial institution' },
  CREDIT_SCOPES_EMPTY: { status: 400, zh: '请至少选择一项授权数据', en: 'Choose at least one data scope' },
  CREDIT_SCOPE_DUPLICATE: { status: 400, zh: '同一数据项只能授权一次', en: 'Each data scope may be granted once' },
  CREDIT_PERIOD_END_BEFORE_START: { status: 400, zh: '授权截止日期不能早于开始日期', en: 'The end date is before the start date' },
  CREDIT_PERIOD_TOO_LONG: { status: 400, zh: '授权期限超过最长期限', en: 'The consent period exceeds the maximum' },
  CREDIT_PERIOD_STARTS_IN_PAST: { status: 400, zh: '授权开始日期不能早于今天', en: 'The consent cannot start before today' },
  CREDIT_MAX_PERIOD_UNKNOWN: { status: 500, zh: '未配置授权最长期限', en: 'No maximum consent period is configured' },
  CREDIT_PURPOSE_EMPTY: { status: 400, zh: '请填写授权用途', en: 'State the purpose of the consent' },
  CREDIT_PURPOSE_DEMAND_NOT_OWN: { status: 400, zh: '所选融资需求不存在或不属于本企业', en: 'The financing demand does not exist or is not yours' },
  FINANCING_DEMAND_NOT_FOUND: { status: 404, zh: '未找到该融资需求', en: 'No such financing demand' },
  FINANCING_CONFLICT: { status: 409, zh: '融资需求已被他人同时更新，请刷新后重试', en: 'The demand was changed at the same time; reload and try again' },
  FINANCING_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  FINANCING_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  FINANCING_AMOUNT_INVALID: { status: 400, zh: '金额须大于零', en: 'The amount must be greater than zero' },
  FINANCING_TERM_INVALID: { status: 400, zh: '期限不符合要求', en: 'The term is not valid' },
  FINANCING_PURPOSE_EMPTY: { status: 400, zh: '请填写资金用途', en: 'State the purpose' },
  FINANCING_RATE_INVALID: { status: 400, zh: '年利率格式不正确', en: 'The annual rate is not valid' },
  FINANCING_GRANT_DATE_INVALID: { status: 400, zh: '放款日期不正确', en: 'The loan date is not valid' },
  FINANCING_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  WHITELIST_DEPARTMENT_REQUIRED: { status: 403, zh: '只有政府部门工作人员可以推荐白名单企业', en: 'Only department officers nominate enterprises for the whitelist' },
  WHITELIST_BUREAU_REQUIRED: { status: 403, zh: '只有中小企业服务局可以审核和发布白名单', en: 'Only the SME bureau reviews nominations and publishes the whitelist' },
  WHITELIST_READER_REQUIRED: { status: 403, zh: '只有金融机构和中小企业服务局可以查看白名单', en: 'Only financial institutions and the SME bureau see the whitelist' },
  WHITELIST_ENTERPRISE_UNKNOWN: { status: 400, zh: '未找到该统一社会信用代码对应的企业', en: 'No enterprise has this unified social credit code' },
  WHITELIST_NOMINATION_PENDING: { status: 409, zh: '本部门对该企业的推荐尚在审核中，不能重复推荐', en: 'Your department already nominated this enterprise and the nomination awaits review' },
  WHITELIST_NOMINATION_NOT_FOUND: { status: 404, zh: '未找到该白名单推荐', en: 'No such whitelist nomination' },
  WHITELIST_ALREADY_REVIEWED: { status: 409, zh: '该推荐已审核，不能重复审核', en: 'This nomination has already been reviewed' },
  WHITELIST_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  WHITELIST_PERIOD_END_BEFORE_START: { status: 400, zh: '有效期截止日期不能早于起始日期', en: 'The list is valid until a date before it is valid from' },
  WHITELIST_NOTHING_ACCEPTED: { status: 400, zh: '还没有审核通过的推荐，不能发布白名单', en: 'No nomination has been accepted; there is nothing to publish' },
} as const satisfies Record<string, ErrorCodeEntry>;
