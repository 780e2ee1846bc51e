import type { ConsultationError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';
import { CONSULTATION_ERROR_CODES_HTTP } from './consultation-error-codes';

/** A domain refusal as an HTTP error: `CONSULTATION_<code>`, the domain's bilingual message and details. */
export function consultationRefusal(e: ConsultationError): AppError {
  const code = `CONSULTATION_${e.code}`;
  const known = code in CONSULTATION_ERROR_CODES_HTTP ? (code as ErrorCode) : ('CONSULTATION_PAYLOAD_INVALID' as ErrorCode);
  return new AppError(known, { message: e.message, details: { ...e.details, domainCode: e.code } });
}
