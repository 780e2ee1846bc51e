import type { Queryable } from '../database';

export interface AuditEventView {
  seq: number;
  type: string;
  occurredAt: string;
  actor: { id: string; username: string; displayName: string } | null;
  subject: string | null;
  payload: Record<string, unknown>;
  hash: string;
}

/** Newest first, paged. Optional filter by event type or subject. */
export async function listAuditEvents(
  db: Queryable,
  opts: { page: number; pageSize: number; type?: string; subject?: string },
): Promise<{ items: AuditEventView[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.type) where.push(`a.type = $${params.push(opts.type)}`);
  if (opts.subject) where.push(`a.subject = $${params.push(opts.subject)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM audit_events a ${w}`, params);
  const rows = await db.query<{
    seq: number; type: string; occurred_at: string; actor_user_id: string | null; username: string | null; display_name: string | null;
    subject: string | null; payload: Record<string, unknown>; hash: string;
  }>(
    `SELECT a.seq, a.type, a.occurred_at, a.actor_user_id, u.username, u.display_name, a.subject, a.payload, a.hash
     FROM audit_events a LEFT JOIN users u ON u.id = a.actor_user_id ${w}
     ORDER BY a.seq DESC LIMIT $${params.push(opts.pageSize)} OFFSET $${params.push((opts.page - 1) * opts.pageSize)}`,
    params,
  );
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      seq: r.seq,
      type: r.type,
      occurredAt: r.occurred_at,
      actor: r.actor_user_id ? { id: r.actor_user_id, username: r.username ?? '', displayName: r.display_name ?? '' } : null,
      subject: r.subject,
      payload: r.payload,
      hash: r.hash,
    })),
  };
}
