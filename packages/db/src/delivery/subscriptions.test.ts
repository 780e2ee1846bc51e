import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { listAuditEvents } from '../audit/list-audit-events';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { getSubscription, saveSubscription } from './subscriptions';
import { newEnterprise } from './delivery-test-fixture';

describeEachEngine('notice subscriptions', (getDb) => {
  it('gives the defaults to an enterprise that saved nothing: every topic, in-app only, no quiet hours', async () => {
    const uscc = await newEnterprise(getDb());
    expect(await getSubscription(getDb(), uscc)).toEqual({ uscc, topics: [], channels: [], quietHours: null, updatedAt: null });
  });

  it('stores topics, channels and quiet hours normalised, audits the change without addresses, and saves an unchanged repeat as nothing', async () => {
    const db = getDb();
    const uscc = await newEnterprise(db);
    const input = {
      topics: ['DIGITAL', 'FINANCE', 'DIGITAL'],
      channels: [{ channel: 'SMS' as const, address: '13800138000' }, { channel: 'WEBHOOK' as const, address: ' https://hooks.example.cn/huiqi ' }],
      quietHours: { from: '22:00', until: '07:00' },
    };
    const saved = await db.transaction((tx) => saveSubscription(tx, uscc, input, null, new Date('2026-03-01T00:00:00Z')));
    expect(saved.subscription).toEqual({
      uscc, topics: ['DIGITAL', 'FINANCE'],
      channels: [{ channel: 'WEBHOOK', address: 'https://hooks.example.cn/huiqi' }, { channel: 'SMS', address: '13800138000' }],
      quietHours: { from: '22:00', until: '07:00' }, updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(saved.changedFields).toEqual(['topics', 'channels.WEBHOOK', 'channels.SMS', 'quietHours']);
    expect(await getSubscription(db, uscc)).toEqual(saved.subscription);

    const again = await db.transaction((tx) => saveSubscription(tx, uscc, input, null));
    expect(again.changedFields).toEqual([]);

    const cleared = await db.transaction((tx) => saveSubscription(tx, uscc, { topics: [], channels: [], quietHours: null }, null));
    expect(cleared.subscription).toMatchObject({ topics: [], channels: [], quietHours: null });

    const events = (await listAuditEvents(db, { page: 1, pageSize: 10, subject: uscc })).items.filter((e) => e.type === 'NOTICE_SUBSCRIPTION_UPDATED');
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain('13800138000');
    expect(events.map((e) => e.payload.channels)).toEqual(expect.arrayContaining([['WEBHOOK', 'SMS'], []]));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses a malformed address or quiet-hours value in the database itself', async () => {
    const db = getDb();
    const uscc = await newEnterprise(db);
    await expect(db.transaction((tx) => saveSubscription(tx, uscc, { topics: [], channels: [{ channel: 'SMS', address: '12345' }], quietHours: null }, null))).rejects.toThrow();
    await expect(db.transaction((tx) => saveSubscription(tx, uscc, { topics: [], channels: [], quietHours: { from: '08:00', until: '08:00' } }, null))).rejects.toThrow();
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
