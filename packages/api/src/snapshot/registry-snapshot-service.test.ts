import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { insertNoticeRows, listChangedSinceMatch, loadPopulation, loadRegistryRows, recordYearlyFigures, registryChangeLogHead, registryChangesAfter, seedDemoCity, type Database } from '@huiqi/db';
import { describeEachEngine, fakeUscc } from '@huiqi/db/testing';
import { fen, type PlainDate } from '@huiqi/kernel';
import { definePolicy, figureYearOn, registryFactsAt, snapshotPolicyOutcomes } from '@huiqi/matching';
import { loadRuleBase, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { evaluateSubjects, hasAmount, reachOf, sizesOf, subjectsOf } from '../publication/reach';
import { reachOfSnapshot } from '../publication/snapshot-reach';
import { AppError } from '../errors/app-error';
import { addPopulation, type Generated, type PopulationFigure } from '../testing/add-population';
import { newRegistrySnapshots, registrySnapshots } from './registry-snapshot-service';
import { databaseIdentity, snapshotFilePath, writeSnapshotFile } from './snapshot-file';

const DATE = '2026-03-01' as PlainDate;
const CITE = 'cn/law/sme-promotion#art_2';

function rules(): { rb: RuleBase; policy: PolicyDef } {
  const r = loadRuleBase();
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  const p = definePolicy(r.value, {
    id: 'snap-growth', title: { zh: '成长奖励', en: 'Growth award' }, jurisdiction: 'cn-gd-sz', cite: CITE,
    conditions: [
      { id: 'sme', label: { zh: '中小企业', en: 'SME' }, when: 'isSme', cite: CITE },
      { id: 'revenue', label: { zh: '营业收入', en: 'Revenue' }, when: 'revenue >= wan_yuan(100) && revenue > revenueYearBefore', cite: CITE },
    ],
    amount: { label: { zh: '奖励', en: 'Award' }, formula: 'min(round((revenue - revenueYearBefore) * 0.01), wan_yuan(30))', cite: CITE },
    from: '2020-01-01' as PlainDate,
  });
  if (!p.ok) throw new Error(p.error.en);
  return { rb: r.value, policy: p.value };
}

/** The preview of the snapshot and of the one-enterprise path over the registry loaded as objects. */
async function compare(db: Database, rb: RuleBase, policy: PolicyDef) {
  const jurisdictionOf = (d: string, zh: string) => ruleJurisdictionOf(rb, d, zh).id;
  const snapshots = registrySnapshots(db);
  const snap = await snapshots.current(DATE);
  const sizes = await snapshots.sizes(snap, rb, DATE, jurisdictionOf);
  const outcomes = await snapshotPolicyOutcomes(snap, rb, policy, DATE, jurisdictionOf, { amount: true });
  const members = await loadPopulation(db);
  const subjects = subjectsOf(rb, members, DATE);
  return {
    snap,
    batch: reachOfSnapshot(snap, outcomes, sizes, hasAmount(policy)),
    single: reachOf(members, evaluateSubjects(rb, policy, subjects, DATE), sizesOf(rb, subjects, DATE), hasAmount(policy)),
  };
}

describeEachEngine('registry snapshot service', (getDb) => {
  it('builds the snapshot once from the database and gives the preview of the one-enterprise path', async () => {
    const db = getDb();
    const { rb, policy } = rules();
    const { snap, batch, single } = await compare(db, rb, policy);
    expect(batch).toEqual(single);
    expect(single.total).toBe(401);
    expect(single.eligible).toBeGreaterThan(0);
    expect(snap.seq).toBe(await registryChangeLogHead(db));
    // The same snapshot object serves the next call (no reload per request).
    expect(await registrySnapshots(db).current(DATE)).toBe(snap);
  });

  it('follows the change log: a change is applied in place even after the re-match job took it off the queue', async () => {
    const db = getDb();
    const { rb, policy } = rules();
    const before = await compare(db, rb, policy);
    const head = await registryChangeLogHead(db);
    const [target] = await db.query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1 OFFSET 7');
    const uscc = target!.uscc;
    const year = figureYearOn(DATE);
    await db.transaction(async (tx) => {
      for (const [y, wan] of [[year - 1, 500], [year, 900]] as const) {
        const r = await recordYearlyFigures(tx, uscc, y, { employees: 40, revenueFen: fen(wan * 1_000_000), totalAssetsFen: fen(2_000 * 1_000_000), rdExpenseFen: fen(30 * 1_000_000), mainBusinessRevenueFen: fen(wan * 1_000_000) }, null);
        expect(r.status).not.toBe('NOT_FOUND');
      }
    });
    // The re-match job consumes the queue first: the snapshot's log keeps the entry.
    await insertNoticeRows(db, [], new Date(), await listChangedSinceMatch(db, 100_000));
    expect(await db.query('SELECT 1 FROM registry_changes WHERE uscc = $1', [uscc])).toHaveLength(0);
    const logged = await registryChangesAfter(db, head, 100);
    expect(logged.map((c) => c.uscc)).toEqual([uscc]);
    const [row] = await loadRegistryRows(db, [uscc], year);
    expect(row!.figures[0]).toMatchObject({ employees: 40, revenueFen: 900 * 1_000_000 });

    const after = await compare(db, rb, policy);
    expect(after.snap).toBe(before.snap);
    expect(after.snap.seq).toBe(logged[0]!.seq);
    expect(after.batch).toEqual(after.single);
    const facts = registryFactsAt(after.snap.registryColumns(), after.snap.indexOf(uscc));
    expect(facts).toMatchObject({ revenue: 900 * 1_000_000, revenueYearBefore: 500 * 1_000_000, employees: 40 });
  });

  it('appends an enterprise registered after the build, and leaves out unknown keys', async () => {
    const db = getDb();
    const snap = await registrySnapshots(db).current(DATE);
    const n = snap.liveCount;
    const [demo] = await db.query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1');
    const fresh = fakeUscc();
    await db.query(
      `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
       SELECT $2, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, 1, now() FROM enterprises WHERE uscc = $1`,
      [demo!.uscc, fresh],
    );
    const again = await registrySnapshots(db).current(DATE);
    expect(again).toBe(snap);
    expect(snap.liveCount).toBe(n + 1);
    expect(snap.usccAt(snap.indexOf(fresh))).toBe(fresh);
    expect(snap.indexOf('not-a-registered-code')).toBe(-1);
  });

  it('is built in the background when warmed, reports its progress, and answers 503 with it until ready', async () => {
    const db = getDb();
    const other = '2025-03-01' as PlainDate;
    const year = figureYearOn(other);
    const snapshots = registrySnapshots(db);
    snapshots.warm(other);
    expect(snapshots.status().find((s) => s.figureYear === year)).toMatchObject({ state: 'BUILDING', readyAt: null, seq: null });
    const refused = await snapshots.current(other, { waitMs: 0 }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'SNAPSHOT_BUILDING', statusCode: 503, details: { state: 'BUILDING', figureYear: year } });
    expect((refused as AppError).bilingual.zh).toContain('注册库快照正在建立');
    const snap = await snapshots.current(other);
    const ready = snapshots.status().find((s) => s.figureYear === year);
    expect(ready).toMatchObject({ state: 'READY', percent: 100, loadedRows: snap.liveCount, totalRows: snap.liveCount, seq: snap.seq });
    expect(ready!.buildSeconds).toBeGreaterThanOrEqual(0);
    // Warming a ready snapshot builds nothing again.
    snapshots.warm(other);
    expect(await snapshots.current(other, { waitMs: 0 })).toBe(snap);
  });

  it('writes a built snapshot to its directory and starts from that file next time, brought up to date from the change log', async () => {
    const db = getDb();
    const dir = await mkdtemp(join(tmpdir(), 'huiqi-snapshot-'));
    try {
      const date = '2024-03-01' as PlainDate;
      const year = figureYearOn(date);
      const first = newRegistrySnapshots(db, { dir });
      const built = await first.current(date);
      expect(first.status()[0]).toMatchObject({ figureYear: year, state: 'READY', source: 'DATABASE' });
      while (first.status()[0]!.savedAt === null) await new Promise((r) => setTimeout(r, 20));
      // A change after the file was written: the next start reads the file and applies it from the log.
      const [target] = await db.query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1 OFFSET 11');
      await db.transaction((tx) => recordYearlyFigures(tx, target!.uscc, year, { employees: 77, revenueFen: fen(123_000_000), totalAssetsFen: fen(456_000_000), rdExpenseFen: null, mainBusinessRevenueFen: null }, null));
      const second = newRegistrySnapshots(db, { dir });
      const read = await second.current(date);
      expect(second.status()[0]).toMatchObject({ state: 'READY', source: 'FILE', loadedRows: built.liveCount });
      const fresh = await newRegistrySnapshots(db).current(date);
      expect(read.liveCount).toBe(fresh.liveCount);
      const a = read.registryColumns();
      const b = fresh.registryColumns();
      for (let i = 0; i < read.rowCount; i++) expect(registryFactsAt(a, i)).toEqual(registryFactsAt(b, fresh.indexOf(read.usccAt(i))));
      expect(registryFactsAt(a, read.indexOf(target!.uscc))).toMatchObject({ employees: 77, revenue: 123_000_000 });
      // A file written for another database, under this one's name, is not read: the snapshot is built again.
      await writeSnapshotFile(snapshotFilePath(dir, await databaseIdentity(db), year), 'postgres:0:another', read);
      const third = newRegistrySnapshots(db, { dir });
      await third.current(date);
      expect(third.status()[0]).toMatchObject({ state: 'READY', source: 'DATABASE' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}, {
  setup: async (db) => {
    await seedDemoCity(db);
    await addPopulation(db, 5, 400, figuresWithGaps);
  },
});

/** A generated registry with unreported R&D and a missing year here and there. */
function figuresWithGaps(e: Generated, k: number): PopulationFigure[] {
  return e.figures.filter((_, j) => !(k % 13 === 4 && j === 0)).map((f) => ({ uscc: e.uscc, ...f, rdExpenseFen: k % 7 === 1 ? null : f.rdExpenseFen }));
}
