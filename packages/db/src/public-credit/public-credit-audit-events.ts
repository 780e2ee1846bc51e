/** Audit events of public credit (信用记录与信用修复; persisted type codes, never renamed). */
export type PublicCreditAuditEvent =
  /** A mark taken into the credit record (subject: the mark id). */
  | { type: 'CREDIT_MARK_RECORDED'; subject: string; payload: { kind: string; uscc: string; sourceKind: string; sourceRef: string; isPublic: boolean; publicationEnd: string } }
  /** An approved repair ended a mark's publication (subject: the mark id). */
  | { type: 'CREDIT_MARK_PUBLICATION_ENDED'; subject: string; payload: { repairId: string; repairedOn: string } }
  /** An upheld objection's handling carried out on the mark (更正、补充、停止公开; subject: the mark id; article: the item of 社会信用条例 第五十一条第四款). */
  | { type: 'CREDIT_MARK_CHANGED_ON_OBJECTION'; subject: string; payload: { objectionId: string; change: string; seq: number; article: string } }
  /** One action on an objection (异议; subject: the objection id). */
  | { type: 'CREDIT_OBJECTION_ACTION_RECORDED'; subject: string; payload: { markId: string; actionId: string; actionType: string; seq: number; actorKind: string } }
  /** One action on a credit-repair application (subject: the repair id). */
  | { type: 'CREDIT_REPAIR_ACTION_RECORDED'; subject: string; payload: { markId: string; actionId: string; actionType: string; seq: number; actorKind: string } };
