import { request } from '../../api/client';

export const DELIVERY_CHANNELS = ['WEBHOOK', 'EMAIL', 'SMS'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SUPPRESSED';

export interface QuietHours {
  from: string;
  until: string;
}

/** An enterprise's push preferences (订阅设置); a channel is on when it has an address. */
export interface Subscription {
  uscc: string;
  topics: string[];
  channels: { channel: DeliveryChannel; address: string }[];
  quietHours: QuietHours | null;
  updatedAt: string | null;
}

export interface Delivery {
  id: number;
  noticeId: number;
  policyKey: string | null;
  version: number | null;
  titleZh: string;
  titleEn: string;
  channel: DeliveryChannel;
  address: string;
  status: DeliveryStatus;
  reason: 'TOPIC_NOT_SUBSCRIBED' | 'CHANNEL_NOT_CONFIGURED' | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  receipt: string | null;
  messageText: string | null;
  sentAt: string | null;
  createdAt: string;
}

export type SubscriptionBody = Omit<Subscription, 'uscc' | 'updatedAt'>;

const base = (uscc: string) => `/api/enterprises/${encodeURIComponent(uscc)}`;

export const fetchSubscription = (uscc: string) => request<{ subscription: Subscription; canEdit: boolean }>('GET', `${base(uscc)}/subscription`);
export const saveSubscription = (uscc: string, body: SubscriptionBody) => request<{ subscription: Subscription; canEdit: boolean }>('PUT', `${base(uscc)}/subscription`, { body });
export const fetchDeliveries = (uscc: string) => request<{ items: Delivery[] }>('GET', `${base(uscc)}/deliveries`, { query: { limit: 20 } });

/** Topics of the published policies (the public list), to choose from. */
export async function fetchKnownTopics(): Promise<string[]> {
  const policies = await request<{ topics: string[] }[]>('GET', '/api/public/published-policies');
  return [...new Set(policies.flatMap((p) => p.topics))].sort();
}
