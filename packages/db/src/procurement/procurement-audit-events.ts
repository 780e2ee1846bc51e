/** Audit events of the procurement module. Type codes are persisted: never rename one. */
export type ProcurementAuditEvent =
  | {
      type: 'PROCUREMENT_PROJECT_CREATED';
      subject: string;
      payload: { departmentId: string; year: number; code: string; name: string; budgetFen: number; reservationMethod: string; reservedFen: number };
    }
  | { type: 'PROCUREMENT_PROJECT_UPDATED'; subject: string; payload: { departmentId: string; version: number; changedFields: string[]; reservedFen: number } }
  | { type: 'PROCUREMENT_PROJECT_DELETED'; subject: string; payload: { departmentId: string; year: number; code: string; name: string } }
  | { type: 'PROCUREMENT_BIDS_EVALUATED'; subject: string; payload: { evaluationId: string; lotId: string | null; evaluatedOn: string; bids: number } }
  | { type: 'PROCUREMENT_DECLARATION_ISSUED'; subject: string; payload: { declarationId: string; category: string; projectId: string | null; checkStatus: string } }
  | { type: 'PROCUREMENT_AWARD_PUBLISHED'; subject: string; payload: { awardId: string; evaluationId: string; winnerName: string; usedSmePreference: boolean; declarationId: string | null } };
