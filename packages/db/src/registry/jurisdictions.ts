import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface Jurisdiction {
  id: string;
  parentId: string | null;
  name: { zh: string; en: string };
}

/** SQL condition "column lies in the jurisdiction subtree of $n" (the id itself or a descendant). */
export function inSubtreeSql(column: string, param: string): string {
  return `(${column} = ${param} OR ${column} LIKE ${param} || '-%')`;
}

/** Same test in code: `cn-gd-sz-futian` lies within `cn-gd-sz`, `cn-gd-szx` does not. */
export function isWithin(jurisdiction: string, ancestor: string): boolean {
  return jurisdiction === ancestor || jurisdiction.startsWith(`${ancestor}-`);
}

export async function listJurisdictions(db: Queryable): Promise<Jurisdiction[]> {
  const rows = await db.query<{ id: string; parent_id: string | null; name_zh: string; name_en: string }>(
    'SELECT id, parent_id, name_zh, name_en FROM jurisdictions ORDER BY id',
  );
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: { zh: r.name_zh, en: r.name_en } }));
}

/** Creates a jurisdiction unless it exists; returns true when created. */
export async function ensureJurisdiction(tx: Queryable, j: Jurisdiction, actorUserId: string | null, at = new Date()): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO jurisdictions (id, parent_id, name_zh, name_en) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [j.id, j.parentId, j.name.zh, j.name.en],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'JURISDICTION_CREATED', subject: j.id, payload: { nameZh: j.name.zh, parentId: j.parentId } }, actorUserId, at);
  return true;
}
