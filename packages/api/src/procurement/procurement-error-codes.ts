import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the procurement module. Persisted by clients: never rename one. */
export const PROCUREMENT_ERROR_CODES = {
  PROCUREMENT_PROJECT_NOT_FOUND: { status: 404, zh: '未找到该采购项目', en: 'No such procurement project' },
  PROCUREMENT_PROJECT_CODE_TAKEN: { status: 409, zh: '本部门当年已有相同编号的采购项目', en: 'The department already has a project with this code that year' },
  PROCUREMENT_PROJECT_IN_USE: { status: 409, zh: '该项目已有评审结果或声明函，不能删除', en: 'The project already has evaluations or declarations and cannot be deleted' },
  PROCUREMENT_INVALID_INPUT: { status: 400, zh: '采购数据不符合要求', en: 'The procurement data is not valid' },
  PROCUREMENT_EVALUATION_NOT_FOUND: { status: 404, zh: '未找到该评审结果', en: 'No such evaluation' },
  PROCUREMENT_AWARD_EXISTS: { status: 409, zh: '该评审结果已公告中标（成交）结果', en: 'This evaluation already has a published award' },
  PROCUREMENT_AWARD_NOT_FOUND: { status: 404, zh: '未找到该中标（成交）结果公告', en: 'No such award notice' },
  PROCUREMENT_DECLARATION_NOT_FOUND: { status: 404, zh: '未找到该中小企业声明函', en: 'No such SME declaration' },
  PROCUREMENT_DECLARATION_NOT_POSSIBLE: { status: 422, zh: '无法根据登记数据生成中小企业声明函', en: 'An SME declaration cannot be made from the registry data' },
  PROCUREMENT_NO_DEPARTMENT: { status: 403, zh: '当前账号未关联采购人（部门）', en: 'This account is not linked to a purchasing department' },
} as const satisfies Record<string, ErrorCodeEntry>;
