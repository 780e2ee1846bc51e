import { DELIVERY_CHANNELS, type DeliveryChannel } from '@huiqi/db';
import type { Env } from '../env';
import type { ChannelAdapters } from './channel-adapter';
import { createGatewayChannel } from './gateway-channel';
import { startRecordingReceiver, type RecordingReceiver } from './recording-receiver';
import { createWebhookChannel } from './webhook-channel';

export type DeliverySettings = Pick<Env, 'HUIQI_WEBHOOK_SECRET' | 'HUIQI_MAIL_GATEWAY_URL' | 'HUIQI_SMS_GATEWAY_URL' | 'HUIQI_DEMO' | 'NODE_ENV'>;

export interface DeliveryChannels {
  adapters: ChannelAdapters;
  enabled: DeliveryChannel[];
  /** Demo mode without configured gateways: the in-process recorder standing in for them. */
  demoRecorder: RecordingReceiver | null;
}

/**
 * The channels of this process from its settings: webhook when a signing secret is set; e-mail and
 * SMS when their gateway URL is set — in demo mode, when not set, an in-process recorder on
 * 127.0.0.1 plays the gateway (each SENT row then shows the recorder's message id as receipt).
 */
export async function buildDeliveryChannels(settings: DeliverySettings): Promise<DeliveryChannels> {
  const adapters: ChannelAdapters = {};
  if (settings.HUIQI_WEBHOOK_SECRET) {
    adapters.WEBHOOK = createWebhookChannel({ secret: settings.HUIQI_WEBHOOK_SECRET, allowLocalHttp: settings.NODE_ENV !== 'production' });
  }
  const needsRecorder = settings.HUIQI_DEMO && (!settings.HUIQI_MAIL_GATEWAY_URL || !settings.HUIQI_SMS_GATEWAY_URL);
  const demoRecorder = needsRecorder ? await startRecordingReceiver({ keep: 200 }) : null;
  const mail = settings.HUIQI_MAIL_GATEWAY_URL ?? (demoRecorder ? `${demoRecorder.url}/mail` : undefined);
  const sms = settings.HUIQI_SMS_GATEWAY_URL ?? (demoRecorder ? `${demoRecorder.url}/sms` : undefined);
  if (mail) adapters.EMAIL = createGatewayChannel('EMAIL', mail);
  if (sms) adapters.SMS = createGatewayChannel('SMS', sms);
  return { adapters, enabled: DELIVERY_CHANNELS.filter((c) => adapters[c] !== undefined), demoRecorder };
}
