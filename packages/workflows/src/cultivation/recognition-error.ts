import type { BilingualText } from '@huiqi/kernel';

/** Persisted error codes of the recognition domain (mapped to HTTP once, by the API). Never renamed. */
export const RECOGNITION_ERROR_CODES = [
  'FIRST_ACTION_MUST_BE_SUBMISSION',
  'ACTION_NOT_ALLOWED',
  'APPLICATION_IS_FINAL',
  'ACTOR_NOT_PERMITTED',
  'ACTION_ID_REUSED',
  'ACTION_OUT_OF_ORDER',
  'INVALID_TIME',
  'PAYLOAD_INVALID',
  'DUPLICATE_APPLICATION',
  'ROUND_DEADLINE_PASSED',
  'ATTACHMENTS_MISSING',
  'SELF_ASSESSMENT_MISSING',
  'TIER_MISMATCH',
  'REASON_REQUIRED',
  'SEED_INVALID',
  'TOO_FEW_EXPERTS',
  'EXPERT_CONFLICT',
  'EXPERT_NOT_ASSIGNED',
  'ALREADY_SCORED',
  'SCORE_INVALID',
  'SCORES_INCOMPLETE',
  'SCORE_BELOW_PASS_MARK',
  'CALENDAR_YEAR_MISSING',
  'PUBLICITY_ENDED',
  'PUBLICITY_NOT_ENDED',
  'OBJECTIONS_UNANSWERED',
  'OBJECTION_NOT_FOUND',
  'OBJECTION_ID_REUSED',
  'ALREADY_ANSWERED',
  'OBJECTION_UPHELD',
  'CERTIFICATE_NUMBER_INVALID',
  'RECOGNITION_EXPIRED',
] as const;
export type RecognitionErrorCode = (typeof RECOGNITION_ERROR_CODES)[number];

export interface RecognitionError {
  code: RecognitionErrorCode;
  message: BilingualText;
  details: Record<string, unknown>;
}

export function recognitionError(code: RecognitionErrorCode, zh: string, en: string, details: Record<string, unknown> = {}): RecognitionError {
  return { code, message: { zh, en }, details };
}
