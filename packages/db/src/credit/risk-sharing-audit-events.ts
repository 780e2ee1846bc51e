/** Audit events of loan-loss risk compensation (persisted type codes, never renamed). */
export type RiskSharingAuditEvent =
  /** 入池登记 (subject: the demand id of the loan). */
  | { type: 'RISK_POOL_LOAN_REGISTERED'; subject: string; payload: { institutionId: string; uscc: string; principalFen: number } }
  /** An action on a claim (subject: the claim id). */
  | { type: 'RISK_CLAIM_ACTION_RECORDED'; subject: string; payload: { actionId: string; actionType: string; seq: number; actorKind: string } }
  /** Claims put in a payment batch (subject: the batch id). */
  | { type: 'RISK_CLAIMS_BATCHED'; subject: string; payload: { lines: number; totalFen: number } };
