import type { BilingualText } from '@huiqi/kernel';

/** Refusals of the credit domain (persisted codes; the API prefixes nothing: they are already CREDIT_…). */
export const CREDIT_ERROR_CODES = [
  'CREDIT_INSTITUTION_UNKNOWN',
  'CREDIT_SCOPES_EMPTY',
  'CREDIT_SCOPE_DUPLICATE',
  'CREDIT_PERIOD_END_BEFORE_START',
  'CREDIT_PERIOD_TOO_LONG',
  'CREDIT_PERIOD_STARTS_IN_PAST',
  'CREDIT_MAX_PERIOD_UNKNOWN',
  'CREDIT_PURPOSE_EMPTY',
  'CREDIT_PURPOSE_DEMAND_NOT_OWN',
] as const;
export type CreditErrorCode = (typeof CREDIT_ERROR_CODES)[number];

export interface CreditError {
  code: CreditErrorCode;
  /** The input field the refusal is about (`institutionId`, `scopes`, `endDate` …). */
  field: string;
  message: BilingualText;
  details?: Record<string, unknown>;
}

export const creditError = (code: CreditErrorCode, field: string, zh: string, en: string, details?: Record<string, unknown>): CreditError => ({ code, field, message: { zh, en }, ...(details ? { details } : {}) });
