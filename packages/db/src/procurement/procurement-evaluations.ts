import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A stored bid evaluation: the bids as entered and the result the rules gave on `evaluatedOn`. */
export interface ProcurementEvaluation {
  id: string;
  projectId: string;
  lotId: string | null;
  evaluatedOn: string;
  reservedForSme: boolean;
  input: Record<string, unknown>;
  result: Record<string, unknown>;
  createdAt: string;
  createdBy: string | null;
}

interface Row {
  id: string;
  project_id: string;
  lot_id: string | null;
  evaluated_on: string;
  reserved_for_sme: boolean;
  input: Record<string, unknown>;
  result: Record<string, unknown>;
  created_at: string;
  created_by: string | null;
}

const COLUMNS = 'id, project_id, lot_id, evaluated_on, reserved_for_sme, input, result, created_at, created_by';
const toEvaluation = (r: Row): ProcurementEvaluation => ({
  id: r.id,
  projectId: r.project_id,
  lotId: r.lot_id,
  evaluatedOn: r.evaluated_on,
  reservedForSme: r.reserved_for_sme,
  input: r.input,
  result: r.result,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Stores one evaluation (input and result together) and its audit event. */
export async function recordProcurementEvaluation(
  tx: Queryable,
  input: { projectId: string; lotId: string | null; evaluatedOn: string; reservedForSme: boolean; input: Record<string, unknown>; result: Record<string, unknown>; bidCount: number },
  actorUserId: string | null,
  at: Date = new Date(),
): Promise<ProcurementEvaluation> {
  const id = `pe-${randomUUID()}`;
  const [row] = await tx.query<Row>(
    `INSERT INTO procurement_evaluations (id, project_id, lot_id, evaluated_on, reserved_for_sme, input, result, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9) RETURNING ${COLUMNS}`,
    [id, input.projectId, input.lotId, input.evaluatedOn, input.reservedForSme, JSON.stringify(input.input), JSON.stringify(input.result), at.toISOString(), actorUserId],
  );
  await appendAuditEvent(
    tx,
    { type: 'PROCUREMENT_BIDS_EVALUATED', subject: input.projectId, payload: { evaluationId: id, lotId: input.lotId, evaluatedOn: input.evaluatedOn, bids: input.bidCount } },
    actorUserId,
    at,
  );
  return toEvaluation(row!);
}

export async function getProcurementEvaluation(db: Queryable, id: string): Promise<ProcurementEvaluation | null> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM procurement_evaluations WHERE id = $1`, [id]);
  return row ? toEvaluation(row) : null;
}

/** A project's evaluations, newest first. */
export async function listProcurementEvaluations(db: Queryable, projectId: string): Promise<ProcurementEvaluation[]> {
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM procurement_evaluations WHERE project_id = $1 ORDER BY created_at DESC, id`, [projectId]);
  return rows.map(toEvaluation);
}
