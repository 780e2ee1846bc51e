import type { Database, User } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { countCard, sumCard, yearRange } from './home-count';
import { DEADLINES_PER_KIND } from './home-deadlines';
import type { HomeDeadline, HomeSummary } from './home-schemas';

/** A consent is live from its start until it expires, unless revoked (深圳 draft 第六十七条: 授权—核验—使用). */
const LIVE_CONSENT = `c.institution_id = $1 AND c.starts_at <= $2::timestamptz AND c.expires_at > $2::timestamptz
  AND NOT EXISTS (SELECT 1 FROM credit_consent_revocations r WHERE r.consent_id = c.consent_id)`;

/**
 * A financial institution's home: financing demands open on the platform, the demands it has taken,
 * the consents enterprises granted it (live, and expiring within a week, each with its last day),
 * and the loans it recorded this year.
 */
export async function bankHome(db: Database, user: User, day: PlainDate): Promise<Omit<HomeSummary, 'role' | 'today' | 'asOf'>> {
  const institution = user.institutionId ?? '-';
  const now = new Date().toISOString();
  const weekLater = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const { from, to } = yearRange(day);
  const [queues, figures, expiring] = await Promise.all([
    Promise.all([
      countCard(db, 'demands-open', `FROM financing_demands WHERE status = 'PUBLISHED'`, [], '/credit/bank'),
      countCard(db, 'demands-taken', `FROM financing_demands WHERE taken_by = $1 AND status = 'TAKEN'`, [institution], '/credit/bank', { attentionWhenAny: true }),
      countCard(db, 'consents-live', `FROM credit_consents c WHERE ${LIVE_CONSENT}`, [institution, now], '/credit/bank'),
      countCard(db, 'consents-expiring', `FROM credit_consents c WHERE ${LIVE_CONSENT} AND c.expires_at <= $3::timestamptz`, [institution, now, weekLater], '/credit/bank', { attentionWhenAny: true }),
    ]),
    Promise.all([
      countCard(db, 'loans-this-year', 'FROM financing_loans WHERE institution_id = $1 AND granted_on >= $2::date AND granted_on < $3::date', [institution, from, to], '/credit/bank'),
      sumCard(db, 'loans-this-year-amount', 'SELECT COALESCE(SUM(granted_amount_fen), 0)::bigint AS s FROM financing_loans WHERE institution_id = $1 AND granted_on >= $2::date AND granted_on < $3::date', [institution, from, to], '/credit/bank'),
    ]),
    db.query<{ name: string; end_date: string }>(
      `SELECT e.name, c.end_date FROM credit_consents c JOIN enterprises e ON e.uscc = c.uscc WHERE ${LIVE_CONSENT}
       ORDER BY c.expires_at, c.consent_id LIMIT ${DEADLINES_PER_KIND}`, [institution, now]),
  ]);
  const deadlines: HomeDeadline[] = expiring.map((r) => ({ kind: 'CONSENT_EXPIRY' as const, title: r.name, due: r.end_date, isOverdue: false, link: '/credit/bank' }));
  return { figures, queues, deadlines, paidByMonth: null, enterprise: null };
}
