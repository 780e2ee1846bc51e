import type { Queryable } from '../database';
import { auditHash } from '../audit/audit-hash';
import { auditActorOf } from './appeal-log';
import type { AppealCaseProjection, StoredAppealAction } from './appeal-records';

export interface NewAppealCase {
  projection: AppealCaseProjection;
  submitterScope: string;
  idempotencyKey: string;
  action: StoredAppealAction;
  auditUserId: string | null;
}

/**
 * Several submissions in one transaction (group commit) with two statements whatever the batch
 * size: the cases (one multi-row insert) together with the lock of the audit-chain head, then the
 * first actions, the audit events and the new chain head (one statement of three parts). The rows,
 * hashes and order are those of one `createAppealCase` after another. Keys already used (by an
 * earlier transaction) are skipped and reported with the existing case id. The caller must not
 * pass the same submitter scope and key twice in one batch. Call inside a transaction.
 */
export async function createAppealCasesBatch(tx: Queryable, items: readonly NewAppealCase[], at = new Date()): Promise<Map<string, { created: boolean; caseId: string }>> {
  const out = new Map<string, { created: boolean; caseId: string }>();
  if (items.length === 0) return out;
  const keyOf = (scope: string, key: string) => `${scope}\u0000${key}`;
  // The head is locked in the same statement as the insert (an appender of any module locks it
  // after its own rows too, so the lock order is the same everywhere).
  const [head] = await tx.query<{ seq: number; hash: string; created: string[] }>(
    `WITH inserted AS (
       INSERT INTO appeal_cases (case_id, tracking_number, submitter_scope, idempotency_key, type, jurisdiction, status, is_anonymous,
         reporter_user_id, reporter_uscc, owner_department, lead_department, co_handlers, assigned_ever, title,
         submitted_at, updated_at, closed_at, next_due_at, is_paused, version)
       SELECT r.case_id, r.tracking_number, r.submitter_scope, r.idempotency_key, r.type, r.jurisdiction, r.status, r.is_anonymous,
         r.reporter_user_id, r.reporter_uscc, r.owner_department, r.lead_department, '{}'::text[], '{}'::text[], r.title,
         r.submitted_at, r.updated_at, r.closed_at, r.next_due_at, r.is_paused, 1
       FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, tracking_number text, submitter_scope text, idempotency_key text, type text,
         jurisdiction text, status text, is_anonymous boolean, reporter_user_id text, reporter_uscc text, owner_department text,
         lead_department text, title text, submitted_at timestamptz, updated_at timestamptz, closed_at timestamptz, next_due_at timestamptz, is_paused boolean)
       ON CONFLICT (submitter_scope, idempotency_key) DO NOTHING RETURNING case_id)
     SELECT h.seq, h.hash, ARRAY(SELECT case_id FROM inserted) AS created FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE OF h`,
    [
      JSON.stringify(
        items.map(({ projection: p, submitterScope, idempotencyKey }) => ({
          case_id: p.caseId, tracking_number: p.trackingNumber, submitter_scope: submitterScope, idempotency_key: idempotencyKey, type: p.type,
          jurisdiction: p.jurisdiction, status: p.status, is_anonymous: p.isAnonymous, reporter_user_id: p.reporterUserId, reporter_uscc: p.reporterUscc,
          owner_department: p.ownerDepartment, lead_department: p.leadDepartment, title: p.title, submitted_at: p.submittedAt, updated_at: p.updatedAt,
          closed_at: p.closedAt, next_due_at: p.nextDueAt, is_paused: p.isPaused,
        })),
      ),
    ],
  );
  if (!head) throw new Error('audit chain head missing: the database is not migrated');
  const createdIds = new Set(head.created);
  const created = items.filter((i) => createdIds.has(i.projection.caseId));
  const skipped = items.filter((i) => !createdIds.has(i.projection.caseId));
  if (skipped.length > 0) {
    const existing = await tx.query<{ submitter_scope: string; idempotency_key: string; case_id: string }>(
      `SELECT c.submitter_scope, c.idempotency_key, c.case_id FROM appeal_cases c
       JOIN unnest($1::text[], $2::text[]) AS k(scope, key) ON c.submitter_scope = k.scope AND c.idempotency_key = k.key`,
      [skipped.map((i) => i.submitterScope), skipped.map((i) => i.idempotencyKey)],
    );
    for (const e of existing) out.set(keyOf(e.submitter_scope, e.idempotency_key), { created: false, caseId: e.case_id });
  }
  if (created.length === 0) return out;
  for (const i of created) out.set(keyOf(i.submitterScope, i.idempotencyKey), { created: true, caseId: i.projection.caseId });
  const recordedAt = at.toISOString();
  // The audit events, chained exactly as appendAuditEvent chains them.
  let seq = head.seq;
  let prev = head.hash;
  const actors: (string | null)[] = [];
  for (const i of created) actors.push(await auditActorOf(tx, i.projection, i.auditUserId));
  const events = created.map((i, n) => {
    seq++;
    const payload = { trackingNumber: i.projection.trackingNumber, actionId: i.action.id, actionType: i.action.type, seq: 1 };
    const content = { seq, type: 'APPEAL_ACTION_RECORDED', occurredAt: recordedAt, actorUserId: actors[n] ?? null, subject: i.projection.caseId, payload };
    const hash = auditHash(prev, content);
    const row = { seq, type: content.type, occurred_at: recordedAt, actor_user_id: actors[n] ?? null, subject: content.subject, payload, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
  const actions = created.map(({ projection: p, action: a }) => ({
    case_id: p.caseId, action_id: a.id, type: a.type, occurred_at: new Date(a.at).toISOString(), at_text: a.at, actor: a.actor,
    actor_user_id: a.actor.userId, payload: a.payload, computed: a.computed,
  }));
  await tx.query(
    `WITH actions AS (
       INSERT INTO appeal_actions (case_id, seq, action_id, type, occurred_at, at_text, actor, actor_user_id, payload, computed, recorded_at)
       SELECT r.case_id, 1, r.action_id, r.type, r.occurred_at, r.at_text, r.actor, r.actor_user_id, r.payload, r.computed, $3::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, action_id text, type text, occurred_at timestamptz, at_text text, actor jsonb,
         actor_user_id text, payload jsonb, computed jsonb)),
     events AS (
       INSERT INTO audit_events (seq, type, occurred_at, actor_user_id, subject, payload, prev_hash, hash)
       SELECT r.seq, r.type, r.occurred_at, r.actor_user_id, r.subject, r.payload, r.prev_hash, r.hash
       FROM jsonb_to_recordset($2::jsonb) AS r(seq bigint, type text, occurred_at timestamptz, actor_user_id text, subject text, payload jsonb, prev_hash text, hash text))
     UPDATE audit_chain_head SET seq = $4, hash = $5 WHERE id = 1`,
    [JSON.stringify(actions), JSON.stringify(events), recordedAt, seq, prev],
  );
  return out;
}

/** Allocates `n` consecutive tracking sequences of `prefix` on `day` in one statement; returns the first. */
export async function allocateTrackingSequences(q: Queryable, prefix: string, day: string, n: number): Promise<number> {
  const [row] = await q.query<{ last_value: number }>(
    `INSERT INTO appeal_tracking_sequences (prefix, day, last_value) VALUES ($1, $2, $3)
     ON CONFLICT (prefix, day) DO UPDATE SET last_value = appeal_tracking_sequences.last_value + $3
     RETURNING last_value`,
    [prefix, day, n],
  );
  if (!row) throw new Error('tracking sequences not allocated');
  return row.last_value - n + 1;
}
