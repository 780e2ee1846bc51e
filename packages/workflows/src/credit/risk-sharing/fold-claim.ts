import type { PlainDate } from '@huiqi/kernel';
import { foldLog } from '../../case-log';
import type { PayeeAccount } from '../../benefits/benefit-action';
import type { AnyClaimAction, CompensationDecision, PooledLoan } from './claim-action';
import type { ClaimStatus } from './claim-status';
import { claimTransitionFor } from './claim-transitions';

/** A risk-compensation claim as its log says. */
export interface RiskClaim {
  claimId: string;
  loan: PooledLoan;
  lossPrincipalFen: number;
  defaultedOn: PlainDate;
  description: string;
  account: PayeeAccount;
  status: ClaimStatus;
  filedAt: string;
  filedBy: string;
  proposal: { fundId: string; decision: CompensationDecision; note: string; by: string; at: string } | null;
  confirmation: { note: string; by: string; at: string } | null;
  rejection: { reason: string; by: string; at: string } | null;
  /** Earlier rounds: each rejection the bank answered by correcting and filing again (补正), oldest first. */
  resubmissions: { rejection: { reason: string; by: string; at: string }; correction: string; by: string; at: string }[];
  payment: { batchId: string; paymentId: string; at: string } | null;
  updatedAt: string;
  version: number;
  anomalies: { index: number; type: string; status: ClaimStatus }[];
}

/** Derives a claim from its append-only log (pure and total for a log that starts with FILED). */
export function foldClaim(log: readonly AnyClaimAction[]): RiskClaim {
  return foldLog(log, 'risk-compensation claim', {
    open(first) {
      if (first.type !== 'FILED') throw new RangeError('a claim log must start with FILED');
      const p = first.payload;
      return {
        claimId: p.claimId, loan: { ...p.loan }, lossPrincipalFen: p.lossPrincipalFen, defaultedOn: p.defaultedOn, description: p.description, account: { ...p.account },
        status: 'FILED', filedAt: first.at, filedBy: first.actor.userId, proposal: null, confirmation: null, rejection: null, resubmissions: [], payment: null, updatedAt: first.at, version: 1, anomalies: [],
      } satisfies RiskClaim as RiskClaim;
    },
    transitionFor: claimTransitionFor,
    apply(c, a, t) {
      switch (a.type) {
        case 'APPROVAL_PROPOSED':
          c.proposal = { fundId: a.payload.fundId, decision: { ...a.payload.decision, citations: [...a.payload.decision.citations] }, note: a.payload.note, by: a.actor.userId, at: a.at };
          break;
        case 'APPROVAL_CONFIRMED':
          c.confirmation = { note: a.payload.note, by: a.actor.userId, at: a.at };
          break;
        case 'REJECTED':
          c.rejection = { reason: a.payload.reason, by: a.actor.userId, at: a.at };
          break;
        case 'RESUBMITTED': {
          const p = a.payload;
          if (c.rejection) c.resubmissions.push({ rejection: c.rejection, correction: p.correction, by: a.actor.userId, at: a.at });
          c.lossPrincipalFen = p.lossPrincipalFen;
          c.defaultedOn = p.defaultedOn;
          c.description = p.description;
          c.account = { ...p.account };
          c.proposal = null;
          c.confirmation = null;
          c.rejection = null;
          break;
        }
        case 'PAYMENT_SCHEDULED':
          c.payment = { batchId: a.payload.batchId, paymentId: a.payload.paymentId, at: a.at };
          break;
        default:
          break;
      }
      c.status = t.to;
    },
  });
}

/** The amount approved (null until two officers approved it). */
export const approvedAmountFen = (c: RiskClaim): number | null => (c.status === 'APPROVED' || c.status === 'PAYMENT_SCHEDULED' ? (c.proposal?.decision.amountFen ?? null) : null);
