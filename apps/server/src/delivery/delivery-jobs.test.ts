import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobs, seedDemoCity, type JobContext } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { EnvError, loadEnv } from '../env';
import { buildDeliveryChannels, type DeliverySettings } from './delivery-channels';
import { createDeliveryJobs, DELIVERY_DISPATCH_QUEUE, DELIVERY_SEND_QUEUE } from './delivery-jobs';
import { startRecordingReceiver, type RecordingReceiver } from './recording-receiver';
import { publishPolicy, rowsOf, subscriberWithNotices } from './delivery-test-fixture';

const OFF: DeliverySettings = { HUIQI_WEBHOOK_SECRET: undefined, HUIQI_MAIL_GATEWAY_URL: undefined, HUIQI_SMS_GATEWAY_URL: undefined, HUIQI_DEMO: false, NODE_ENV: 'test' };

const context = (queue: string): JobContext<never> => ({
  id: 0, queue, payload: {} as never, attempt: 1, maxAttempts: 5, runAt: new Date().toISOString(), signal: new AbortController().signal,
});

describe('delivery settings in the environment', () => {
  it('reads the webhook secret and gateway URLs, blank meaning off, and names each bad one in Chinese and English', () => {
    expect(loadEnv({ HUIQI_WEBHOOK_SECRET: 'sixteen-chars-ok', HUIQI_MAIL_GATEWAY_URL: 'https://mail.example.cn/send', HUIQI_SMS_GATEWAY_URL: ' ' }))
      .toMatchObject({ HUIQI_WEBHOOK_SECRET: 'sixteen-chars-ok', HUIQI_MAIL_GATEWAY_URL: 'https://mail.example.cn/send', HUIQI_SMS_GATEWAY_URL: undefined });
    try {
      loadEnv({ HUIQI_WEBHOOK_SECRET: 'short', HUIQI_SMS_GATEWAY_URL: 'sms.example.cn' });
      expect.unreachable('expected an EnvError');
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      const problems = (e as EnvError).problems;
      expect(problems.map((p) => p.variable).sort()).toEqual(['HUIQI_SMS_GATEWAY_URL', 'HUIQI_WEBHOOK_SECRET']);
      expect(problems.find((p) => p.variable === 'HUIQI_SMS_GATEWAY_URL')!.message).toEqual({
        zh: '应为 http:// 或 https:// 开头的短信网关地址；不设置则关闭该渠道', en: 'must be the http:// or https:// URL of the SMS gateway; leave unset to turn the channel off',
      });
    }
  });
});

describe('delivery channels from the settings', () => {
  it('turns a channel on only when configured: webhook with a secret, e-mail and SMS with a gateway URL', async () => {
    expect((await buildDeliveryChannels(OFF)).enabled).toEqual([]);
    const some = await buildDeliveryChannels({ ...OFF, HUIQI_WEBHOOK_SECRET: 'a-webhook-secret-of-16+', HUIQI_SMS_GATEWAY_URL: 'https://sms.example.cn/send' });
    expect(some.enabled).toEqual(['WEBHOOK', 'SMS']);
    expect(some.demoRecorder).toBeNull();
  });

  it('in demo mode, points unconfigured gateways at an in-process recorder', async () => {
    const demo = await buildDeliveryChannels({ ...OFF, HUIQI_DEMO: true, HUIQI_MAIL_GATEWAY_URL: 'https://mail.example.cn/send' });
    try {
      expect(demo.enabled).toEqual(['EMAIL', 'SMS']);
      expect(demo.demoRecorder?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await demo.demoRecorder?.close();
    }
  });
});

describeEachEngine('delivery job module', (getDb) => {
  let gateway: RecordingReceiver;
  beforeAll(async () => {
    gateway = await startRecordingReceiver();
  });
  afterAll(() => gateway.close());

  it('dispatches a new notice, queues a send run, and the send job delivers it through the SMS gateway in Chinese', async () => {
    const db = getDb();
    const jobs = createDeliveryJobs(db, () => ({ ...OFF, HUIQI_SMS_GATEWAY_URL: `${gateway.url}/sms` }));
    expect(jobs.schedules?.map((s) => s.queue)).toEqual([DELIVERY_DISPATCH_QUEUE, DELIVERY_SEND_QUEUE]);
    const draft = await publishPolicy(db);
    const uscc = await subscriberWithNotices(db, { topics: [], quietHours: null, channels: [{ channel: 'SMS', address: '13600136000' }, { channel: 'WEBHOOK', address: 'https://hooks.example.cn/x' }] }, [draft], 'UNKNOWN');

    await jobs.handlers[DELIVERY_DISPATCH_QUEUE]!(context(DELIVERY_DISPATCH_QUEUE));
    expect((await rowsOf(db, uscc)).map((r) => [r.channel, r.status, r.reason])).toEqual([['WEBHOOK', 'SUPPRESSED', 'CHANNEL_NOT_CONFIGURED'], ['SMS', 'PENDING', null]]);
    expect((await listJobs(db, DELIVERY_SEND_QUEUE)).map((j) => j.state)).toContain('QUEUED');

    await jobs.handlers[DELIVERY_SEND_QUEUE]!(context(DELIVERY_SEND_QUEUE));
    const [, sms] = await rowsOf(db, uscc);
    expect(sms).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(gateway.accepted().at(-1)!.json).toEqual({
      idempotencyKey: `huiqi-delivery-${sms!.id}`,
      to: '13600136000',
      text: '【惠企】政策《中小企业数字化转型补贴》需补充信息：研发费用、从业人员。请登录惠企平台补充后查看是否符合条件：/me/policies',
    });

    // Running both again sends nothing more.
    await jobs.handlers[DELIVERY_DISPATCH_QUEUE]!(context(DELIVERY_DISPATCH_QUEUE));
    await jobs.handlers[DELIVERY_SEND_QUEUE]!(context(DELIVERY_SEND_QUEUE));
    expect(gateway.accepted().filter((r) => r.idempotencyKey === `huiqi-delivery-${sms!.id}`)).toHaveLength(1);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
