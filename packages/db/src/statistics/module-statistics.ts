import type { Queryable } from '../database';
import { sizeClassCode } from '@huiqi/kernel';

/** Live module figures of one year, as SQL aggregates (never rows of enterprises). */

export interface PolicyYearRow {
  policyId: string;
  fundId: string;
  cases: number;
  paidCases: number;
  paidFen: number;
}

/** Per policy: cases filed in the year, and payments the bank settled in the year. */
export async function benefitsByPolicy(q: Queryable, year: number): Promise<PolicyYearRow[]> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return q.query<PolicyYearRow>(
    `SELECT p.policy_id AS "policyId", p.fund_id AS "fundId",
       (SELECT count(*)::int FROM benefit_cases c WHERE c.policy_id = p.policy_id AND c.created_at >= $1::date AND c.created_at < $2::date) AS cases,
       (SELECT count(*)::int FROM benefit_payments pay JOIN benefit_cases c ON c.id = pay.case_id
          WHERE c.policy_id = p.policy_id AND pay.status = 'PAID' AND pay.settled_on >= $1::date AND pay.settled_on < $2::date) AS "paidCases",
       (SELECT COALESCE(SUM(pay.amount_fen), 0)::bigint FROM benefit_payments pay JOIN benefit_cases c ON c.id = pay.case_id
          WHERE c.policy_id = p.policy_id AND pay.status = 'PAID' AND pay.settled_on >= $1::date AND pay.settled_on < $2::date) AS "paidFen"
     FROM benefit_fund_policies p ORDER BY p.policy_id`, [from, to]);
}

export interface FundYearRow {
  fundId: string;
  nameZh: string;
  nameEn: string;
  departmentId: string;
  budgetFen: number;
  paidFen: number;
  smallMicroPaidFen: number;
  /** Enterprises paid from the fund. */
  recipients: number;
}

/** Funds of the year: budget, paid (settled payments), and paid to enterprises classed small or micro when the case was decided. */
export async function fundsOfYear(q: Queryable, year: number): Promise<FundYearRow[]> {
  return q.query<FundYearRow>(
    `SELECT f.id AS "fundId", f.name_zh AS "nameZh", f.name_en AS "nameEn", f.department_id AS "departmentId", f.budget_fen AS "budgetFen",
       COALESCE(SUM(pay.amount_fen) FILTER (WHERE pay.status = 'PAID'), 0)::bigint AS "paidFen",
       COALESCE(SUM(pay.amount_fen) FILTER (WHERE pay.status = 'PAID' AND c.size_class = ANY ($2::text[])), 0)::bigint AS "smallMicroPaidFen",
       count(DISTINCT c.uscc) FILTER (WHERE pay.status = 'PAID')::int AS recipients
     FROM benefit_funds f
     LEFT JOIN benefit_cases c ON c.fund_id = f.id
     LEFT JOIN benefit_payments pay ON pay.case_id = c.id
     WHERE f.year = $1
     GROUP BY f.id, f.name_zh, f.name_en, f.department_id, f.budget_fen ORDER BY f.id`,
    // Benefit cases store the size class as the kernel's code (SMALL, MICRO), not its lower-case name.
    [year, [sizeClassCode('small'), sizeClassCode('micro')]]);
}

export interface ProcurementYearRow {
  departmentId: string;
  departmentZh: string;
  projects: number;
  budgetFen: number;
  reservedFen: number;
  smallMicroFen: number;
}

/** Procurement projects of the year per department: budget, the part reserved for SMEs, and its small-and-micro part. */
export async function procurementByDepartment(q: Queryable, year: number): Promise<ProcurementYearRow[]> {
  return q.query<ProcurementYearRow>(
    `SELECT p.department_id AS "departmentId", d.name_zh AS "departmentZh", count(*)::int AS projects,
       SUM(p.budget_fen)::bigint AS "budgetFen", SUM(p.reserved_fen)::bigint AS "reservedFen", SUM(p.small_micro_fen)::bigint AS "smallMicroFen"
     FROM procurement_projects p JOIN departments d ON d.id = p.department_id
     WHERE p.year = $1 GROUP BY p.department_id, d.name_zh ORDER BY p.department_id`, [year]);
}

/** Whether anything is known for the year: an enterprise registered by its end, or a fund, case or project of it. */
export async function yearHasData(q: Queryable, year: number): Promise<boolean> {
  const [r] = await q.query<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM enterprises WHERE registration_date <= $1::date)
         OR EXISTS (SELECT 1 FROM benefit_funds WHERE year = $2)
         OR EXISTS (SELECT 1 FROM procurement_projects WHERE year = $2) AS ok`, [`${year}-12-31`, year]);
  return r?.ok === true;
}
