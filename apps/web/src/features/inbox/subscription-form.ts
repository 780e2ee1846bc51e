import { DELIVERY_CHANNELS, type DeliveryChannel, type Subscription, type SubscriptionBody } from './subscription-api';

/** The form's values: one address field per channel (empty = channel off) and the quiet hours as two HH:mm texts. */
export interface SubscriptionFormValues {
  topics: string[];
  WEBHOOK: string;
  EMAIL: string;
  SMS: string;
  quietHours: [string, string] | null;
}

export function toFormValues(s: Subscription): SubscriptionFormValues {
  const address = (c: DeliveryChannel) => s.channels.find((x) => x.channel === c)?.address ?? '';
  return { topics: s.topics, WEBHOOK: address('WEBHOOK'), EMAIL: address('EMAIL'), SMS: address('SMS'), quietHours: s.quietHours ? [s.quietHours.from, s.quietHours.until] : null };
}

export function toBody(v: SubscriptionFormValues): SubscriptionBody {
  return {
    topics: v.topics,
    channels: DELIVERY_CHANNELS.flatMap((channel) => {
      const address = (v[channel] ?? '').trim();
      return address ? [{ channel, address }] : [];
    }),
    quietHours: v.quietHours ? { from: v.quietHours[0], until: v.quietHours[1] } : null,
  };
}

/** Which message explains a bad address (null: fine or empty). The server decides the last word (e.g. http only outside production). */
export type AddressProblem = 'sub.invalid.WEBHOOK' | 'sub.invalid.EMAIL' | 'sub.invalid.SMS';

export function checkAddress(channel: DeliveryChannel, value: string): AddressProblem | null {
  const text = value.trim();
  if (text === '') return null;
  switch (channel) {
    case 'WEBHOOK':
      return /^https:\/\/[^\s/@]+(\/\S*)?$/.test(text) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/.test(text) ? null : 'sub.invalid.WEBHOOK';
    case 'EMAIL':
      return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text) ? null : 'sub.invalid.EMAIL';
    case 'SMS':
      return /^1[3-9]\d{9}$/.test(text) ? null : 'sub.invalid.SMS';
  }
}

/** Quiet hours must start and end at different minutes (they may span midnight, e.g. 22:00–07:00). */
export const isQuietHoursValid = (q: [string, string] | null): boolean => q === null || q[0] !== q[1];
