import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the request guard (time and memory budgets). Persisted by clients: never rename one. */
export const GUARD_ERROR_CODES = {
  SERVER_OVER_BUDGET: {
    status: 503,
    zh: '请求超出服务器的时间或内存预算，已停止处理；其他功能照常可用。请稍后重试，或缩小查询范围。',
    en: 'The request went over the server\'s time or memory budget and was stopped; everything else keeps working. Try again later, or narrow the request.',
  },
} as const satisfies Record<string, ErrorCodeEntry>;
