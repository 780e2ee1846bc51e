import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A published 中标（成交）结果公告 with the notice as built (winner, preference, 声明函 text). */
export interface ProcurementAward {
  id: string;
  projectId: string;
  evaluationId: string;
  winnerBidId: string;
  winnerName: string;
  declarationId: string | null;
  announcedOn: string;
  usedSmePreference: boolean;
  notice: Record<string, unknown>;
  createdAt: string;
  createdBy: string | null;
}

interface Row {
  id: string;
  project_id: string;
  evaluation_id: string;
  winner_bid_id: string;
  winner_name: string;
  declaration_id: string | null;
  announced_on: string;
  used_sme_preference: boolean;
  notice: Record<string, unknown>;
  created_at: string;
  created_by: string | null;
}

const COLUMNS = 'id, project_id, evaluation_id, winner_bid_id, winner_name, declaration_id, announced_on, used_sme_preference, notice, created_at, created_by';
const toAward = (r: Row): ProcurementAward => ({
  id: r.id,
  projectId: r.project_id,
  evaluationId: r.evaluation_id,
  winnerBidId: r.winner_bid_id,
  winnerName: r.winner_name,
  declarationId: r.declaration_id,
  announcedOn: r.announced_on,
  usedSmePreference: r.used_sme_preference,
  notice: r.notice,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** An evaluation already has its award (one award per evaluation). */
export class AwardExistsError extends Error {
  constructor(readonly evaluationId: string) {
    super(`evaluation ${evaluationId} already has an award`);
    this.name = 'AwardExistsError';
  }
}

/** Publishes an award (audited). Throws AwardExistsError when the evaluation was already awarded. */
export async function recordProcurementAward(tx: Queryable, a: Omit<ProcurementAward, 'id' | 'createdAt' | 'createdBy'>, actorUserId: string | null, at: Date = new Date()): Promise<ProcurementAward> {
  await tx.query('SELECT id FROM procurement_evaluations WHERE id = $1 FOR UPDATE', [a.evaluationId]);
  const existing = await tx.query('SELECT id FROM procurement_awards WHERE evaluation_id = $1', [a.evaluationId]);
  if (existing.length) throw new AwardExistsError(a.evaluationId);
  const id = `pa-${randomUUID()}`;
  const [row] = await tx.query<Row>(
    `INSERT INTO procurement_awards (id, project_id, evaluation_id, winner_bid_id, winner_name, declaration_id, announced_on, used_sme_preference, notice, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11) RETURNING ${COLUMNS}`,
    [id, a.projectId, a.evaluationId, a.winnerBidId, a.winnerName, a.declarationId, a.announcedOn, a.usedSmePreference, JSON.stringify(a.notice), at.toISOString(), actorUserId],
  );
  await appendAuditEvent(
    tx,
    { type: 'PROCUREMENT_AWARD_PUBLISHED', subject: a.projectId, payload: { awardId: id, evaluationId: a.evaluationId, winnerName: a.winnerName, usedSmePreference: a.usedSmePreference, declarationId: a.declarationId } },
    actorUserId,
    at,
  );
  return toAward(row!);
}

export async function getProcurementAward(db: Queryable, id: string): Promise<ProcurementAward | null> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM procurement_awards WHERE id = $1`, [id]);
  return row ? toAward(row) : null;
}

/** Awards, newest announcement first; of one project when `projectId` is given. */
export async function listProcurementAwards(db: Queryable, query: { projectId?: string | null; limit?: number } = {}): Promise<ProcurementAward[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM procurement_awards WHERE ($1::text IS NULL OR project_id = $1) ORDER BY announced_on DESC, created_at DESC, id LIMIT $2`,
    [query.projectId ?? null, query.limit ?? 200],
  );
  return rows.map(toAward);
}
