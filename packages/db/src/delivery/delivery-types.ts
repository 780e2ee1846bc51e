/** External channels a notice can be delivered through (the in-app inbox needs no delivery). Persisted: never rename one. */
export const DELIVERY_CHANNELS = ['WEBHOOK', 'EMAIL', 'SMS'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** States of one outbox row. Persisted: never rename one. */
export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SUPPRESSED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Why a row is SUPPRESSED. Persisted: never rename one. */
export const SUPPRESSION_REASONS = ['TOPIC_NOT_SUBSCRIBED', 'CHANNEL_NOT_CONFIGURED'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** Quiet hours in China Standard Time, `HH:MM`; `from` later than `until` spans midnight. */
export interface QuietHours {
  from: string;
  until: string;
}

export interface SubscriptionChannel {
  channel: DeliveryChannel;
  /** https URL (WEBHOOK), e-mail address (EMAIL) or mainland mobile number (SMS). */
  address: string;
}

/** An enterprise's subscription preferences (订阅设置). */
export interface NoticeSubscription {
  uscc: string;
  /** Topic codes to push; empty = every topic. */
  topics: string[];
  /** Subscribed external channels, at most one per channel, in DELIVERY_CHANNELS order. */
  channels: SubscriptionChannel[];
  quietHours: QuietHours | null;
  /** null when the enterprise never saved preferences (the defaults apply). */
  updatedAt: string | null;
}

/** One outbox row as the enterprise and officials see it. */
export interface NoticeDelivery {
  id: number;
  noticeId: number;
  /** The policy version (null for a consultation notice, whose title is the consultation's). */
  policyKey: string | null;
  version: number | null;
  titleZh: string;
  titleEn: string;
  channel: DeliveryChannel;
  address: string;
  status: DeliveryStatus;
  reason: SuppressionReason | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  receipt: string | null;
  messageText: string | null;
  sentAt: string | null;
  createdAt: string;
}
