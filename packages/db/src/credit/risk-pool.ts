import type { AnyClaimAction, PooledLoan, RiskClaim } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A loan registered in the risk-compensation pool (入池登记), as registered. */
export interface PoolRegistration extends PooledLoan {
  registeredAt: string;
}

interface RegistrationRow { demand_id: string; institution_id: string; uscc: string; principal_fen: number | string; granted_on: string; registered_on: string; registered_at: string | Date }
const iso = (at: string | Date) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());
const registrationOf = (r: RegistrationRow): PoolRegistration => ({
  demandId: r.demand_id, institutionId: r.institution_id, uscc: r.uscc, principalFen: Number(r.principal_fen), grantedOn: r.granted_on as PooledLoan['grantedOn'], registeredOn: r.registered_on as PooledLoan['registeredOn'], registeredAt: iso(r.registered_at),
});
const SELECT_REGISTRATION = `SELECT demand_id, institution_id, uscc, principal_fen, granted_on::text AS granted_on, registered_on::text AS registered_on, registered_at FROM risk_pool_loans`;

/** Registers a recorded loan in the pool; false when it is already registered (nothing changes). */
export async function insertPoolRegistration(tx: Queryable, loan: PooledLoan, userId: string, at: Date): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO risk_pool_loans (demand_id, institution_id, uscc, principal_fen, granted_on, registered_on, registered_at, registered_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (demand_id) DO NOTHING RETURNING demand_id`,
    [loan.demandId, loan.institutionId, loan.uscc, loan.principalFen, loan.grantedOn, loan.registeredOn, at.toISOString(), userId],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'RISK_POOL_LOAN_REGISTERED', subject: loan.demandId, payload: { institutionId: loan.institutionId, uscc: loan.uscc, principalFen: loan.principalFen } }, userId, at);
  return true;
}

export async function findPoolRegistration(q: Queryable, demandId: string): Promise<PoolRegistration | null> {
  const [r] = await q.query<RegistrationRow>(`${SELECT_REGISTRATION} WHERE demand_id = $1`, [demandId]);
  return r ? registrationOf(r) : null;
}

/** Registrations of one institution, or of one enterprise, or all (the bureau), newest first. */
export async function listPoolRegistrations(q: Queryable, filter: { institutionId: string } | { uscc: string } | { all: true }, limit = 200): Promise<PoolRegistration[]> {
  const params: unknown[] = [];
  const where = 'institutionId' in filter ? `WHERE institution_id = $${params.push(filter.institutionId)}` : 'uscc' in filter ? `WHERE uscc = $${params.push(filter.uscc)}` : '';
  const rows = await q.query<RegistrationRow>(`${SELECT_REGISTRATION} ${where} ORDER BY registered_at DESC, demand_id LIMIT $${params.push(limit)}`, params);
  return rows.map(registrationOf);
}

interface ActionRow { action_id: string; type: AnyClaimAction['type']; at: string | Date; actor: AnyClaimAction['actor']; payload: Record<string, unknown> }

/** A claim's log in order (empty when there is no such claim); `forUpdate` locks its row first. */
export async function loadClaimLog(q: Queryable, claimId: string, forUpdate = false): Promise<AnyClaimAction[]> {
  if (forUpdate) await q.query('SELECT claim_id FROM risk_claims WHERE claim_id = $1 FOR UPDATE', [claimId]);
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM risk_claim_actions WHERE claim_id = $1 ORDER BY seq', [claimId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: iso(r.at), actor: r.actor, payload: r.payload }) as AnyClaimAction);
}

async function auditAction(tx: Queryable, c: RiskClaim, seq: number, a: AnyClaimAction): Promise<void> {
  await appendAuditEvent(tx, { type: 'RISK_CLAIM_ACTION_RECORDED', subject: c.claimId, payload: { actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, a.actor.userId, new Date(a.at));
}

/** Stores a new claim (its log of one FILED action); false when the loan already has a claim (one per loan, ever). */
export async function insertClaim(tx: Queryable, c: RiskClaim, action: AnyClaimAction): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO risk_claims (claim_id, demand_id, institution_id, uscc, status, filed_at, updated_at, version)
     VALUES ($1,$2,$3,$4,$5,$6,$6,1) ON CONFLICT (demand_id) DO NOTHING RETURNING claim_id`,
    [c.claimId, c.loan.demandId, c.loan.institutionId, c.loan.uscc, c.status, action.at],
  );
  if (rows.length === 0) return false;
  await tx.query('INSERT INTO risk_claim_actions (claim_id, seq, action_id, type, at, actor, payload) VALUES ($1,1,$2,$3,$4,$5::jsonb,$6::jsonb)',
    [c.claimId, action.id, action.type, action.at, JSON.stringify(action.actor), JSON.stringify(action.payload)]);
  await auditAction(tx, c, 1, action);
  return true;
}

/** Appends an action if the claim is still at `expectedVersion` (optimistic locking); false when another append came first. */
export async function appendClaimAction(tx: Queryable, c: RiskClaim, expectedVersion: number, action: AnyClaimAction): Promise<boolean> {
  const updated = await tx.query(
    'UPDATE risk_claims SET status = $3, fund_id = $4, amount_fen = $5, updated_at = $6, version = $7 WHERE claim_id = $1 AND version = $2 RETURNING claim_id',
    [c.claimId, expectedVersion, c.status, c.proposal?.fundId ?? null, c.proposal?.decision.amountFen ?? null, c.updatedAt, expectedVersion + 1],
  );
  if (updated.length === 0) return false;
  const seq = expectedVersion + 1;
  await tx.query('INSERT INTO risk_claim_actions (claim_id, seq, action_id, type, at, actor, payload) VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7::jsonb)',
    [c.claimId, seq, action.id, action.type, action.at, JSON.stringify(action.actor), JSON.stringify(action.payload)]);
  await auditAction(tx, c, seq, action);
  return true;
}

export async function findClaimIdByLoan(q: Queryable, demandId: string): Promise<string | null> {
  const [r] = await q.query<{ claim_id: string }>('SELECT claim_id FROM risk_claims WHERE demand_id = $1', [demandId]);
  return r?.claim_id ?? null;
}

/** Claim ids by filter, most recently changed first (the caller folds each log). */
export async function listClaimIds(q: Queryable, filter: { institutionId?: string; uscc?: string; statuses?: readonly string[] }, limit = 200): Promise<string[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.institutionId) where.push(`institution_id = $${params.push(filter.institutionId)}`);
  if (filter.uscc) where.push(`uscc = $${params.push(filter.uscc)}`);
  if (filter.statuses) where.push(`status = ANY($${params.push([...filter.statuses])}::text[])`);
  const rows = await q.query<{ claim_id: string }>(`SELECT claim_id FROM risk_claims ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, claim_id LIMIT $${params.push(limit)}`, params);
  return rows.map((r) => r.claim_id);
}

/** What a fund owes on claims: approved or awaiting the second reviewer or batched, not yet failed-and-dropped (committed against its budget). */
export async function claimsCommittedFen(q: Queryable, fundId: string): Promise<number> {
  const [r] = await q.query<{ s: number | string }>(`SELECT COALESCE(SUM(amount_fen), 0)::bigint AS s FROM risk_claims WHERE fund_id = $1 AND status IN ('APPROVAL_PROPOSED', 'APPROVED', 'PAYMENT_SCHEDULED')`, [fundId]);
  return Number(r?.s ?? 0);
}

/** A claim to put in a fund's payment batch: approved and not yet batched, or batched with a line that failed at the bank (a retry). */
export interface PayableClaim {
  claimId: string;
  amountFen: number;
  isRetry: boolean;
}

/** Payable claims of a fund, locked for the batch. */
export async function lockPayableClaimsOfFund(tx: Queryable, fundId: string): Promise<PayableClaim[]> {
  const rows = await tx.query<{ claim_id: string; amount_fen: number | string; status: string }>(
    `SELECT c.claim_id, c.amount_fen, c.status FROM risk_claims c
     WHERE c.fund_id = $1 AND (c.status = 'APPROVED'
       OR (c.status = 'PAYMENT_SCHEDULED' AND EXISTS (SELECT 1 FROM risk_claim_payments p WHERE p.claim_id = c.claim_id AND p.status = 'FAILED')))
     ORDER BY c.claim_id FOR UPDATE OF c`, [fundId]);
  return rows.map((r) => ({ claimId: r.claim_id, amountFen: Number(r.amount_fen), isRetry: r.status === 'PAYMENT_SCHEDULED' }));
}

/** A claim's payable line in a batch: a new line, or its failed line moved to the new batch. Returns the line's id. */
export async function upsertClaimPaymentLine(tx: Queryable, l: { id: string; claimId: string; batchId: string; amountFen: number; payeeName: string; accountNumber: string; bankName: string }, at: Date): Promise<string> {
  const [r] = await tx.query<{ id: string }>(
    `INSERT INTO risk_claim_payments (id, claim_id, batch_id, amount_fen, payee_name, account_number, bank_name, status, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'PENDING',$8)
     ON CONFLICT (claim_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, payee_name = EXCLUDED.payee_name, account_number = EXCLUDED.account_number,
       bank_name = EXCLUDED.bank_name, status = 'PENDING', bank_reference = NULL, failure_reason = NULL, settled_on = NULL, updated_at = EXCLUDED.updated_at
     WHERE risk_claim_payments.status = 'FAILED'
     RETURNING id`,
    [l.id, l.claimId, l.batchId, l.amountFen, l.payeeName, l.accountNumber, l.bankName, at.toISOString()],
  );
  if (!r) throw new Error(`claim ${l.claimId} already has a pending or paid payment`);
  return r.id;
}

/** The payment line of a claim with its bank status (PENDING, PAID, FAILED), or null before it is batched. */
export async function findClaimPayment(q: Queryable, claimId: string): Promise<{ paymentId: string; batchId: string; status: 'PENDING' | 'PAID' | 'FAILED'; bankReference: string | null; failureReason: string | null; settledOn: string | null } | null> {
  const [r] = await q.query<{ id: string; batch_id: string; status: 'PENDING' | 'PAID' | 'FAILED'; bank_reference: string | null; failure_reason: string | null; settled_on: string | null }>(
    'SELECT id, batch_id, status, bank_reference, failure_reason, settled_on::text AS settled_on FROM risk_claim_payments WHERE claim_id = $1', [claimId]);
  return r ? { paymentId: r.id, batchId: r.batch_id, status: r.status, bankReference: r.bank_reference, failureReason: r.failure_reason, settledOn: r.settled_on } : null;
}

/** A loan recorded in the financing marketplace (financing_loans), as the pool needs it; null when no loan was recorded for the demand. */
export async function findRecordedLoan(q: Queryable, demandId: string): Promise<{ demandId: string; uscc: string; institutionId: string; principalFen: number; grantedOn: string } | null> {
  const [r] = await q.query<{ demand_id: string; uscc: string; institution_id: string; granted_amount_fen: number | string; granted_on: string }>(
    'SELECT demand_id, uscc, institution_id, granted_amount_fen, granted_on::text AS granted_on FROM financing_loans WHERE demand_id = $1', [demandId]);
  return r ? { demandId: r.demand_id, uscc: r.uscc, institutionId: r.institution_id, principalFen: Number(r.granted_amount_fen), grantedOn: r.granted_on } : null;
}
