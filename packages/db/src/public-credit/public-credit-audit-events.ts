/** Audit events of public credit (信用记录与信用修复; persisted type codes, never renamed). */
export type PublicCreditAuditEvent =
  /** A mark taken into the credit record (subject: the mark id). */
  | { type: 'CREDIT_MARK_RECORDED'; subject: string; payload: { kind: string; uscc: string; sourceKind: string; sourceRef: string; isPublic: boolean; publicationEnd: string } }
  /** An approved repair ended a mark's publication (subject: the mark id). */
  | { type: 'CREDIT_MARK_PUBLICATION_ENDED'; subject: string; payload: { repairId: string; repairedOn: string } }
  /** One action on a credit-repair application (subject: the repair id). */
  /** One action on an objection (异议; subject: the objection id). */
  | { type: 'CREDIT_OBJECTION_ACTION_RECORDED'; subject: string; payload: { markId: string; actionId: string; actionType: string; seq: number; actorKind: string } }
  | { type: 'CREDIT_REPAIR_ACTION_RECORDED'; subject: string; payload: { markId: string; actionId: string; actionType: string; seq: number; actorKind: string } };
