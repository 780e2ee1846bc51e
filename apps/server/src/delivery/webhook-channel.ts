import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isInternalHostName, isPublicAddress, literalAddressOf } from '@huiqi/api';
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

const notPublic = (host: string, address: string) =>
  Object.assign(new Error(`webhook host ${host} resolves to ${address}, which is not a public address`), { code: 'ERR_ADDRESS_NOT_PUBLIC' });

/** A DNS lookup that fails for any answer outside the public internet (checked on the connection's own lookup). */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad || addresses.length === 0) return callback(notPublic(hostname, bad?.address ?? 'nothing'), '', 0);
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

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
      // Only the local test receiver (outside production) may be on this machine; everything else must be public.
      const isLocalReceiver = options.allowLocalHttp && LOCAL_HOSTS.has(url.hostname);
      const literal = literalAddressOf(url.hostname);
      if (!isLocalReceiver && (isInternalHostName(url.hostname) || (literal !== null && !isPublicAddress(literal)))) {
        return { ok: false, retryable: false, error: notPublic(url.hostname, literal ?? url.hostname).message };
      }
      const body = JSON.stringify({
        idempotencyKey: message.idempotencyKey, deliveryId: message.deliveryId, noticeId: message.noticeId, uscc: message.uscc,
        policy: message.policy, ...(message.consultation ? { consultation: message.consultation } : {}), kind: message.kind, kindZh: message.kindZh, missing: message.missing, text: message.text, link: message.link,
      });
      return postJson(url.toString(), body, {
        timeoutMs: options.timeoutMs ?? 10_000,
        headers: { 'Idempotency-Key': message.idempotencyKey, [SIGNATURE_HEADER]: signBody(options.secret, body) },
        ...(isLocalReceiver ? {} : { lookup: publicOnlyLookup }),
      });
    },
  };
}
