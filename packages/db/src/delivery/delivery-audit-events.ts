/** Audit events of notice delivery. Type codes are persisted: never rename one. */
export type DeliveryAuditEvent = {
  type: 'NOTICE_SUBSCRIPTION_UPDATED';
  /** the enterprise's uscc */
  subject: string;
  /** Addresses are personal data and stay out of the permanent chain: only which channels are on. */
  payload: { topics: string[]; channels: string[]; quietHours: string | null; changedFields: string[] };
};
