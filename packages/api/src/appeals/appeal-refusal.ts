import type { AppealError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';
import { APPEALS_ERROR_CODES } from './appeals-error-codes';

/** A domain refusal as an HTTP error: `APPEAL_<code>`, the domain's bilingual message and details. */
export function appealRefusal(e: AppealError): AppError {
  const code = `APPEAL_${e.code}`;
  const known = code in APPEALS_ERROR_CODES ? (code as ErrorCode) : ('APPEAL_PAYLOAD_INVALID' as ErrorCode);
  return new AppError(known, { message: e.message, details: { ...e.details, domainCode: e.code } });
}
