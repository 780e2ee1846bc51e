/** Audit events of the cultivation module (persisted type codes, never renamed). */
export type CultivationAuditEvent =
  | { type: 'CULTIVATION_ROUND_CREATED'; subject: string; payload: { tier: string; year: number; deadline: string } }
  | { type: 'CULTIVATION_ACTION_RECORDED'; subject: string; payload: { actionId: string; actionType: string; seq: number; actorKind: string; actorId: string } }
  | { type: 'CULTIVATION_EXPERT_SAVED'; subject: string; payload: { fields: string[]; conflicts: number; active: boolean } }
  | { type: 'CULTIVATION_ATTACHMENT_UPLOADED'; subject: string; payload: { uscc: string; kind: string; bytes: number; sha256: string } }
  | { type: 'CULTIVATION_QUALIFICATION_SET'; subject: string; payload: { applicationId: string; tag: string; certificateNumber: string; validFrom: string; validUntil: string; batchId: string } }
  | { type: 'CULTIVATION_TARGET_SET'; subject: string; payload: { target: number; cumulative: boolean } };
