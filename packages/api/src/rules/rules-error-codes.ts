import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the rules module. Persisted by clients: never rename one. */
export const RULES_ERROR_CODES = {
  RULES_POLICY_NOT_FOUND: { status: 404, zh: '未找到该政策', en: 'No such policy' },
  RULES_PARAMETER_NOT_FOUND: { status: 404, zh: '未找到该参数', en: 'No such parameter' },
  RULES_FACT_NOT_DECLARABLE: { status: 400, zh: '该数据来自企业档案或年度数据，不能自报', en: 'This fact comes from the registry and cannot be declared' },
  RULES_NO_SIZE_STANDARD: { status: 422, zh: '该日期没有生效的划型标准', en: 'No size standard in force on that date' },
  RULES_INDUSTRY_CODE_UNKNOWN: { status: 422, zh: '无法识别该行业代码', en: 'The industry code is not recognised' },
} as const satisfies Record<string, ErrorCodeEntry>;
