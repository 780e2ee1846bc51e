import type { AnyObjectionAction, ObjectionCase } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ActionRow { action_id: string; type: AnyObjectionAction['type']; at: string | Date; actor: AnyObjectionAction['actor']; payload: Record<string, unknown> }
const iso = (at: string | Date) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());

/** An objection's log in order (empty when there is no such objection). */
export async function loadObjectionLog(q: Queryable, objectionId: string): Promise<AnyObjectionAction[]> {
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM credit_objection_actions WHERE objection_id = $1 ORDER BY seq', [objectionId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: iso(r.at), actor: r.actor, payload: r.payload }) as AnyObjectionAction);
}

async function insertAction(tx: Queryable, c: ObjectionCase, seq: number, a: AnyObjectionAction): Promise<void> {
  await tx.query('INSERT INTO credit_objection_actions (objection_id, seq, action_id, type, at, actor, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)', [
    c.objectionId, seq, a.id, a.type, a.at, JSON.stringify(a.actor), JSON.stringify(a.payload),
  ]);
  await appendAuditEvent(tx, { type: 'CREDIT_OBJECTION_ACTION_RECORDED', subject: c.objectionId, payload: { markId: c.markId, actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, a.actor.userId, new Date(a.at));
}

/** Stores a new objection (its first action). Inside a transaction; a second open objection of the mark violates the unique index. */
export async function createObjection(tx: Queryable, c: ObjectionCase, action: AnyObjectionAction): Promise<void> {
  await tx.query(
    'INSERT INTO credit_objections (objection_id, mark_id, uscc, status, ground, decision_due, submitted_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, $6::date, $7, $7, 1)',
    [c.objectionId, c.markId, c.uscc, c.status, c.ground, c.decisionDue, c.submittedAt],
  );
  await insertAction(tx, c, 1, action);
}

/** Appends an action if the objection is still at `expectedVersion` (false when another append came first). */
export async function appendObjectionAction(tx: Queryable, c: ObjectionCase, expectedVersion: number, action: AnyObjectionAction): Promise<boolean> {
  const rows = await tx.query('UPDATE credit_objections SET status = $3, updated_at = $4, version = $5 WHERE objection_id = $1 AND version = $2 RETURNING objection_id', [
    c.objectionId, expectedVersion, c.status, c.updatedAt, expectedVersion + 1,
  ]);
  if (rows.length === 0) return false;
  await insertAction(tx, c, expectedVersion + 1, action);
  return true;
}

/** Objection ids, newest first: of one enterprise, of one mark, of the marks one department provided, or all. */
export type ObjectionFilter = { uscc: string } | { markId: string } | { departmentId: string } | { all: true };

export async function listObjectionIds(q: Queryable, filter: ObjectionFilter, limit: number): Promise<string[]> {
  const params: unknown[] = [];
  let where = '';
  if ('uscc' in filter) where = `WHERE o.uscc = $${params.push(filter.uscc)}`;
  if ('markId' in filter) where = `WHERE o.mark_id = $${params.push(filter.markId)}`;
  if ('departmentId' in filter) where = `WHERE m.department_id = $${params.push(filter.departmentId)}`;
  const rows = await q.query<{ objection_id: string }>(
    `SELECT o.objection_id FROM credit_objections o JOIN credit_marks m ON m.mark_id = o.mark_id ${where} ORDER BY o.submitted_at DESC, o.objection_id DESC LIMIT $${params.push(limit)}`, params);
  return rows.map((r) => r.objection_id);
}
