import type { DeliveryChannel, DeliveryStatus, QuietHours, SubscriptionChannel, SuppressionReason } from './delivery-types';
import { quietHoursEnd } from './quiet-hours';

/** A new notice of an enterprise that subscribed to at least one channel. */
export interface NoticeToDispatch {
  noticeId: number;
  uscc: string;
  policyTopics: readonly string[];
  subscribedTopics: readonly string[];
  channels: readonly SubscriptionChannel[];
  quietHours: QuietHours | null;
}

export interface PlannedDelivery {
  noticeId: number;
  uscc: string;
  channel: DeliveryChannel;
  address: string;
  status: Extract<DeliveryStatus, 'PENDING' | 'SUPPRESSED'>;
  reason: SuppressionReason | null;
  /** PENDING: now, or the end of the quiet hours when `now` falls inside them. */
  nextAttemptAt: string | null;
}

/**
 * The enterprise's preferences applied to one notice, one row per subscribed channel: a policy
 * outside the subscribed topics is SUPPRESSED (TOPIC_NOT_SUBSCRIBED; a policy without topics is
 * outside every topic filter), a channel without a working adapter is SUPPRESSED
 * (CHANNEL_NOT_CONFIGURED), the others wait until the quiet hours are over.
 */
export function planDeliveries(notice: NoticeToDispatch, enabledChannels: readonly DeliveryChannel[], now: Date): PlannedDelivery[] {
  const inTopics = notice.subscribedTopics.length === 0 || notice.policyTopics.some((t) => notice.subscribedTopics.includes(t));
  const due = (quietHoursEnd(now, notice.quietHours) ?? now).toISOString();
  return notice.channels.map(({ channel, address }) => {
    const base = { noticeId: notice.noticeId, uscc: notice.uscc, channel, address };
    if (!inTopics) return { ...base, status: 'SUPPRESSED', reason: 'TOPIC_NOT_SUBSCRIBED', nextAttemptAt: null };
    if (!enabledChannels.includes(channel)) return { ...base, status: 'SUPPRESSED', reason: 'CHANNEL_NOT_CONFIGURED', nextAttemptAt: null };
    return { ...base, status: 'PENDING', reason: null, nextAttemptAt: due };
  });
}
