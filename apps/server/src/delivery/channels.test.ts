import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryMessage } from './delivery-message';
import { createGatewayChannel } from './gateway-channel';
import { startRecordingReceiver, type RecordingReceiver } from './recording-receiver';
import { createWebhookChannel, publicOnlyLookup } from './webhook-channel';
import { signBody, verifySignature } from './webhook-signature';

const SECRET = 'test-webhook-secret-0123456789';

const message = (over: Partial<DeliveryMessage> = {}): DeliveryMessage => ({
  idempotencyKey: 'huiqi-delivery-7', deliveryId: 7, noticeId: 3, channel: 'WEBHOOK', address: '', uscc: '91440300MA5HQ1PC0X',
  policy: { key: 'digital-grant', version: 1, titleZh: '数字化转型补贴', titleEn: 'Digital grant' }, kind: 'ELIGIBLE', kindZh: '可享受', missing: [],
  subject: '【惠企】政策推送：《数字化转型补贴》可享受', text: '【惠企】贵企业可享受政策《数字化转型补贴》。', link: '/me/policies', ...over,
});

describe('channel adapters against the recording receiver', () => {
  let receiver: RecordingReceiver;
  beforeAll(async () => {
    receiver = await startRecordingReceiver({ secret: SECRET });
  });
  afterAll(() => receiver.close());

  it('webhook: POSTs signed JSON with the idempotency key; the double verifies the HMAC-SHA256 signature', async () => {
    const hook = createWebhookChannel({ secret: SECRET, allowLocalHttp: true });
    const result = await hook.send(message({ address: `${receiver.url}/hook` }));
    expect(result).toEqual({ ok: true, receipt: expect.stringMatching(/^recorder-\d+$/) });
    const got = receiver.requests.at(-1)!;
    expect(got).toMatchObject({ path: '/hook', idempotencyKey: 'huiqi-delivery-7', signatureValid: true, status: 200 });
    expect(got.json).toMatchObject({ idempotencyKey: 'huiqi-delivery-7', kind: 'ELIGIBLE', kindZh: '可享受', policy: { key: 'digital-grant' }, link: '/me/policies' });
    expect(verifySignature(SECRET, got.body, signBody(SECRET, got.body))).toBe(true);
    expect(verifySignature(SECRET, `${got.body} `, signBody(SECRET, got.body))).toBe(false);
  });

  it('webhook signed with another secret is refused by the receiver (401): a permanent failure', async () => {
    const impostor = createWebhookChannel({ secret: 'not-the-receivers-secret', allowLocalHttp: true });
    const result = await impostor.send(message({ address: `${receiver.url}/hook` }));
    expect(result).toMatchObject({ ok: false, retryable: false, error: expect.stringMatching(/^HTTP 401/) });
    expect(receiver.requests.at(-1)!.signatureValid).toBe(false);
  });

  it('sorts answers: 5xx and 429 retryable, other 4xx permanent, a time-out retryable', async () => {
    const hook = createWebhookChannel({ secret: SECRET, allowLocalHttp: true, timeoutMs: 300 });
    const to = message({ address: `${receiver.url}/hook` });
    receiver.failNext(1, 503);
    expect(await hook.send(to)).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/^HTTP 503/) });
    receiver.failNext(1, 429);
    expect(await hook.send(to)).toMatchObject({ ok: false, retryable: true });
    receiver.failNext(1, 404);
    expect(await hook.send(to)).toMatchObject({ ok: false, retryable: false, error: expect.stringMatching(/^HTTP 404/) });
    receiver.delayResponses(1000);
    try {
      expect(await hook.send(to)).toEqual({ ok: false, retryable: true, error: 'timeout after 300 ms' });
    } finally {
      receiver.delayResponses(0);
    }
  });

  it('webhook refuses plain http to another host, and to this machine in production', async () => {
    expect(await createWebhookChannel({ secret: SECRET, allowLocalHttp: true }).send(message({ address: 'http://example.cn/hook' })))
      .toEqual({ ok: false, retryable: false, error: 'webhook URL must be https' });
    expect(await createWebhookChannel({ secret: SECRET, allowLocalHttp: false }).send(message({ address: `${receiver.url}/hook` })))
      .toEqual({ ok: false, retryable: false, error: 'webhook URL must be https' });
  });

  it('webhook never reaches this machine, an internal network or the cloud metadata service (checked before and at the connection)', async () => {
    const hook = createWebhookChannel({ secret: SECRET, allowLocalHttp: false });
    for (const address of ['https://169.254.169.254/latest/meta-data', 'https://10.0.0.5/hook', 'https://[::1]/hook', 'https://localhost/hook', 'https://2130706433/hook']) {
      const result = await hook.send(message({ address }));
      expect(result, address).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('not a public address') });
    }
    expect(receiver.requests.every((r) => r.path !== '/latest/meta-data')).toBe(true);
    // The connection's own DNS lookup refuses a name whose answer is not public (DNS rebinding).
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => publicOnlyLookup('localhost', {}, (e) => resolve(e)));
    expect(error?.code).toBe('ERR_ADDRESS_NOT_PUBLIC');
  });

  it('e-mail and SMS gateways get { idempotencyKey, to, subject?, text }', async () => {
    const gateway = await startRecordingReceiver(); // the messaging platform: no webhook signature
    const mail = createGatewayChannel('EMAIL', `${gateway.url}/mail`);
    const sms = createGatewayChannel('SMS', `${gateway.url}/sms`);
    expect((await mail.send(message({ channel: 'EMAIL', address: 'office@example.cn' }))).ok).toBe(true);
    expect(gateway.requests.at(-1)!.json).toEqual({ idempotencyKey: 'huiqi-delivery-7', to: 'office@example.cn', subject: '【惠企】政策推送：《数字化转型补贴》可享受', text: '【惠企】贵企业可享受政策《数字化转型补贴》。' });
    expect((await sms.send(message({ channel: 'SMS', address: '13800138000' }))).ok).toBe(true);
    expect(gateway.requests.at(-1)).toMatchObject({ path: '/sms', idempotencyKey: 'huiqi-delivery-7', json: { to: '13800138000', text: expect.stringContaining('【惠企】') } });
    await gateway.close();
  });

  it('a gateway that cannot be reached is a retryable failure', async () => {
    const closed = await startRecordingReceiver();
    await closed.close();
    expect(await createGatewayChannel('SMS', `${closed.url}/sms`, 500).send(message())).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/^network error/) });
  });
});
