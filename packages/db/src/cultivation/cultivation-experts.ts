import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { CultivationExpert } from './cultivation-records';

interface Row { expert_id: string; name: string; organisation: string; fields: string[]; conflicts: string[]; active: boolean }
const toExpert = (r: Row): CultivationExpert => ({ expertId: r.expert_id, name: r.name, organisation: r.organisation, fields: r.fields, conflicts: r.conflicts, active: r.active });

/** Registers or updates an expert (fields, declared conflicts, active) with its audit event. */
export async function saveCultivationExpert(tx: Queryable, e: CultivationExpert, actorUserId: string, at: Date = new Date()): Promise<void> {
  await tx.query(
    `INSERT INTO cultivation_experts (expert_id, name, organisation, fields, conflicts, active, created_at, updated_at)
     VALUES ($1,$2,$3,$4::text[],$5::text[],$6,$7,$7)
     ON CONFLICT (expert_id) DO UPDATE SET name = EXCLUDED.name, organisation = EXCLUDED.organisation, fields = EXCLUDED.fields,
       conflicts = EXCLUDED.conflicts, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at`,
    [e.expertId, e.name, e.organisation, e.fields, e.conflicts, e.active, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'CULTIVATION_EXPERT_SAVED', subject: e.expertId, payload: { fields: e.fields, conflicts: e.conflicts.length, active: e.active } }, actorUserId, at);
}

export async function findCultivationExpert(q: Queryable, expertId: string): Promise<CultivationExpert | null> {
  const [r] = await q.query<Row>('SELECT expert_id, name, organisation, fields, conflicts, active FROM cultivation_experts WHERE expert_id = $1', [expertId]);
  return r ? toExpert(r) : null;
}

/** The registry: active experts only unless asked, by id. */
export async function listCultivationExperts(q: Queryable, options: { activeOnly?: boolean } = {}): Promise<CultivationExpert[]> {
  const rows = await q.query<Row>(`SELECT expert_id, name, organisation, fields, conflicts, active FROM cultivation_experts ${options.activeOnly ? 'WHERE active' : ''} ORDER BY expert_id LIMIT 5000`);
  return rows.map(toExpert);
}
