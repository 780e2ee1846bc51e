import type { AnyRepairAction, RepairCase } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ActionRow {
  action_id: string;
  type: AnyRepairAction['type'];
  at: string;
  actor: AnyRepairAction['actor'];
  payload: Record<string, unknown>;
}

/** An application's log in order (empty when there is no such application). */
export async function loadRepairLog(q: Queryable, repairId: string): Promise<AnyRepairAction[]> {
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM credit_repair_actions WHERE repair_id = $1 ORDER BY seq', [repairId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: r.at, actor: r.actor, payload: r.payload }) as AnyRepairAction);
}

async function insertAction(tx: Queryable, c: RepairCase, seq: number, a: AnyRepairAction): Promise<void> {
  await tx.query('INSERT INTO credit_repair_actions (repair_id, seq, action_id, type, at, actor, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)', [
    c.repairId, seq, a.id, a.type, a.at, JSON.stringify(a.actor), JSON.stringify(a.payload),
  ]);
  await appendAuditEvent(tx, { type: 'CREDIT_REPAIR_ACTION_RECORDED', subject: c.repairId, payload: { markId: c.markId, actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, a.actor.userId, new Date(a.at));
}

/** Stores a new application (its first action). Call inside a transaction; a second open application of the mark violates the unique index. */
export async function createRepair(tx: Queryable, c: RepairCase, action: AnyRepairAction): Promise<void> {
  await tx.query(
    `INSERT INTO credit_repairs (repair_id, mark_id, uscc, status, decision_due, submitted_at, updated_at, version) VALUES ($1, $2, $3, $4, $5::date, $6, $6, 1)`,
    [c.repairId, c.markId, c.uscc, c.status, c.decisionDue, c.submittedAt],
  );
  await insertAction(tx, c, 1, action);
}

/** Appends an action if the application is still at `expectedVersion` (optimistic locking: false when another append came first). */
export async function appendRepairAction(tx: Queryable, c: RepairCase, expectedVersion: number, action: AnyRepairAction): Promise<boolean> {
  const rows = await tx.query<{ repair_id: string }>('UPDATE credit_repairs SET status = $3, updated_at = $4, version = $5 WHERE repair_id = $1 AND version = $2 RETURNING repair_id', [
    c.repairId, expectedVersion, c.status, c.updatedAt, expectedVersion + 1,
  ]);
  if (rows.length === 0) return false;
  await insertAction(tx, c, expectedVersion + 1, action);
  return true;
}

/** Application ids, newest first: of one enterprise, of one mark, open ones (the bureau's queue, oldest first), or all. */
export type RepairFilter = { uscc: string } | { markId: string } | { open: true } | { all: true };

export async function listRepairIds(q: Queryable, filter: RepairFilter, limit: number): Promise<string[]> {
  const params: unknown[] = [];
  let where = '';
  let order = 'submitted_at DESC, repair_id DESC';
  if ('uscc' in filter) where = `WHERE uscc = $${params.push(filter.uscc)}`;
  if ('markId' in filter) where = `WHERE mark_id = $${params.push(filter.markId)}`;
  if ('open' in filter) {
    where = `WHERE status IN ('SUBMITTED', 'MATERIALS_REQUESTED')`;
    order = 'submitted_at, repair_id';
  }
  const rows = await q.query<{ repair_id: string }>(`SELECT repair_id FROM credit_repairs ${where} ORDER BY ${order} LIMIT $${params.push(limit)}`, params);
  return rows.map((r) => r.repair_id);
}

/** Whether a mark has an open application (SUBMITTED or MATERIALS_REQUESTED). */
export async function hasOpenRepair(q: Queryable, markId: string): Promise<boolean> {
  const rows = await q.query<{ repair_id: string }>(`SELECT repair_id FROM credit_repairs WHERE mark_id = $1 AND status IN ('SUBMITTED', 'MATERIALS_REQUESTED') LIMIT 1`, [markId]);
  return rows.length > 0;
}
