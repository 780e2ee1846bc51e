import type { Queryable } from '../database';
import type { CultivationProjection } from './cultivation-records';

interface Row {
  application_id: string; round_id: string; tier: string; uscc: string; enterprise_name: string; district: string; status: string;
  submitted_at: string | Date; updated_at: string | Date; publicity_from: string | null; publicity_until: string | null;
  certificate_number: string | null; valid_from: string | null; valid_until: string | null;
}
const toProjection = (r: Row): CultivationProjection => ({
  applicationId: r.application_id, roundId: r.round_id, tier: r.tier, uscc: r.uscc, enterpriseName: r.enterprise_name, district: r.district,
  status: r.status, submittedAt: new Date(r.submitted_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
  publicityFrom: r.publicity_from, publicityUntil: r.publicity_until, certificateNumber: r.certificate_number, validFrom: r.valid_from, validUntil: r.valid_until,
});

export interface CultivationQuery {
  uscc?: string;
  district?: string;
  roundId?: string;
  status?: string;
  limit?: number;
}

/** Applications by scope, newest first (at most 500). */
export async function listCultivationApplications(q: Queryable, f: CultivationQuery): Promise<CultivationProjection[]> {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    args.push(v);
    where.push(sql.replace('?', `$${args.length}`));
  };
  if (f.uscc) add('uscc = ?', f.uscc);
  if (f.district) add('district = ?', f.district);
  if (f.roundId) add('round_id = ?', f.roundId);
  if (f.status) add('status = ?', f.status);
  args.push(Math.min(f.limit ?? 200, 500));
  const rows = await q.query<Row>(`SELECT * FROM cultivation_applications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY submitted_at DESC, application_id LIMIT $${args.length}`, args);
  return rows.map(toProjection);
}

/** The live applications of an enterprise in a round (the duplicate check). */
export async function liveCultivationApplicationIds(q: Queryable, roundId: string, uscc: string): Promise<string[]> {
  const rows = await q.query<{ application_id: string }>(
    `SELECT application_id FROM cultivation_applications WHERE round_id = $1 AND uscc = $2 AND status NOT IN ('REJECTED', 'WITHDRAWN', 'NOT_RENEWED', 'REVOKED')`,
    [roundId, uscc],
  );
  return rows.map((r) => r.application_id);
}

/** 公示: applications in their public-notice period, by last day. */
export async function listCultivationPublicity(q: Queryable): Promise<CultivationProjection[]> {
  const rows = await q.query<Row>(`SELECT * FROM cultivation_applications WHERE status = 'IN_PUBLICITY' ORDER BY publicity_until, enterprise_name LIMIT 1000`);
  return rows.map(toProjection);
}
