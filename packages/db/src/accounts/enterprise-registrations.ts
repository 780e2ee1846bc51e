import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { hashPassword } from '../identity/password';
import { inSubtreeSql } from '../registry/jurisdictions';
import { countActiveEnterpriseUsers, createEnterpriseUser, findRegistryEntry, usernameTaken } from './enterprise-staff';
import { sameLegalRepresentative } from './legal-representative';

export type RegistrationStatus = 'PENDING' | 'CONFIRMED' | 'REJECTED';

export interface EnterpriseRegistration {
  id: string;
  uscc: string;
  enterpriseName: string;
  district: { id: string; zh: string; en: string };
  username: string;
  displayName: string;
  legalRepresentativeName: string;
  /** Whether the registry has a legal representative's name at all (it differs from the one given, or the registration would be confirmed). */
  registryHasLegalRepresentative: boolean;
  status: RegistrationStatus;
  confirmedBy: 'LEGAL_REPRESENTATIVE_MATCH' | 'BUREAU' | null;
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface RegistrationInput {
  uscc: string;
  username: string;
  displayName: string;
  legalRepresentativeName: string;
  password: string;
}

export type SubmitOutcome =
  | { status: 'CONFIRMED'; registration: EnterpriseRegistration; userId: string }
  | { status: 'PENDING'; registration: EnterpriseRegistration }
  | { status: 'UNKNOWN_ENTERPRISE' }
  | { status: 'ENTERPRISE_HAS_ACCOUNTS' }
  | { status: 'USERNAME_TAKEN' }
  | { status: 'ALREADY_PENDING' };

const SELECT = `
  SELECT r.id, r.uscc, e.name AS enterprise_name, e.district, j.name_zh AS district_zh, j.name_en AS district_en,
         r.username, r.display_name, r.legal_representative_name, (e.legal_representative_name IS NOT NULL) AS registry_has_lr,
         r.status, r.confirmed_by, r.decision_note, r.created_at, r.decided_at
  FROM enterprise_registrations r JOIN enterprises e ON e.uscc = r.uscc JOIN jurisdictions j ON j.id = e.district`;

interface Row {
  id: string; uscc: string; enterprise_name: string; district: string; district_zh: string; district_en: string;
  username: string; display_name: string; legal_representative_name: string; registry_has_lr: boolean;
  status: RegistrationStatus; confirmed_by: 'LEGAL_REPRESENTATIVE_MATCH' | 'BUREAU' | null; decision_note: string | null;
  created_at: string; decided_at: string | null;
}

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());
const toRegistration = (r: Row): EnterpriseRegistration => ({
  id: r.id,
  uscc: r.uscc,
  enterpriseName: r.enterprise_name,
  district: { id: r.district, zh: r.district_zh, en: r.district_en },
  username: r.username,
  displayName: r.display_name,
  legalRepresentativeName: r.legal_representative_name,
  registryHasLegalRepresentative: r.registry_has_lr,
  status: r.status,
  confirmedBy: r.confirmed_by,
  decisionNote: r.decision_note,
  createdAt: new Date(r.created_at).toISOString(),
  decidedAt: iso(r.decided_at),
});

export async function getRegistration(db: Queryable, id: string): Promise<EnterpriseRegistration | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
  return row ? toRegistration(row) : null;
}

/** Registrations of enterprises within a jurisdiction, oldest first (the bureau's queue). */
export async function listRegistrations(db: Queryable, filter: { jurisdiction: string; status?: RegistrationStatus; limit?: number }): Promise<EnterpriseRegistration[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE ${inSubtreeSql('e.district', '$1')} AND ($2::text IS NULL OR r.status = $2) ORDER BY r.created_at, r.id LIMIT $3`,
    [filter.jurisdiction, filter.status ?? null, filter.limit ?? 200],
  );
  return rows.map(toRegistration);
}

/**
 * A self-registration bound to a uscc (the caller has verified its check character). The company
 * must be in the registry and have no active account yet (later staff are added by its
 * administrator). When the registry's legal representative is the person named, the account is
 * created at once; otherwise the registration waits for a bureau officer.
 */
export async function submitRegistration(db: Database, input: RegistrationInput, at = new Date()): Promise<SubmitOutcome> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx): Promise<SubmitOutcome> => {
    const enterprise = await findRegistryEntry(tx, input.uscc);
    if (!enterprise) return { status: 'UNKNOWN_ENTERPRISE' };
    await tx.query('SELECT uscc FROM enterprises WHERE uscc = $1 FOR UPDATE', [input.uscc]);
    if ((await countActiveEnterpriseUsers(tx, input.uscc)) > 0) return { status: 'ENTERPRISE_HAS_ACCOUNTS' };
    const pending = await tx.query("SELECT 1 FROM enterprise_registrations WHERE uscc = $1 AND status = 'PENDING'", [input.uscc]);
    if (pending.length > 0) return { status: 'ALREADY_PENDING' };
    if (await usernameTaken(tx, input.username)) return { status: 'USERNAME_TAKEN' };
    const id = randomUUID();
    const matches = enterprise.legalRepresentativeName !== null && sameLegalRepresentative(enterprise.legalRepresentativeName, input.legalRepresentativeName);
    let userId: string | null = null;
    if (matches) {
      const { user } = await createEnterpriseUser(tx, {
        uscc: input.uscc, district: enterprise.district, username: input.username, displayName: input.displayName.trim(), passwordHash,
      }, null, at);
      userId = user.id;
    }
    await tx.query(
      `INSERT INTO enterprise_registrations (id, uscc, username, display_name, legal_representative_name, password_hash, status, confirmed_by, decided_at, user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, input.uscc, input.username, input.displayName.trim(), input.legalRepresentativeName.trim(), passwordHash,
        matches ? 'CONFIRMED' : 'PENDING', matches ? 'LEGAL_REPRESENTATIVE_MATCH' : null, matches ? at.toISOString() : null, userId, at.toISOString()],
    );
    await appendAuditEvent(tx, { type: 'ENTERPRISE_REGISTRATION_SUBMITTED', subject: id, payload: { uscc: input.uscc, username: input.username, autoConfirmed: matches } }, null, at);
    if (userId !== null) {
      await appendAuditEvent(tx, { type: 'ENTERPRISE_REGISTRATION_CONFIRMED', subject: id, payload: { uscc: input.uscc, userId, by: 'LEGAL_REPRESENTATIVE_MATCH' } }, null, at);
    }
    const registration = await getRegistration(tx, id);
    if (!registration) throw new Error('registration vanished after insert');
    return userId !== null ? { status: 'CONFIRMED', registration, userId } : { status: 'PENDING', registration };
  });
}

export type DecideOutcome =
  | { status: 'DECIDED'; registration: EnterpriseRegistration }
  | { status: 'NOT_FOUND' }
  | { status: 'NOT_PENDING'; registration: EnterpriseRegistration }
  | { status: 'USERNAME_TAKEN' };

/** A bureau officer confirms (the account is created) or rejects (with a note) a pending registration. */
export async function decideRegistration(
  tx: Queryable,
  id: string,
  decision: { confirm: true } | { confirm: false; note: string },
  officerUserId: string,
  at = new Date(),
): Promise<DecideOutcome> {
  const [row] = await tx.query<{ uscc: string; username: string; display_name: string; password_hash: string; status: RegistrationStatus; district: string }>(
    `SELECT r.uscc, r.username, r.display_name, r.password_hash, r.status, e.district
     FROM enterprise_registrations r JOIN enterprises e ON e.uscc = r.uscc WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
  if (!row) return { status: 'NOT_FOUND' };
  if (row.status !== 'PENDING') return { status: 'NOT_PENDING', registration: (await getRegistration(tx, id))! };
  if (decision.confirm) {
    if ((await tx.query('SELECT 1 FROM users WHERE username = $1', [row.username])).length > 0) return { status: 'USERNAME_TAKEN' };
    const { user } = await createEnterpriseUser(tx, { uscc: row.uscc, district: row.district, username: row.username, displayName: row.display_name, passwordHash: row.password_hash }, officerUserId, at);
    await tx.query(
      "UPDATE enterprise_registrations SET status = 'CONFIRMED', confirmed_by = 'BUREAU', decided_by_user_id = $2, decided_at = $3, user_id = $4 WHERE id = $1",
      [id, officerUserId, at.toISOString(), user.id],
    );
    await appendAuditEvent(tx, { type: 'ENTERPRISE_REGISTRATION_CONFIRMED', subject: id, payload: { uscc: row.uscc, userId: user.id, by: 'BUREAU' } }, officerUserId, at);
  } else {
    await tx.query(
      "UPDATE enterprise_registrations SET status = 'REJECTED', decided_by_user_id = $2, decided_at = $3, decision_note = $4 WHERE id = $1",
      [id, officerUserId, at.toISOString(), decision.note],
    );
    await appendAuditEvent(tx, { type: 'ENTERPRISE_REGISTRATION_REJECTED', subject: id, payload: { uscc: row.uscc, note: decision.note } }, officerUserId, at);
  }
  return { status: 'DECIDED', registration: (await getRegistration(tx, id))! };
}
