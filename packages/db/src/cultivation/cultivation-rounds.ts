import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { CultivationRound } from './cultivation-records';

interface Row {
  round_id: string; tier: string; year: number; title: string; deadline: string; required_attachments: string[]; publicity_working_days: number;
  pass_mark: number; aggregation: string; experts_per_application: number; created_by: string; created_at: string | Date;
}
const toRound = (r: Row): CultivationRound => ({
  roundId: r.round_id, tier: r.tier, year: Number(r.year), title: r.title, deadline: r.deadline, requiredAttachments: r.required_attachments,
  publicityWorkingDays: Number(r.publicity_working_days), passMark: Number(r.pass_mark), aggregation: r.aggregation,
  expertsPerApplication: Number(r.experts_per_application), createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString(),
});

/** Creates a recognition round (申报批次) with its audit event, in the caller's transaction. */
export async function createCultivationRound(tx: Queryable, r: CultivationRound): Promise<void> {
  await tx.query(
    `INSERT INTO cultivation_rounds (round_id, tier, year, title, deadline, required_attachments, publicity_working_days, pass_mark, aggregation, experts_per_application, created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6::text[],$7,$8,$9,$10,$11,$12)`,
    [r.roundId, r.tier, r.year, r.title, r.deadline, r.requiredAttachments, r.publicityWorkingDays, r.passMark, r.aggregation, r.expertsPerApplication, r.createdBy, r.createdAt],
  );
  await appendAuditEvent(tx, { type: 'CULTIVATION_ROUND_CREATED', subject: r.roundId, payload: { tier: r.tier, year: r.year, deadline: r.deadline } }, r.createdBy, new Date(r.createdAt));
}

export async function findCultivationRound(q: Queryable, roundId: string): Promise<CultivationRound | null> {
  const [r] = await q.query<Row>('SELECT * FROM cultivation_rounds WHERE round_id = $1', [roundId]);
  return r ? toRound(r) : null;
}

/** Rounds, newest year first (at most 200). */
export async function listCultivationRounds(q: Queryable): Promise<CultivationRound[]> {
  const rows = await q.query<Row>('SELECT * FROM cultivation_rounds ORDER BY year DESC, deadline DESC, round_id LIMIT 200');
  return rows.map(toRound);
}
