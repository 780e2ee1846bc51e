import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { CultivationProjection, StoredCultivationAction } from './cultivation-records';

interface ActionRowDb {
  action_id: string;
  type: string;
  at_text: string;
  actor: StoredCultivationAction['actor'];
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

/** An application's log in order (empty when there is no such application). */
export async function loadCultivationLog(q: Queryable, applicationId: string): Promise<StoredCultivationAction[]> {
  const rows = await q.query<ActionRowDb>('SELECT action_id, type, at_text, actor, payload, computed FROM cultivation_actions WHERE application_id = $1 ORDER BY seq', [applicationId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: r.at_text, actor: r.actor, payload: r.payload, computed: r.computed }));
}

async function insertAction(tx: Queryable, id: string, seq: number, a: StoredCultivationAction, auditUser: string | null, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO cultivation_actions (application_id, seq, action_id, type, occurred_at, at_text, actor, actor_id, payload, computed, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11)`,
    [id, seq, a.id, a.type, new Date(a.at).toISOString(), a.at, JSON.stringify(a.actor), a.actor.id, JSON.stringify(a.payload), JSON.stringify(a.computed), at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'CULTIVATION_ACTION_RECORDED', subject: id, payload: { actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind, actorId: a.actor.id } }, auditUser, at);
}

const PROJ = [
  'status', 'updated_at', 'publicity_from', 'publicity_until', 'certificate_number', 'valid_from', 'valid_until',
] as const;
const projValues = (p: CultivationProjection) => [p.status, p.updatedAt, p.publicityFrom, p.publicityUntil, p.certificateNumber, p.validFrom, p.validUntil];

/**
 * Inserts a new application with its first action and audit event. Call inside a transaction.
 * Returns false when the enterprise already has a live application in the round (the unique index).
 */
export async function createCultivationApplication(tx: Queryable, input: { projection: CultivationProjection; action: StoredCultivationAction; auditUser: string | null; at?: Date }): Promise<boolean> {
  const p = input.projection;
  const inserted = await tx.query<{ application_id: string }>(
    `INSERT INTO cultivation_applications (application_id, round_id, tier, uscc, enterprise_name, district, submitted_at, ${PROJ.join(', ')}, version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,1)
     ON CONFLICT (round_id, uscc) WHERE status NOT IN ('REJECTED', 'WITHDRAWN', 'NOT_RENEWED', 'REVOKED') DO NOTHING RETURNING application_id`,
    [p.applicationId, p.roundId, p.tier, p.uscc, p.enterpriseName, p.district, p.submittedAt, ...projValues(p)],
  );
  if (inserted.length === 0) return false;
  await insertAction(tx, p.applicationId, 1, input.action, input.auditUser, input.at ?? new Date());
  return true;
}

/**
 * Appends one action and rewrites the projection if the application is still at `expectedVersion`
 * (optimistic locking: false when someone else appended first — reload and retry).
 */
export async function appendCultivationAction(tx: Queryable, input: { projection: CultivationProjection; expectedVersion: number; action: StoredCultivationAction; auditUser: string | null; at?: Date }): Promise<boolean> {
  const p = input.projection;
  const seq = input.expectedVersion + 1;
  const updated = await tx.query<{ application_id: string }>(
    `UPDATE cultivation_applications SET ${PROJ.map((c, i) => `${c} = $${i + 3}`).join(', ')}, version = $${PROJ.length + 3}
     WHERE application_id = $1 AND version = $2 RETURNING application_id`,
    [p.applicationId, input.expectedVersion, ...projValues(p), seq],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, p.applicationId, seq, input.action, input.auditUser, input.at ?? new Date());
  return true;
}
