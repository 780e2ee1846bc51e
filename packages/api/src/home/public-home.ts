import type { Database } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { TIERS, type CultivationTier } from '@huiqi/workflows';
import { countCard, yearRange } from './home-count';
import type { HomeCard, PublicHome } from './home-schemas';

/** Amounts paid are published only when at least this many enterprises were paid (as the funds disclosure does). */
const MIN_RECIPIENTS = 3;

/**
 * The public front door's highlights (no login): enterprises in the registry, policies in force,
 * consultations (those open for comments first, closing soonest first, then the latest ended) and
 * recognitions in 公示.
 */
export async function publicHome(db: Database, day: PlainDate): Promise<PublicHome> {
  const { from, to } = yearRange(day);
  const [counts, paid, consultations, publicity] = await Promise.all([
    Promise.all([
      countCard(db, 'registry-enterprises', 'FROM enterprises', [], '/statistics/public'),
      countCard(db, 'policies-in-force', `FROM policy_drafts WHERE status = 'PUBLISHED' AND effective_from <= $1::date AND (effective_until IS NULL OR effective_until >= $1::date)`, [day], '/public/policies'),
      countCard(db, 'consultations-open', `FROM consultations WHERE status = 'OPEN'`, [], '/consultations'),
      countCard(db, 'cultivation-recognised', `FROM cultivation_applications WHERE status = 'RECOGNISED'`, [], '/public/cultivation-notices'),
    ]),
    db.query<{ s: number | string | null; n: number | string }>(
      `SELECT SUM(p.amount_fen)::bigint AS s, count(DISTINCT c.uscc) AS n FROM benefit_payments p JOIN benefit_cases c ON c.id = p.case_id
       WHERE p.status = 'PAID' AND p.settled_on >= $1::date AND p.settled_on < $2::date`, [from, to]),
    // Open ones first (closing soonest first), then the latest that ended (their feedback is public too).
    db.query<{ consultation_id: string; title: string; issuing_body: string; status: 'OPEN' | 'PROCESSING' | 'CLOSED'; end_date: string; comment_count: number }>(
      `SELECT consultation_id, title, issuing_body, status, end_date, comment_count FROM consultations WHERE status IN ('OPEN', 'PROCESSING', 'CLOSED')
       ORDER BY (status = 'OPEN') DESC, CASE WHEN status = 'OPEN' THEN end_date END, opened_at DESC, consultation_id LIMIT 5`),
    db.query<{ enterprise_name: string; tier: string; publicity_until: string }>(
      `SELECT enterprise_name, tier, publicity_until FROM cultivation_applications WHERE status = 'IN_PUBLICITY' AND publicity_until IS NOT NULL
       ORDER BY publicity_until, application_id LIMIT 5`),
  ]);
  const figures: HomeCard[] = [...counts];
  const recipients = Number(paid[0]?.n ?? 0);
  if (recipients >= MIN_RECIPIENTS) {
    figures.push({ key: 'benefits-paid-this-year', value: Number(paid[0]?.s ?? 0), unit: 'FEN', isEstimated: false, isAttention: false, link: '/public/benefits' });
  }
  return {
    today: day,
    figures,
    consultations: consultations.map((c) => ({ id: c.consultation_id, title: c.title, issuingBody: c.issuing_body, status: c.status, endDate: c.end_date, commentCount: Number(c.comment_count) })),
    publicity: publicity.map((p) => ({ enterpriseName: p.enterprise_name, tier: TIERS[p.tier as CultivationTier]?.label ?? { zh: p.tier, en: p.tier }, until: p.publicity_until })),
  };
}
