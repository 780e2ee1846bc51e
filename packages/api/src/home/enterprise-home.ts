import type { Database, User } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { eligibilityFor } from '../rules/eligibility';
import { appealDeadlines } from './home-deadlines';
import { countCard, sumCard } from './home-count';
import type { HomeCard, HomeSummary } from './home-schemas';

const OPEN_APPEAL = `closed_at IS NULL AND status NOT IN ('REJECTED', 'WITHDRAWN', 'CLOSED')`;
const OPEN_BENEFIT = `status NOT IN ('DECLINED', 'PAID', 'REJECTED', 'WITHDRAWN')`;

/**
 * The enterprise's home (我的工作台): its size class by the standard, the policies it qualifies for
 * and can act on today, benefits paid and pending, its open appeals with their due dates, its
 * notices; and, when the enterprise is also a registered service provider, its vouchers to settle.
 * Everything is of this one enterprise (indexes on uscc), and 我的政策's own evaluation is reused.
 */
export async function enterpriseHome(db: Database, user: User & { uscc: string }, day: PlainDate): Promise<Omit<HomeSummary, 'role' | 'today' | 'asOf'>> {
  const uscc = user.uscc;
  const [answer, funded, cases, provider] = await Promise.all([
    eligibilityFor(db, user, uscc, day, false, day),
    db.query<{ policy_id: string; channel: string }>('SELECT policy_id, channel FROM benefit_fund_policies'),
    db.query<{ id: string; policy_id: string; status: string }>(`SELECT id, policy_id, status FROM benefit_cases WHERE uscc = $1 AND ${OPEN_BENEFIT} ORDER BY created_at DESC LIMIT 200`, [uscc]),
    db.query<{ provider_id: string; status: string }>('SELECT provider_id, status FROM service_providers WHERE uscc = $1', [uscc]),
  ]);
  const fundedChannel = new Map(funded.map((f) => [f.policy_id, f.channel]));
  const openCase = new Map(cases.map((c) => [c.policy_id, c]));
  const eligible = answer.policies.filter((p) => p.status === 'ELIGIBLE');
  const policies = eligible.map((p) => {
    const c = openCase.get(p.policyId);
    const channel = fundedChannel.get(p.policyId);
    const action = c?.status === 'LISTED' ? 'CONFIRM' as const : !c && channel === 'ONLINE_APPLICATION' ? 'APPLY' as const : 'NONE' as const;
    const link = action === 'CONFIRM' && c ? `/benefits/cases/${c.id}` : action === 'APPLY' ? `/benefits/apply/${p.policyId}` : '/me/policies';
    return { policyId: p.policyId, title: p.title, amountFen: p.amountFen, isCash: p.benefitKind === 'CASH', action, link };
  });
  // Actionable first, then the larger cash amounts.
  policies.sort((a, b) => rank(a.action) - rank(b.action) || (b.isCash ? b.amountFen ?? 0 : 0) - (a.isCash ? a.amountFen ?? 0 : 0));

  const paidSql = `SELECT COALESCE(SUM(p.amount_fen), 0)::bigint AS s FROM benefit_payments p JOIN benefit_cases c ON c.id = p.case_id WHERE c.uscc = $1 AND p.status = 'PAID'`;
  const pendingSql = `SELECT COALESCE(SUM(amount_fen), 0)::bigint AS s FROM benefit_cases WHERE uscc = $1 AND status IN ('APPROVED', 'PAYMENT_IN_PROGRESS', 'PAYMENT_FAILED', 'PUBLIC_NOTICE', 'OVERRIDE_PENDING')`;
  const appealScope = `(reporter_uscc = $1 OR reporter_user_id = $2)`;
  const isProvider = provider[0]?.status === 'APPROVED';
  const [paid, pending, inProgress, toConfirm, appeals, appealsWaiting, unread, deadlines, notices, providerCards] = await Promise.all([
    sumCard(db, 'benefits-paid', paidSql, [uscc], '/benefits'),
    sumCard(db, 'benefits-pending-amount', pendingSql, [uscc], '/benefits'),
    countCard(db, 'benefits-in-progress', `FROM benefit_cases WHERE uscc = $1 AND ${OPEN_BENEFIT} AND status <> 'LISTED'`, [uscc], '/benefits'),
    countCard(db, 'benefits-to-confirm', `FROM benefit_cases WHERE uscc = $1 AND status = 'LISTED'`, [uscc], '/benefits', { attentionWhenAny: true }),
    countCard(db, 'appeals-open', `FROM appeal_cases WHERE ${appealScope} AND ${OPEN_APPEAL}`, [uscc, user.id], '/appeals/mine'),
    countCard(db, 'appeals-info-requested', `FROM appeal_cases WHERE ${appealScope} AND status = 'INFO_REQUESTED'`, [uscc, user.id], '/appeals/mine', { attentionWhenAny: true }),
    countCard(db, 'notices-unread', 'FROM policy_notices WHERE uscc = $1 AND read_at IS NULL', [uscc], '/inbox', { attentionWhenAny: true }),
    appealDeadlines(db, appealScope, [uscc, user.id], (tracking) => `/appeals/case/${tracking}`),
    latestNotices(db, uscc),
    isProvider && provider[0] ? providerQueues(db, provider[0].provider_id) : Promise.resolve([] as HomeCard[]),
  ]);
  const eligibleCash = eligible.reduce((s, p) => s + (p.benefitKind === 'CASH' ? p.amountFen ?? 0 : 0), 0);
  return {
    figures: [
      { key: 'policies-eligible', value: eligible.length, unit: 'COUNT', isEstimated: false, isAttention: false, link: '/me/policies' },
      { key: 'policies-eligible-cash', value: eligibleCash, unit: 'FEN', isEstimated: false, isAttention: false, link: '/me/policies' },
      paid,
      pending,
    ],
    queues: [
      { key: 'policies-to-apply', value: policies.filter((p) => p.action === 'APPLY').length, unit: 'COUNT', isEstimated: false, isAttention: false, link: '/benefits' },
      toConfirm,
      inProgress,
      appeals,
      appealsWaiting,
      unread,
      { key: 'policies-unknown', value: answer.summary.unknown, unit: 'COUNT', isEstimated: false, isAttention: false, link: '/me/policies' },
      ...providerCards,
    ],
    deadlines,
    paidByMonth: null,
    enterprise: {
      name: answer.name,
      sizeClass: { isClassified: answer.sizeClass.status === 'CLASSIFIED', label: answer.sizeClass.label },
      eligibleCount: eligible.length,
      unknownCount: answer.summary.unknown,
      eligibleCashFen: eligibleCash,
      policies: policies.slice(0, 6),
      notices,
      isProvider,
    },
  };
}

function rank(action: 'APPLY' | 'CONFIRM' | 'NONE'): number {
  return action === 'CONFIRM' ? 0 : action === 'APPLY' ? 1 : 2;
}

/** The five newest notices of the inbox, with the policy's or consultation's title. */
async function latestNotices(db: Database, uscc: string) {
  const rows = await db.query<{ id: number | string; kind: 'ELIGIBLE' | 'UNKNOWN' | 'CONSULTATION_OPENED'; title_zh: string | null; title_en: string | null; c_title: string | null; created_at: string; read_at: string | null }>(
    `SELECT n.id, n.kind, d.title_zh, d.title_en, c.title AS c_title, n.created_at, n.read_at
     FROM policy_notices n LEFT JOIN policy_drafts d ON d.id = n.draft_id LEFT JOIN consultations c ON c.consultation_id = n.consultation_id
     WHERE n.uscc = $1 ORDER BY n.id DESC LIMIT 5`, [uscc]);
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    title: r.title_zh !== null ? { zh: r.title_zh, en: r.title_en ?? r.title_zh } : { zh: r.c_title ?? '', en: r.c_title ?? '' },
    createdAt: r.created_at,
    isRead: r.read_at !== null,
  }));
}

/** A service provider's vouchers: redeemed and waiting to be settled through the fund's payment batch. */
async function providerQueues(db: Database, providerId: string): Promise<HomeCard[]> {
  return Promise.all([
    countCard(db, 'provider-vouchers-to-settle', `FROM vouchers WHERE provider_id = $1 AND status = 'REDEEMED'`, [providerId], '/services/provider'),
    sumCard(db, 'provider-settled', `SELECT COALESCE(SUM(COALESCE(payable_fen, amount_fen)), 0)::bigint AS s FROM vouchers WHERE provider_id = $1 AND status = 'SETTLED'`, [providerId], '/services/provider'),
  ]);
}
