import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of the appeals module. Domain refusals of `@huiqi/workflows` keep their code with an
 * `APPEAL_` prefix (e.g. ACTION_NOT_ALLOWED → APPEAL_ACTION_NOT_ALLOWED) and carry the domain's own
 * bilingual message; the entries below are the HTTP status and the default message. Never renamed.
 */
export const APPEALS_ERROR_CODES = {
  APPEAL_NOT_FOUND: { status: 404, zh: '未找到该诉求，或无权查看', en: 'No such appeal, or you may not see it' },
  APPEAL_TRACKING_NUMBER_INVALID: { status: 400, zh: '受理编号无效', en: 'Invalid tracking number' },
  APPEAL_CONFLICT: { status: 409, zh: '诉求已被他人同时更新，请刷新后重试', en: 'The appeal was changed at the same time; reload and try again' },
  APPEAL_IDEMPOTENCY_KEY_INVALID: { status: 400, zh: 'Idempotency-Key 请求头应为 8–100 位字母、数字或 -_.:', en: 'The Idempotency-Key header must be 8–100 letters, digits or -_.:' },
  APPEAL_ATTACHMENT_NOT_FOUND: { status: 404, zh: '未找到该附件，或无权查看', en: 'No such attachment, or you may not see it' },
  APPEAL_ATTACHMENT_UNKNOWN: { status: 400, zh: '附件不存在、不是您上传的或已用于其他诉求', en: 'An attachment does not exist, was not uploaded by you or belongs to another case' },
  APPEAL_ATTACHMENT_TOO_LARGE: { status: 413, zh: '附件不得超过 10 MiB', en: 'An attachment must not exceed 10 MiB' },
  APPEAL_ATTACHMENT_TYPE_NOT_ALLOWED: { status: 415, zh: '只接受 PDF、PNG、JPEG、DOCX、XLSX 文件（按文件内容识别）', en: 'Only PDF, PNG, JPEG, DOCX and XLSX files are accepted (checked by content)' },
  APPEAL_ATTACHMENT_MISSING: { status: 400, zh: '请以 multipart/form-data 上传一个文件（字段 file）', en: 'Upload one file as multipart/form-data (field file)' },
  APPEAL_ENTERPRISE_REQUIRED: { status: 403, zh: '只有企业用户可以提交诉求', en: 'Only enterprise users can submit appeals' },
  // Domain refusals (@huiqi/workflows APPEAL_ERROR_CODES).
  APPEAL_FIRST_ACTION_MUST_BE_SUBMISSION: { status: 409, zh: '诉求须先提交', en: 'A case starts with its submission' },
  APPEAL_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  APPEAL_CASE_IS_FINAL: { status: 409, zh: '诉求已终结，不能再操作', en: 'The case is final' },
  APPEAL_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权对该诉求执行此操作', en: 'You may not perform this action on this case' },
  APPEAL_ACTION_ID_REUSED: { status: 409, zh: '该事务编号已用于另一操作', en: 'This transaction id was already used for another action' },
  APPEAL_ACTION_OUT_OF_ORDER: { status: 409, zh: '操作时间早于上一操作', en: 'The action is dated before the previous one' },
  APPEAL_INVALID_TIME: { status: 400, zh: '操作时间无效', en: 'Invalid action time' },
  APPEAL_PAYLOAD_INVALID: { status: 400, zh: '操作内容不符合要求', en: 'The action payload is not valid' },
  APPEAL_ANONYMOUS_NOT_ALLOWED: { status: 403, zh: '该类诉求不能匿名提交', en: 'This type cannot be submitted anonymously' },
  APPEAL_REPORTER_IDENTITY_REQUIRED: { status: 422, zh: '实名提交须填写企业身份', en: 'A named submission needs the enterprise identity' },
  APPEAL_ARREARS_FORM_INVALID: { status: 400, zh: '拖欠账款投诉信息不完整或有误', en: 'The arrears complaint form is incomplete or wrong' },
  APPEAL_ARREARS_TERMS_FAILED: { status: 422, zh: '无法计算法定付款期限和逾期利息', en: 'The statutory due date and interest could not be computed' },
  APPEAL_REASON_NOT_APPLICABLE: { status: 422, zh: '该不予受理理由不适用于此类诉求', en: 'This rejection reason does not apply to this type' },
  APPEAL_RELATED_CASE_REQUIRED: { status: 422, zh: '须注明重复的已办结诉求', en: 'Name the closed case this one repeats' },
  APPEAL_ARREARS_MUST_BE_TRANSFERRED: { status: 409, zh: '拖欠账款投诉须转交处理投诉部门', en: 'An arrears complaint must be transferred to the handling department' },
  APPEAL_ONLY_FOR_ARREARS: { status: 422, zh: '此操作仅适用于拖欠账款投诉', en: 'This action applies to arrears complaints only' },
  APPEAL_LEAD_REQUIRED: { status: 422, zh: '须指定牵头部门', en: 'A lead department is required' },
  APPEAL_LEAD_MUST_BE_SME_BUREAU: { status: 422, zh: '无主责部门或涉及多部门的事项由中小企业主管部门牵头', en: 'Matters without one responsible department are led by the SME bureau' },
  APPEAL_RETURN_ALREADY_USED: { status: 409, zh: '本部门已退回过一次', en: 'This department has already returned the case once' },
  APPEAL_DISPATCH_IS_FINAL: { status: 409, zh: '派单已由中小企业主管部门裁定，不能再退回', en: 'The dispatch was decided by the SME bureau and cannot be returned' },
  APPEAL_NO_RUNNING_CLOCK: { status: 409, zh: '没有正在计时的期限', en: 'No clock is running' },
  APPEAL_DUE_DATE_UNKNOWN: { status: 422, zh: '期限尚未确定', en: 'The due date is not known' },
  APPEAL_EXTENSION_NOT_LATER: { status: 422, zh: '延期后的期限须晚于当前期限', en: 'The extended due date must be later than the current one' },
  APPEAL_EXTENSION_EXCEEDS_CAP: { status: 422, zh: '延期超过上限', en: 'The extension exceeds the cap' },
  APPEAL_EXTENSION_NOT_WORKING_DAY: { status: 422, zh: '延期后的期限须为工作日', en: 'The extended due date must be a working day' },
  APPEAL_REOPEN_NEEDS_DISSATISFIED: { status: 409, zh: '只有评价为不满意的诉求可以重新办理', en: 'Only a case rated dissatisfied can be reopened' },
  APPEAL_REOPEN_LIMIT_REACHED: { status: 409, zh: '诉求只能重新办理一次', en: 'A case can be reopened once only' },
  APPEAL_SUPERVISION_NEEDS_URGE: { status: 409, zh: '发督办书前须先催办', en: 'Urge the department before a supervision notice' },
  APPEAL_ALREADY_CREDIT_MARKED: { status: 409, zh: '已作失信标记', en: 'Already marked for the credit record' },
  APPEAL_REMINDER_ALREADY_SENT: { status: 409, zh: '提醒已发送', en: 'The reminder was already sent' },
  APPEAL_CALENDAR_YEAR_MISSING: { status: 422, zh: '缺少该年度的工作日历', en: 'The working-day calendar of that year is missing' },
  APPEAL_TIME_LIMITS_MISSING: { status: 422, zh: '缺少办理时限数据', en: 'No time-limit data' },
  APPEAL_CASE_NOT_VISIBLE: { status: 404, zh: '未找到该诉求，或无权查看', en: 'No such appeal, or you may not see it' },
} as const satisfies Record<string, ErrorCodeEntry>;
