import type { Queryable } from '../database';

/**
 * Live figures of the inspections, financing and consultation modules for a period (the year of
 * the month up to its last day), as SQL aggregates over those modules' own tables — counts and
 * sums only, never rows of enterprises. Dates are Beijing dates (timestamps are converted with
 * `AT TIME ZONE 'Asia/Shanghai'`); `from` and `to` are both inclusive.
 */

export interface InspectionDepartmentRow {
  departmentId: string;
  departmentZh: string;
  /** Enterprises drawn in the department's inspection plans of the year (plans not cancelled). */
  planned: number;
  /** Inspection results recorded with an inspection date in the period (planned and emergency visits). */
  done: number;
  /** Of those, results with a finding (any outcome other than 未发现问题). */
  withFindings: number;
}

/** 双随机 inspections per department: planned (drawn targets of the year's plans), done and with findings in the period. */
export async function inspectionsByDepartment(q: Queryable, year: number, from: string, to: string): Promise<InspectionDepartmentRow[]> {
  const rows = await q.query<InspectionDepartmentRow>(
    `WITH planned AS (
       SELECT p.department_id AS dept, count(*)::int AS n
       FROM inspection_targets t JOIN inspection_plans p ON p.id = t.plan_id
       WHERE p.year = $1 AND p.status <> 'CANCELLED' GROUP BY p.department_id),
     done AS (
       SELECT r.department_id AS dept, count(*)::int AS n, (count(*) FILTER (WHERE r.outcome <> 'NO_PROBLEM'))::int AS f
       FROM inspection_results r WHERE r.inspected_on BETWEEN $2::date AND $3::date GROUP BY r.department_id)
     SELECT d.id AS "departmentId", d.name_zh AS "departmentZh",
       COALESCE(planned.n, 0)::int AS planned, COALESCE(done.n, 0)::int AS done, COALESCE(done.f, 0)::int AS "withFindings"
     FROM departments d LEFT JOIN planned ON planned.dept = d.id LEFT JOIN done ON done.dept = d.id
     WHERE planned.n IS NOT NULL OR done.n IS NOT NULL ORDER BY d.id`,
    [year, from, to],
  );
  return rows.map((r) => ({ ...r, planned: Number(r.planned), done: Number(r.done), withFindings: Number(r.withFindings) }));
}

export interface FinancingInstitutionRow {
  /** null: demands no financial institution has taken (yet). */
  institutionId: string | null;
  institutionZh: string | null;
  /** Financing demands published in the period, and the amounts asked (fen). */
  demands: number;
  demandFen: number;
  /** Loans granted in the period on demands of the platform, and their amounts (fen). */
  loans: number;
  loanFen: number;
  /** Of the loans: first loans (首贷) and credit loans without security (信用贷款). */
  firstLoans: number;
  firstLoanFen: number;
  creditLoans: number;
  creditLoanFen: number;
}

/** 融资对接 per financial institution: demands published (by the institution that took them), loans granted, first loans and credit loans with amounts in fen. */
export async function financingByInstitution(q: Queryable, from: string, to: string): Promise<FinancingInstitutionRow[]> {
  const rows = await q.query<Record<string, string | number | null>>(
    `WITH demands AS (
       SELECT taken_by AS inst, count(*)::int AS n, SUM(amount_fen)::bigint AS fen
       FROM financing_demands WHERE (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date GROUP BY taken_by),
     loans AS (
       SELECT institution_id AS inst, count(*)::int AS n, SUM(granted_amount_fen)::bigint AS fen,
         (count(*) FILTER (WHERE is_first_loan))::int AS first_n, COALESCE(SUM(granted_amount_fen) FILTER (WHERE is_first_loan), 0)::bigint AS first_fen,
         (count(*) FILTER (WHERE kind = 'CREDIT'))::int AS credit_n, COALESCE(SUM(granted_amount_fen) FILTER (WHERE kind = 'CREDIT'), 0)::bigint AS credit_fen
       FROM financing_loans WHERE granted_on BETWEEN $1::date AND $2::date GROUP BY institution_id),
     keys AS (SELECT inst FROM demands UNION SELECT inst FROM loans)
     SELECT keys.inst AS institution_id, f.name_zh AS institution_zh,
       COALESCE(demands.n, 0) AS demands, COALESCE(demands.fen, 0) AS demand_fen,
       COALESCE(loans.n, 0) AS loans, COALESCE(loans.fen, 0) AS loan_fen,
       COALESCE(loans.first_n, 0) AS first_loans, COALESCE(loans.first_fen, 0) AS first_loan_fen,
       COALESCE(loans.credit_n, 0) AS credit_loans, COALESCE(loans.credit_fen, 0) AS credit_loan_fen
     FROM keys
     LEFT JOIN demands ON demands.inst IS NOT DISTINCT FROM keys.inst
     LEFT JOIN loans ON loans.inst IS NOT DISTINCT FROM keys.inst
     LEFT JOIN financial_institutions f ON f.id = keys.inst
     ORDER BY keys.inst NULLS LAST`,
    [from, to],
  );
  return rows.map((r) => ({
    institutionId: (r.institution_id as string | null) ?? null, institutionZh: (r.institution_zh as string | null) ?? null,
    demands: Number(r.demands), demandFen: Number(r.demand_fen), loans: Number(r.loans), loanFen: Number(r.loan_fen),
    firstLoans: Number(r.first_loans), firstLoanFen: Number(r.first_loan_fen), creditLoans: Number(r.credit_loans), creditLoanFen: Number(r.credit_loan_fen),
  }));
}

export interface ConsultationDepartmentRow {
  departmentId: string;
  departmentZh: string | null;
  /** Consultations opened in the period. */
  opened: number;
  /** Comments submitted in the period and not withdrawn. */
  opinions: number;
  /** Opinions answered in the period (the latest answer of each): adopted, partly adopted, the others. */
  answered: number;
  adopted: number;
  partlyAdopted: number;
  /** Consultations whose feedback was due in the period (period end + target days) or published in it. */
  feedbackDue: number;
  /** Of those, feedback published by its due day. */
  feedbackOnTime: number;
  /** Of those, feedback published after its due day, or not published and overdue on `to`. */
  feedbackLate: number;
}

/**
 * 征求意见 per owning department: opened, opinions received, answers and the adopted share, and the
 * feedback (采纳情况反馈) published on time — within `feedbackDays` after the last day of the
 * comment period (no text fixes that period: a configured target, see the statistics definitions).
 */
export async function consultationsByDepartment(q: Queryable, from: string, to: string, feedbackDays: number): Promise<ConsultationDepartmentRow[]> {
  if (!Number.isInteger(feedbackDays) || feedbackDays < 0) throw new RangeError(`bad feedback days ${feedbackDays}`);
  const rows = await q.query<Record<string, string | number | null>>(
    `WITH opened AS (
       SELECT owner_department AS dept, count(*)::int AS n FROM consultations
       WHERE (opened_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date GROUP BY owner_department),
     opinions AS (
       SELECT c.owner_department AS dept, count(*)::int AS n
       FROM consultation_actions a JOIN consultations c ON c.consultation_id = a.consultation_id
       WHERE a.type = 'COMMENT_SUBMITTED' AND (a.occurred_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date
         AND NOT EXISTS (SELECT 1 FROM consultation_actions w WHERE w.consultation_id = a.consultation_id AND w.type = 'COMMENT_WITHDRAWN'
                         AND w.payload->>'commentId' = a.payload->>'commentId')
       GROUP BY c.owner_department),
     answers AS (
       SELECT DISTINCT ON (a.consultation_id, a.payload->>'commentId') c.owner_department AS dept, a.payload->>'outcome' AS outcome
       FROM consultation_actions a JOIN consultations c ON c.consultation_id = a.consultation_id
       WHERE a.type = 'OPINION_ANSWERED' AND (a.occurred_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date
       ORDER BY a.consultation_id, a.payload->>'commentId', a.seq DESC),
     answered AS (
       SELECT dept, count(*)::int AS n, (count(*) FILTER (WHERE outcome = 'ADOPTED'))::int AS adopted,
         (count(*) FILTER (WHERE outcome = 'PARTLY_ADOPTED'))::int AS partly
       FROM answers GROUP BY dept),
     feedback AS (
       SELECT c.owner_department AS dept, c.end_date::date + $3::int AS due,
         (SELECT min((f.occurred_at AT TIME ZONE 'Asia/Shanghai')::date) FROM consultation_actions f
          WHERE f.consultation_id = c.consultation_id AND f.type = 'FEEDBACK_PUBLISHED') AS published_on
       FROM consultations c WHERE c.status <> 'CANCELLED'),
     feedback_counts AS (
       SELECT dept,
         (count(*) FILTER (WHERE published_on <= due))::int AS on_time,
         (count(*) FILTER (WHERE published_on > due OR (published_on IS NULL AND due < $2::date)))::int AS late
       FROM feedback
       WHERE (due BETWEEN $1::date AND $2::date) OR (published_on BETWEEN $1::date AND $2::date)
       GROUP BY dept),
     keys AS (SELECT dept FROM opened UNION SELECT dept FROM opinions UNION SELECT dept FROM answered UNION SELECT dept FROM feedback_counts)
     SELECT keys.dept AS department_id, d.name_zh AS department_zh,
       COALESCE(opened.n, 0) AS opened, COALESCE(opinions.n, 0) AS opinions,
       COALESCE(answered.n, 0) AS answered, COALESCE(answered.adopted, 0) AS adopted, COALESCE(answered.partly, 0) AS partly,
       COALESCE(fc.on_time, 0) AS on_time, COALESCE(fc.late, 0) AS late
     FROM keys
     LEFT JOIN opened ON opened.dept = keys.dept LEFT JOIN opinions ON opinions.dept = keys.dept
     LEFT JOIN answered ON answered.dept = keys.dept LEFT JOIN feedback_counts fc ON fc.dept = keys.dept
     LEFT JOIN departments d ON d.id = keys.dept
     ORDER BY keys.dept`,
    [from, to, feedbackDays],
  );
  return rows.map((r) => {
    const onTime = Number(r.on_time);
    const late = Number(r.late);
    return {
      departmentId: r.department_id as string, departmentZh: (r.department_zh as string | null) ?? null,
      opened: Number(r.opened), opinions: Number(r.opinions), answered: Number(r.answered), adopted: Number(r.adopted), partlyAdopted: Number(r.partly),
      feedbackDue: onTime + late, feedbackOnTime: onTime, feedbackLate: late,
    };
  }).filter((r) => r.opened + r.opinions + r.answered + r.feedbackDue > 0);
}
