/** Audit events of the consultation module (persisted type codes, never renamed). */
export type ConsultationAuditEvent =
  | {
      type: 'CONSULTATION_ACTION_RECORDED';
      /** The consultation id. */
      subject: string;
      payload: { actionId: string; actionType: string; seq: number; actorKind: string };
    }
  | {
      type: 'CONSULTATION_CONTACT_VERIFIED';
      /** The contact id (never the address: personal data stays out of the hash chain). */
      subject: string;
      payload: { channel: 'EMAIL' | 'SMS' };
    };
