import type { Queryable } from '../database';
import { COMMITTING_STATUS_SQL } from './benefit-funds';

/** Committed and paid amounts grouped by fund, policy, district and size class (no enterprise names). */
export interface BenefitUseRow {
  fundId: string;
  policyId: string;
  district: string;
  sizeClass: string;
  cases: number;
  committedFen: number;
  paidFen: number;
}

export async function benefitUse(q: Queryable): Promise<BenefitUseRow[]> {
  return q.query(
    `SELECT fund_id AS "fundId", policy_id AS "policyId", district, COALESCE(size_class, 'UNKNOWN') AS "sizeClass", count(*)::int AS cases,
       COALESCE(SUM(amount_fen), 0)::bigint AS "committedFen", COALESCE(SUM(amount_fen) FILTER (WHERE status = 'PAID'), 0)::bigint AS "paidFen"
     FROM benefit_cases WHERE status IN ${COMMITTING_STATUS_SQL}
     GROUP BY fund_id, policy_id, district, COALESCE(size_class, 'UNKNOWN') ORDER BY fund_id, policy_id, district, "sizeClass"`);
}

/** Cases whose review is overdue (due date before `today` and still open), for supervisors. */
export async function overdueBenefitCases(q: Queryable, today: string): Promise<{ id: string; trackingNumber: string; policyId: string; departmentId: string; dueOn: string; status: string }[]> {
  return q.query(
    `SELECT c.id, c.tracking_number AS "trackingNumber", c.policy_id AS "policyId", f.department_id AS "departmentId", c.due_on AS "dueOn", c.status
     FROM benefit_cases c JOIN benefit_funds f ON f.id = c.fund_id
     WHERE c.due_on IS NOT NULL AND c.due_on < $1 AND c.status IN ('SUBMITTED', 'UNDER_REVIEW') ORDER BY c.due_on`, [today]);
}

/** Cases in 公示 whose notice period ended before `today` (the sweep ends them). */
export async function noticesEnded(q: Queryable, today: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM benefit_cases WHERE status = 'PUBLIC_NOTICE' AND (decision->>'noticeUntil') < $1 ORDER BY id`, [today]);
  return rows.map((r) => r.id);
}
