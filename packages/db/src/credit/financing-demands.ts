import type { AnyDemandAction, FinancingDemand } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { refreshFirstLoanFacts } from './first-loan-facts';
import { whitelistedSql } from './financing-whitelist';

interface ActionRow {
  action_id: string;
  type: AnyDemandAction['type'];
  at: string;
  actor: AnyDemandAction['actor'];
  payload: Record<string, unknown>;
}

/** A demand's log in order (empty when there is no such demand). */
export async function loadDemandLog(q: Queryable, demandId: string): Promise<AnyDemandAction[]> {
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM financing_demand_actions WHERE demand_id = $1 ORDER BY seq', [demandId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: r.at, actor: r.actor, payload: r.payload }) as AnyDemandAction);
}

async function insertAction(tx: Queryable, demandId: string, seq: number, a: AnyDemandAction): Promise<void> {
  await tx.query(
    `INSERT INTO financing_demand_actions (demand_id, seq, action_id, type, at, actor, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [demandId, seq, a.id, a.type, a.at, JSON.stringify(a.actor), JSON.stringify(a.payload)],
  );
  await appendAuditEvent(tx, { type: 'FINANCING_DEMAND_ACTION_RECORDED', subject: demandId, payload: { actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, a.actor.userId, new Date(a.at));
  if (a.type === 'LOAN_RECORDED' && a.actor.kind === 'INSTITUTION') {
    const l = a.payload;
    await tx.query(
      `INSERT INTO financing_loans (demand_id, uscc, institution_id, granted_amount_fen, annual_rate_percent, term_months, is_first_loan, kind, granted_on, recorded_at)
       SELECT demand_id, uscc, $2, $3, $4, $5, $6, $7, $8, $9 FROM financing_demands WHERE demand_id = $1`,
      [demandId, a.actor.institutionId, l.grantedAmountFen, l.annualRatePercent, l.termMonths, l.isFirstLoan, l.kind, l.grantedOn, a.at],
    );
    const [d] = await tx.query<{ uscc: string }>('SELECT uscc FROM financing_demands WHERE demand_id = $1', [demandId]);
    if (d) await refreshFirstLoanFacts(tx, d.uscc, a.actor.userId, new Date(a.at)); // the loan is the source of the first-loan facts (免申即享)
  }
}

/** Stores a newly published demand (its first action) with the audit event. Call inside a transaction. */
export async function createDemand(tx: Queryable, d: FinancingDemand, action: AnyDemandAction): Promise<void> {
  await tx.query(
    `INSERT INTO financing_demands (demand_id, uscc, status, amount_fen, term_months, purpose, collateral, urgency, taken_by, published_at, updated_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $9, 1)`,
    [d.demandId, d.uscc, d.status, d.amountFen, d.termMonths, d.purpose, d.collateral, d.urgency, d.publishedAt],
  );
  await insertAction(tx, d.demandId, 1, action);
}

/** Appends an action if the demand is still at `expectedVersion` (optimistic locking: false when another append came first). */
export async function appendDemandAction(tx: Queryable, d: FinancingDemand, expectedVersion: number, action: AnyDemandAction): Promise<boolean> {
  const updated = await tx.query<{ demand_id: string }>(
    `UPDATE financing_demands SET status = $3, taken_by = $4, updated_at = $5, version = $6 WHERE demand_id = $1 AND version = $2 RETURNING demand_id`,
    [d.demandId, expectedVersion, d.status, d.takenBy, d.updatedAt, expectedVersion + 1],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, d.demandId, expectedVersion + 1, action);
  return true;
}

/** One row of a demand list, with the enterprise's name (banks see who is asking). */
export interface DemandSummary {
  demandId: string;
  uscc: string;
  enterpriseName: string;
  status: string;
  amountFen: number;
  termMonths: number;
  purpose: string;
  collateral: string;
  urgency: string;
  takenBy: string | null;
  publishedAt: string;
  updatedAt: string;
  /** In a bank's marketplace: the enterprise is on the 产融合作白名单 edition in force on `whitelistOn`. */
  whitelisted: boolean;
}

/** `whitelistOn`: a Beijing date; the marketplace then lists whitelisted enterprises' demands first (001 第十条). */
export type DemandFilter = { uscc: string } | { marketplaceFor: string; whitelistOn?: string } | { all: true };

/**
 * Demands newest first: an enterprise's own; a bank's marketplace (open demands, and those it took);
 * or all (oversight). In the marketplace, demands of enterprises on the whitelist edition in force
 * on `whitelistOn` come first, then urgent ones.
 */
export async function listDemands(q: Queryable, filter: DemandFilter, limit: number): Promise<DemandSummary[]> {
  const params: unknown[] = [];
  let where = '';
  let order = 'd.published_at DESC, d.demand_id DESC';
  let whitelisted = 'false';
  if ('uscc' in filter) where = `WHERE d.uscc = $${params.push(filter.uscc)}`;
  if ('marketplaceFor' in filter) {
    where = `WHERE d.status = 'PUBLISHED' OR d.taken_by = $${params.push(filter.marketplaceFor)}`;
    order = `(d.urgency = 'URGENT') DESC, ${order}`;
    if (filter.whitelistOn) {
      const on = `$${params.push(filter.whitelistOn)}::date`;
      whitelisted = whitelistedSql('d.uscc', on); // the edition in force (co-signed), without enterprises removed since
      order = `whitelisted DESC, ${order}`;
    }
  }
  const rows = await q.query<{ demand_id: string; uscc: string; name: string; status: string; amount_fen: number; term_months: number; purpose: string; collateral: string; urgency: string; taken_by: string | null; published_at: string; updated_at: string; whitelisted: boolean }>(
    `SELECT d.demand_id, d.uscc, e.name, d.status, d.amount_fen, d.term_months, d.purpose, d.collateral, d.urgency, d.taken_by, d.published_at, d.updated_at, ${whitelisted} AS whitelisted
       FROM financing_demands d JOIN enterprises e ON e.uscc = d.uscc ${where} ORDER BY ${order} LIMIT $${params.push(limit)}`,
    params,
  );
  return rows.map((r) => ({
    demandId: r.demand_id, uscc: r.uscc, enterpriseName: r.name, status: r.status, amountFen: Number(r.amount_fen), termMonths: r.term_months, purpose: r.purpose,
    collateral: r.collateral, urgency: r.urgency, takenBy: r.taken_by, publishedAt: r.published_at, updatedAt: r.updated_at, whitelisted: r.whitelisted === true,
  }));
}

/** Loans recorded for an enterprise (its first-loan facts) or by an institution. */
export interface LoanRecord {
  demandId: string;
  uscc: string;
  institutionId: string;
  grantedAmountFen: number;
  annualRatePercent: string;
  termMonths: number;
  isFirstLoan: boolean;
  kind: 'CREDIT' | 'SECURED';
  grantedOn: string;
  recordedAt: string;
}

export async function listLoans(q: Queryable, filter: { uscc: string } | { institutionId: string } | { all: true }, limit = 200): Promise<LoanRecord[]> {
  const params: unknown[] = [];
  const where = 'uscc' in filter ? `WHERE uscc = $${params.push(filter.uscc)}` : 'institutionId' in filter ? `WHERE institution_id = $${params.push(filter.institutionId)}` : '';
  const rows = await q.query<{ demand_id: string; uscc: string; institution_id: string; granted_amount_fen: number; annual_rate_percent: string; term_months: number; is_first_loan: boolean; kind: 'CREDIT' | 'SECURED'; granted_on: string; recorded_at: string }>(
    `SELECT demand_id, uscc, institution_id, granted_amount_fen, annual_rate_percent, term_months, is_first_loan, kind, granted_on::text AS granted_on, recorded_at
       FROM financing_loans ${where} ORDER BY granted_on DESC, demand_id LIMIT $${params.push(limit)}`,
    params,
  );
  return rows.map((r) => ({
    demandId: r.demand_id, uscc: r.uscc, institutionId: r.institution_id, grantedAmountFen: Number(r.granted_amount_fen), annualRatePercent: r.annual_rate_percent,
    termMonths: r.term_months, isFirstLoan: r.is_first_loan, kind: r.kind, grantedOn: r.granted_on, recordedAt: r.recorded_at,
  }));
}
