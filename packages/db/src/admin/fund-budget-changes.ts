import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { problem, type AdminProblem } from './admin-problem';

/** app_settings key of the four-eyes threshold: a budget change larger than this (fen, either direction) needs a second officer. */
export const BUDGET_APPROVAL_THRESHOLD_KEY = 'funds.budget_approval_threshold_fen';
/** Default threshold: 100 万元. */
export const DEFAULT_BUDGET_APPROVAL_THRESHOLD_FEN = 100_000_000;

export async function budgetApprovalThreshold(db: Queryable): Promise<number> {
  const [row] = await db.query<{ value: unknown }>('SELECT value FROM app_settings WHERE key = $1', [BUDGET_APPROVAL_THRESHOLD_KEY]);
  const v = row?.value;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : DEFAULT_BUDGET_APPROVAL_THRESHOLD_FEN;
}

export interface BudgetChange {
  id: string;
  fundId: string;
  oldBudgetFen: number;
  newBudgetFen: number;
  reason: string;
  /** APPLIED: at or below the threshold, applied at once; PENDING → APPROVED (applied) or REJECTED by a second officer. */
  status: 'APPLIED' | 'PENDING' | 'APPROVED' | 'REJECTED';
  proposedBy: string;
  proposedByName: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

interface Row {
  id: string; fund_id: string; old_budget_fen: string | number; new_budget_fen: string | number; reason: string; status: BudgetChange['status'];
  proposed_by: string; p_name: string; proposed_at: string; decided_by: string | null; d_name: string | null; decided_at: string | null; decision_note: string | null;
}

const SELECT = `SELECT c.*, p.display_name AS p_name, d.display_name AS d_name FROM benefit_fund_budget_changes c
  JOIN users p ON p.id = c.proposed_by LEFT JOIN users d ON d.id = c.decided_by`;

const toChange = (r: Row): BudgetChange => ({
  id: r.id, fundId: r.fund_id, oldBudgetFen: Number(r.old_budget_fen), newBudgetFen: Number(r.new_budget_fen), reason: r.reason, status: r.status,
  proposedBy: r.proposed_by, proposedByName: r.p_name, proposedAt: new Date(r.proposed_at).toISOString(), decidedBy: r.decided_by, decidedByName: r.d_name,
  decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(), decisionNote: r.decision_note,
});

export async function listBudgetChanges(db: Queryable, fundId: string): Promise<BudgetChange[]> {
  return (await db.query<Row>(`${SELECT} WHERE c.fund_id = $1 ORDER BY c.proposed_at DESC, c.id`, [fundId])).map(toChange);
}

async function committedFen(tx: Queryable, fundId: string): Promise<number> {
  const [r] = await tx.query<{ n: string | number }>(
    `SELECT COALESCE(SUM(amount_fen), 0)::bigint AS n FROM benefit_cases WHERE fund_id = $1
       AND status IN ('OVERRIDE_PENDING','PUBLIC_NOTICE','APPROVED','PAYMENT_IN_PROGRESS','PAID','PAYMENT_FAILED')`, [fundId]);
  return Number(r?.n ?? 0);
}

/**
 * Proposes a fund's new yearly budget. A change of at most the threshold applies at once; a larger
 * one waits for a second officer (one pending change per fund). A budget below what the fund has
 * already committed is refused. Audited either way.
 */
export async function proposeBudgetChange(tx: Queryable, fundId: string, newBudgetFen: number, reason: string, actorUserId: string, at = new Date()): Promise<Result<BudgetChange, AdminProblem>> {
  if (!Number.isSafeInteger(newBudgetFen) || newBudgetFen < 0) return err(problem('INVALID', '预算须为不小于 0 的金额（分）', 'the budget must be a non-negative amount in fen', 'newBudgetFen'));
  if (reason.trim().length === 0) return err(problem('INVALID', '请说明调整预算的理由', 'give the reason for the change', 'reason'));
  const [fund] = await tx.query<{ budget_fen: string | number }>('SELECT budget_fen FROM benefit_funds WHERE id = $1 FOR UPDATE', [fundId]);
  if (!fund) return err(problem('NOT_FOUND', '没有这个专项资金', 'no such fund'));
  const [pending] = await tx.query('SELECT 1 AS one FROM benefit_fund_budget_changes WHERE fund_id = $1 AND status = $2', [fundId, 'PENDING']);
  if (pending) return err(problem('CONFLICT', '该资金已有一项待复核的预算调整，请先处理', 'the fund already has a budget change waiting for approval'));
  const oldBudgetFen = Number(fund.budget_fen);
  if (newBudgetFen === oldBudgetFen) return err(problem('INVALID', '新预算与当前预算相同', 'the new budget equals the current one', 'newBudgetFen'));
  const committed = await committedFen(tx, fundId);
  if (newBudgetFen < committed) return err(problem('CONFLICT', `新预算低于已承诺金额 ${committed} 分`, `the new budget is below the ${committed} fen already committed`, 'newBudgetFen'));
  const threshold = await budgetApprovalThreshold(tx);
  const needsApproval = Math.abs(newBudgetFen - oldBudgetFen) > threshold;
  const id = randomUUID();
  await tx.query(
    `INSERT INTO benefit_fund_budget_changes (id, fund_id, old_budget_fen, new_budget_fen, reason, status, proposed_by, proposed_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [id, fundId, oldBudgetFen, newBudgetFen, reason.trim(), needsApproval ? 'PENDING' : 'APPLIED', actorUserId, at.toISOString()],
  );
  if (!needsApproval) await tx.query('UPDATE benefit_funds SET budget_fen = $2 WHERE id = $1', [fundId, newBudgetFen]);
  await appendAuditEvent(tx, {
    type: 'BENEFIT_FUND_BUDGET_CHANGE_PROPOSED', subject: fundId,
    payload: { changeId: id, oldBudgetFen, newBudgetFen, thresholdFen: threshold, status: needsApproval ? 'PENDING' : 'APPLIED' },
  }, actorUserId, at);
  const [row] = await tx.query<Row>(`${SELECT} WHERE c.id = $1`, [id]);
  return ok(toChange(row!));
}

/** A second officer (never the proposer) approves — the budget changes — or rejects a pending change. */
export async function decideBudgetChange(tx: Queryable, fundId: string, changeId: string, approve: boolean, note: string, actorUserId: string, at = new Date()): Promise<Result<BudgetChange, AdminProblem>> {
  const [row] = await tx.query<Row>(`${SELECT} WHERE c.id = $1 AND c.fund_id = $2 FOR UPDATE OF c`, [changeId, fundId]);
  if (!row) return err(problem('NOT_FOUND', '没有这项预算调整', 'no such budget change'));
  if (row.status !== 'PENDING') return err(problem('CONFLICT', '这项预算调整已处理', 'the budget change is already decided'));
  if (row.proposed_by === actorUserId) return err(problem('CONFLICT', '预算调整须由提出人以外的另一名工作人员复核', 'a second officer, not the proposer, must approve the change'));
  if (approve) {
    const committed = await committedFen(tx, fundId);
    if (Number(row.new_budget_fen) < committed) return err(problem('CONFLICT', `新预算低于已承诺金额 ${committed} 分`, `the new budget is below the ${committed} fen already committed`));
    await tx.query('UPDATE benefit_funds SET budget_fen = $2 WHERE id = $1', [fundId, Number(row.new_budget_fen)]);
  }
  await tx.query('UPDATE benefit_fund_budget_changes SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1',
    [changeId, approve ? 'APPROVED' : 'REJECTED', actorUserId, at.toISOString(), note.trim() || null]);
  await appendAuditEvent(tx, { type: 'BENEFIT_FUND_BUDGET_CHANGE_DECIDED', subject: fundId, payload: { changeId, approved: approve, newBudgetFen: Number(row.new_budget_fen) } }, actorUserId, at);
  const [after] = await tx.query<Row>(`${SELECT} WHERE c.id = $1`, [changeId]);
  return ok(toChange(after!));
}
