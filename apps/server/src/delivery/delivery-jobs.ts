import { dispatchNotices, enqueue, type Database, type JobModule, type JobModuleFactory } from '@huiqi/db';
import { loadEnv } from '../env';
import { deliverDue } from './deliver-due';
import { buildDeliveryChannels, type DeliveryChannels, type DeliverySettings } from './delivery-channels';

export const DELIVERY_DISPATCH_QUEUE = 'delivery.dispatch';
export const DELIVERY_SEND_QUEUE = 'delivery.send';

/**
 * 消息推送: every 30 s the dispatcher turns new policy notices into outbox rows (the enterprises'
 * preferences applied) and, when it queued any, asks for a send run at once; every 60 s (and then)
 * the delivery job sends the due rows. Both are safe to run twice or concurrently.
 * `settings` default to the process environment (read at the first job, not when the module is built).
 */
export function createDeliveryJobs(db: Database, settings: () => DeliverySettings = () => loadEnv(process.env)): JobModule {
  let channels: Promise<DeliveryChannels> | null = null;
  const getChannels = () => {
    channels ??= buildDeliveryChannels(settings()).catch((e: unknown) => {
      channels = null;
      throw e;
    });
    return channels;
  };
  return {
    id: 'delivery',
    handlers: {
      [DELIVERY_DISPATCH_QUEUE]: async () => {
        const { enabled } = await getChannels();
        const report = await dispatchNotices(db, { enabledChannels: enabled });
        if (report.pending > 0) await enqueue(db, { queue: DELIVERY_SEND_QUEUE, payload: {}, singletonKey: 'after-dispatch' });
      },
      [DELIVERY_SEND_QUEUE]: async (job) => {
        const { adapters } = await getChannels();
        await deliverDue(db, adapters, { signal: job.signal });
      },
    },
    schedules: [
      { queue: DELIVERY_DISPATCH_QUEUE, spec: { everySeconds: 30 } },
      { queue: DELIVERY_SEND_QUEUE, spec: { everySeconds: 60 } },
    ],
  };
}

export const deliveryJobs: JobModuleFactory = ({ db }) => createDeliveryJobs(db);
