import type { InspectionPlan, PlanAction } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** The plan changed since it was read (optimistic locking): reload and retry. */
export class PlanVersionConflictError extends Error {
  constructor(readonly planId: string) {
    super(`inspection plan ${planId} changed concurrently`);
  }
}

interface ActionRow {
  action_id: string;
  type: PlanAction['type'];
  at_text: string;
  actor: PlanAction['actor'];
  payload: Record<string, unknown>;
}

/** A plan's log in order (empty when there is no such plan). */
export async function loadPlanLog(q: Queryable, planId: string): Promise<PlanAction[]> {
  const rows = await q.query<ActionRow>('SELECT action_id, type, at_text, actor, payload FROM inspection_plan_actions WHERE plan_id = $1 ORDER BY seq', [planId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: r.at_text, actor: r.actor, payload: r.payload }) as PlanAction);
}

/**
 * Appends an action checked by `applyPlanAction` and stores the new projection, with its audit
 * event, in the caller's transaction. `plan.version` is the log length after the action: the
 * projection row must still be at `plan.version - 1`, otherwise `PlanVersionConflictError`.
 */
export async function recordPlanAction(tx: Queryable, plan: InspectionPlan, action: PlanAction, auditUserId: string | null, at: Date = new Date()): Promise<void> {
  const seq = plan.version;
  if (seq === 1) {
    await tx.query(
      `INSERT INTO inspection_plans (id, department_id, kind, year, title, status, projection, version, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,1,$8)`,
      [plan.planId, plan.departmentId, plan.kind, plan.year, plan.title, plan.status, JSON.stringify(publicProjection(plan)), at.toISOString()],
    );
  } else {
    const rows = await tx.query<{ id: string }>(
      'UPDATE inspection_plans SET status = $2, projection = $3::jsonb, version = $4, updated_at = $5 WHERE id = $1 AND version = $6 RETURNING id',
      [plan.planId, plan.status, JSON.stringify(publicProjection(plan)), seq, at.toISOString(), seq - 1],
    );
    if (rows.length === 0) throw new PlanVersionConflictError(plan.planId);
  }
  await tx.query(
    `INSERT INTO inspection_plan_actions (plan_id, seq, action_id, type, at_text, actor, payload, recorded_at) VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7::jsonb,$8)`,
    [plan.planId, seq, action.id, action.type, action.at, JSON.stringify(action.actor), JSON.stringify(action.payload), at.toISOString()],
  );
  await appendAuditEvent(
    tx,
    { type: 'INSPECTION_PLAN_ACTION_RECORDED', subject: plan.planId, payload: { departmentId: plan.departmentId, actionId: action.id, actionType: action.type, seq, status: plan.status } },
    auditUserId,
    at,
  );
}

/** The stored projection never holds the seed before the draw (the fold only has it after DRAWN anyway). */
const publicProjection = (plan: InspectionPlan): InspectionPlan => (plan.status === 'DRAFT' || plan.status === 'SEED_COMMITTED' ? { ...plan, seed: null } : plan);

export async function getPlan(q: Queryable, planId: string): Promise<InspectionPlan | null> {
  const [row] = await q.query<{ projection: InspectionPlan }>('SELECT projection FROM inspection_plans WHERE id = $1', [planId]);
  return row?.projection ?? null;
}

/** Plans of a department (or all), newest first; `publicOnly` leaves out drafts. */
export async function listPlans(q: Queryable, filter: { departmentId: string | null; year: number | null; publicOnly: boolean }): Promise<InspectionPlan[]> {
  const rows = await q.query<{ projection: InspectionPlan }>(
    `SELECT projection FROM inspection_plans
     WHERE ($1::text IS NULL OR department_id = $1) AND ($2::int IS NULL OR year = $2) AND (NOT $3 OR status <> 'DRAFT')
     ORDER BY updated_at DESC, id LIMIT 500`,
    [filter.departmentId, filter.year, filter.publicOnly],
  );
  return rows.map((r) => r.projection);
}

/** Locks a plan's row for the transaction and checks it is still at `version` (else `PlanVersionConflictError`). */
export async function lockPlanAtVersion(tx: Queryable, planId: string, version: number): Promise<void> {
  const [row] = await tx.query<{ version: number }>('SELECT version FROM inspection_plans WHERE id = $1 FOR UPDATE', [planId]);
  if (!row || row.version !== version) throw new PlanVersionConflictError(planId);
}
