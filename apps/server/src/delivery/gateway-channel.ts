import type { ChannelAdapter } from './channel-adapter';
import { postJson } from './post-json';

/**
 * E-mail or SMS through the HTTP gateway of the city's unified messaging platform: one JSON POST
 * per message `{ idempotencyKey, to, subject?, text }`; the gateway answers 2xx with its message id.
 */
export function createGatewayChannel(channel: 'EMAIL' | 'SMS', gatewayUrl: string, timeoutMs = 10_000): ChannelAdapter {
  return {
    channel,
    async send(message) {
      const body = JSON.stringify({
        idempotencyKey: message.idempotencyKey,
        to: message.address,
        ...(channel === 'EMAIL' ? { subject: message.subject } : {}),
        text: message.text,
      });
      return postJson(gatewayUrl, body, { timeoutMs, headers: { 'Idempotency-Key': message.idempotencyKey } });
    },
  };
}
