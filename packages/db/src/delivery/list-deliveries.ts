import type { Queryable } from '../database';
import type { DeliveryChannel, DeliveryStatus, NoticeDelivery, SuppressionReason } from './delivery-types';

/** The enterprise's most recent deliveries, newest first, with the policy each is about. */
export async function listDeliveries(db: Queryable, uscc: string, limit = 50): Promise<NoticeDelivery[]> {
  const rows = await db.query<{
    id: number; notice_id: number; policy_key: string | null; version: number | null; title_zh: string; title_en: string; channel: DeliveryChannel; address: string;
    status: DeliveryStatus; reason: SuppressionReason | null; attempts: number; next_attempt_at: string | null; last_error: string | null;
    receipt: string | null; message_text: string | null; sent_at: string | null; created_at: string;
  }>(
    `SELECT x.id, x.notice_id, d.policy_key, d.version, COALESCE(d.title_zh, cs.title) AS title_zh, COALESCE(d.title_en, cs.title) AS title_en, x.channel, x.address, x.status, x.reason, x.attempts,
       x.next_attempt_at, x.last_error, x.receipt, x.message_text, x.sent_at, x.created_at
     FROM notice_deliveries x
     JOIN policy_notices n ON n.id = x.notice_id
     LEFT JOIN policy_drafts d ON d.id = n.draft_id
     LEFT JOIN consultations cs ON cs.consultation_id = n.consultation_id
     WHERE x.uscc = $1 ORDER BY x.id DESC LIMIT $2`,
    [uscc, Math.min(Math.max(limit, 1), 500)],
  );
  return rows.map((r) => ({
    id: r.id, noticeId: r.notice_id, policyKey: r.policy_key, version: r.version, titleZh: r.title_zh, titleEn: r.title_en, channel: r.channel,
    address: r.address, status: r.status, reason: r.reason, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
    receipt: r.receipt, messageText: r.message_text, sentAt: r.sent_at, createdAt: r.created_at,
  }));
}
