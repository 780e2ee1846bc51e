import type { BilingualText } from '@huiqi/kernel';

/** Refusals of risk sharing (persisted codes; never renamed). `field` names the input at fault. */
export const RISK_SHARING_ERROR_CODES = [
  'RISK_CLAIM_ACTION_NOT_ALLOWED',
  'RISK_CLAIM_ACTOR_NOT_PERMITTED',
  'RISK_CLAIM_SAME_REVIEWER',
  'RISK_CLAIM_LOSS_INVALID',
  'RISK_CLAIM_DEFAULT_DATE_INVALID',
  'RISK_CLAIM_DESCRIPTION_EMPTY',
  'RISK_CLAIM_ACCOUNT_INVALID',
  'RISK_CLAIM_REASON_REQUIRED',
  'RISK_CLAIM_NOT_COMPENSABLE',
  'RISK_CLAIM_CORRECTION_REQUIRED',
] as const;
export type RiskSharingErrorCode = (typeof RISK_SHARING_ERROR_CODES)[number];

export interface RiskSharingError {
  code: RiskSharingErrorCode;
  field: string | null;
  message: BilingualText;
}

export const riskSharingError = (code: RiskSharingErrorCode, field: string | null, zh: string, en: string): RiskSharingError => ({ code, field, message: { zh, en } });
