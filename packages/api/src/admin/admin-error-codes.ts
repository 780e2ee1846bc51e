import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of administration and of the role gates (persisted by clients: never rename one). */
export const ADMIN_ERROR_CODES = {
  ADMIN_INVALID: { status: 422, zh: '输入不符合要求', en: 'The input is not acceptable' },
  ADMIN_CONFLICT: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  ADMIN_NOT_FOUND: { status: 404, zh: '未找到该对象', en: 'Not found' },
  TOKEN_EXPIRED: { status: 401, zh: 'API 令牌已过期，请联系系统管理员重新签发', en: 'The API token has expired; ask the administrator for a new one' },
  TOKEN_DEPARTMENT_DEACTIVATED: { status: 401, zh: '令牌所属部门已停用', en: 'The token\'s department is deactivated' },
  FINANCE_SCOPE_ONLY: { status: 403, zh: '财务拨付人员只能办理拨付批次和银行回单，不能执行此操作', en: 'Finance officers only prepare payment batches and import bank returns; this is outside their role' },
  DEPARTMENT_TOKEN_SCOPE_ONLY: { status: 403, zh: '部门系统的接口令牌只能用于数据报送', en: 'A department system\'s token may only deliver data (intake)' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码（管理员已要求您在下次登录时修改密码）', en: 'Change your password first (the administrator requires it)' },
} as const satisfies Record<string, ErrorCodeEntry>;
