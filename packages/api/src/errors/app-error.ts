import type { BilingualText } from '@huiqi/kernel';
import { ERROR_CODES, type ErrorCode } from './error-codes';

/** An expected failure with a code from the table; the error handler renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly bilingual: BilingualText;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, options: { message?: BilingualText; details?: unknown; headers?: Record<string, string> } = {}) {
    const entry = ERROR_CODES[code];
    const message = options.message ?? { zh: entry.zh, en: entry.en };
    super(message.en);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = entry.status;
    this.bilingual = message;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: BilingualText; details?: unknown };
}

export function errorBody(e: AppError): ErrorBody {
  return { error: { code: e.code, message: e.bilingual, ...(e.details !== undefined ? { details: e.details } : {}) } };
}
