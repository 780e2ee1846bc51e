import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface BenefitFund {
  id: string;
  name: { zh: string; en: string };
  jurisdiction: string;
  departmentId: string;
  year: number;
  budgetFen: number;
}

export interface FundPolicyLink {
  policyId: string;
  fundId: string;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  capParam: string | null;
  noticeWorkingDays: number;
  reviewWorkingDays: number;
  expenseKind: string | null;
  /** Per-enterprise cap set on the link itself (fen), e.g. for a policy published in the console; wins over capParam. */
  capFen?: number | null;
}

export interface FundUse extends BenefitFund {
  /** Approved (incl. in notice, override pending, in payment, failed) plus paid. */
  committedFen: number;
  paidFen: number;
  policies: string[];
}

/** Statuses that commit fund money (kept in step with @huiqi/workflows COMMITTING_STATUSES). */
export const COMMITTING_STATUS_SQL = `('OVERRIDE_PENDING','PUBLIC_NOTICE','APPROVED','PAYMENT_IN_PROGRESS','PAID','PAYMENT_FAILED')`;

const fundFromRow = (r: Record<string, unknown>): BenefitFund => ({
  id: r.id as string, name: { zh: r.name_zh as string, en: r.name_en as string }, jurisdiction: r.jurisdiction as string,
  departmentId: r.department_id as string, year: r.year as number, budgetFen: r.budget_fen as number,
});

/** Creates or updates a fund (idempotent by id). */
export async function saveFund(tx: Queryable, f: BenefitFund, actorUserId: string | null, at = new Date()): Promise<void> {
  await tx.query(
    `INSERT INTO benefit_funds (id, name_zh, name_en, jurisdiction, department_id, year, budget_fen, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
     ON CONFLICT (id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, budget_fen = EXCLUDED.budget_fen, department_id = EXCLUDED.department_id`,
    [f.id, f.name.zh, f.name.en, f.jurisdiction, f.departmentId, f.year, f.budgetFen, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'BENEFIT_FUND_SAVED', subject: f.id, payload: { year: f.year, budgetFen: f.budgetFen, departmentId: f.departmentId } }, actorUserId, at);
}

export async function linkPolicyToFund(tx: Queryable, l: FundPolicyLink, actorUserId: string | null, at = new Date()): Promise<void> {
  await tx.query(
    `INSERT INTO benefit_fund_policies (policy_id, fund_id, channel, cap_param, notice_working_days, review_working_days, expense_kind, cap_fen) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
     ON CONFLICT (policy_id) DO UPDATE SET fund_id = EXCLUDED.fund_id, channel = EXCLUDED.channel, cap_param = EXCLUDED.cap_param,
       notice_working_days = EXCLUDED.notice_working_days, review_working_days = EXCLUDED.review_working_days, expense_kind = EXCLUDED.expense_kind, cap_fen = EXCLUDED.cap_fen`,
    [l.policyId, l.fundId, l.channel, l.capParam, l.noticeWorkingDays, l.reviewWorkingDays, l.expenseKind, l.capFen ?? null],
  );
  await appendAuditEvent(tx, { type: 'BENEFIT_POLICY_LINKED', subject: l.policyId, payload: { fundId: l.fundId, channel: l.channel } }, actorUserId, at);
}

const linkFromRow = (r: Record<string, unknown>): FundPolicyLink => ({
  policyId: r.policy_id as string, fundId: r.fund_id as string, channel: r.channel as FundPolicyLink['channel'], capParam: (r.cap_param as string | null) ?? null,
  noticeWorkingDays: r.notice_working_days as number, reviewWorkingDays: r.review_working_days as number, expenseKind: (r.expense_kind as string | null) ?? null,
  capFen: r.cap_fen === null || r.cap_fen === undefined ? null : Number(r.cap_fen),
});

export async function findFundPolicy(q: Queryable, policyId: string): Promise<(FundPolicyLink & { fund: BenefitFund }) | null> {
  const [r] = await q.query(
    `SELECT p.*, f.id, f.name_zh, f.name_en, f.jurisdiction, f.department_id, f.year, f.budget_fen
     FROM benefit_fund_policies p JOIN benefit_funds f ON f.id = p.fund_id WHERE p.policy_id = $1`, [policyId]);
  return r ? { ...linkFromRow(r), fund: fundFromRow(r) } : null;
}

export async function listFundPolicies(q: Queryable): Promise<(FundPolicyLink & { fund: BenefitFund })[]> {
  const rows = await q.query(
    `SELECT p.*, f.id, f.name_zh, f.name_en, f.jurisdiction, f.department_id, f.year, f.budget_fen
     FROM benefit_fund_policies p JOIN benefit_funds f ON f.id = p.fund_id ORDER BY p.policy_id`);
  return rows.map((r) => ({ ...linkFromRow(r), fund: fundFromRow(r) }));
}

/** Funds with their use. `forUpdate` locks the fund row: approvals on one fund are serialised, so two cannot overspend it together. */
export async function fundUse(q: Queryable, fundId: string, forUpdate = false): Promise<FundUse | null> {
  const [f] = await q.query(`SELECT * FROM benefit_funds WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [fundId]);
  if (!f) return null;
  const [sums] = await q.query<{ committed: number; paid: number }>(
    `SELECT COALESCE(SUM(amount_fen) FILTER (WHERE status IN ${COMMITTING_STATUS_SQL}), 0)::bigint AS committed,
            COALESCE(SUM(amount_fen) FILTER (WHERE status = 'PAID'), 0)::bigint AS paid
     FROM benefit_cases WHERE fund_id = $1`, [fundId]);
  const policies = await q.query<{ policy_id: string }>('SELECT policy_id FROM benefit_fund_policies WHERE fund_id = $1 ORDER BY policy_id', [fundId]);
  return { ...fundFromRow(f), committedFen: sums?.committed ?? 0, paidFen: sums?.paid ?? 0, policies: policies.map((p) => p.policy_id) };
}

export async function listFundUse(q: Queryable): Promise<FundUse[]> {
  const ids = await q.query<{ id: string }>('SELECT id FROM benefit_funds ORDER BY year DESC, id');
  const out: FundUse[] = [];
  for (const { id } of ids) {
    const u = await fundUse(q, id);
    if (u) out.push(u);
  }
  return out;
}

export async function grantFinanceOfficer(tx: Queryable, userId: string, actorUserId: string | null, at = new Date()): Promise<void> {
  const rows = await tx.query('INSERT INTO benefit_finance_officers (user_id, granted_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id', [userId, at.toISOString()]);
  if (rows.length > 0) await appendAuditEvent(tx, { type: 'BENEFIT_FINANCE_OFFICER_GRANTED', subject: userId, payload: {} }, actorUserId, at);
}

export async function isFinanceOfficer(q: Queryable, userId: string): Promise<boolean> {
  const [r] = await q.query('SELECT 1 AS one FROM benefit_finance_officers WHERE user_id = $1', [userId]);
  return Boolean(r);
}

/** Shared data for 数据比对 (e.g. a guarantee institution's records), per enterprise and policy. */
export async function recordSharedFacts(tx: Queryable, uscc: string, policyId: string, facts: Record<string, unknown>, source: string, actorUserId: string | null, at = new Date()): Promise<void> {
  await tx.query(
    `INSERT INTO benefit_shared_facts (uscc, policy_id, facts, source, recorded_at) VALUES ($1,$2,$3::jsonb,$4,$5)
     ON CONFLICT (uscc, policy_id) DO UPDATE SET facts = EXCLUDED.facts, source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at`,
    [uscc, policyId, JSON.stringify(facts), source, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'BENEFIT_SHARED_FACTS_RECORDED', subject: uscc, payload: { policyId, source } }, actorUserId, at);
}

export async function listSharedFacts(q: Queryable, policyId: string): Promise<{ uscc: string; facts: Record<string, unknown>; source: string }[]> {
  return q.query('SELECT uscc, facts, source FROM benefit_shared_facts WHERE policy_id = $1 ORDER BY uscc', [policyId]);
}

export async function findSharedFacts(q: Queryable, uscc: string, policyId: string): Promise<{ facts: Record<string, unknown>; source: string } | null> {
  const [r] = await q.query<{ facts: Record<string, unknown>; source: string }>('SELECT facts, source FROM benefit_shared_facts WHERE uscc = $1 AND policy_id = $2', [uscc, policyId]);
  return r ?? null;
}

/** Every policy's shared data for one enterprise (我的政策 evaluates each policy with its own, as 数据比对 does). */
export async function listSharedFactsOf(q: Queryable, uscc: string): Promise<{ policyId: string; facts: Record<string, unknown>; source: string }[]> {
  const rows = await q.query<{ policy_id: string; facts: Record<string, unknown> | string; source: string }>('SELECT policy_id, facts, source FROM benefit_shared_facts WHERE uscc = $1 ORDER BY policy_id', [uscc]);
  return rows.map((r) => ({ policyId: r.policy_id, facts: typeof r.facts === 'string' ? (JSON.parse(r.facts) as Record<string, unknown>) : r.facts, source: r.source }));
}
