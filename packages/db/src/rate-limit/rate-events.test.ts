import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { addRateEvents, countRateEvents } from './rate-events';

describeEachEngine('rate events (sliding-window counters)', (getDb) => {
  it('counts events per scope inside the window, with the oldest for Retry-After', async () => {
    const db = getDb();
    const scope = `account:${Math.random()}`;
    const t0 = new Date('2026-12-06T10:00:00Z');
    const hourBefore = (t: Date) => new Date(t.getTime() - 3_600_000);
    await addRateEvents(db, [scope, 'ip:192.0.2.1'], 'COMMENT', t0, hourBefore(t0));
    const t1 = new Date(t0.getTime() + 60_000);
    await addRateEvents(db, [scope], 'COMMENT', t1, hourBefore(t1));
    const [mine, other] = await countRateEvents(db, [scope, 'ip:nobody'], 'COMMENT', new Date(t0.getTime() - 1));
    expect(mine).toEqual({ scope, count: 2, oldest: t0 });
    expect(other).toEqual({ scope: 'ip:nobody', count: 0, oldest: null });
    expect((await countRateEvents(db, [scope], 'COMMENT', new Date(t0.getTime() + 1)))[0]!.count).toBe(1);
    expect((await countRateEvents(db, [scope], 'CODE', new Date(0)))[0]!.count).toBe(0);
  });

  it('drops a scope’s events once they have left the window', async () => {
    const db = getDb();
    const scope = `ip:${Math.random()}`;
    const t0 = new Date('2026-12-06T10:00:00Z');
    await addRateEvents(db, [scope], 'ANONYMOUS_SUBMISSION', t0, new Date(0));
    const later = new Date(t0.getTime() + 2 * 3_600_000);
    await addRateEvents(db, [scope], 'ANONYMOUS_SUBMISSION', later, new Date(later.getTime() - 3_600_000));
    const rows = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM rate_events WHERE scope = $1', [scope]);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
