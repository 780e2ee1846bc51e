import type { Queryable } from '../database';
import type { AuditEvent, StoredAuditEvent } from './audit-event';
import { auditHash } from './audit-hash';

/**
 * Appends one event to the hash chain. Call it with the transaction that makes the change, so the
 * change and its event commit together. The chain head row is locked until the transaction ends,
 * which serialises appenders and keeps the chain linear.
 */
export async function appendAuditEvent(
  tx: Queryable,
  event: AuditEvent,
  actorUserId: string | null,
  at: Date = new Date(),
): Promise<StoredAuditEvent> {
  const [head] = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
  if (!head) throw new Error('audit chain head missing: the database is not migrated');
  const seq = head.seq + 1;
  const occurredAt = at.toISOString();
  const payload = JSON.parse(JSON.stringify(event.payload)) as Record<string, unknown>;
  const content = { seq, type: event.type, occurredAt, actorUserId, subject: event.subject, payload };
  const hash = auditHash(head.hash, content);
  await tx.query(
    `INSERT INTO audit_events (seq, type, occurred_at, actor_user_id, subject, payload, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
    [seq, event.type, occurredAt, actorUserId, event.subject, JSON.stringify(payload), head.hash, hash],
  );
  await tx.query('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [seq, hash]);
  return { ...content, prevHash: head.hash, hash };
}
