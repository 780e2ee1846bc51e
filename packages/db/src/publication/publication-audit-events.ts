/** Audit events of policy publication. Type codes are persisted: never rename one. */
export type PublicationAuditEvent =
  | { type: 'POLICY_DRAFTED'; subject: string; payload: { policyKey: string; version: number; departmentId: string } }
  | { type: 'POLICY_DRAFT_EDITED'; subject: string; payload: { policyKey: string; version: number; changedFields: string[] } }
  | { type: 'POLICY_SUBMITTED_FOR_REVIEW'; subject: string; payload: { policyKey: string; version: number } }
  | { type: 'POLICY_RETURNED'; subject: string; payload: { policyKey: string; version: number; note: string } }
  | { type: 'POLICY_PUBLISHED'; subject: string; payload: { policyKey: string; version: number; supersedes: string | null } }
  | { type: 'POLICY_WITHDRAWN'; subject: string; payload: { policyKey: string; version: number; note: string } };
