import type { BilingualText } from '@huiqi/kernel';

/** Persisted error codes of the services domain (mapped to HTTP once, by the API). Never renamed. */
export const SERVICES_ERROR_CODES = [
  'SERVICES_ACTION_NOT_ALLOWED',
  'SERVICES_ACTOR_NOT_PERMITTED',
  'SERVICES_INVALID_INPUT',
  'PROVIDER_USCC_INVALID',
  'PROVIDER_NOT_APPROVED',
  'PROVIDER_CATEGORY_NOT_OFFERED',
  'PROGRAMME_INVALID',
  'PROGRAMME_BUDGET_EXCEEDED',
  'VOUCHER_NOT_YET_VALID',
  'VOUCHER_EXPIRED',
  'VOUCHER_ALREADY_CLAIMED',
  'VOUCHER_ALREADY_REDEEMED',
  'VOUCHER_NOT_HOLDER',
  'VOUCHER_NOT_CLAIMED',
  'VOUCHER_CATEGORY_NOT_COVERED',
  'VOUCHER_RELATED_PARTY',
  'VOUCHER_ENTERPRISE_NOT_ELIGIBLE',
  'VOUCHER_ELIGIBILITY_UNKNOWN',
] as const;
export type ServicesErrorCode = (typeof SERVICES_ERROR_CODES)[number];

export interface ServicesError {
  code: ServicesErrorCode;
  message: BilingualText;
  details: Record<string, unknown>;
}

export function servicesError(code: ServicesErrorCode, zh: string, en: string, details: Record<string, unknown> = {}): ServicesError {
  return { code, message: { zh, en }, details };
}
