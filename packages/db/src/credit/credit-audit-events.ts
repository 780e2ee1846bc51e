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
  | { type: 'WHITELIST_EDITION_PUBLISHED'; subject: string; payload: { validFrom: string; validUntil: string; usccs: string[] } }
  /** 产融合作白名单: a removal with its reason (subject: the removal id); the regulator's co-signature of an edition (subject: the edition number). */
  | { type: 'WHITELIST_REMOVED'; subject: string; payload: { uscc: string } }
  | { type: 'WHITELIST_EDITION_COSIGNED'; subject: string; payload: { departmentId: string } }
  /** 贷款产品 (subject: the product id): defined by a financial institution, and withdrawn. */
  | { type: 'LOAN_PRODUCT_DEFINED'; subject: string; payload: { institutionId: string; name: string; conditions: string[] } }
  | { type: 'LOAN_PRODUCT_WITHDRAWN'; subject: string; payload: Record<string, never> };
