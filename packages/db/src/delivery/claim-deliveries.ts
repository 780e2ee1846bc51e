import type { Queryable } from '../database';
import type { DeliveryChannel, QuietHours } from './delivery-types';
import type { NoticeKind } from '../publication/policy-notices';

/** A due outbox row claimed by one worker, with what the message needs. `claimToken` proves the claim when settling it. */
export interface ClaimedDelivery {
  id: number;
  noticeId: number;
  uscc: string;
  channel: DeliveryChannel;
  address: string;
  /** Attempts made before this one. */
  attempts: number;
  claimToken: string;
  claimedUntil: string;
  kind: NoticeKind;
  missing: string[];
  /** The policy version (null for a consultation notice). */
  policyKey: string | null;
  version: number | null;
  /** A consultation notice's consultation and its last day for comments (null for a policy notice). */
  consultation: { id: string; endDate: string } | null;
  titleZh: string;
  titleEn: string;
  /** The enterprise's quiet hours now (they may have changed since dispatch). */
  quietHours: QuietHours | null;
}

export interface DeliveryClaimOptions {
  limit: number;
  /** The claim expires this long after `now`; longer than one send may take. */
  leaseMs: number;
  now?: Date;
}

/**
 * Claims due PENDING rows (next attempt reached, no live claim) with `FOR UPDATE SKIP LOCKED`, so
 * workers claiming at the same time on PostgreSQL take disjoint rows without waiting (on PGlite,
 * transactions run one at a time). A worker that crashed leaves its rows to be claimed again when
 * the lease ends; the receiver de-duplicates by the row id sent as idempotency key.
 */
export async function claimDueDeliveries(db: Queryable, options: DeliveryClaimOptions): Promise<ClaimedDelivery[]> {
  if (options.limit < 1) return [];
  const now = options.now ?? new Date();
  const rows = await db.query<{
    id: number; notice_id: number; uscc: string; channel: DeliveryChannel; address: string; attempts: number; claim_token: string; claimed_until: string;
    kind: NoticeKind; missing: string[]; policy_key: string | null; version: number | null; title_zh: string; title_en: string; quiet_from: string | null; quiet_until: string | null;
    consultation_id: string | null; consultation_end: string | null;
  }>(
    `WITH picked AS (
       SELECT id FROM notice_deliveries
       WHERE status = 'PENDING' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
       ORDER BY next_attempt_at, id
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE notice_deliveries x SET claim_token = gen_random_uuid()::text, claimed_until = $3, updated_at = $1
       FROM picked WHERE x.id = picked.id
       RETURNING x.id, x.notice_id, x.uscc, x.channel, x.address, x.attempts, x.claim_token, x.claimed_until
     )
     SELECT c.*, n.kind, n.missing, d.policy_key, d.version, COALESCE(d.title_zh, cs.title) AS title_zh, COALESCE(d.title_en, cs.title) AS title_en,
       s.quiet_from, s.quiet_until, n.consultation_id, cs.end_date AS consultation_end
     FROM claimed c
     JOIN policy_notices n ON n.id = c.notice_id
     LEFT JOIN policy_drafts d ON d.id = n.draft_id
     LEFT JOIN consultations cs ON cs.consultation_id = n.consultation_id
     LEFT JOIN notice_subscriptions s ON s.uscc = c.uscc
     ORDER BY c.id`,
    [now.toISOString(), options.limit, new Date(now.getTime() + options.leaseMs).toISOString()],
  );
  return rows.map((r) => ({
    id: r.id, noticeId: r.notice_id, uscc: r.uscc, channel: r.channel, address: r.address, attempts: r.attempts, claimToken: r.claim_token,
    claimedUntil: r.claimed_until, kind: r.kind, missing: r.missing, policyKey: r.policy_key, version: r.version,
    consultation: r.consultation_id && r.consultation_end ? { id: r.consultation_id, endDate: r.consultation_end } : null, titleZh: r.title_zh, titleEn: r.title_en,
    quietHours: r.quiet_from && r.quiet_until ? { from: r.quiet_from, until: r.quiet_until } : null,
  }));
}
