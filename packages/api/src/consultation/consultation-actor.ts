import type { FastifyRequest } from 'fastify';
import { findVerifiedContact, type Database } from '@huiqi/db';
import type { ConsultationActor } from '@huiqi/workflows';

/** The header carrying a verified contact's token (members of the public and associations). */
export const CONTACT_TOKEN_HEADER = 'x-consultation-contact';

/**
 * Who is acting: a signed-in enterprise or officer (session or API token), or — without a session —
 * the verified contact named by the `X-Consultation-Contact` token. Null when neither.
 * Other roles (bank, auditor, administrator) are signed in but act as nobody here.
 */
export async function consultationActorOf(db: Database, request: FastifyRequest): Promise<ConsultationActor | null> {
  const user = request.principal?.user;
  if (user) {
    if (user.role === 'ENTERPRISE') return { kind: 'ENTERPRISE', id: user.id, displayName: user.enterpriseName ?? user.displayName, departmentId: null };
    if ((user.role === 'SME_BUREAU' || user.role === 'DEPARTMENT') && user.departmentId) return { kind: 'OFFICER', id: user.id, displayName: user.displayName, departmentId: user.departmentId };
    return null;
  }
  const raw = request.headers[CONTACT_TOKEN_HEADER];
  const token = typeof raw === 'string' ? raw.trim() : '';
  if (token.length < 20 || token.length > 200) return null;
  const contact = await findVerifiedContact(db, token);
  if (!contact) return null;
  return { kind: contact.commenterKind, id: contact.contactId, displayName: contact.displayName, departmentId: null };
}

/** The client's network address for throttling (Fastify's `request.ip`, behind the proxy's trust settings). */
export function clientAddress(request: FastifyRequest): string {
  return request.ip || 'unknown';
}
