import type { BilingualText } from '@huiqi/kernel';

/** Persisted error codes of the appeals domain (mapped to HTTP in one place by the API). Never renamed. */
export const APPEAL_ERROR_CODES = [
  'FIRST_ACTION_MUST_BE_SUBMISSION',
  'ACTION_NOT_ALLOWED',
  'CASE_IS_FINAL',
  'ACTOR_NOT_PERMITTED',
  'ACTION_ID_REUSED',
  'ACTION_OUT_OF_ORDER',
  'INVALID_TIME',
  'PAYLOAD_INVALID',
  'ANONYMOUS_NOT_ALLOWED',
  'REPORTER_IDENTITY_REQUIRED',
  'ARREARS_FORM_INVALID',
  'ARREARS_TERMS_FAILED',
  'REASON_NOT_APPLICABLE',
  'RELATED_CASE_REQUIRED',
  'ARREARS_MUST_BE_TRANSFERRED',
  'ONLY_FOR_ARREARS',
  'LEAD_REQUIRED',
  'LEAD_MUST_BE_SME_BUREAU',
  'RETURN_ALREADY_USED',
  'DISPATCH_IS_FINAL',
  'NO_RUNNING_CLOCK',
  'DUE_DATE_UNKNOWN',
  'EXTENSION_NOT_LATER',
  'EXTENSION_EXCEEDS_CAP',
  'EXTENSION_NOT_WORKING_DAY',
  'REOPEN_NEEDS_DISSATISFIED',
  'REOPEN_LIMIT_REACHED',
  'SUPERVISION_NEEDS_URGE',
  'ALREADY_CREDIT_MARKED',
  'REMINDER_ALREADY_SENT',
  'CALENDAR_YEAR_MISSING',
  'TIME_LIMITS_MISSING',
  'CASE_NOT_VISIBLE',
] as const;
export type AppealErrorCode = (typeof APPEAL_ERROR_CODES)[number];

export interface AppealError {
  code: AppealErrorCode;
  message: BilingualText;
  /** Machine-readable context (field, status, action, year …). */
  details: Record<string, unknown>;
}

export function appealError(code: AppealErrorCode, zh: string, en: string, details: Record<string, unknown> = {}): AppealError {
  return { code, message: { zh, en }, details };
}
