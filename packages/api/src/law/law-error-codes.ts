import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of the law reader (`/api/law/…`). Codes are persisted by clients: never rename one.
 * Messages are defaults; the routes usually give a more specific bilingual message.
 */
export const LAW_ERROR_CODES = {
  LAW_WORK_NOT_FOUND: { status: 404, zh: '未找到该法规或政策文件', en: 'No such regulation or policy document' },
  LAW_VERSION_NOT_FOUND: { status: 404, zh: '该文件没有这个版本', en: 'The document has no such version' },
  LAW_ADDRESS_INVALID: { status: 400, zh: '条文地址格式错误', en: 'The legal address is malformed' },
  LAW_ADDRESS_NOT_RESOLVED: { status: 404, zh: '条文地址无法解析到有效文本', en: 'The legal address does not resolve to any text' },
} as const satisfies Record<string, ErrorCodeEntry>;
