import type { ServicesError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';

/** A domain refusal as an API error: same code, the domain's bilingual message and details. */
export const refusal = (e: ServicesError): AppError => new AppError(e.code as ErrorCode, { message: e.message, details: e.details });
