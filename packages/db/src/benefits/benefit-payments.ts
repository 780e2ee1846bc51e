import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface BenefitPaymentRow {
  id: string;
  /** Null for a service voucher's line (migration 0925). */
  caseId: string | null;
  trackingNumber: string;
  policyId: string;
  batchId: string;
  amountFen: number;
  payeeName: string;
  accountNumber: string;
  bankName: string;
  status: 'PENDING' | 'PAID' | 'FAILED';
  bankReference: string | null;
  failureReason: string | null;
  settledOn: string | null;
}

export interface BenefitPaymentBatch {
  id: string;
  fundId: string;
  createdBy: string;
  createdAt: string;
  lineCount: number;
  totalFen: number;
  paid: number;
  failed: number;
  pending: number;
}

export async function insertPaymentBatch(tx: Queryable, b: { id: string; fundId: string; createdBy: string; lineCount: number; totalFen: number }, at = new Date()): Promise<void> {
  await tx.query('INSERT INTO benefit_payment_batches (id, fund_id, created_by, created_at, line_count, total_fen) VALUES ($1,$2,$3,$4,$5,$6)',
    [b.id, b.fundId, b.createdBy, at.toISOString(), b.lineCount, b.totalFen]);
  await appendAuditEvent(tx, { type: 'BENEFIT_PAYMENT_BATCH_CREATED', subject: b.id, payload: { fundId: b.fundId, lines: b.lineCount, totalFen: b.totalFen } }, b.createdBy, at);
}

/**
 * Puts a case's payment in a batch: a new row, or the case's failed row moved to the new batch
 * (UNIQUE case_id: a case never has two payments). Returns false when the case already has a
 * pending or paid payment.
 */
export async function upsertPayment(tx: Queryable, p: Omit<BenefitPaymentRow, 'status' | 'bankReference' | 'failureReason' | 'settledOn' | 'trackingNumber' | 'policyId'>, at = new Date()): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO benefit_payments (id, case_id, batch_id, amount_fen, payee_name, account_number, bank_name, status, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'PENDING',$8)
     ON CONFLICT (case_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, amount_fen = EXCLUDED.amount_fen, payee_name = EXCLUDED.payee_name,
       account_number = EXCLUDED.account_number, bank_name = EXCLUDED.bank_name, status = 'PENDING', bank_reference = NULL, failure_reason = NULL,
       settled_on = NULL, updated_at = EXCLUDED.updated_at
     WHERE benefit_payments.status = 'FAILED'
     RETURNING id`,
    [p.id, p.caseId, p.batchId, p.amountFen, p.payeeName, p.accountNumber, p.bankName, at.toISOString()],
  );
  return rows.length > 0;
}

// A line pays a benefit case or, with case_id null, a redeemed service voucher (migration 0925): its
// voucher code stands in for the tracking number, and 'service-voucher' for the policy.
const TRACKING = `COALESCE(c.tracking_number, v.code)`;
const SELECT_PAYMENT = `SELECT p.id, p.case_id AS "caseId", ${TRACKING} AS "trackingNumber", COALESCE(c.policy_id, 'service-voucher') AS "policyId", p.batch_id AS "batchId", p.amount_fen AS "amountFen",
  p.payee_name AS "payeeName", p.account_number AS "accountNumber", p.bank_name AS "bankName", p.status, p.bank_reference AS "bankReference",
  p.failure_reason AS "failureReason", p.settled_on AS "settledOn"
  FROM benefit_payments p LEFT JOIN benefit_cases c ON c.id = p.case_id LEFT JOIN vouchers v ON v.voucher_id = p.voucher_id`;

export async function listBatchPayments(q: Queryable, batchId: string): Promise<BenefitPaymentRow[]> {
  return q.query(`${SELECT_PAYMENT} WHERE p.batch_id = $1 ORDER BY ${TRACKING}`, [batchId]);
}

/**
 * The lines of a batch in tracking-number order, `limit` at a time after `afterTrackingNumber`
 * (null: from the start): what a streamed export reads page by page instead of the whole batch.
 */
export async function listBatchPaymentsPage(q: Queryable, batchId: string, afterTrackingNumber: string | null, limit: number): Promise<BenefitPaymentRow[]> {
  return q.query(`${SELECT_PAYMENT} WHERE p.batch_id = $1 AND ${TRACKING} > $2 ORDER BY ${TRACKING} LIMIT $3`, [batchId, afterTrackingNumber ?? '', limit]);
}

export async function countBatchPayments(q: Queryable, batchId: string): Promise<number> {
  const [r] = await q.query<{ n: number | string }>('SELECT count(*) AS n FROM benefit_payments WHERE batch_id = $1', [batchId]);
  return Number(r?.n ?? 0);
}

export async function findPaymentForUpdate(q: Queryable, paymentId: string): Promise<BenefitPaymentRow | null> {
  await q.query('SELECT id FROM benefit_payments WHERE id = $1 FOR UPDATE', [paymentId]);
  const [r] = await q.query<BenefitPaymentRow>(`${SELECT_PAYMENT} WHERE p.id = $1`, [paymentId]);
  return r ?? null;
}

export async function settlePayment(tx: Queryable, id: string, s: { status: 'PAID' | 'FAILED'; bankReference: string | null; failureReason: string | null; settledOn: string }, at = new Date()): Promise<void> {
  await tx.query('UPDATE benefit_payments SET status = $2, bank_reference = $3, failure_reason = $4, settled_on = $5, updated_at = $6 WHERE id = $1',
    [id, s.status, s.bankReference, s.failureReason, s.settledOn, at.toISOString()]);
}

export async function listPaymentBatches(q: Queryable, batchId?: string): Promise<BenefitPaymentBatch[]> {
  return q.query(
    `SELECT b.id, b.fund_id AS "fundId", b.created_by AS "createdBy", b.created_at AS "createdAt", b.line_count AS "lineCount", b.total_fen AS "totalFen",
       count(p.id) FILTER (WHERE p.status = 'PAID')::int AS paid, count(p.id) FILTER (WHERE p.status = 'FAILED')::int AS failed,
       count(p.id) FILTER (WHERE p.status = 'PENDING')::int AS pending
     FROM benefit_payment_batches b LEFT JOIN benefit_payments p ON p.batch_id = b.id
     ${batchId ? 'WHERE b.id = $1' : ''} GROUP BY b.id ORDER BY b.created_at DESC, b.id`, batchId ? [batchId] : []);
}

/** Records an imported return file by hash; false when the same file was already imported (nothing to do). */
export async function recordBankImport(tx: Queryable, i: { sha256: string; batchId: string; importedBy: string; summary: { paid: number; failed: number; unchanged: number } }, at = new Date()): Promise<boolean> {
  const rows = await tx.query('INSERT INTO benefit_bank_imports (sha256, batch_id, imported_by, imported_at, summary) VALUES ($1,$2,$3,$4,$5::jsonb) ON CONFLICT DO NOTHING RETURNING sha256',
    [i.sha256, i.batchId, i.importedBy, at.toISOString(), JSON.stringify(i.summary)]);
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'BENEFIT_BANK_RETURN_IMPORTED', subject: i.batchId, payload: { sha256: i.sha256, ...i.summary } }, i.importedBy, at);
  return true;
}

export async function findBankImport(q: Queryable, sha256: string): Promise<{ batchId: string; summary: { paid: number; failed: number; unchanged: number } } | null> {
  const [r] = await q.query<{ batch_id: string; summary: { paid: number; failed: number; unchanged: number } }>('SELECT batch_id, summary FROM benefit_bank_imports WHERE sha256 = $1', [sha256]);
  return r ? { batchId: r.batch_id, summary: r.summary } : null;
}
