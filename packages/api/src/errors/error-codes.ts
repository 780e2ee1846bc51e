import { MODULE_ERROR_CODES, type ErrorCodeEntry } from './module-error-codes';

/**
 * Every application error code, its HTTP status and its default bilingual message — the one place
 * where codes map to statuses. Codes are persisted by clients: never rename one.
 */
const CORE_ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数不符合要求', en: 'The request is not valid' },
  MALFORMED_REQUEST: { status: 400, zh: '请求格式错误', en: 'The request is malformed' },
  INVALID_TEXT: { status: 400, zh: '文本含有不允许的字符', en: 'The text contains characters that are not allowed' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in first' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  INVALID_TOKEN: { status: 401, zh: 'API 令牌无效或已撤销', en: 'The API token is invalid or revoked' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  CROSS_SITE_REFUSED: { status: 403, zh: '拒绝来自其他网站的请求：请在本平台页面上操作', en: 'Requests from other sites are refused: use the platform’s own pages' },
  DEMO_LOGIN_DISABLED: { status: 403, zh: '演示账号仅在演示模式下可用', en: 'Demo logins work only in demo mode' },
  NOT_FOUND: { status: 404, zh: '请求的地址不存在', en: 'No such address' },
  ENTERPRISE_NOT_FOUND: { status: 404, zh: '未找到该企业', en: 'No such enterprise' },
  DEPARTMENT_NOT_FOUND: { status: 404, zh: '未找到该部门', en: 'No such department' },
  TOKEN_NOT_FOUND: { status: 404, zh: '未找到该令牌', en: 'No such token' },
  ENTERPRISE_EXISTS: { status: 409, zh: '该统一社会信用代码的企业已登记', en: 'An enterprise with this code is already registered' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  URI_TOO_LONG: { status: 414, zh: '地址过长', en: 'The address is too long' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型，请使用 application/json', en: 'Unsupported content type; use application/json' },
  RATE_LIMITED: { status: 429, zh: '尝试次数过多，请稍后再试', en: 'Too many attempts; try again later' },
  INTERNAL_ERROR: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, ErrorCodeEntry>;

/** Core codes plus every module's own table (see module-error-codes.ts). */
export const ERROR_CODES = { ...CORE_ERROR_CODES, ...MODULE_ERROR_CODES } as const;

export type ErrorCode = keyof typeof ERROR_CODES;
