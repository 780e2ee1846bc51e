import type { Queryable } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { countCard, sumCard, yearRange } from './home-count';
import type { HomeCard } from './home-schemas';

/**
 * Key figures of the city for officials: enterprises in the registry (exact up to the limit, then
 * the planner's estimate), published policies in force, benefits paid this year, open appeals.
 */
export async function cityFigures(q: Queryable, day: PlainDate, links: { registry: string | null; benefits: string | null; appeals: string | null }): Promise<HomeCard[]> {
  const { from, to } = yearRange(day);
  return Promise.all([
    countCard(q, 'registry-enterprises', 'FROM enterprises', [], links.registry),
    countCard(q, 'policies-in-force', `FROM policy_drafts WHERE status = 'PUBLISHED' AND effective_from <= $1::date AND (effective_until IS NULL OR effective_until >= $1::date)`, [day], '/public/policies'),
    sumCard(q, 'benefits-paid-this-year', `SELECT COALESCE(SUM(amount_fen), 0)::bigint AS s FROM benefit_payments WHERE status = 'PAID' AND settled_on >= $1::date AND settled_on < $2::date`, [from, to], links.benefits),
    countCard(q, 'appeals-open-city', `FROM appeal_cases WHERE closed_at IS NULL AND status NOT IN ('REJECTED', 'WITHDRAWN', 'CLOSED')`, [], links.appeals),
  ]);
}

/** Benefits paid per month of the year of `day` (one aggregate over the year's settled payments). */
export async function paidByMonth(q: Queryable, day: PlainDate): Promise<{ month: string; valueFen: number }[]> {
  const { from, to } = yearRange(day);
  const rows = await q.query<{ month: string; s: number | string }>(
    `SELECT to_char(settled_on, 'YYYY-MM') AS month, SUM(amount_fen)::bigint AS s FROM benefit_payments
     WHERE status = 'PAID' AND settled_on >= $1::date AND settled_on < $2::date GROUP BY 1 ORDER BY 1`, [from, to]);
  const byMonth = new Map(rows.map((r) => [r.month, Number(r.s)]));
  const year = day.slice(0, 4);
  const last = Number(day.slice(5, 7));
  return Array.from({ length: last }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, valueFen: byMonth.get(month) ?? 0 };
  });
}
