import type { AnyVoucherAction, Voucher } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ActionRow { action_id: string; type: AnyVoucherAction['type']; at: string | Date; actor: AnyVoucherAction['actor']; payload: Record<string, unknown> }

const iso = (at: string | Date) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());
const userOf = (a: AnyVoucherAction) => ('userId' in a.actor ? a.actor.userId : null);

/** A voucher's log in order (empty when there is no such voucher). */
export async function loadVoucherLog(q: Queryable, voucherId: string, forUpdate = false): Promise<AnyVoucherAction[]> {
  if (forUpdate) await q.query('SELECT voucher_id FROM vouchers WHERE voucher_id = $1 FOR UPDATE', [voucherId]);
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM voucher_actions WHERE voucher_id = $1 ORDER BY seq', [voucherId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: iso(r.at), actor: r.actor, payload: r.payload }) as AnyVoucherAction);
}

export async function findVoucherIdByCode(q: Queryable, code: string): Promise<string | null> {
  const [r] = await q.query<{ voucher_id: string }>('SELECT voucher_id FROM vouchers WHERE code = $1', [code]);
  return r?.voucher_id ?? null;
}

/**
 * Stores vouchers just issued (each a log of one ISSUED action) and one audit event for the lot.
 * Call inside the transaction that checked the budget.
 */
export async function insertIssuedVouchers(tx: Queryable, issued: readonly { voucher: Voucher; action: AnyVoucherAction }[], userId: string): Promise<void> {
  const first = issued[0];
  if (!first) return;
  await tx.query(
    `INSERT INTO vouchers (voucher_id, programme_id, code, status, amount_fen, valid_until, issued_at, updated_at, version)
     SELECT id, $2, code, 'ISSUED', $3, $4, $5, $5, 1 FROM unnest($1::text[], $6::text[]) AS t(id, code)`,
    [issued.map((x) => x.voucher.voucherId), first.voucher.programmeId, first.voucher.amountFen, first.voucher.validUntil, first.action.at, issued.map((x) => x.voucher.code)],
  );
  await tx.query(
    `INSERT INTO voucher_actions (voucher_id, seq, action_id, type, at, actor, payload)
     SELECT id, 1, aid, 'ISSUED', $3, $4::jsonb, payload::jsonb FROM unnest($1::text[], $2::text[], $5::text[]) AS t(id, aid, payload)`,
    [issued.map((x) => x.voucher.voucherId), issued.map((x) => x.action.id), first.action.at, JSON.stringify(first.action.actor), issued.map((x) => JSON.stringify(x.action.payload))],
  );
  await appendAuditEvent(tx, { type: 'VOUCHERS_ISSUED', subject: first.voucher.programmeId, payload: { count: issued.length, amountFen: first.voucher.amountFen, firstVoucherId: first.voucher.voucherId } }, userId, new Date(first.action.at));
}

/**
 * Appends an action if the voucher is still at `expectedVersion` (optimistic locking). False when
 * another append came first, or when the enterprise already holds a voucher of the programme.
 */
export async function appendVoucherAction(tx: Queryable, v: Voucher, expectedVersion: number, action: AnyVoucherAction): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE vouchers SET status = $3, holder_uscc = $4, provider_id = $5, payable_fen = $6, updated_at = $7, version = $8
     WHERE voucher_id = $1 AND version = $2
       AND NOT ($4::text IS NOT NULL AND holder_uscc IS NULL AND EXISTS (SELECT 1 FROM vouchers o WHERE o.programme_id = vouchers.programme_id AND o.holder_uscc = $4::text))
     RETURNING voucher_id`,
    [v.voucherId, expectedVersion, v.status, v.holderUscc, v.redemption?.providerId ?? null, v.redemption?.payableFen ?? null, v.updatedAt, expectedVersion + 1],
  );
  if (updated.length === 0) return false;
  const seq = expectedVersion + 1;
  await tx.query('INSERT INTO voucher_actions (voucher_id, seq, action_id, type, at, actor, payload) VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7::jsonb)',
    [v.voucherId, seq, action.id, action.type, action.at, JSON.stringify(action.actor), JSON.stringify(action.payload)]);
  await appendAuditEvent(tx, { type: 'VOUCHER_ACTION_RECORDED', subject: v.voucherId, payload: { actionId: action.id, actionType: action.type, seq, actorKind: action.actor.kind } }, userOf(action), new Date(action.at));
  return true;
}

export interface VoucherFilter {
  programmeId?: string;
  holderUscc?: string;
  providerId?: string;
  statuses?: readonly string[];
}

/** Voucher ids by filter, newest first (the caller folds each log). */
export async function listVoucherIds(q: Queryable, f: VoucherFilter, limit: number): Promise<string[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (f.programmeId) where.push(`programme_id = $${params.push(f.programmeId)}`);
  if (f.holderUscc) where.push(`holder_uscc = $${params.push(f.holderUscc)}`);
  if (f.providerId) where.push(`provider_id = $${params.push(f.providerId)}`);
  if (f.statuses) where.push(`status = ANY($${params.push([...f.statuses])}::text[])`);
  const rows = await q.query<{ voucher_id: string }>(
    `SELECT voucher_id FROM vouchers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, voucher_id LIMIT $${params.push(limit)}`, params);
  return rows.map((r) => r.voucher_id);
}

/** One unclaimed voucher of a programme, locked for the claim (null when none is left). */
export async function lockUnclaimedVoucher(tx: Queryable, programmeId: string): Promise<string | null> {
  const [r] = await tx.query<{ voucher_id: string }>(
    `SELECT voucher_id FROM vouchers WHERE programme_id = $1 AND status = 'ISSUED' ORDER BY voucher_id LIMIT 1 FOR UPDATE SKIP LOCKED`, [programmeId]);
  return r?.voucher_id ?? null;
}

/** Unused vouchers whose last day was before `today` (the expiry sweep's work). */
export async function listExpiringVoucherIds(q: Queryable, today: string, limit: number): Promise<string[]> {
  const rows = await q.query<{ voucher_id: string }>(
    `SELECT voucher_id FROM vouchers WHERE status IN ('ISSUED', 'CLAIMED') AND valid_until < $1::date ORDER BY valid_until, voucher_id LIMIT $2`, [today, limit]);
  return rows.map((r) => r.voucher_id);
}

/** Does the enterprise already hold a voucher of the programme? */
export async function holdsVoucherOf(q: Queryable, programmeId: string, uscc: string): Promise<boolean> {
  const [r] = await q.query('SELECT 1 AS one FROM vouchers WHERE programme_id = $1 AND holder_uscc = $2', [programmeId, uscc]);
  return Boolean(r);
}
