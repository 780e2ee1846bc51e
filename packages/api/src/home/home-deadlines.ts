import type { Queryable } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { beijingDate } from './home-count';
import type { HomeDeadline } from './home-schemas';

/** How many dated duties of one kind a home lists (the nearest). */
export const DEADLINES_PER_KIND = 5;

/**
 * The open appeals of `scope` (a condition on appeal_cases with `params`) whose statutory time limit
 * runs, the nearest due first — one walk of the partial index on (next_due_at, case_id) of open cases.
 */
export async function appealDeadlines(q: Queryable, scope: string, params: unknown[], link: (tracking: string) => string): Promise<HomeDeadline[]> {
  const rows = await q.query<{ tracking_number: string; title: string; next_due_at: string }>(
    `SELECT tracking_number, title, next_due_at FROM appeal_cases
     WHERE closed_at IS NULL AND next_due_at IS NOT NULL AND ${scope}
     ORDER BY next_due_at, case_id LIMIT ${DEADLINES_PER_KIND}`, params);
  const now = Date.now();
  return rows.map((r) => ({ kind: 'APPEAL' as const, title: r.title, due: beijingDate(r.next_due_at), isOverdue: new Date(r.next_due_at).getTime() < now, link: link(r.tracking_number) }));
}

/** Applications whose review time limit runs (受理 → decision), of the funds a department reviews (all with null), nearest first. */
export async function benefitReviewDeadlines(q: Queryable, departmentId: string | null): Promise<HomeDeadline[]> {
  const rows = await q.query<{ id: string; name: string; due_on: string }>(
    `SELECT c.id, e.name, c.due_on FROM benefit_cases c JOIN benefit_funds f ON f.id = c.fund_id JOIN enterprises e ON e.uscc = c.uscc
     WHERE c.status IN ('SUBMITTED', 'UNDER_REVIEW') AND c.due_on IS NOT NULL ${departmentId ? 'AND f.department_id = $1' : ''}
     ORDER BY c.due_on, c.id LIMIT ${DEADLINES_PER_KIND}`, departmentId ? [departmentId] : []);
  const day = today();
  return rows.map((r) => ({ kind: 'BENEFIT_REVIEW' as const, title: r.name, due: r.due_on, isOverdue: r.due_on < day, link: `/benefits/cases/${r.id}` }));
}

/** Consultations open for comments (of one department, or all), the period ending soonest first. */
export async function consultationDeadlines(q: Queryable, departmentId: string | null, link: (id: string) => string): Promise<HomeDeadline[]> {
  const rows = await q.query<{ consultation_id: string; title: string; end_date: string }>(
    `SELECT consultation_id, title, end_date FROM consultations WHERE status = 'OPEN' ${departmentId ? 'AND owner_department = $1' : ''}
     ORDER BY end_date, consultation_id LIMIT ${DEADLINES_PER_KIND}`, departmentId ? [departmentId] : []);
  const day = today();
  return rows.map((r) => ({ kind: 'CONSULTATION_PERIOD' as const, title: r.title, due: r.end_date, isOverdue: r.end_date < day, link: link(r.consultation_id) }));
}

/** Recognitions in 公示 (of one district, or all), the period ending soonest first. */
export async function publicityDeadlines(q: Queryable, district: string | null): Promise<HomeDeadline[]> {
  const rows = await q.query<{ enterprise_name: string; publicity_until: string }>(
    `SELECT enterprise_name, publicity_until FROM cultivation_applications WHERE status = 'IN_PUBLICITY' AND publicity_until IS NOT NULL ${district ? 'AND district = $1' : ''}
     ORDER BY publicity_until, application_id LIMIT ${DEADLINES_PER_KIND}`, district ? [district] : []);
  const day = today();
  return rows.map((r) => ({ kind: 'CULTIVATION_PUBLICITY' as const, title: r.enterprise_name, due: r.publicity_until, isOverdue: r.publicity_until < day, link: '/console/cultivation' }));
}

/** Nearest first, at most `n` in all. */
export function nearest(lists: readonly HomeDeadline[][], n = 8): HomeDeadline[] {
  return lists.flat().sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind)).slice(0, n);
}
