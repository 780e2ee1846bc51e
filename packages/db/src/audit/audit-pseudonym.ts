import { createHmac } from 'node:crypto';
import type { Queryable } from '../database';

/** Prefix of pseudonymous actors in the audit log (never a user id: those are UUIDs or demo names). */
export const PSEUDONYM_PREFIX = 'anon-';

const keys = new WeakMap<object, Promise<string>>();

async function pseudonymKey(db: Queryable): Promise<string> {
  const [row] = await db.query<{ value: string }>("SELECT value FROM app_settings WHERE key = 'audit_pseudonym_key'");
  if (!row) throw new Error('audit pseudonym key missing: the database is not migrated');
  return row.value;
}

/**
 * The audit log's actor for an anonymous reporter's own actions on one case: a keyed hash of the
 * case and the account, so that the chain still records one consistent actor per case, two cases of
 * the same reporter cannot be linked, and nobody without the installation's key can recover who it
 * was. The link itself stays in the case (the reporter must be able to follow it) and is disclosed
 * only through the appeals module's disclosure action, which is audited in turn.
 */
export async function auditPseudonym(db: Queryable, caseId: string, userId: string): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = pseudonymKey(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  const mac = createHmac('sha256', await key).update(`${caseId}:${userId}`).digest('hex').slice(0, 24);
  return `${PSEUDONYM_PREFIX}${mac}`;
}
