import type { BilingualText } from '@huiqi/kernel';

/** A refused action on a benefit case, with the reason shown to the user. */
export interface BenefitError {
  code:
    | 'BENEFIT_TRANSITION_NOT_ALLOWED'
    | 'BENEFIT_NOT_PERMITTED'
    | 'BENEFIT_OVERRIDE_REASON_REQUIRED'
    | 'BENEFIT_SECOND_REVIEWER_REQUIRED'
    | 'BENEFIT_NOTICE_NOT_OVER'
    | 'BENEFIT_INVALID_ACTION';
  message: BilingualText;
}

export const benefitError = (code: BenefitError['code'], zh: string, en: string): BenefitError => ({ code, message: { zh, en } });
