import type { DeliveryChannel } from '@huiqi/db';
import type { DeliveryMessage } from './delivery-message';

/** What a channel answered: accepted (with the receiver's receipt), or refused — for now (retry) or for good. */
export type SendResult =
  | { ok: true; receipt: string | null }
  | { ok: false; retryable: boolean; error: string };

/** One external channel (webhook, e-mail gateway, SMS gateway); each send carries the delivery row id as idempotency key. */
export interface ChannelAdapter {
  readonly channel: DeliveryChannel;
  send(message: DeliveryMessage): Promise<SendResult>;
}

/** The adapters this process can use; a channel without one is off (its deliveries are SUPPRESSED). */
export type ChannelAdapters = Partial<Record<DeliveryChannel, ChannelAdapter>>;
