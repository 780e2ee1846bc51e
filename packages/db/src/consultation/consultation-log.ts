import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { ConsultationProjection, StoredConsultationAction } from './consultation-records';

interface ActionRowDb {
  action_id: string;
  type: string;
  at_text: string;
  actor: StoredConsultationAction['actor'];
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

const toAction = (r: ActionRowDb): StoredConsultationAction => ({ id: r.action_id, type: r.type, at: r.at_text, actor: r.actor, payload: r.payload, computed: r.computed });

/** A consultation's log in order (empty when there is no such consultation). */
export async function loadConsultationLog(q: Queryable, consultationId: string): Promise<StoredConsultationAction[]> {
  const rows = await q.query<ActionRowDb>('SELECT action_id, type, at_text, actor, payload, computed FROM consultation_actions WHERE consultation_id = $1 ORDER BY seq', [consultationId]);
  return rows.map(toAction);
}

async function insertAction(tx: Queryable, id: string, seq: number, a: StoredConsultationAction, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO consultation_actions (consultation_id, seq, action_id, type, occurred_at, at_text, actor, actor_id, payload, computed, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11)`,
    [id, seq, a.id, a.type, new Date(a.at).toISOString(), a.at, JSON.stringify(a.actor), a.actor.id, JSON.stringify(a.payload), JSON.stringify(a.computed), at.toISOString()],
  );
  // Users are audited by user id; commenters from the public are not users (their contact id is in the log).
  const auditUser = a.actor.kind === 'OFFICER' || a.actor.kind === 'ENTERPRISE' || a.actor.kind === 'ASSOCIATION' ? a.actor.id : null;
  await appendAuditEvent(tx, { type: 'CONSULTATION_ACTION_RECORDED', subject: id, payload: { actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, auditUser, at);
}

/** Inserts a new consultation with its opening action and audit event. Call inside a transaction. */
export async function createConsultation(tx: Queryable, input: { projection: ConsultationProjection; action: StoredConsultationAction; at?: Date }): Promise<void> {
  const p = input.projection;
  await tx.query(
    `INSERT INTO consultations (consultation_id, work_id, version_id, draft_kind, title, issuing_body, owner_department, jurisdiction, status,
       start_date, end_date, opened_at, updated_at, published_at, comment_count, version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,1)`,
    [p.consultationId, p.workId, p.versionId, p.draftKind, p.title, p.issuingBody, p.ownerDepartment, p.jurisdiction, p.status, p.startDate, p.endDate, p.openedAt, p.updatedAt, p.publishedAt, p.commentCount],
  );
  await insertAction(tx, p.consultationId, 1, input.action, input.at ?? new Date());
}

/**
 * Appends one action and rewrites the projection if the consultation is still at
 * `expectedVersion` (optimistic locking: false when someone else appended first — reload and retry).
 */
export async function appendConsultationAction(
  tx: Queryable,
  input: { projection: ConsultationProjection; expectedVersion: number; action: StoredConsultationAction; at?: Date },
): Promise<boolean> {
  const p = input.projection;
  const seq = input.expectedVersion + 1;
  const updated = await tx.query<{ consultation_id: string }>(
    `UPDATE consultations SET status = $3, updated_at = $4, published_at = $5, comment_count = $6, version = $7
     WHERE consultation_id = $1 AND version = $2 RETURNING consultation_id`,
    [p.consultationId, input.expectedVersion, p.status, p.updatedAt, p.publishedAt, p.commentCount, seq],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, p.consultationId, seq, input.action, input.at ?? new Date());
  return true;
}
