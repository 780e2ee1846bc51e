/** Audit events of the inspections module. Type codes are persisted: never rename one. */
export type InspectionAuditEvent =
  | { type: 'INSPECTION_ITEM_CREATED'; subject: string; payload: { departmentId: string; name: string; legalBasis: string[]; method: string; annualCap: number } }
  | { type: 'INSPECTION_ITEM_PUBLISHED'; subject: string; payload: { departmentId: string } }
  | { type: 'INSPECTION_INSPECTOR_SAVED'; subject: string; payload: { departmentId: string; conflicts: number; isActive: boolean } }
  | { type: 'INSPECTION_RISK_GRADES_SET'; subject: string; payload: { count: number; gradedOn: string } }
  | { type: 'INSPECTION_PLAN_ACTION_RECORDED'; subject: string; payload: { departmentId: string; actionId: string; actionType: string; seq: number; status: string } }
  | { type: 'INSPECTION_VISIT_REGISTERED'; subject: string; payload: { departmentId: string; uscc: string; planId: string | null; inspectorIds: string[]; isEmergency: boolean } }
  | { type: 'INSPECTION_VISIT_CLOSED'; subject: string; payload: { departmentId: string } }
  // Anonymous: the subject is the department, never the visit or the enterprise.
  | { type: 'INSPECTION_VISIT_RATED'; subject: string; payload: { departmentId: string } }
  | { type: 'INSPECTION_VISIT_COMPLAINED'; subject: string; payload: { departmentId: string; trackingNumber: string } }
  | { type: 'INSPECTION_RESULT_RECORDED'; subject: string; payload: { departmentId: string; uscc: string; outcome: string; publishDue: string | null } }
  | { type: 'INSPECTION_RESULT_PUBLISHED'; subject: string; payload: { departmentId: string } }
  | { type: 'INSPECTION_UNREGISTERED_REPORTED'; subject: string; payload: { departmentId: string | null; trackingNumber: string } };
