import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { DRAFT_SELECT, toDraft, type DraftRow } from './policy-drafts-read';
import type { DraftOutcome, PolicyDraft, PolicyDraftAction, PolicyDraftContent, PolicyDraftStatus } from './policy-draft-types';

async function logAction(tx: Queryable, draftId: string, action: PolicyDraftAction['action'], from: PolicyDraftStatus | null, to: PolicyDraftStatus, actor: string, note: string | null, at: Date): Promise<void> {
  await tx.query(
    'INSERT INTO policy_draft_actions (draft_id, action, from_status, to_status, actor_user_id, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [draftId, action, from, to, actor, note, at.toISOString()],
  );
}

async function lockDraft(tx: Queryable, id: string): Promise<PolicyDraft | null> {
  const [row] = await tx.query<DraftRow>(`${DRAFT_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
  return row ? toDraft(row) : null;
}

const contentParams = (c: PolicyDraftContent) => [
  c.titleZh, c.titleEn, c.summaryZh, c.summaryEn, c.departmentId, c.jurisdiction, c.effectiveFrom, c.effectiveUntil, c.channel, c.topics, JSON.stringify(c.conditions),
  c.amount ? JSON.stringify(c.amount) : null,
];

/**
 * A new policy (version 1, DRAFTED) under a fresh key. The caller has validated the conditions
 * with the rules engine. Refused with KEY_TAKEN when the key already exists.
 */
export async function createPolicyDraft(tx: Queryable, input: { policyKey: string } & PolicyDraftContent, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const [taken] = await tx.query('SELECT 1 FROM policy_drafts WHERE policy_key = $1 LIMIT 1', [input.policyKey]);
  if (taken) return { ok: false, reason: 'KEY_TAKEN' };
  return insertVersion(tx, input.policyKey, 1, input, actorUserId, at);
}

async function insertVersion(tx: Queryable, policyKey: string, version: number, c: PolicyDraftContent, actorUserId: string, at: Date): Promise<DraftOutcome<PolicyDraft>> {
  const id = randomUUID();
  const [row] = await tx.query<DraftRow>(
    `INSERT INTO policy_drafts (id, policy_key, version, title_zh, title_en, summary_zh, summary_en, department_id, jurisdiction,
       effective_from, effective_until, channel, topics, conditions, amount, status, author_user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, 'DRAFTED', $16, $17, $17)
     RETURNING ${DRAFT_SELECT.slice('SELECT '.length, DRAFT_SELECT.indexOf(' FROM'))}`,
    [id, policyKey, version, ...contentParams(c), actorUserId, at.toISOString()],
  );
  await logAction(tx, id, 'DRAFTED', null, 'DRAFTED', actorUserId, null, at);
  await appendAuditEvent(tx, { type: 'POLICY_DRAFTED', subject: id, payload: { policyKey, version, departmentId: c.departmentId } }, actorUserId, at);
  return { ok: true, value: toDraft(row!) };
}

/** JSON text with object keys sorted: jsonb does not keep key order, so a stored value and the same value from a request compare equal. */
function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x);
}

const CONTENT_FIELDS: (keyof PolicyDraftContent)[] = ['titleZh', 'titleEn', 'summaryZh', 'summaryEn', 'departmentId', 'jurisdiction', 'effectiveFrom', 'effectiveUntil', 'channel', 'topics', 'conditions', 'amount'];

/** Replaces the content of a DRAFTED version (only drafts can be edited; a published one is amended). */
export async function editPolicyDraft(tx: Queryable, id: string, content: PolicyDraftContent, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status !== 'DRAFTED') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const changedFields = CONTENT_FIELDS.filter((f) => canonical(d[f]) !== canonical(content[f]));
  if (changedFields.length === 0) return { ok: true, value: d };
  const [row] = await tx.query<DraftRow>(
    `UPDATE policy_drafts SET title_zh = $2, title_en = $3, summary_zh = $4, summary_en = $5, department_id = $6, jurisdiction = $7,
       effective_from = $8, effective_until = $9, channel = $10, topics = $11, conditions = $12::jsonb, amount = $13::jsonb, updated_at = $14
     WHERE id = $1 RETURNING ${DRAFT_SELECT.slice('SELECT '.length, DRAFT_SELECT.indexOf(' FROM'))}`,
    [id, ...contentParams(content), at.toISOString()],
  );
  await logAction(tx, id, 'EDITED', 'DRAFTED', 'DRAFTED', actorUserId, changedFields.join(','), at);
  await appendAuditEvent(tx, { type: 'POLICY_DRAFT_EDITED', subject: id, payload: { policyKey: d.policyKey, version: d.version, changedFields } }, actorUserId, at);
  return { ok: true, value: toDraft(row!) };
}

async function move(tx: Queryable, d: PolicyDraft, to: PolicyDraftStatus, action: PolicyDraftAction['action'], actorUserId: string, note: string | null, at: Date, extra = ''): Promise<PolicyDraft> {
  const [row] = await tx.query<DraftRow>(
    `UPDATE policy_drafts SET status = $2, updated_at = $3${extra} WHERE id = $1 RETURNING ${DRAFT_SELECT.slice('SELECT '.length, DRAFT_SELECT.indexOf(' FROM'))}`,
    extra ? [d.id, to, at.toISOString(), actorUserId] : [d.id, to, at.toISOString()],
  );
  await logAction(tx, d.id, action, d.status, to, actorUserId, note, at);
  return toDraft(row!);
}

/** DRAFTED → SUBMITTED_FOR_REVIEW. */
export async function submitPolicyDraft(tx: Queryable, id: string, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status !== 'DRAFTED') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const value = await move(tx, d, 'SUBMITTED_FOR_REVIEW', 'SUBMITTED_FOR_REVIEW', actorUserId, null, at);
  await appendAuditEvent(tx, { type: 'POLICY_SUBMITTED_FOR_REVIEW', subject: id, payload: { policyKey: d.policyKey, version: d.version } }, actorUserId, at);
  return { ok: true, value };
}

/** SUBMITTED_FOR_REVIEW → DRAFTED with the reviewer's note (back to the author for changes). */
export async function returnPolicyDraft(tx: Queryable, id: string, note: string, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status !== 'SUBMITTED_FOR_REVIEW') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const value = await move(tx, d, 'DRAFTED', 'RETURNED', actorUserId, note, at);
  await appendAuditEvent(tx, { type: 'POLICY_RETURNED', subject: id, payload: { policyKey: d.policyKey, version: d.version, note } }, actorUserId, at);
  return { ok: true, value };
}

/**
 * SUBMITTED_FOR_REVIEW → PUBLISHED by a second official (never the author: SAME_OFFICIAL). The
 * previously published version of the same policy, if any, becomes AMENDED in the same transaction.
 */
export async function publishPolicyDraft(tx: Queryable, id: string, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<{ published: PolicyDraft; supersedes: PolicyDraft | null }>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status !== 'SUBMITTED_FOR_REVIEW') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  if (d.authorUserId === actorUserId) return { ok: false, reason: 'SAME_OFFICIAL', status: d.status };
  const [prevRow] = await tx.query<DraftRow>(`${DRAFT_SELECT} WHERE policy_key = $1 AND status = 'PUBLISHED' AND id <> $2 FOR UPDATE`, [d.policyKey, d.id]);
  let supersedes: PolicyDraft | null = null;
  if (prevRow) supersedes = await move(tx, toDraft(prevRow), 'AMENDED', 'AMENDED', actorUserId, `v${d.version}`, at);
  const published = await move(tx, d, 'PUBLISHED', 'PUBLISHED', actorUserId, null, at, ', published_at = $3, published_by_user_id = $4');
  await appendAuditEvent(tx, { type: 'POLICY_PUBLISHED', subject: id, payload: { policyKey: d.policyKey, version: d.version, supersedes: supersedes?.id ?? null } }, actorUserId, at);
  return { ok: true, value: { published, supersedes } };
}

/** A new DRAFTED version of a PUBLISHED policy with the same content (edit it, submit, publish: the old one becomes AMENDED). */
export async function amendPolicy(tx: Queryable, id: string, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status !== 'PUBLISHED') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const [open] = await tx.query<{ id: string }>(`SELECT id FROM policy_drafts WHERE policy_key = $1 AND status IN ('DRAFTED', 'SUBMITTED_FOR_REVIEW')`, [d.policyKey]);
  if (open) return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const [{ max }] = (await tx.query<{ max: number }>('SELECT max(version) AS max FROM policy_drafts WHERE policy_key = $1', [d.policyKey])) as [{ max: number }];
  return insertVersion(tx, d.policyKey, max + 1, d, actorUserId, at);
}

/** Withdraws a version (a draft is discarded; a published policy stops applying). */
export async function withdrawPolicy(tx: Queryable, id: string, note: string, actorUserId: string, at: Date = new Date()): Promise<DraftOutcome<PolicyDraft>> {
  const d = await lockDraft(tx, id);
  if (!d) return { ok: false, reason: 'NOT_FOUND' };
  if (d.status === 'WITHDRAWN' || d.status === 'AMENDED') return { ok: false, reason: 'WRONG_STATUS', status: d.status };
  const value = await move(tx, d, 'WITHDRAWN', 'WITHDRAWN', actorUserId, note, at);
  await appendAuditEvent(tx, { type: 'POLICY_WITHDRAWN', subject: id, payload: { policyKey: d.policyKey, version: d.version, note } }, actorUserId, at);
  return { ok: true, value };
}
