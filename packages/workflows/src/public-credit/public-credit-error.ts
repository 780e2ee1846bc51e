import type { BilingualText } from '@huiqi/kernel';

/** Refusals of the public-credit domain (persisted codes, mapped to HTTP once by the API; never renamed). */
export const PUBLIC_CREDIT_ERROR_CODES = [
  'CREDIT_MARK_SOURCE_NOT_ARREARS',
  'CREDIT_MARK_NOT_FOUND_IN_CASE',
  'CREDIT_MARK_DEBTOR_WITHOUT_USCC',
  'CREDIT_MARK_SERIOUS_REASON_REQUIRED',
  'CREDIT_MARK_RESULT_NOT_CASE_OPENED',
  'CREDIT_MARK_MINOR_VIOLATION',
  'CREDIT_MARK_DECISION_INVALID',
  'CREDIT_MARK_PERIOD_UNKNOWN',
  'CREDIT_REPAIR_MINIMUM_NOT_SERVED',
  'CREDIT_REPAIR_PUBLICATION_ENDED',
  'CREDIT_REPAIR_ALREADY_REPAIRED',
  'CREDIT_REPAIR_APPLICATION_OPEN',
  'CREDIT_REPAIR_NOT_OWN_MARK',
  'CREDIT_REPAIR_MEASURES_EMPTY',
  'CREDIT_REPAIR_EVIDENCE_EMPTY',
  'CREDIT_REPAIR_REASONS_REQUIRED',
  'CREDIT_REPAIR_ACTION_NOT_ALLOWED',
  'CREDIT_REPAIR_ACTOR_NOT_PERMITTED',
  'CREDIT_OBJECTION_EXPLANATION_EMPTY',
  'CREDIT_OBJECTION_REASONS_REQUIRED',
  'CREDIT_OBJECTION_ACTION_NOT_ALLOWED',
  'CREDIT_OBJECTION_ACTOR_NOT_PERMITTED',
  'CREDIT_OBJECTION_CORRECTION_REQUIRED',
  'CREDIT_OBJECTION_SUPPLEMENT_REQUIRED',
  'CREDIT_OBJECTION_CONTENT_NOT_EXPECTED',
] as const;
export type PublicCreditErrorCode = (typeof PUBLIC_CREDIT_ERROR_CODES)[number];

export interface PublicCreditError {
  code: PublicCreditErrorCode;
  /** The refused input field, when one is to blame. */
  field: string | null;
  message: BilingualText;
  details: Record<string, unknown>;
}

export const publicCreditError = (code: PublicCreditErrorCode, field: string | null, zh: string, en: string, details: Record<string, unknown> = {}): PublicCreditError => ({
  code, field, message: { zh, en }, details,
});
