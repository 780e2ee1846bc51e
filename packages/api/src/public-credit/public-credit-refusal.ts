import type { PublicCreditError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';

/** A domain refusal as an API error: same code, the domain's bilingual message, the field it names. */
export const refusal = (e: PublicCreditError): AppError => new AppError(e.code as ErrorCode, { message: e.message, details: { ...(e.field ? { field: e.field } : {}), ...e.details } });
