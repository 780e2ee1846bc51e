import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface BenefitPaymentRow {
  id: string;
  /** Null for a service voucher's line (migration 0925) and a risk-compensation claim's (0917). */
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
// voucher code stands in for the tracking number, and 'service-voucher' for the policy. An approved
// risk-compensation claim's line lives in risk_claim_payments (migration 0917, same columns): its claim id
// stands in for the tracking number, and the rule's id for the policy. Every read of a batch's lines reads both.
const LINES = `(SELECT p.id, p.case_id, COALESCE(c.tracking_number, v.code) AS tracking_number, COALESCE(c.policy_id, 'service-voucher') AS policy_id, p.batch_id, p.amount_fen,
    p.payee_name, p.account_number, p.bank_name, p.status, p.bank_reference, p.failure_reason, p.settled_on
  FROM benefit_payments p LEFT JOIN benefit_cases c ON c.id = p.case_id LEFT JOIN vouchers v ON v.voucher_id = p.voucher_id
  UNION ALL
  SELECT r.id, NULL, r.claim_id, 'sz-loan-risk-compensation', r.batch_id, r.amount_fen, r.payee_name, r.account_number, r.bank_name, r.status, r.bank_reference, r.failure_reason, r.settled_on
  FROM risk_claim_payments r) l`;
const TRACKING = 'l.tracking_number';
const SELECT_PAYMENT = `SELECT l.id, l.case_id AS "caseId", ${TRACKING} AS "trackingNumber", l.policy_id AS "policyId", l.batch_id AS "batchId", l.amount_fen AS "amountFen",
  l.payee_name AS "payeeName", l.account_number AS "accountNumber", l.bank_name AS "bankName", l.status, l.bank_reference AS "bankReference",
  l.failure_reason AS "failureReason", l.settled_on AS "settledOn"
  FROM ${LINES}`;

export async function listBatchPayments(q: Queryable, batchId: string): Promise<BenefitPaymentRow[]> {
  return q.query(`${SELECT_PAYMENT} WHERE l.batch_id = $1 ORDER BY ${TRACKING}`, [batchId]);
}

/**
 * The lines of a batch in tracking-number order, `limit` at a time after `afterTrackingNumber`
 * (null: from the start): what a streamed export reads page by page instead of the whole batch.
 */
export async function listBatchPaymentsPage(q: Queryable, batchId: string, afterTrackingNumber: string | null, limit: number): Promise<BenefitPaymentRow[]> {
  return q.query(`${SELECT_PAYMENT} WHERE l.batch_id = $1 AND ${TRACKING} > $2 ORDER BY ${TRACKING} LIMIT $3`, [batchId, afterTrackingNumber ?? '', limit]);
}

export async function countBatchPayments(q: Queryable, batchId: string): Promise<number> {
  const [r] = await q.query<{ n: number | string }>('SELECT (SELECT count(*) FROM benefit_payments WHERE batch_id = $1) + (SELECT count(*) FROM risk_claim_payments WHERE batch_id = $1) AS n', [batchId]);
  return Number(r?.n ?? 0);
}

export async function findPaymentForUpdate(q: Queryable, paymentId: string): Promise<BenefitPaymentRow | null> {
  await q.query('SELECT id FROM benefit_payments WHERE id = $1 FOR UPDATE', [paymentId]);
  await q.query('SELECT id FROM risk_claim_payments WHERE id = $1 FOR UPDATE', [paymentId]);
  const [r] = await q.query<BenefitPaymentRow>(`${SELECT_PAYMENT} WHERE l.id = $1`, [paymentId]);
  return r ?? null;
}

export async function settlePayment(tx: Queryable, id: string, s: { status: 'PAID' | 'FAILED'; bankReference: string | null; failureReason: string | null; settledOn: string }, at = new Date()): Promise<void> {
  for (const table of ['benefit_payments', 'risk_claim_payments']) {
    await tx.query(`UPDATE ${table} SET status = $2, bank_reference = $3, failure_reason = $4, settled_on = $5, updated_at = $6 WHERE id = $1`,
      [id, s.status, s.bankReference, s.failureReason, s.settledOn, at.toISOString()]);
  }
}

export async function listPaymentBatches(q: Queryable, batchId?: string): Promise<BenefitPaymentBatch[]> {
  return q.query(
    `SELECT b.id, b.fund_id AS "fundId", b.created_by AS "createdBy", b.created_at AS "createdAt", b.line_count AS "lineCount", b.total_fen AS "totalFen",
       count(p.id) FILTER (WHERE p.status = 'PAID')::int AS paid, count(p.id) FILTER (WHERE p.status = 'FAILED')::int AS failed,
       count(p.id) FILTER (WHERE p.status = 'PENDING')::int AS pending
     FROM benefit_payment_batches b
       LEFT JOIN (SELECT id, batch_id, status FROM benefit_payments UNION ALL SELECT id, batch_id, status FROM risk_claim_payments) p ON p.batch_id = b.id
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
