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
    };
