import type { PlainDate } from '@huiqi/kernel';
import type { PayeeAccount } from '../../benefits/benefit-action';
import type { ClaimActionType } from './claim-status';

/** Who acts: a user of a financial institution, an SME-bureau officer, or the payments officer. */
export type ClaimActor =
  | { kind: 'INSTITUTION'; userId: string; institutionId: string }
  | { kind: 'OFFICER'; userId: string }
  | { kind: 'FINANCE'; userId: string };


/** The loan as it was registered in the risk pool (a recorded financing outcome of the marketplace). */
export interface PooledLoan {
  demandId: string;
  uscc: string;
  institutionId: string;
  principalFen: number;
  grantedOn: PlainDate;
  registeredOn: PlainDate;
}

/** The rule's amount as the proposing officer saw it, kept with the decision so it can be reproduced. */
export interface CompensationDecision {
  amountFen: number;
  /** Exact decimal text of the share compensated, e.g. "0.5". */
  share: string;
  countedLossFen: number;
  assessedOn: PlainDate;
  citations: string[];
  /** The version applied was flagged unverified (its figures wait for a published text). */
  isUnverified: boolean;
}

export interface ClaimPayloads {
  /** `account`: the bank's own account the compensation is paid to. */
  FILED: { claimId: string; loan: PooledLoan; lossPrincipalFen: number; defaultedOn: PlainDate; description: string; account: PayeeAccount };
  APPROVAL_PROPOSED: { fundId: string; decision: CompensationDecision; note: string };
  APPROVAL_CONFIRMED: { note: string };
  REJECTED: { reason: string };
  PAYMENT_SCHEDULED: { batchId: string; paymentId: string };
  /** 补正: the corrected filing (the loan stays the one registered) and what was corrected, in the bank's words. */
  RESUBMITTED: { lossPrincipalFen: number; defaultedOn: PlainDate; description: string; account: PayeeAccount; correction: string };
}

export interface ClaimAction<T extends ClaimActionType = ClaimActionType> {
  id: string;
  type: T;
  /** ISO instant. */
  at: string;
  actor: ClaimActor;
  payload: ClaimPayloads[T];
}

export type AnyClaimAction = { [T in ClaimActionType]: ClaimAction<T> }[ClaimActionType];
