import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import type { Database } from '../database';
import { dispatchNotices } from './dispatch-notices';
import { saveSubscription, type SubscriptionInput } from './subscriptions';
import { addNotice, newEnterprise, publishTestPolicy } from './delivery-test-fixture';

/** 23:30 China time on a day after every notice of the test was created (so all of them are settled). */
const LATE_EVENING = new Date('2030-01-10T15:30:00Z');
const ALL = ['WEBHOOK', 'EMAIL', 'SMS'] as const;

async function subscribed(db: Database, input: Partial<SubscriptionInput> = {}): Promise<string> {
  const uscc = await newEnterprise(db);
  await db.transaction((tx) => saveSubscription(tx, uscc, {
    topics: [], quietHours: null,
    channels: [{ channel: 'WEBHOOK', address: 'https://hooks.example.cn/a' }, { channel: 'EMAIL', address: 'office@example.cn' }],
    ...input,
  }, null));
  return uscc;
}

const rowsOf = (db: Database, noticeId: number) => db.query<{ channel: string; status: string; reason: string | null; next_attempt_at: string | null; address: string }>(
  'SELECT channel, status, reason, next_attempt_at, address FROM notice_deliveries WHERE notice_id = $1 ORDER BY channel', [noticeId],
);

describeEachEngine('notice dispatcher', (getDb) => {
  it('creates one PENDING row per subscribed channel; a second run, and two concurrent runs, add nothing', async () => {
    const db = getDb();
    const draft = await publishTestPolicy(db, ['DIGITAL']);
    const a = await subscribed(db);
    const inAppOnly = await newEnterprise(db);
    const na = await addNotice(db, draft, a);
    const nb = await addNotice(db, draft, inAppOnly);

    const first = await dispatchNotices(db, { enabledChannels: ALL, now: LATE_EVENING });
    expect(first.pending).toBeGreaterThanOrEqual(2);
    expect(first.watermark).toBeGreaterThanOrEqual(nb);
    expect((await rowsOf(db, na)).map((r) => [r.channel, r.status, r.next_attempt_at])).toEqual([
      ['EMAIL', 'PENDING', LATE_EVENING.toISOString()], ['WEBHOOK', 'PENDING', LATE_EVENING.toISOString()],
    ]);
    expect(await rowsOf(db, nb)).toEqual([]); // in-app only: the inbox is the delivery

    const second = await dispatchNotices(db, { enabledChannels: ALL, now: LATE_EVENING });
    expect(second).toMatchObject({ scanned: 0, pending: 0, suppressed: 0 });

    // Concurrent dispatchers over the same new notices: each (notice, channel) once.
    const c = await subscribed(db);
    const nc = await addNotice(db, draft, c);
    const runs = await Promise.all([1, 2, 3].map(() => dispatchNotices(db, { enabledChannels: ALL, now: LATE_EVENING, batchSize: 1 })));
    expect(runs.reduce((n, r) => n + r.pending, 0)).toBe(2);
    expect(await rowsOf(db, nc)).toHaveLength(2);
  });

  it('re-reads notices younger than the settle time without duplicates, and only then moves the watermark past them', async () => {
    const db = getDb();
    const draft = await publishTestPolicy(db, ['DIGITAL']);
    const uscc = await subscribed(db);
    const id = await addNotice(db, draft, uscc);
    const now = new Date();
    const young = await dispatchNotices(db, { enabledChannels: ALL, now, settleMs: 60 * 60_000 });
    expect(young.watermark).toBeLessThan(id);
    expect(await rowsOf(db, id)).toHaveLength(2);
    const again = await dispatchNotices(db, { enabledChannels: ALL, now, settleMs: 60 * 60_000 });
    expect(again.scanned).toBeGreaterThanOrEqual(1);
    expect(again.pending).toBe(0);
    const settled = await dispatchNotices(db, { enabledChannels: ALL, now: new Date(now.getTime() + 2 * 60 * 60_000), settleMs: 60 * 60_000 });
    expect(settled.watermark).toBeGreaterThanOrEqual(id);
    expect(await rowsOf(db, id)).toHaveLength(2);
  });

  it('suppresses a policy outside the subscribed topics, and a channel without a configured gateway, with the reason', async () => {
    const db = getDb();
    const digital = await publishTestPolicy(db, ['DIGITAL']);
    const untagged = await publishTestPolicy(db, []);
    const financeOnly = await subscribed(db, { topics: ['FINANCE'] });
    const digitalFan = await subscribed(db, { topics: ['DIGITAL', 'FINANCE'] });
    const n1 = await addNotice(db, digital, financeOnly);
    const n2 = await addNotice(db, untagged, digitalFan);
    const n3 = await addNotice(db, digital, digitalFan);
    await dispatchNotices(db, { enabledChannels: ['WEBHOOK'], now: LATE_EVENING });
    expect((await rowsOf(db, n1)).map((r) => [r.channel, r.status, r.reason])).toEqual([['EMAIL', 'SUPPRESSED', 'TOPIC_NOT_SUBSCRIBED'], ['WEBHOOK', 'SUPPRESSED', 'TOPIC_NOT_SUBSCRIBED']]);
    expect((await rowsOf(db, n2)).map((r) => r.reason)).toEqual(['TOPIC_NOT_SUBSCRIBED', 'TOPIC_NOT_SUBSCRIBED']);
    expect((await rowsOf(db, n3)).map((r) => [r.channel, r.status, r.reason])).toEqual([['EMAIL', 'SUPPRESSED', 'CHANNEL_NOT_CONFIGURED'], ['WEBHOOK', 'PENDING', null]]);
  });

  it('defers a notice arriving in the quiet hours to their end, across midnight (23:30 → 07:00 next day, China time)', async () => {
    const db = getDb();
    const draft = await publishTestPolicy(db, ['DIGITAL']);
    const sleeper = await subscribed(db, { quietHours: { from: '22:00', until: '07:00' }, channels: [{ channel: 'SMS', address: '13912345678' }] });
    const id = await addNotice(db, draft, sleeper);
    await dispatchNotices(db, { enabledChannels: ALL, now: LATE_EVENING });
    expect(await rowsOf(db, id)).toEqual([
      { channel: 'SMS', status: 'PENDING', reason: null, next_attempt_at: new Date('2030-01-10T23:00:00Z').toISOString(), address: '13912345678' },
    ]);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
