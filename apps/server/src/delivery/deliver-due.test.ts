import { afterAll, beforeAll, expect, it } from 'vitest';
import { dispatchNotices, seedDemoCity, type Database, type SubscriptionInput } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import type { ChannelAdapters } from './channel-adapter';
import { deliverDue } from './deliver-due';
import { idempotencyKey } from './delivery-message';
import { createGatewayChannel } from './gateway-channel';
import { startRecordingReceiver, type RecordingReceiver } from './recording-receiver';
import { createWebhookChannel } from './webhook-channel';
import { publishPolicy, rowsOf, subscriberWithNotices } from './delivery-test-fixture';

const SECRET = 'deliver-due-test-secret-42';
const MINUTE = 60_000;

/** Each test works at its own time, hours after the previous one, so it claims only its own rows. */
let clock = new Date('2032-05-01T04:00:00Z').getTime(); // 12:00 China time
const nextTestTime = () => (clock += 6 * 60 * MINUTE);

describeEachEngine('delivery job (deliverDue)', (getDb) => {
  let receiver: RecordingReceiver; // the enterprises' webhook endpoint
  let gateway: RecordingReceiver; // the messaging platform
  let adapters: ChannelAdapters;
  beforeAll(async () => {
    receiver = await startRecordingReceiver({ secret: SECRET });
    gateway = await startRecordingReceiver();
    adapters = {
      WEBHOOK: createWebhookChannel({ secret: SECRET, allowLocalHttp: true }),
      SMS: createGatewayChannel('SMS', `${gateway.url}/sms`),
    };
  });
  afterAll(async () => {
    await receiver.close();
    await gateway.close();
  });

  const webhook = (): SubscriptionInput => ({ topics: [], quietHours: null, channels: [{ channel: 'WEBHOOK', address: `${receiver.url}/hook` }] });

  async function dispatched(db: Database, preferences: SubscriptionInput, notices: number, at: number): Promise<string> {
    const drafts = [];
    for (let i = 0; i < notices; i++) drafts.push(await publishPolicy(db));
    const uscc = await subscriberWithNotices(db, preferences, drafts);
    await dispatchNotices(db, { enabledChannels: ['WEBHOOK', 'EMAIL', 'SMS'], now: new Date(at) });
    return uscc;
  }

  it('a receiver failing twice, then accepting: SENT after 3 attempts (1 min, 5 min apart), exactly one accepted request', async () => {
    const db = getDb();
    const t0 = nextTestTime();
    const uscc = await dispatched(db, webhook(), 1, t0);
    const [row] = await rowsOf(db, uscc);
    const key = idempotencyKey(row!.id);
    receiver.failNext(2, 503);
    const at = (t: number) => ({ now: () => new Date(t) });

    expect(await deliverDue(db, adapters, at(t0))).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await deliverDue(db, adapters, at(t0 + MINUTE - 1))).toMatchObject({ claimed: 0 });
    expect(await deliverDue(db, adapters, at(t0 + MINUTE))).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await deliverDue(db, adapters, at(t0 + MINUTE + 5 * MINUTE))).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliverDue(db, adapters, at(t0 + 60 * MINUTE))).toMatchObject({ claimed: 0 });

    const mine = receiver.requests.filter((r) => r.idempotencyKey === key);
    expect(mine.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(mine.every((r) => r.signatureValid)).toBe(true);
    expect(receiver.accepted().filter((r) => r.idempotencyKey === key)).toHaveLength(1);
    expect(await rowsOf(db, uscc)).toEqual([expect.objectContaining({ status: 'SENT', attempts: 3, receipt: expect.stringMatching(/^recorder-/), message_text: expect.stringContaining('可享受政策《中小企业数字化转型补贴》') })]);
  });

  it('a 4xx answer is FAILED at once, without a retry', async () => {
    const db = getDb();
    const t0 = nextTestTime();
    const uscc = await dispatched(db, webhook(), 1, t0);
    const [row] = await rowsOf(db, uscc);
    receiver.failNext(1, 410);
    expect(await deliverDue(db, adapters, { now: () => new Date(t0) })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await deliverDue(db, adapters, { now: () => new Date(t0 + 24 * 60 * MINUTE) })).toMatchObject({ claimed: 0 });
    expect(receiver.requests.filter((r) => r.idempotencyKey === idempotencyKey(row!.id))).toHaveLength(1);
    expect(await rowsOf(db, uscc)).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 1, last_error: expect.stringMatching(/^HTTP 410/) })]);
  });

  it('two delivery jobs running at once never send the same row twice', async () => {
    const db = getDb();
    const t0 = nextTestTime();
    const uscc = await dispatched(db, webhook(), 24, t0);
    const rows = await rowsOf(db, uscc);
    expect(rows).toHaveLength(24);
    const keys = new Set(rows.map((r) => idempotencyKey(r.id)));
    const options = { now: () => new Date(t0), batchSize: 5, concurrency: 3 };
    const [a, b] = await Promise.all([deliverDue(db, adapters, options), deliverDue(db, adapters, options)]);
    expect((await rowsOf(db, uscc)).map((r) => r.last_error).filter(Boolean)).toEqual([]);
    expect(a.sent + b.sent).toBe(24);
    expect(a.stale + b.stale).toBe(0);
    const mine = receiver.requests.filter((r) => r.idempotencyKey !== null && keys.has(r.idempotencyKey));
    expect(mine).toHaveLength(24);
    expect(new Set(mine.map((r) => r.idempotencyKey)).size).toBe(24);
    expect(mine.some((r) => r.duplicate)).toBe(false);
    expect((await rowsOf(db, uscc)).every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
  });

  it('waits out the quiet hours at send time, and suppresses a channel that is off in this process', async () => {
    const db = getDb();
    const t0 = nextTestTime();
    const quietNow = new Date(t0);
    const h = (quietNow.getUTCHours() + 8) % 24; // China time hour of t0
    const pad = (n: number) => String(n).padStart(2, '0');
    const quietHours = { from: `${pad(h)}:00`, until: `${pad((h + 2) % 24)}:00` };
    const uscc = await dispatched(db, { topics: [], quietHours: null, channels: [{ channel: 'SMS', address: '13700137000' }, { channel: 'EMAIL', address: 'office@example.cn' }] }, 1, t0);
    // Quiet hours chosen after dispatch: the delivery job still honours them.
    await db.query('UPDATE notice_subscriptions SET quiet_from = $2, quiet_until = $3 WHERE uscc = $1', [uscc, quietHours.from, quietHours.until]);
    const report = await deliverDue(db, { SMS: adapters.SMS }, { now: () => quietNow });
    expect(report).toMatchObject({ claimed: 2, deferred: 2 });
    const end = new Date(t0 - (t0 % (60 * MINUTE)) + 2 * 60 * MINUTE);
    expect(await deliverDue(db, { SMS: adapters.SMS }, { now: () => new Date(end.getTime() - 1) })).toMatchObject({ claimed: 0 });
    expect(await deliverDue(db, { SMS: adapters.SMS }, { now: () => end })).toMatchObject({ claimed: 2, sent: 1, suppressed: 1 });
    const rows = await rowsOf(db, uscc);
    expect(rows.map((r) => [r.channel, r.status, r.attempts, r.reason])).toEqual([['EMAIL', 'SUPPRESSED', 0, 'CHANNEL_NOT_CONFIGURED'], ['SMS', 'SENT', 1, null]]);
    expect(gateway.accepted().at(-1)).toMatchObject({ path: '/sms', json: { to: '13700137000' } });
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
