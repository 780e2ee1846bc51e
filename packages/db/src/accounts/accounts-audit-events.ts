/** Audit events of enterprise accounts. Type codes are persisted: never rename one. */
export type AccountsAuditEvent =
  | { type: 'ENTERPRISE_ADMINISTRATOR_APPOINTED'; subject: string; payload: { uscc: string; reason: 'FIRST_USER' } }
  | { type: 'ENTERPRISE_STAFF_ADDED'; subject: string; payload: { uscc: string; username: string } }
  | { type: 'ENTERPRISE_STAFF_REMOVED'; subject: string; payload: { uscc: string; username: string } }
  | { type: 'OIDC_IDENTITY_LINKED'; subject: string; payload: { uscc: string; issuer: string } }
  | { type: 'USER_SIGNED_IN_OIDC'; subject: string; payload: { uscc: string; issuer: string } }
  | { type: 'OIDC_SIGN_IN_REFUSED'; subject: null; payload: { reason: string; issuer: string; uscc: string | null } }
  | { type: 'ENTERPRISE_REGISTRATION_SUBMITTED'; subject: string; payload: { uscc: string; username: string; autoConfirmed: boolean } }
  | { type: 'ENTERPRISE_REGISTRATION_CONFIRMED'; subject: string; payload: { uscc: string; userId: string; by: 'LEGAL_REPRESENTATIVE_MATCH' | 'BUREAU' } }
  | { type: 'ENTERPRISE_REGISTRATION_REJECTED'; subject: string; payload: { uscc: string; note: string } };
