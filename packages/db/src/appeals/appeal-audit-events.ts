/** Audit events of the appeals module (persisted type codes, never renamed). */
export type AppealAuditEvent =
  | {
      type: 'APPEAL_ACTION_RECORDED';
      /** The case id. */
      subject: string;
      payload: { trackingNumber: string; actionId: string; actionType: string; seq: number };
    }
  | {
      type: 'APPEAL_ATTACHMENT_UPLOADED';
      /** The attachment id. */
      subject: string;
      payload: { mediaType: string; sizeBytes: number; sha256: string };
    }
  | {
      type: 'ANONYMOUS_REPORTER_DISCLOSED';
      /** The case id. */
      subject: string;
      payload: { trackingNumber: string; legalBasis: string; reason: string };
    };
