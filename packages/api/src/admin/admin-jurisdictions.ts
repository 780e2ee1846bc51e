import { ensureJurisdiction, listJurisdictions, type Queryable } from '@huiqi/db';
import { getRules } from '../rules/rule-base';

export interface JurisdictionOption {
  id: string;
  parentId: string | null;
  name: { zh: string; en: string };
}

/** The jurisdictions an administrator can choose: those in the database and those of the rule base (rules/jurisdictions.yaml). */
export async function jurisdictionOptions(db: Queryable): Promise<JurisdictionOption[]> {
  const stored = await listJurisdictions(db);
  const byId = new Map<string, JurisdictionOption>(stored.map((j) => [j.id, j]));
  const { rb } = await getRules();
  for (const j of rb.jurisdictions.all()) if (!byId.has(j.id)) byId.set(j.id, { id: j.id, parentId: j.parent, name: j.name });
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Creates a rule-base jurisdiction and its ancestors in the database when missing (no-op for stored or unknown ids). */
export async function ensureRuleBaseJurisdiction(tx: Queryable, id: string, actorUserId: string): Promise<void> {
  const [stored] = await tx.query('SELECT 1 AS one FROM jurisdictions WHERE id = $1', [id]);
  if (stored) return;
  const { rb } = await getRules();
  for (const jid of [...rb.jurisdictions.chain(id)].reverse()) {
    const j = rb.jurisdictions.get(jid)!;
    await ensureJurisdiction(tx, { id: j.id, parentId: j.parent, name: j.name }, actorUserId);
  }
}
