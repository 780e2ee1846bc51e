import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import type { Database } from '../database';
import { claimDueDeliveries } from './claim-deliveries';
import { dispatchNotices } from './dispatch-notices';
import { listDeliveries } from './list-deliveries';
import { deferDelivery, recordDeliveryFailure, recordDeliverySent, suppressDelivery } from './settle-delivery';
import { saveSubscription } from './subscriptions';
import { addNotice, newEnterprise, publishTestPolicy } from './delivery-test-fixture';

const LEASE = 60_000;

/** Far enough ahead of everything dispatched by earlier tests that each test claims only what it asks for. */
let clock = new Date('2031-01-01T04:00:00Z').getTime();
const later = (ms: number) => new Date((clock += ms));

/** An enterprise with a webhook subscription and `n` notices dispatched at `at`; returns the uscc. */
async function pending(db: Database, n: number, at: Date): Promise<string> {
  const uscc = await newEnterprise(db);
  await db.transaction((tx) => saveSubscription(tx, uscc, { topics: [], quietHours: null, channels: [{ channel: 'WEBHOOK', address: 'https://hooks.example.cn/x' }] }, null));
  for (let i = 0; i < n; i++) await addNotice(db, await publishTestPolicy(db, ['DIGITAL']), uscc, 'UNKNOWN', ['rdExpense']);
  await dispatchNotices(db, { enabledChannels: ['WEBHOOK'], now: at });
  return uscc;
}

/** Claims everything due and settles what other tests left over, so each test starts with an empty due list. */
async function drain(db: Database, at: Date): Promise<void> {
  for (const c of await claimDueDeliveries(db, { limit: 1000, leaseMs: LEASE, now: at })) await suppressDelivery(db, c, 'CHANNEL_NOT_CONFIGURED', at);
}

describeEachEngine('delivery claims and settlement', (getDb) => {
  it('claims a row once while its lease lasts, gives what the message needs, and takes it back after the lease', async () => {
    const db = getDb();
    const at = later(LEASE);
    await drain(db, at);
    const uscc = await pending(db, 1, at);
    const [claim, ...rest] = await claimDueDeliveries(db, { limit: 10, leaseMs: LEASE, now: at });
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ uscc, channel: 'WEBHOOK', address: 'https://hooks.example.cn/x', attempts: 0, kind: 'UNKNOWN', missing: ['rdExpense'], titleZh: '数字化转型补贴', quietHours: null });
    expect(await claimDueDeliveries(db, { limit: 10, leaseMs: LEASE, now: new Date(at.getTime() + LEASE - 1) })).toEqual([]);
    const again = await claimDueDeliveries(db, { limit: 10, leaseMs: LEASE, now: new Date(at.getTime() + LEASE) });
    expect(again.map((c) => c.id)).toEqual([claim!.id]);
    // The first worker's claim is stale now: its settlement changes nothing.
    expect(await recordDeliverySent(db, claim!, { receipt: null, messageText: 'x' })).toBe(false);
    expect(await recordDeliverySent(db, again[0]!, { receipt: 'r-1', messageText: '【惠企】…' }, new Date(at.getTime() + LEASE))).toBe(true);
    expect(await recordDeliverySent(db, again[0]!, { receipt: 'r-2', messageText: '【惠企】…' })).toBe(false);
    const [row] = await listDeliveries(db, uscc);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, receipt: 'r-1', messageText: '【惠企】…', nextAttemptAt: null });
    clock += LEASE;
  });

  it('concurrent claimers take disjoint rows', async () => {
    const db = getDb();
    const at = later(LEASE);
    await drain(db, at);
    await pending(db, 12, at);
    const claims = await Promise.all([1, 2, 3, 4].map(() => claimDueDeliveries(db, { limit: 5, leaseMs: LEASE, now: at })));
    const ids = claims.flat().map((c) => c.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('retries with backoff 1 min, 5 min, 30 min, 2 h and is FAILED after the fifth attempt, keeping the last error', async () => {
    const db = getDb();
    let at = later(LEASE);
    await drain(db, at);
    const uscc = await pending(db, 1, at);
    const outcomes: string[] = [];
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const [claim] = await claimDueDeliveries(db, { limit: 1, leaseMs: LEASE, now: at });
      expect(claim?.attempts).toBe(attempt - 1);
      outcomes.push(await recordDeliveryFailure(db, claim!, { error: `HTTP 503 (${attempt})`, permanent: false, messageText: 'm' }, at));
      const [row] = await listDeliveries(db, uscc);
      if (row!.nextAttemptAt) {
        waits.push(new Date(row!.nextAttemptAt).getTime() - at.getTime());
        expect(await claimDueDeliveries(db, { limit: 1, leaseMs: LEASE, now: new Date(new Date(row!.nextAttemptAt).getTime() - 1) })).toEqual([]);
        at = new Date(row!.nextAttemptAt);
      }
    }
    expect(outcomes).toEqual(['RETRY', 'RETRY', 'RETRY', 'RETRY', 'FAILED']);
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect((await listDeliveries(db, uscc))[0]).toMatchObject({ status: 'FAILED', attempts: 5, lastError: 'HTTP 503 (5)', nextAttemptAt: null });
    clock = at.getTime() + LEASE;
  });

  it('a permanent refusal is FAILED at once; quiet hours defer without counting an attempt; a suppressed row keeps its reason', async () => {
    const db = getDb();
    const at = later(LEASE);
    await drain(db, at);
    const uscc = await pending(db, 3, at);
    const [a, b, c] = await claimDueDeliveries(db, { limit: 3, leaseMs: LEASE, now: at });
    expect(await recordDeliveryFailure(db, a!, { error: 'HTTP 410', permanent: true, messageText: 'm' }, at)).toBe('FAILED');
    const until = new Date(at.getTime() + 3_600_000);
    expect(await deferDelivery(db, b!, until, at)).toBe(true);
    expect(await suppressDelivery(db, c!, 'CHANNEL_NOT_CONFIGURED', at)).toBe(true);
    const rows = new Map((await listDeliveries(db, uscc)).map((r) => [r.id, r]));
    expect(rows.get(a!.id)).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'HTTP 410' });
    expect(rows.get(b!.id)).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: until.toISOString() });
    expect(rows.get(c!.id)).toMatchObject({ status: 'SUPPRESSED', reason: 'CHANNEL_NOT_CONFIGURED' });
    expect(await recordDeliveryFailure(db, a!, { error: 'again', permanent: false, messageText: 'm' }, at)).toBe('STALE_CLAIM');
    clock = until.getTime() + LEASE;
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
