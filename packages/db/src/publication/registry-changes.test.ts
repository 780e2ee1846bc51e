import { expect, it } from 'vitest';
import { completeUscc, fen } from '@huiqi/kernel';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { DEMO_ENTERPRISE_USCC } from '../demo/demo-city';
import { recordYearlyFigures } from '../enterprises/record-yearly-figures';
import type { Database } from '../database';
import { insertNoticeRows } from './bulk-notices';
import { listChangedSinceMatch, registryStamps } from './match-watermarks';

const queued = async (db: Database) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry_changes'))[0]!.n;
const figures = (revenueWan: number) => ({
  employees: 85, revenueFen: fen(revenueWan * 10000 * 100), totalAssetsFen: fen(4000 * 10000 * 100), rdExpenseFen: fen(355 * 10000 * 100), mainBusinessRevenueFen: fen(4800 * 10000 * 100),
});

describeEachEngine('registry change queue', (getDb) => {
  it('queues every enterprise once when it is registered (a bulk load is one entry per enterprise), oldest first', async () => {
    const db = getDb();
    const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises')) as [{ n: number }];
    expect(n).toBe(41); // the demo enterprise and 40 inserted by one statement
    expect(await queued(db)).toBe(n);
    const first = await listChangedSinceMatch(db, 5);
    expect(first).toHaveLength(5);
    const seqs = first.map((c) => BigInt(c.seq!));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    expect(first.every((c) => /^\d+\//.test(c.stamp))).toBe(true);
  });

  it('takes off the queue only the entries it matched, and keeps a change made meanwhile', async () => {
    const db = getDb();
    const all = await listChangedSinceMatch(db, 10000);
    // A figures change while the batch is being matched: its queue entry gets a new seq.
    const change = await db.transaction((tx) => recordYearlyFigures(tx, DEMO_ENTERPRISE_USCC, 2025, figures(4900), null));
    expect(change.status).not.toBe('NOT_FOUND');
    await insertNoticeRows(db, [], new Date(), all);
    expect(await queued(db)).toBe(1);
    const [left] = await listChangedSinceMatch(db, 10);
    expect(left!.uscc).toBe(DEMO_ENTERPRISE_USCC);
    const [old] = all.filter((c) => c.uscc === DEMO_ENTERPRISE_USCC);
    expect(BigInt(left!.seq!)).toBeGreaterThan(BigInt(old!.seq!));

    // The incremental path reads the stamp and the entry together, and matching takes it off.
    const stamps = await registryStamps(db, [DEMO_ENTERPRISE_USCC]);
    expect(stamps[0]!.seq).toBe(left!.seq);
    await insertNoticeRows(db, [], new Date(), stamps);
    expect(await queued(db)).toBe(0);
    const [w] = await db.query<{ registry_stamp: string }>('SELECT registry_stamp FROM publication_match_watermarks WHERE uscc = $1', [DEMO_ENTERPRISE_USCC]);
    expect(w!.registry_stamp).toBe(stamps[0]!.stamp);
    expect((await registryStamps(db, [DEMO_ENTERPRISE_USCC]))[0]!.seq).toBeNull();
  });
}, {
  setup: async (db) => {
    await seedDemoCity(db);
    // 40 more enterprises in ONE statement (copies of the demo enterprise under other usccs).
    const usccs = Array.from({ length: 40 }, (_, k) => completeUscc(`91440300${String(k + 1).padStart(9, '0')}`));
    await db.query(
      `INSERT INTO enterprises SELECT (s.r).* FROM (
         SELECT jsonb_populate_record(e, jsonb_build_object('uscc', u.uscc)) AS r
         FROM enterprises e, unnest($2::text[]) AS u(uscc) WHERE e.uscc = $1) s`,
      [DEMO_ENTERPRISE_USCC, usccs],
    );
  },
});
