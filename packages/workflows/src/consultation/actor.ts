/**
 * Who acts on a consultation.
 * - OFFICER: a government user; acts as the consultation's owner only in its own department;
 * - ENTERPRISE: a signed-in enterprise; ASSOCIATION: a signed-in industry association;
 * - PUBLIC: a member of the public whose contact (e-mail or mobile) was verified with a code;
 * - SYSTEM: the platform (the deadline sweeper).
 */
export type ConsultationActorKind = 'OFFICER' | 'ENTERPRISE' | 'ASSOCIATION' | 'PUBLIC' | 'SYSTEM';

export interface ConsultationActor {
  kind: ConsultationActorKind;
  /** Stable account id (user id, enterprise USCC account, or the verified contact's id). */
  id: string;
  /** Name shown when identities are published (enterprise name, association name, or a chosen name). */
  displayName: string;
  /** The officer's department; null for everyone else. */
  departmentId: string | null;
}

export const COMMENTER_KINDS = ['ENTERPRISE', 'ASSOCIATION', 'PUBLIC'] as const;
export type CommenterKind = (typeof COMMENTER_KINDS)[number];

export function isCommenter(a: ConsultationActor): a is ConsultationActor & { kind: CommenterKind } {
  return (COMMENTER_KINDS as readonly string[]).includes(a.kind);
}
