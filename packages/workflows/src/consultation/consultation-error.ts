import type { BilingualText } from '@huiqi/kernel';

/** Persisted error codes of the consultation domain (mapped to HTTP once, by the API). Never renamed. */
export const CONSULTATION_ERROR_CODES = [
  'FIRST_ACTION_MUST_BE_OPENING',
  'ACTION_NOT_ALLOWED',
  'CONSULTATION_IS_FINAL',
  'ACTOR_NOT_PERMITTED',
  'ACTION_ID_REUSED',
  'ACTION_OUT_OF_ORDER',
  'INVALID_TIME',
  'PAYLOAD_INVALID',
  'PERIOD_INVALID',
  'PERIOD_TOO_SHORT',
  'END_NOT_WORKING_DAY',
  'CALENDAR_YEAR_MISSING',
  'MINIMUM_PERIOD_UNKNOWN',
  'NOT_YET_OPEN',
  'DEADLINE_PASSED',
  'PERIOD_NOT_ENDED',
  'COMMENT_EMPTY',
  'COMMENT_TOO_LONG',
  'WORDING_TOO_LONG',
  'ARTICLE_NOT_IN_VERSION',
  'ATTACHMENT_TYPE',
  'ATTACHMENT_TOO_LARGE',
  'COMMENT_NOT_FOUND',
  'COMMENT_WITHDRAWN',
  'COMMENT_HIDDEN',
  'COMMENT_ID_REUSED',
  'REASON_REQUIRED',
  'GROUP_INVALID',
  'OPINIONS_UNANSWERED',
  'ALREADY_ANSWERED',
] as const;
export type ConsultationErrorCode = (typeof CONSULTATION_ERROR_CODES)[number];

export interface ConsultationError {
  code: ConsultationErrorCode;
  message: BilingualText;
  details: Record<string, unknown>;
}

export function consultationError(code: ConsultationErrorCode, zh: string, en: string, details: Record<string, unknown> = {}): ConsultationError {
  return { code, message: { zh, en }, details };
}
