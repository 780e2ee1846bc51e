import type { DemandTerms, LoanOutcome } from './demand';
import type { AnyDemandAction } from './demand-action';
import type { DemandStatus } from './demand-status';
import { DEMAND_TRANSITIONS, type DemandStatusTransitions } from './demand-transitions';

/** A financing demand as its log says: the published terms, who took it, the loan recorded. */
export interface FinancingDemand extends DemandTerms {
  demandId: string;
  uscc: string;
  status: DemandStatus;
  publishedAt: string;
  updatedAt: string;
  takenBy: string | null;
  takenAt: string | null;
  loan: (LoanOutcome & { institutionId: string; recordedAt: string }) | null;
  /** Institutions that released it before (不予放款), with their reasons. */
  releases: { institutionId: string; reason: string; at: string }[];
}

/** Folds a demand's log (first action PUBLISHED) into its state; the status follows the transition table. */
export function foldDemand(log: readonly AnyDemandAction[]): FinancingDemand {
  const first = log[0];
  if (!first || first.type !== 'PUBLISHED') throw new Error('a demand log starts with PUBLISHED');
  const p = first.payload;
  const d: FinancingDemand = {
    demandId: p.demandId, uscc: p.uscc, amountFen: p.amountFen, termMonths: p.termMonths, purpose: p.purpose, collateral: p.collateral, urgency: p.urgency,
    status: 'PUBLISHED', publishedAt: first.at, updatedAt: first.at, takenBy: null, takenAt: null, loan: null, releases: [],
  };
  for (const a of log.slice(1)) {
    const row: DemandStatusTransitions = DEMAND_TRANSITIONS[d.status];
    const t = row[a.type];
    if (!t) throw new Error(`action ${a.type} not allowed in ${d.status}`);
    d.status = t.to;
    d.updatedAt = a.at;
    if (a.type === 'TAKEN' && a.actor.kind === 'INSTITUTION') {
      d.takenBy = a.actor.institutionId;
      d.takenAt = a.at;
    } else if (a.type === 'RELEASED') {
      d.releases.push({ institutionId: d.takenBy ?? '', reason: a.payload.reason, at: a.at });
      d.takenBy = null;
      d.takenAt = null;
    } else if (a.type === 'LOAN_RECORDED' && a.actor.kind === 'INSTITUTION') {
      d.loan = { ...a.payload, institutionId: a.actor.institutionId, recordedAt: a.at };
    }
  }
  return d;
}
