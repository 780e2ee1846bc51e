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

/** Rows a page number may skip (shallow pages only); deeper pages go by `before`. */
export const AUDIT_MAX_OFFSET = 2_000;
/** Matching events counted exactly up to this many; past it the total is given as "more than". */
export const AUDIT_COUNT_LIMIT = 10_000;

/**
 * Newest first, paged: by page number for the first AUDIT_MAX_OFFSET rows, or by key — the events
 * before sequence number `before` (the last row of the page before) — to any depth without
 * skipping rows. Optional filter by event type or subject. The total is exact up to
 * AUDIT_COUNT_LIMIT (`totalIsLowerBound` past it), so a city's log is never counted whole.
 */
export async function listAuditEvents(
  db: Queryable,
  opts: { page: number; pageSize: number; before?: number; type?: string; subject?: string },
): Promise<{ items: AuditEventView[]; total: number; totalIsLowerBound: boolean; nextBefore: number | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.type) where.push(`a.type = $${params.push(opts.type)}`);
  if (opts.subject) where.push(`a.subject = $${params.push(opts.subject)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM audit_events a ${w} LIMIT ${AUDIT_COUNT_LIMIT + 1}) c`, params);
  const pageWhere = opts.before !== undefined ? [...where, `a.seq < $${params.push(opts.before)}`] : where;
  const offset = opts.before !== undefined ? 0 : Math.min((opts.page - 1) * opts.pageSize, AUDIT_MAX_OFFSET);
  const rows = await db.query<{
    seq: number; type: string; occurred_at: string; actor_user_id: string | null; username: string | null; display_name: string | null;
    subject: string | null; payload: Record<string, unknown>; hash: string;
  }>(
    `SELECT a.seq, a.type, a.occurred_at, a.actor_user_id, u.username, u.display_name, a.subject, a.payload, a.hash
     FROM audit_events a LEFT JOIN users u ON u.id = a.actor_user_id ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
     ORDER BY a.seq DESC LIMIT $${params.push(opts.pageSize + 1)} OFFSET $${params.push(offset)}`,
    params,
  );
  const more = rows.length > opts.pageSize;
  const page = more ? rows.slice(0, opts.pageSize) : rows;
  const counted = Number(count?.n ?? 0);
  return {
    total: Math.min(counted, AUDIT_COUNT_LIMIT),
    totalIsLowerBound: counted > AUDIT_COUNT_LIMIT,
    nextBefore: more ? Number(page[page.length - 1]!.seq) : null,
    items: page.map((r) => ({
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
