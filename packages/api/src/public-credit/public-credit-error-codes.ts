import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of public credit (信用记录与信用修复). Domain refusals of `@huiqi/workflows` keep their code
 * and carry the domain's bilingual message, which names the field. Never renamed.
 */
export const PUBLIC_CREDIT_ERROR_CODES_HTTP = {
  CREDIT_MARK_NOT_FOUND: { status: 404, zh: '未找到该信用记录', en: 'No such credit record' },
  CREDIT_MARK_SOURCE_NOT_FOUND: { status: 404, zh: '未找到产生该记录的案件或检查结果', en: 'The case or inspection result was not found' },
  CREDIT_MARK_ALREADY_RECORDED: { status: 409, zh: '该案件或检查结果已经产生过信用记录', en: 'This case or inspection result has already produced a credit record' },
  CREDIT_MARK_BUREAU_REQUIRED: { status: 403, zh: '只有中小企业服务局（受理投诉部门）可以将拖欠款项失信情况记入信用记录', en: 'Only the SME bureau records arrears findings in the credit record' },
  CREDIT_MARK_DEPARTMENT_REQUIRED: { status: 403, zh: '只有作出检查结果的部门可以录入行政处罚', en: 'Only the department that recorded the inspection result records the penalty' },
  CREDIT_MARK_OFFICIAL_REQUIRED: { status: 403, zh: '只有中小企业服务局和审计人员可以查看全部信用记录', en: 'Only the SME bureau and auditors see every credit record' },
  CREDIT_REPAIR_NOT_FOUND: { status: 404, zh: '未找到该信用修复申请', en: 'No such credit-repair application' },
  CREDIT_REPAIR_CONFLICT: { status: 409, zh: '该申请已被他人同时更新，请刷新后重试', en: 'The application was changed at the same time; reload and try again' },
  CREDIT_REPAIR_ENTERPRISE_REQUIRED: { status: 403, zh: '只有企业用户可以申请信用修复', en: 'Only enterprise users apply for credit repair' },
  CREDIT_MARK_SOURCE_NOT_ARREARS: { status: 422, zh: '该诉求不是拖欠账款投诉', en: 'This case is not a payment-arrears complaint' },
  CREDIT_MARK_NOT_FOUND_IN_CASE: { status: 422, zh: '该投诉尚未认定失信', en: 'The complaint has no finding of breach of trust' },
  CREDIT_MARK_DEBTOR_WITHOUT_USCC: { status: 422, zh: '被投诉方没有统一社会信用代码', en: 'The debtor has no unified social credit code' },
  CREDIT_MARK_SERIOUS_REASON_REQUIRED: { status: 400, zh: '请说明情节严重的理由', en: 'Give the reason why the case is serious' },
  CREDIT_MARK_RESULT_NOT_CASE_OPENED: { status: 422, zh: '检查结果不是立案查处', en: 'The inspection result did not open a case' },
  CREDIT_MARK_MINOR_VIOLATION: { status: 422, zh: '轻微违法或首违不罚，不认定为失信行为', en: 'A minor or first violation is not a breach of trust' },
  CREDIT_MARK_DECISION_INVALID: { status: 400, zh: '行政处罚决定信息不完整或日期不正确', en: 'The penalty decision is incomplete or its date is wrong' },
  CREDIT_MARK_PERIOD_UNKNOWN: { status: 500, zh: '未配置公示期限', en: 'No publication period is configured' },
  CREDIT_REPAIR_MINIMUM_NOT_SERVED: { status: 422, zh: '最短公示期限尚未届满', en: 'The shortest publication period has not run out' },
  CREDIT_REPAIR_PUBLICATION_ENDED: { status: 422, zh: '公示期已满，无需修复', en: 'The publication period is over' },
  CREDIT_REPAIR_ALREADY_REPAIRED: { status: 409, zh: '该记录已经修复', en: 'This record has already been repaired' },
  CREDIT_REPAIR_APPLICATION_OPEN: { status: 409, zh: '该记录已有正在办理的修复申请', en: 'An application for this record is already being handled' },
  CREDIT_REPAIR_NOT_OWN_MARK: { status: 404, zh: '未找到该信用记录', en: 'No such credit record' },
  CREDIT_REPAIR_MEASURES_EMPTY: { status: 400, zh: '请选择已实施的修复措施', en: 'Choose the repair measures carried out' },
  CREDIT_REPAIR_EVIDENCE_EMPTY: { status: 400, zh: '请填写修复情况和证明材料', en: 'Describe the repair and its evidence' },
  CREDIT_REPAIR_REASONS_REQUIRED: { status: 400, zh: '请填写理由', en: 'Give the reasons' },
  CREDIT_REPAIR_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  CREDIT_REPAIR_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  CREDIT_OBJECTION_NOT_FOUND: { status: 404, zh: '未找到该异议', en: 'No such objection' },
  CREDIT_OBJECTION_ROLE_REQUIRED: { status: 403, zh: '只有企业、提供信用信息的部门、中小企业服务局和审计人员可以查看异议', en: 'Only enterprises, the providing departments, the SME bureau and auditors see objections' },
  CREDIT_OBJECTION_ENTERPRISE_REQUIRED: { status: 403, zh: '只有企业用户可以提出异议', en: 'Only enterprise users file objections' },
  CREDIT_OBJECTION_OPEN: { status: 409, zh: '该信用记录已有正在处理的异议', en: 'An objection to this record is being handled' },
  CREDIT_OBJECTION_CONFLICT: { status: 409, zh: '该异议已被他人同时处理，请刷新后重试', en: 'The objection was changed at the same time; reload and try again' },
  CREDIT_OBJECTION_EXPLANATION_EMPTY: { status: 400, zh: '请说明异议的事实和理由', en: 'State the facts and grounds of the objection' },
  CREDIT_OBJECTION_REASONS_REQUIRED: { status: 400, zh: '请写明处理结果的理由', en: 'Give the reasons for the decision' },
  CREDIT_OBJECTION_ACTION_NOT_ALLOWED: { status: 409, zh: '该异议已经处理', en: 'This objection has already been decided' },
  CREDIT_OBJECTION_ACTOR_NOT_PERMITTED: { status: 403, zh: '只有提供该信用信息的单位可以处理异议', en: 'Only the unit that provided the information decides the objection' },
} as const satisfies Record<string, ErrorCodeEntry>;
