import { loadRegistryRange, loadRegistryRows, registryChangeLogHead, registryChangesAfter, registryRanges, type Database, type RegistryRangeRow } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { figureYearOn, RegistrySnapshot, snapshotSizeClasses, type JurisdictionOf, type SizeCodes } from '@huiqi/matching';
import type { RuleBase } from '@huiqi/rules-engine';

/**
 * The port population-wide analyses use (reach preview and what-if today; inspection candidate
 * selection, the cultivation pool and statistics are meant to): the registry as the batch engine's
 * columns, current with the registry change log, never loaded as objects.
 *
 *   const snap = await registrySnapshots(db).current(date, { between: () => request.budget.checkpoint() });
 *   const { codes } = await snapshotPolicyOutcomes(snap, rb, policy, date, jurisdictionOf, { amount: false });
 *
 * Row i is `snap.usccAt(i)`; skip `snap.isRemoved(i)`. Group by `snap.columns().district` /
 * `.industry` with `snap.districtDictionary` / `snap.industryDictionary`. A snapshot is for one
 * figure year (the year before the date): its figure slots are laid out for it.
 */
export interface RegistrySnapshotPort {
  /** The snapshot for matching on `date`, built on first use, brought up to date with the change log on every call. */
  current(date: PlainDate, opts?: { between?: () => Promise<void> }): Promise<RegistrySnapshot>;
  /** Size class per row on `date` (cached per snapshot version). */
  sizes(snap: RegistrySnapshot, rb: RuleBase, date: PlainDate, jurisdictionOf: JurisdictionOf, opts?: { between?: () => Promise<void> }): Promise<SizeCodes>;
}

/** Enterprises per range read when a snapshot is built (one range is two index-only scans). */
const BUILD_RANGE = 50_000;
/** Changes applied per round trip when catching up with the log. */
const CATCH_UP_BATCH = 5_000;
/** Snapshots kept (one per figure year asked for, least recently used dropped). */
const DEFAULT_KEEP = 2;

interface Entry {
  snap: RegistrySnapshot | null;
  building: Promise<RegistrySnapshot> | null;
  /** Serialises catching up: one reader of the log at a time per snapshot. */
  catchingUp: Promise<void>;
  usedAt: number;
  sizes: { date: PlainDate; version: number; codes: SizeCodes } | null;
}

class SnapshotService implements RegistrySnapshotPort {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly db: Database, private readonly keep = DEFAULT_KEEP) {}

  async current(date: PlainDate, opts: { between?: () => Promise<void> } = {}): Promise<RegistrySnapshot> {
    const year = figureYearOn(date);
    let e = this.entries.get(year);
    if (!e) {
      e = { snap: null, building: null, catchingUp: Promise.resolve(), usedAt: Date.now(), sizes: null };
      this.entries.set(year, e);
      this.evict(year);
    }
    e.usedAt = Date.now();
    if (!e.snap) {
      // One build per year, shared by every caller; it continues when a caller's budget runs out.
      const entry = e;
      entry.building ??= build(this.db, year).then((s) => (entry.snap = s), (err) => {
        entry.building = null;
        throw err;
      });
      await waitWithin(entry.building, opts.between);
    }
    const snap = e.snap!;
    const entry = e;
    const step = entry.catchingUp.then(() => catchUp(this.db, snap));
    entry.catchingUp = step.catch(() => {});
    await step;
    return snap;
  }

  async sizes(snap: RegistrySnapshot, rb: RuleBase, date: PlainDate, jurisdictionOf: JurisdictionOf, opts: { between?: () => Promise<void> } = {}): Promise<SizeCodes> {
    const e = this.entries.get(snap.figureYear);
    const hit = e?.sizes;
    if (hit && hit.date === date && hit.version === snap.version && e.snap === snap) return hit.codes;
    const version = snap.version;
    const codes = await snapshotSizeClasses(snap, rb, date, jurisdictionOf, opts);
    if (e && e.snap === snap && snap.version === version) e.sizes = { date, version, codes };
    return codes;
  }

  private evict(keepYear: number): void {
    while (this.entries.size > this.keep) {
      let oldest: number | null = null;
      for (const [y, x] of this.entries) if (y !== keepYear && (oldest === null || x.usedAt < this.entries.get(oldest)!.usedAt)) oldest = y;
      if (oldest === null) return;
      this.entries.delete(oldest);
    }
  }
}

/** Awaits `p`, calling `between` every 200 ms meanwhile (where a caller's budget check throws). */
async function waitWithin<T>(p: Promise<T>, between?: () => Promise<void>): Promise<T> {
  if (!between) return p;
  let done = false;
  const result = p.finally(() => {
    done = true;
  });
  while (!done) {
    await Promise.race([result.catch(() => {}), new Promise((r) => setTimeout(r, 200))]);
    if (!done) await between();
  }
  return result;
}

const services = new WeakMap<Database, SnapshotService>();

/** The registry snapshots of this process for a database (HUIQI_SNAPSHOT_YEARS figure years kept, default 2). */
export function registrySnapshots(db: Database): RegistrySnapshotPort {
  let s = services.get(db);
  if (!s) {
    const keep = Number(process.env.HUIQI_SNAPSHOT_YEARS);
    services.set(db, (s = new SnapshotService(db, Number.isSafeInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP)));
  }
  return s;
}

/**
 * Builds the snapshot of one figure year from the database: the log position first (changes
 * during the build are applied after it), then the registry range by range in uscc order
 * (two index-only scans per range, rows sorted by uscc), yielding to the event loop between ranges.
 */
async function build(db: Database, figureYear: number): Promise<RegistrySnapshot> {
  const head = await registryChangeLogHead(db);
  const [c] = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM enterprises');
  const snap = new RegistrySnapshot(figureYear, Math.ceil(Number(c?.n ?? 0) * 1.02) + 1024);
  for (const range of await registryRanges(db, BUILD_RANGE)) {
    const rows = await loadRegistryRange(db, range, figureYear);
    rows.sort(byUscc);
    for (const r of rows) snap.add(r);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  snap.seq = head;
  await catchUp(db, snap);
  return snap;
}

const byUscc = (a: RegistryRangeRow, b: RegistryRangeRow) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0);

/** Applies the change log past the snapshot's position: changed rows rewritten, new ones appended, vanished ones removed. */
async function catchUp(db: Database, snap: RegistrySnapshot): Promise<void> {
  for (;;) {
    const changes = await registryChangesAfter(db, snap.seq, CATCH_UP_BATCH);
    if (changes.length === 0) return;
    const usccs = changes.map((c) => c.uscc);
    const rows = await loadRegistryRows(db, usccs, snap.figureYear);
    const present = new Set<string>();
    for (const r of rows) {
      snap.upsert(r);
      present.add(r.uscc);
    }
    for (const u of usccs) if (!present.has(u)) snap.remove(u);
    snap.seq = changes[changes.length - 1]!.seq;
    if (changes.length < CATCH_UP_BATCH) return;
  }
}
