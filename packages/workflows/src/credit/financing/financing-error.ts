import type { BilingualText } from '@huiqi/kernel';

/** Refusals of the financing domain (persisted codes; never renamed). */
export const FINANCING_ERROR_CODES = [
  'FINANCING_ACTION_NOT_ALLOWED',
  'FINANCING_ACTOR_NOT_PERMITTED',
  'FINANCING_AMOUNT_INVALID',
  'FINANCING_TERM_INVALID',
  'FINANCING_PURPOSE_EMPTY',
  'FINANCING_RATE_INVALID',
  'FINANCING_GRANT_DATE_INVALID',
  'FINANCING_REASON_REQUIRED',
] as const;
export type FinancingErrorCode = (typeof FINANCING_ERROR_CODES)[number];

export interface FinancingError {
  code: FinancingErrorCode;
  field: string | null;
  message: BilingualText;
}

export const financingError = (code: FinancingErrorCode, field: string | null, zh: string, en: string): FinancingError => ({ code, field, message: { zh, en } });
