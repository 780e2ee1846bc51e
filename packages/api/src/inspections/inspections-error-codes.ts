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
  INSPECTION_NO_DEPARTMENT: { status: 403, zh: '当前账号未关联执法部门', en: 'This account is not linked to an enforcement department' },
} as const satisfies Record<string, ErrorCodeEntry>;
