import type { Database, Queryable } from '../database';
import { DELIVERY_CHANNELS, type DeliveryChannel } from './delivery-types';
import { planDeliveries, type PlannedDelivery } from './delivery-plan';

export interface DispatchOptions {
  /** Channels with a working adapter; subscribed rows of other channels are SUPPRESSED (CHANNEL_NOT_CONFIGURED). */
  enabledChannels: readonly DeliveryChannel[];
  now?: Date;
  /** Notices read per transaction (default 5000). */
  batchSize?: number;
  /** Batches per call at most (default 20); the next run goes on from the watermark. */
  maxBatches?: number;
  /**
   * Notices younger than this are dispatched, but the watermark does not pass them yet (default
   * 5 min): a notice id taken by a transaction that commits later than a higher one must not be
   * skipped. Re-reading them is safe: UNIQUE (notice_id, channel) lets nothing in twice.
   */
  settleMs?: number;
}

export interface DispatchReport {
  /** Notices read past the watermark. */
  scanned: number;
  pending: number;
  suppressed: number;
  watermark: number;
}

interface CandidateRow {
  id: number;
  uscc: string;
  policy_topics: string[];
  topics: string[];
  webhook_url: string | null;
  email: string | null;
  mobile: string | null;
  quiet_from: string | null;
  quiet_until: string | null;
}

/**
 * The dispatcher: reads the notices past the stored watermark and creates the outbox rows of the
 * enterprises that subscribed to external channels, with their preferences applied. Safe to run
 * twice or concurrently: each batch holds the watermark row's lock, and a (notice, channel) pair
 * is inserted at most once.
 */
export async function dispatchNotices(db: Database, options: DispatchOptions): Promise<DispatchReport> {
  const now = options.now ?? new Date();
  const batchSize = Math.min(Math.max(options.batchSize ?? 5000, 1), 50_000);
  const maxBatches = Math.max(options.maxBatches ?? 20, 1);
  const settledBefore = new Date(now.getTime() - (options.settleMs ?? 5 * 60_000)).toISOString();
  const report: DispatchReport = { scanned: 0, pending: 0, suppressed: 0, watermark: 0 };
  let cursor = -1;
  let isSettled = true; // every notice read so far in this call is older than the settle time
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await db.transaction(async (tx) => {
      const [mark] = await tx.query<{ last_notice_id: number }>('SELECT last_notice_id FROM notice_delivery_watermark WHERE id = 1 FOR UPDATE');
      if (!mark) throw new Error('notice_delivery_watermark missing: the database is not migrated');
      report.watermark = mark.last_notice_id;
      const from = Math.max(cursor, mark.last_notice_id);
      const [window] = await tx.query<{ n: number; hi: number | null; first_unsettled: number | null }>(
        `WITH w AS (SELECT id, created_at FROM policy_notices WHERE id > $1 ORDER BY id LIMIT $2)
         SELECT count(*) AS n, max(id) AS hi, min(id) FILTER (WHERE created_at > $3) AS first_unsettled FROM w`,
        [from, batchSize, settledBefore],
      );
      if (!window || window.n === 0 || window.hi === null) return true;
      report.scanned += window.n;
      const planned = (await readCandidates(tx, from, window.hi)).flatMap((r) => planDeliveries(toNotice(r), options.enabledChannels, now));
      const inserted = await insertPlanned(tx, planned, now);
      report.pending += inserted.filter((s) => s === 'PENDING').length;
      report.suppressed += inserted.filter((s) => s === 'SUPPRESSED').length;
      if (isSettled) {
        const settledUpTo = window.first_unsettled === null ? window.hi : window.first_unsettled - 1;
        if (settledUpTo > mark.last_notice_id) {
          await tx.query('UPDATE notice_delivery_watermark SET last_notice_id = $1, updated_at = $2 WHERE id = 1', [settledUpTo, now.toISOString()]);
          report.watermark = settledUpTo;
        }
        isSettled = window.first_unsettled === null;
      }
      cursor = window.hi;
      return window.n < batchSize;
    });
    if (done) break;
  }
  return report;
}

async function readCandidates(tx: Queryable, afterId: number, upToId: number): Promise<CandidateRow[]> {
  return tx.query<CandidateRow>(
    // A consultation notice (no policy version) has no topics: like a policy without topics, it is outside every topic filter.
    `SELECT n.id, n.uscc, COALESCE(d.topics, '{}'::text[]) AS policy_topics, s.topics, s.webhook_url, s.email, s.mobile, s.quiet_from, s.quiet_until
     FROM policy_notices n
     JOIN notice_subscriptions s ON s.uscc = n.uscc
     LEFT JOIN policy_drafts d ON d.id = n.draft_id
     WHERE n.id > $1 AND n.id <= $2 AND (s.webhook_url IS NOT NULL OR s.email IS NOT NULL OR s.mobile IS NOT NULL)
     ORDER BY n.id`,
    [afterId, upToId],
  );
}

function toNotice(r: CandidateRow) {
  const address = { WEBHOOK: r.webhook_url, EMAIL: r.email, SMS: r.mobile };
  return {
    noticeId: r.id,
    uscc: r.uscc,
    policyTopics: r.policy_topics,
    subscribedTopics: r.topics,
    channels: DELIVERY_CHANNELS.flatMap((channel) => (address[channel] ? [{ channel, address: address[channel] }] : [])),
    quietHours: r.quiet_from && r.quiet_until ? { from: r.quiet_from, until: r.quiet_until } : null,
  };
}

async function insertPlanned(tx: Queryable, planned: readonly PlannedDelivery[], now: Date): Promise<string[]> {
  if (planned.length === 0) return [];
  const rows = await tx.query<{ status: string }>(
    `INSERT INTO notice_deliveries (notice_id, uscc, channel, address, status, reason, next_attempt_at, created_at, updated_at)
     SELECT p."noticeId", p.uscc, p.channel, p.address, p.status, p.reason, p."nextAttemptAt", $2, $2
     FROM jsonb_to_recordset($1::jsonb) AS p("noticeId" bigint, uscc text, channel text, address text, status text, reason text, "nextAttemptAt" timestamptz)
     ON CONFLICT (notice_id, channel) DO NOTHING RETURNING status`,
    [JSON.stringify(planned), now.toISOString()],
  );
  return rows.map((r) => r.status);
}
