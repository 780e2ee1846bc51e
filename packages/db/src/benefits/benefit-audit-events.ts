/** Audit events of the benefits module (persisted type codes, never renamed). */
export type BenefitAuditEvent =
  | { type: 'BENEFIT_FUND_SAVED'; subject: string; payload: { year: number; budgetFen: number; departmentId: string } }
  | { type: 'BENEFIT_POLICY_LINKED'; subject: string; payload: { fundId: string; channel: string } }
  | { type: 'BENEFIT_ACTION_RECORDED'; subject: string; payload: { trackingNumber: string; actionType: string; seq: number; status: string; amountFen: number | null } }
  | { type: 'BENEFIT_ATTACHMENT_UPLOADED'; subject: string; payload: { caseId: string; contentType: string; sizeBytes: number; sha256: string } }
  | { type: 'BENEFIT_PAYMENT_BATCH_CREATED'; subject: string; payload: { fundId: string; lines: number; totalFen: number } }
  | { type: 'BENEFIT_PAYMENT_BATCH_EXPORTED'; subject: string; payload: { format: 'CSV' | 'XLSX'; lines: number } }
  | { type: 'BENEFIT_BANK_RETURN_IMPORTED'; subject: string; payload: { sha256: string; paid: number; failed: number; unchanged: number } }
  | { type: 'BENEFIT_SHARED_FACTS_RECORDED'; subject: string; payload: { policyId: string; source: string } }
  | { type: 'BENEFIT_FINANCE_OFFICER_GRANTED'; subject: string; payload: Record<string, never> };
