import type { RecognitionError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';
import { CULTIVATION_ERROR_CODES_HTTP } from './cultivation-error-codes';

/** A domain refusal as an HTTP error: `CULTIVATION_<code>`, the domain's bilingual message and details. */
export function cultivationRefusal(e: RecognitionError): AppError {
  const code = `CULTIVATION_${e.code}`;
  const known = code in CULTIVATION_ERROR_CODES_HTTP ? (code as ErrorCode) : ('CULTIVATION_PAYLOAD_INVALID' as ErrorCode);
  return new AppError(known, { message: e.message, details: { ...e.details, domainCode: e.code } });
}
