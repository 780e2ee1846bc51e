import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { auditPseudonym } from '../audit/audit-pseudonym';
import type { AppealCaseProjection, StoredAppealAction } from './appeal-records';

interface ActionRowDb {
  action_id: string;
  type: string;
  at_text: string;
  actor: StoredAppealAction['actor'];
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

const toAction = (r: ActionRowDb): StoredAppealAction => ({ id: r.action_id, type: r.type, at: r.at_text, actor: r.actor, payload: r.payload, computed: r.computed });

/** A case's log in order (empty when there is no such case). */
export async function loadAppealLog(q: Queryable, caseId: string): Promise<StoredAppealAction[]> {
  const rows = await q.query<ActionRowDb>('SELECT action_id, type, at_text, actor, payload, computed FROM appeal_actions WHERE case_id = $1 ORDER BY seq', [caseId]);
  return rows.map(toAction);
}

/** The logs of several cases at once, keyed by case id (for statistics and the deadline sweep). */
export async function loadAppealLogs(q: Queryable, caseIds: readonly string[]): Promise<Map<string, StoredAppealAction[]>> {
  const out = new Map<string, StoredAppealAction[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await q.query<ActionRowDb & { case_id: string }>(
    'SELECT case_id, action_id, type, at_text, actor, payload, computed FROM appeal_actions WHERE case_id = ANY($1::text[]) ORDER BY case_id, seq',
    [caseIds],
  );
  for (const r of rows) out.get(r.case_id)!.push(toAction(r));
  return out;
}

async function insertAction(tx: Queryable, caseId: string, seq: number, a: StoredAppealAction, recordedAt: string): Promise<void> {
  await tx.query(
    `INSERT INTO appeal_actions (case_id, seq, action_id, type, occurred_at, at_text, actor, actor_user_id, payload, computed, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11)`,
    [caseId, seq, a.id, a.type, new Date(a.at).toISOString(), a.at, JSON.stringify(a.actor), a.actor.userId, JSON.stringify(a.payload), JSON.stringify(a.computed), recordedAt],
  );
}

/**
 * Who the audit log names for an action: the account — except the reporter of an anonymous case,
 * who appears under the case's pseudonym (see audit-pseudonym.ts).
 */
export async function auditActorOf(tx: Queryable, p: Pick<AppealCaseProjection, 'caseId' | 'isAnonymous' | 'reporterUserId'>, auditUserId: string | null): Promise<string | null> {
  return p.isAnonymous && auditUserId !== null && auditUserId === p.reporterUserId ? auditPseudonym(tx, p.caseId, auditUserId) : auditUserId;
}

async function audit(tx: Queryable, p: AppealCaseProjection, a: StoredAppealAction, seq: number, auditUserId: string | null, at: Date): Promise<void> {
  const actor = await auditActorOf(tx, p, auditUserId);
  await appendAuditEvent(tx, { type: 'APPEAL_ACTION_RECORDED', subject: p.caseId, payload: { trackingNumber: p.trackingNumber, actionId: a.id, actionType: a.type, seq } }, actor, at);
}

export type CreateAppealCaseOutcome = { created: true } | { created: false; existingCaseId: string };

/**
 * Inserts a new case with its first action (the submission) and its audit event. When the
 * submitter already used `idempotencyKey`, nothing is written and the existing case id is returned
 * (a retried submission is never a second case). Call inside a transaction.
 * `auditUserId` is null for an anonymous reporter (the pseudonymous id is not a user).
 */
export async function createAppealCase(
  tx: Queryable,
  input: { projection: AppealCaseProjection; submitterScope: string; idempotencyKey: string; action: StoredAppealAction; auditUserId: string | null; at?: Date },
): Promise<CreateAppealCaseOutcome> {
  const p = input.projection;
  const at = input.at ?? new Date();
  const rows = await tx.query<{ case_id: string }>(
    `INSERT INTO appeal_cases (case_id, tracking_number, submitter_scope, idempotency_key, type, jurisdiction, status, is_anonymous,
       reporter_user_id, reporter_uscc, owner_department, lead_department, co_handlers, assigned_ever, title,
       submitted_at, updated_at, closed_at, next_due_at, is_paused, version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13::text[],$14::text[],$15,$16,$17,$18,$19,$20,$21)
     ON CONFLICT (submitter_scope, idempotency_key) DO NOTHING RETURNING case_id`,
    [
      p.caseId, p.trackingNumber, input.submitterScope, input.idempotencyKey, p.type, p.jurisdiction, p.status, p.isAnonymous,
      p.reporterUserId, p.reporterUscc, p.ownerDepartment, p.leadDepartment, p.coHandlers, p.assignedEver, p.title,
      p.submittedAt, p.updatedAt, p.closedAt, p.nextDueAt, p.isPaused, 1,
    ],
  );
  if (rows.length === 0) {
    const [existing] = await tx.query<{ case_id: string }>('SELECT case_id FROM appeal_cases WHERE submitter_scope = $1 AND idempotency_key = $2', [input.submitterScope, input.idempotencyKey]);
    if (!existing) throw new Error('idempotency conflict without an existing case');
    return { created: false, existingCaseId: existing.case_id };
  }
  await insertAction(tx, p.caseId, 1, input.action, at.toISOString());
  await audit(tx, p, input.action, 1, input.auditUserId, at);
  return { created: true };
}

/**
 * Appends one action to a case and replaces its projection, if the case is still at
 * `expectedVersion` (optimistic locking: false when someone else appended first — reload and retry).
 * The UNIQUE (case_id, action_id) constraint refuses a replayed action id at the database too.
 */
export async function appendAppealAction(
  tx: Queryable,
  input: { projection: AppealCaseProjection; expectedVersion: number; action: StoredAppealAction; auditUserId: string | null; at?: Date },
): Promise<boolean> {
  const p = input.projection;
  const at = input.at ?? new Date();
  const seq = input.expectedVersion + 1;
  const updated = await tx.query<{ case_id: string }>(
    `UPDATE appeal_cases SET status = $3, lead_department = $4, co_handlers = $5::text[], assigned_ever = $6::text[], updated_at = $7,
       closed_at = $8, next_due_at = $9, is_paused = $10, version = $11
     WHERE case_id = $1 AND version = $2 RETURNING case_id`,
    [p.caseId, input.expectedVersion, p.status, p.leadDepartment, p.coHandlers, p.assignedEver, p.updatedAt, p.closedAt, p.nextDueAt, p.isPaused, seq],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, p.caseId, seq, input.action, at.toISOString());
  await audit(tx, p, input.action, seq, input.auditUserId, at);
  return true;
}
