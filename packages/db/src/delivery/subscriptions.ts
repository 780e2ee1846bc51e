import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { DELIVERY_CHANNELS, type DeliveryChannel, type NoticeSubscription, type QuietHours, type SubscriptionChannel } from './delivery-types';

/** What an enterprise saves: topics, channels with addresses, quiet hours (validated by the caller). */
export interface SubscriptionInput {
  topics: readonly string[];
  channels: readonly SubscriptionChannel[];
  quietHours: QuietHours | null;
}

interface SubscriptionRow {
  uscc: string;
  topics: string[];
  webhook_url: string | null;
  email: string | null;
  mobile: string | null;
  quiet_from: string | null;
  quiet_until: string | null;
  updated_at: string;
}

/** Column of each channel's address. */
const ADDRESS_COLUMN = { WEBHOOK: 'webhook_url', EMAIL: 'email', SMS: 'mobile' } as const satisfies Record<DeliveryChannel, keyof SubscriptionRow>;

/** The defaults of an enterprise that never saved preferences: every topic, in-app inbox only, no quiet hours. */
export const defaultSubscription = (uscc: string): NoticeSubscription => ({ uscc, topics: [], channels: [], quietHours: null, updatedAt: null });

function toSubscription(r: SubscriptionRow): NoticeSubscription {
  return {
    uscc: r.uscc,
    topics: r.topics,
    channels: DELIVERY_CHANNELS.flatMap((channel) => {
      const address = r[ADDRESS_COLUMN[channel]];
      return address ? [{ channel, address }] : [];
    }),
    quietHours: r.quiet_from && r.quiet_until ? { from: r.quiet_from, until: r.quiet_until } : null,
    updatedAt: r.updated_at,
  };
}

const SELECT = 'SELECT uscc, topics, webhook_url, email, mobile, quiet_from, quiet_until, updated_at FROM notice_subscriptions WHERE uscc = $1';

/** The enterprise's preferences, or the defaults when it has none. */
export async function getSubscription(db: Queryable, uscc: string): Promise<NoticeSubscription> {
  const [row] = await db.query<SubscriptionRow>(SELECT, [uscc]);
  return row ? toSubscription(row) : defaultSubscription(uscc);
}

/** Topics unique and sorted; one address per channel (the last given wins), in DELIVERY_CHANNELS order. */
export function normaliseSubscription(input: SubscriptionInput): SubscriptionInput {
  const byChannel = new Map(input.channels.map((c) => [c.channel, c.address.trim()]));
  return {
    topics: [...new Set(input.topics)].sort(),
    channels: DELIVERY_CHANNELS.filter((c) => byChannel.has(c)).map((channel) => ({ channel, address: byChannel.get(channel)! })),
    quietHours: input.quietHours ? { from: input.quietHours.from, until: input.quietHours.until } : null,
  };
}

const quietText = (q: QuietHours | null) => (q ? `${q.from}-${q.until}` : null);

function changedFields(before: NoticeSubscription, after: SubscriptionInput): string[] {
  const out: string[] = [];
  if (before.topics.join(',') !== after.topics.join(',')) out.push('topics');
  for (const channel of DELIVERY_CHANNELS) {
    const was = before.channels.find((c) => c.channel === channel)?.address ?? null;
    const now = after.channels.find((c) => c.channel === channel)?.address ?? null;
    if (was !== now) out.push(`channels.${channel}`);
  }
  if (quietText(before.quietHours) !== quietText(after.quietHours)) out.push('quietHours');
  return out;
}

/**
 * Stores the enterprise's preferences (a full replacement) and audits what changed; saving the same
 * preferences again writes nothing. Queued deliveries keep the address they were dispatched with.
 */
export async function saveSubscription(
  tx: Queryable, uscc: string, input: SubscriptionInput, actorUserId: string | null, at: Date = new Date(),
): Promise<{ subscription: NoticeSubscription; changedFields: string[] }> {
  const next = normaliseSubscription(input);
  const [row] = await tx.query<SubscriptionRow>(`${SELECT} FOR UPDATE`, [uscc]);
  const before = row ? toSubscription(row) : defaultSubscription(uscc);
  const changed = changedFields(before, next);
  if (row && changed.length === 0) return { subscription: before, changedFields: [] };
  const address = (channel: DeliveryChannel) => next.channels.find((c) => c.channel === channel)?.address ?? null;
  const [saved] = await tx.query<SubscriptionRow>(
    `INSERT INTO notice_subscriptions (uscc, topics, webhook_url, email, mobile, quiet_from, quiet_until, updated_at, updated_by_user_id)
     VALUES ($1, $2::text[], $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (uscc) DO UPDATE SET topics = EXCLUDED.topics, webhook_url = EXCLUDED.webhook_url, email = EXCLUDED.email,
       mobile = EXCLUDED.mobile, quiet_from = EXCLUDED.quiet_from, quiet_until = EXCLUDED.quiet_until,
       updated_at = EXCLUDED.updated_at, updated_by_user_id = EXCLUDED.updated_by_user_id
     RETURNING uscc, topics, webhook_url, email, mobile, quiet_from, quiet_until, updated_at`,
    [uscc, next.topics, address('WEBHOOK'), address('EMAIL'), address('SMS'), next.quietHours?.from ?? null, next.quietHours?.until ?? null, at.toISOString(), actorUserId],
  );
  await appendAuditEvent(tx, {
    type: 'NOTICE_SUBSCRIPTION_UPDATED',
    subject: uscc,
    payload: { topics: [...next.topics], channels: next.channels.map((c) => c.channel), quietHours: quietText(next.quietHours), changedFields: changed },
  }, actorUserId, at);
  return { subscription: toSubscription(saved!), changedFields: changed };
}
