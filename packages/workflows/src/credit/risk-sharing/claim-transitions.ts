import type { ClaimActionType, ClaimStatus } from './claim-status';

/**
 * Who may act on a claim, relative to it: BANK — the financial institution that registered the loan and
 * filed the claim; REVIEWER — an SME-bureau officer (the second reviewer is never the one who proposed,
 * a guard); FINANCE — the payments officer, through a payment batch.
 */
export type ClaimPerformer = 'BANK' | 'REVIEWER' | 'FINANCE';

export interface ClaimTransition {
  readonly by: readonly ClaimPerformer[];
  readonly to: ClaimStatus;
}

export type ClaimStatusTransitions = { readonly [A in ClaimActionType]?: ClaimTransition };

/**
 * THE table of allowed actions per status. FILED is the first action, on an empty log. Approval takes two
 * officers (双人复核): one proposes it at the rule's amount, another confirms it; either may reject with
 * a reason. A rejected claim may be corrected and filed again by the bank (补正后重新提交, the shape of the
 * benefits' SUBMIT_CORRECTION: the same case, a new round of review; the rejection stays in the log). An
 * approved claim is paid through its fund's benefit payment batch.
 */
export const CLAIM_TRANSITIONS = {
  FILED: {
    APPROVAL_PROPOSED: { by: ['REVIEWER'], to: 'APPROVAL_PROPOSED' },
    REJECTED: { by: ['REVIEWER'], to: 'REJECTED' },
  },
  APPROVAL_PROPOSED: {
    APPROVAL_CONFIRMED: { by: ['REVIEWER'], to: 'APPROVED' },
    REJECTED: { by: ['REVIEWER'], to: 'REJECTED' },
  },
  APPROVED: {
    PAYMENT_SCHEDULED: { by: ['FINANCE'], to: 'PAYMENT_SCHEDULED' },
  },
  REJECTED: {
    RESUBMITTED: { by: ['BANK'], to: 'FILED' },
  },
  PAYMENT_SCHEDULED: {},
} as const satisfies Record<ClaimStatus, ClaimStatusTransitions>;

export function claimTransitionFor(status: ClaimStatus, action: ClaimActionType): ClaimTransition | null {
  const row: ClaimStatusTransitions = CLAIM_TRANSITIONS[status];
  return row[action] ?? null;
}
