import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the inspections module. Persisted by clients: never rename one. */
export const INSPECTIONS_ERROR_CODES = {
  INSPECTION_ITEM_NOT_FOUND: { status: 404, zh: '未找到该检查事项', en: 'No such inspection item' },
  INSPECTION_ITEM_NOT_PUBLISHED: { status: 422, zh: '未公布的检查事项不得检查', en: 'An inspection item that is not published may not be inspected' },
  INSPECTION_LEGAL_BASIS_UNRESOLVED: { status: 422, zh: '检查依据的法条地址在法规库中找不到', en: 'A legal basis address does not resolve in the law library' },
  INSPECTION_PLAN_NOT_FOUND: { status: 404, zh: '未找到该抽查计划', en: 'No such inspection plan' },
  INSPECTION_ACTION_NOT_ALLOWED: { status: 409, zh: '抽查计划当前状态不允许此操作', en: 'The plan does not allow this action in its current status' },
  INSPECTION_PLAN_CHANGED: { status: 409, zh: '抽查计划已被他人更新，请刷新后重试', en: 'The plan was changed meanwhile; reload and retry' },
  INSPECTION_INVALID_INPUT: { status: 422, zh: '抽查数据不符合要求', en: 'The inspection data is not valid' },
  INSPECTION_TOO_FEW_INSPECTORS: { status: 422, zh: '执法检查人员不足（每个检查对象至少 2 名，已回避的不计）', en: 'Too few inspectors (at least 2 per target, recused ones excluded)' },
  INSPECTION_NOT_A_TARGET: { status: 422, zh: '该企业不是本抽查计划抽取到的检查对象', en: 'The enterprise was not drawn as a target of this plan' },
  INSPECTION_VISIT_ALREADY_REGISTERED: { status: 409, zh: '该检查对象的入企检查已经登记过', en: 'A visit to this target is already registered' },
  INSPECTION_VISIT_NOT_FOUND: { status: 404, zh: '未找到该检查任务', en: 'No such inspection visit' },
  INSPECTION_VISIT_CLOSED: { status: 409, zh: '该检查任务已结束', en: 'The inspection visit is closed' },
  INSPECTION_ALREADY_RATED: { status: 409, zh: '本次检查已经评价过，每次检查只能评价一次', en: 'This visit was rated already (one rating per visit)' },
  INSPECTION_ALREADY_COMPLAINED: { status: 409, zh: '本次检查已经投诉过，可凭受理编号查询办理进度', en: 'A complaint about this visit was submitted already; follow it by its tracking number' },
  INSPECTION_RESULT_EXISTS: { status: 409, zh: '该检查任务的结果已经录入', en: 'The result of this visit is recorded already' },
  INSPECTION_RESULT_NOT_FOUND: { status: 404, zh: '该检查任务尚未录入结果', en: 'No result is recorded for this visit' },
  INSPECTION_NO_DEPARTMENT: { status: 403, zh: '当前账号未关联执法部门', en: 'This account is not linked to an enforcement department' },
} as const satisfies Record<string, ErrorCodeEntry>;
