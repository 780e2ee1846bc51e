import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A redeemed voucher awaiting settlement (or whose payment line failed and is paid again), with what it pays. */
export interface RedeemedVoucher {
  voucherId: string;
  programmeId: string;
  providerId: string;
  payableFen: number;
  /** Its line is in an earlier batch and failed at the bank: the same line moves to the new batch. */
  isRetry: boolean;
}

/** Redeemed, not yet settled vouchers of the programmes a fund pays for, and settled ones whose line failed; locked for the batch. */
export async function lockRedeemedVouchersOfFund(tx: Queryable, fundId: string): Promise<RedeemedVoucher[]> {
  const rows = await tx.query<{ voucher_id: string; programme_id: string; provider_id: string; payable_fen: number | string; status: string }>(
    `SELECT v.voucher_id, v.programme_id, v.provider_id, v.payable_fen, v.status FROM vouchers v JOIN voucher_programmes p ON p.programme_id = v.programme_id
     WHERE p.fund_id = $1 AND (v.status = 'REDEEMED'
       OR (v.status = 'SETTLED' AND EXISTS (SELECT 1 FROM benefit_payments b WHERE b.voucher_id = v.voucher_id AND b.status = 'FAILED')))
     ORDER BY v.voucher_id FOR UPDATE OF v`, [fundId]);
  return rows.map((r) => ({ voucherId: r.voucher_id, programmeId: r.programme_id, providerId: r.provider_id, payableFen: Number(r.payable_fen), isRetry: r.status === 'SETTLED' }));
}

/**
 * A voucher's payable line in a benefits payment batch (`benefit_payments` with `voucher_id`, the
 * provider's account as payee): one line per voucher, ever — a failed line moves to the new batch.
 * Returns the line's id.
 */
export async function upsertVoucherPaymentLine(tx: Queryable, l: { id: string; voucherId: string; batchId: string; amountFen: number; payeeName: string; accountNumber: string; bankName: string }, at = new Date()): Promise<string> {
  const [r] = await tx.query<{ id: string }>(
    `INSERT INTO benefit_payments (id, case_id, voucher_id, batch_id, amount_fen, payee_name, account_number, bank_name, status, updated_at)
     VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, 'PENDING', $8)
     ON CONFLICT (voucher_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, payee_name = EXCLUDED.payee_name, account_number = EXCLUDED.account_number,
       bank_name = EXCLUDED.bank_name, status = 'PENDING', bank_reference = NULL, failure_reason = NULL, settled_on = NULL, updated_at = EXCLUDED.updated_at
     WHERE benefit_payments.status = 'FAILED'
     RETURNING id`,
    [l.id, l.voucherId, l.batchId, l.amountFen, l.payeeName, l.accountNumber, l.bankName, at.toISOString()],
  );
  if (!r) throw new Error(`voucher ${l.voucherId} already has a pending or paid payment`);
  return r.id;
}

export async function auditSettlementBatch(tx: Queryable, batchId: string, p: { programmeId: string; lines: number; totalFen: number }, userId: string, at = new Date()): Promise<void> {
  await appendAuditEvent(tx, { type: 'VOUCHER_SETTLEMENT_BATCHED', subject: batchId, payload: p }, userId, at);
}

/** The payment line of a voucher, with its bank status (PENDING, PAID, FAILED). */
export async function findVoucherPayment(q: Queryable, voucherId: string): Promise<{ paymentId: string; batchId: string; status: string; amountFen: number } | null> {
  const [r] = await q.query<{ id: string; batch_id: string; status: string; amount_fen: number | string }>('SELECT id, batch_id, status, amount_fen FROM benefit_payments WHERE voucher_id = $1', [voucherId]);
  return r ? { paymentId: r.id, batchId: r.batch_id, status: r.status, amountFen: Number(r.amount_fen) } : null;
}
