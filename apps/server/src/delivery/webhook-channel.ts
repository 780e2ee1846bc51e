import type { ChannelAdapter } from './channel-adapter';
import { postJson } from './post-json';
import { SIGNATURE_HEADER, signBody } from './webhook-signature';

export interface WebhookOptions {
  secret: string;
  timeoutMs?: number;
  /** Outside production: plain http to this machine is allowed (a local receiver). */
  allowLocalHttp: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Webhook: POSTs the message as JSON to the enterprise's URL, signed (X-Huiqi-Signature, HMAC-SHA256
 * over the body) and with the delivery's idempotency key (Idempotency-Key header and body field).
 */
export function createWebhookChannel(options: WebhookOptions): ChannelAdapter {
  return {
    channel: 'WEBHOOK',
    async send(message) {
      let url: URL;
      try {
        url = new URL(message.address);
      } catch {
        return { ok: false, retryable: false, error: 'invalid webhook URL' };
      }
      const isLocalHttp = url.protocol === 'http:' && options.allowLocalHttp && LOCAL_HOSTS.has(url.hostname);
      if (url.protocol !== 'https:' && !isLocalHttp) return { ok: false, retryable: false, error: 'webhook URL must be https' };
      const body = JSON.stringify({
        idempotencyKey: message.idempotencyKey, deliveryId: message.deliveryId, noticeId: message.noticeId, uscc: message.uscc,
        policy: message.policy, kind: message.kind, kindZh: message.kindZh, missing: message.missing, text: message.text, link: message.link,
      });
      return postJson(url.toString(), body, {
        timeoutMs: options.timeoutMs ?? 10_000,
        headers: { 'Idempotency-Key': message.idempotencyKey, [SIGNATURE_HEADER]: signBody(options.secret, body) },
      });
    },
  };
}
