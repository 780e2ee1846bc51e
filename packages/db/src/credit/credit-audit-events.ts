/** Audit events of the credit and financing module (persisted type codes, never renamed). */
export type CreditAuditEvent =
  | {
      type: 'CREDIT_CONSENT_GRANTED';
      /** The consent id. */
      subject: string;
      payload: { uscc: string; institutionId: string; scopes: string[]; endDate: string; digest: string };
    }
  | { type: 'CREDIT_CONSENT_REVOKED'; subject: string; payload: { uscc: string; institutionId: string } }
  | {
      type: 'FINANCING_DEMAND_ACTION_RECORDED';
      /** The demand id. */
      subject: string;
      payload: { actionId: string; actionType: string; seq: number; actorKind: string };
    }
  /** 产融合作白名单: a department's nomination (subject: the nomination id). */
  | { type: 'WHITELIST_NOMINATED'; subject: string; payload: { uscc: string; departmentId: string } }
  | { type: 'WHITELIST_NOMINATION_REVIEWED'; subject: string; payload: { decision: 'ACCEPTED' | 'REFUSED' } }
  /** A published edition (subject: the edition number). */
  | { type: 'WHITELIST_EDITION_PUBLISHED'; subject: string; payload: { validFrom: string; validUntil: string; usccs: string[] } };
