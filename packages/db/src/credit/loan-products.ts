import type { LoanProduct, LoanProductTerms } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A stored product with the institution's name. */
export interface StoredLoanProduct extends LoanProduct {
  institutionName: { zh: string; en: string };
}

interface Row {
  product_id: string; institution_id: string; name_zh: string; name_en: string; name: string; description: string;
  min_amount_fen: number | string; max_amount_fen: number | string; annual_rate_percent: string; min_term_months: number; max_term_months: number;
  collateral: unknown; conditions: unknown; defined_at: string | Date; withdrawn_at: string | Date | null;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

const toProduct = (r: Row): StoredLoanProduct => ({
  productId: r.product_id, institutionId: r.institution_id, institutionName: { zh: r.name_zh, en: r.name_en }, name: r.name, description: r.description,
  minAmountFen: Number(r.min_amount_fen), maxAmountFen: Number(r.max_amount_fen), annualRatePercent: r.annual_rate_percent,
  minTermMonths: r.min_term_months, maxTermMonths: r.max_term_months, collateral: json(r.collateral), conditions: json(r.conditions),
  definedAt: iso(r.defined_at), withdrawnAt: r.withdrawn_at === null ? null : iso(r.withdrawn_at),
});

const SELECT = `SELECT p.*, i.name_zh, i.name_en, w.withdrawn_at FROM loan_products p JOIN financial_institutions i ON i.id = p.institution_id
  LEFT JOIN loan_product_withdrawals w ON w.product_id = p.product_id`;

/** Stores a checked product with its audit event. Call inside a transaction. */
export async function insertLoanProduct(tx: Queryable, p: LoanProductTerms & { productId: string; institutionId: string }, userId: string, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO loan_products (product_id, institution_id, name, description, min_amount_fen, max_amount_fen, annual_rate_percent, min_term_months, max_term_months, collateral, conditions, defined_at, defined_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $13)`,
    [p.productId, p.institutionId, p.name, p.description, p.minAmountFen, p.maxAmountFen, p.annualRatePercent, p.minTermMonths, p.maxTermMonths, JSON.stringify(p.collateral), JSON.stringify(p.conditions), at.toISOString(), userId],
  );
  await appendAuditEvent(tx, { type: 'LOAN_PRODUCT_DEFINED', subject: p.productId, payload: { institutionId: p.institutionId, name: p.name, conditions: p.conditions.map((c) => c.id) } }, userId, at);
}

/** Withdraws a product (once: a second withdrawal changes nothing and returns false). Call inside a transaction. */
export async function withdrawLoanProduct(tx: Queryable, productId: string, userId: string, at: Date): Promise<boolean> {
  const rows = await tx.query('INSERT INTO loan_product_withdrawals (product_id, withdrawn_at, withdrawn_by) VALUES ($1, $2, $3) ON CONFLICT (product_id) DO NOTHING RETURNING product_id', [productId, at.toISOString(), userId]);
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'LOAN_PRODUCT_WITHDRAWN', subject: productId, payload: {} }, userId, at);
  return true;
}

export async function findLoanProduct(q: Queryable, productId: string): Promise<StoredLoanProduct | null> {
  const [r] = await q.query<Row>(`${SELECT} WHERE p.product_id = $1`, [productId]);
  return r ? toProduct(r) : null;
}

/** Products newest first: one institution's (withdrawn ones too), or every product on offer (not withdrawn). */
export async function listLoanProducts(q: Queryable, filter: { institutionId: string } | { offered: true } | { all: true }, limit = 200): Promise<StoredLoanProduct[]> {
  const params: unknown[] = [];
  const where = 'institutionId' in filter ? `WHERE p.institution_id = $${params.push(filter.institutionId)}` : 'offered' in filter ? 'WHERE w.product_id IS NULL' : '';
  const rows = await q.query<Row>(`${SELECT} ${where} ORDER BY p.defined_at DESC, p.product_id DESC LIMIT $${params.push(limit)}`, params);
  return rows.map(toProduct);
}
