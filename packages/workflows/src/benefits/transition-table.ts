import type { BenefitActionType, BenefitActorRole } from './benefit-action';
import type { BenefitStatus } from './status';

/**
 * Where an action leads:
 * - a status;
 * - DECIDED: OVERRIDE_PENDING when the amount differs from the computed one, else PUBLIC_NOTICE
 *   when the policy requires a notice period, else APPROVED;
 * - AFTER_OVERRIDE: PUBLIC_NOTICE or APPROVED, as the approval said.
 */
export type BenefitTarget = BenefitStatus | 'DECIDED' | 'AFTER_OVERRIDE';

export interface BenefitTransition {
  /** null = the action opens a case. */
  readonly from: readonly BenefitStatus[] | null;
  readonly by: readonly BenefitActorRole[];
  readonly to: BenefitTarget;
}

/** The one table of allowed transitions of benefit cases. */
export const BENEFIT_TRANSITIONS = {
  SUBMIT: { from: null, by: ['ENTERPRISE'], to: 'SUBMITTED' },
  LIST: { from: null, by: ['SYSTEM', 'REVIEWER'], to: 'LISTED' },
  CONFIRM: { from: ['LISTED'], by: ['ENTERPRISE'], to: 'CONFIRMED' },
  DECLINE: { from: ['LISTED', 'CONFIRMED'], by: ['ENTERPRISE'], to: 'DECLINED' },
  ACCEPT: { from: ['SUBMITTED'], by: ['REVIEWER'], to: 'UNDER_REVIEW' },
  REQUEST_CORRECTION: { from: ['SUBMITTED', 'UNDER_REVIEW'], by: ['REVIEWER'], to: 'AWAITING_CORRECTION' },
  SUBMIT_CORRECTION: { from: ['AWAITING_CORRECTION'], by: ['ENTERPRISE'], to: 'UNDER_REVIEW' },
  APPROVE: { from: ['UNDER_REVIEW', 'CONFIRMED'], by: ['REVIEWER'], to: 'DECIDED' },
  CONFIRM_OVERRIDE: { from: ['OVERRIDE_PENDING'], by: ['REVIEWER'], to: 'AFTER_OVERRIDE' },
  REJECT: { from: ['SUBMITTED', 'UNDER_REVIEW', 'OVERRIDE_PENDING', 'PUBLIC_NOTICE', 'CONFIRMED'], by: ['REVIEWER'], to: 'REJECTED' },
  END_NOTICE: { from: ['PUBLIC_NOTICE'], by: ['SYSTEM', 'REVIEWER'], to: 'APPROVED' },
  WITHDRAW: { from: ['SUBMITTED', 'UNDER_REVIEW', 'AWAITING_CORRECTION'], by: ['ENTERPRISE'], to: 'WITHDRAWN' },
  SCHEDULE_PAYMENT: { from: ['APPROVED', 'PAYMENT_FAILED'], by: ['FINANCE'], to: 'PAYMENT_IN_PROGRESS' },
  RECORD_PAID: { from: ['PAYMENT_IN_PROGRESS'], by: ['FINANCE'], to: 'PAID' },
  RECORD_PAYMENT_FAILED: { from: ['PAYMENT_IN_PROGRESS'], by: ['FINANCE'], to: 'PAYMENT_FAILED' },
} as const satisfies Record<BenefitActionType, BenefitTransition>;
