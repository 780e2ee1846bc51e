import { loadRegistryRange, loadRegistryRows, registryChangeLogHead, registryChangesAfter, registryRanges, type Database, type RegistryRangeRow } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { figureYearOn, RegistrySnapshot, snapshotSizeClasses, type JurisdictionOf, type SizeCodes } from '@huiqi/matching';
import type { RuleBase } from '@huiqi/rules-engine';
import { snapshotBuilding } from './snapshot-error-codes';
import { databaseIdentity, readSnapshotFile, snapshotFilePath, writeSnapshotFile } from './snapshot-file';

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
  /**
   * The snapshot for matching on `date`, built on first use, brought up to date with the change log
   * on every call. While it is being built a caller waits `waitMs` (default: 5 s for a request —
   * one that passes `between` — and until it is built otherwise), then gets 503 SNAPSHOT_BUILDING
   * with the progress.
   */
  current(date: PlainDate, opts?: { between?: () => Promise<void>; waitMs?: number }): Promise<RegistrySnapshot>;
  /**
   * Starts building the snapshot for matching on `date` in the background (at server start), so the
   * first preview does not wait for it. Failures are kept in `status()`, never thrown.
   */
  warm(date: PlainDate): void;
  /** How far each snapshot is: what GET /api/registry-snapshot and the 503 while building report. */
  status(): SnapshotStatus[];
  /** Size class per row on `date` (cached per snapshot version). */
  sizes(snap: RegistrySnapshot, rb: RuleBase, date: PlainDate, jurisdictionOf: JurisdictionOf, opts?: { between?: () => Promise<void> }): Promise<SizeCodes>;
}

/** One snapshot's state: building (rows loaded of the registry's count), ready, or failed. */
export interface SnapshotStatus {
  figureYear: number;
  state: 'BUILDING' | 'READY' | 'FAILED';
  loadedRows: number;
  totalRows: number;
  /** 0–100, whole. */
  percent: number;
  startedAt: string;
  readyAt: string | null;
  buildSeconds: number | null;
  /** Change-log position applied (ready snapshots). */
  seq: number | null;
  /** Where a ready snapshot came from: built from the database, or read from its file (HUIQI_SNAPSHOT_DIR) and brought up to date. */
  source: 'DATABASE' | 'FILE' | null;
  /** When the built snapshot was written to its file (HUIQI_SNAPSHOT_DIR); null before, or without a directory. */
  savedAt: string | null;
}

/** Progress of one build, updated range by range. */
interface Progress {
  loadedRows: number;
  totalRows: number;
  startedAt: number;
  readyAt: number | null;
  failed: boolean;
  source: 'DATABASE' | 'FILE' | null;
  savedAt: number | null;
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
  progress: Progress;
}

class SnapshotService implements RegistrySnapshotPort {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly db: Database, private readonly keep = DEFAULT_KEEP, private readonly dir: string | null = null) {}

  async current(date: PlainDate, opts: { between?: () => Promise<void>; waitMs?: number } = {}): Promise<RegistrySnapshot> {
    const e = this.entry(figureYearOn(date));
    if (!e.snap) {
      // One build per year, shared by every caller; it continues when a caller gives up waiting.
      const building = this.startBuild(e, figureYearOn(date));
      const ready = await waitWithin(building, opts.between, opts.waitMs ?? (opts.between ? BUILD_WAIT_MS : Infinity));
      if (!ready) throw snapshotBuilding(statusOf(figureYearOn(date), e));
    }
    const snap = e.snap!;
    const entry = e;
    const step = entry.catchingUp.then(() => catchUp(this.db, snap));
    entry.catchingUp = step.catch(() => {});
    await step;
    return snap;
  }

  warm(date: PlainDate): void {
    const year = figureYearOn(date);
    const e = this.entry(year);
    if (!e.snap) this.startBuild(e, year).catch(() => {});
  }

  status(): SnapshotStatus[] {
    return [...this.entries.entries()].map(([year, e]) => statusOf(year, e)).sort((a, b) => b.figureYear - a.figureYear);
  }

  private entry(year: number): Entry {
    let e = this.entries.get(year);
    if (!e) {
      e = { snap: null, building: null, catchingUp: Promise.resolve(), usedAt: Date.now(), sizes: null, progress: { loadedRows: 0, totalRows: 0, startedAt: Date.now(), readyAt: null, failed: false, source: null, savedAt: null } };
      this.entries.set(year, e);
      this.evict(year);
    }
    e.usedAt = Date.now();
    return e;
  }

  private startBuild(entry: Entry, year: number): Promise<RegistrySnapshot> {
    if (!entry.building) {
      entry.progress = { loadedRows: 0, totalRows: 0, startedAt: Date.now(), readyAt: null, failed: false, source: null, savedAt: null };
      entry.building = buildOrRead(this.db, year, entry.progress, this.dir).then((s) => {
        entry.progress.readyAt = Date.now();
        return (entry.snap = s);
      }, (err: unknown) => {
        entry.building = null;
        entry.progress.failed = true;
        throw err;
      });
    }
    return entry.building;
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

/** How long a caller waits for a snapshot being built before it is answered 503 with the progress. */
const BUILD_WAIT_MS = 5_000;

/**
 * Awaits `p` for at most `waitMs`, calling `between` every 200 ms meanwhile (where a caller's
 * budget check throws). Resolves with the value, or null when `p` is still pending after `waitMs`.
 */
async function waitWithin<T>(p: Promise<T>, between: (() => Promise<void>) | undefined, waitMs: number): Promise<T | null> {
  let done = false;
  const result = p.finally(() => {
    done = true;
  });
  const until = Date.now() + waitMs;
  while (!done) {
    const left = until - Date.now();
    if (left <= 0) return null;
    await Promise.race([result.catch(() => {}), new Promise((r) => setTimeout(r, Math.min(200, left)))]);
    if (!done && between) await between();
  }
  return result;
}

function statusOf(figureYear: number, e: Entry): SnapshotStatus {
  const p = e.progress;
  const state = e.snap ? 'READY' : p.failed ? 'FAILED' : 'BUILDING';
  const loaded = e.snap ? e.snap.liveCount : p.loadedRows;
  const total = e.snap ? e.snap.liveCount : Math.max(p.totalRows, p.loadedRows);
  return {
    figureYear,
    state,
    loadedRows: loaded,
    totalRows: total,
    percent: state === 'READY' ? 100 : total > 0 ? Math.min(99, Math.floor((100 * loaded) / total)) : 0,
    startedAt: new Date(p.startedAt).toISOString(),
    readyAt: p.readyAt === null ? null : new Date(p.readyAt).toISOString(),
    buildSeconds: p.readyAt === null ? null : Math.round((p.readyAt - p.startedAt) / 100) / 10,
    seq: e.snap ? e.snap.seq : null,
    source: e.snap ? p.source : null,
    savedAt: p.savedAt === null ? null : new Date(p.savedAt).toISOString(),
  };
}

const services = new WeakMap<Database, SnapshotService>();

/** A snapshot service of its own (not the process's shared one): for tests and tools that need other settings. */
export function newRegistrySnapshots(db: Database, opts: { keep?: number; dir?: string | null } = {}): RegistrySnapshotPort {
  return new SnapshotService(db, opts.keep ?? DEFAULT_KEEP, opts.dir ?? null);
}

/**
 * The registry snapshots of this process for a database (HUIQI_SNAPSHOT_YEARS figure years kept,
 * default 2; with HUIQI_SNAPSHOT_DIR each built snapshot is also written there and read back at the
 * next start instead of being rebuilt).
 */
export function registrySnapshots(db: Database): RegistrySnapshotPort {
  let s = services.get(db);
  if (!s) {
    const keep = Number(process.env.HUIQI_SNAPSHOT_YEARS);
    const dir = process.env.HUIQI_SNAPSHOT_DIR?.trim() || null;
    services.set(db, (s = new SnapshotService(db, Number.isSafeInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP, dir)));
  }
  return s;
}

/**
 * The snapshot of one figure year: read from its file under `dir` when there is one of this
 * database whose change-log position the database has not gone behind (then brought up to date
 * from the log), else built from the database and written there for the next start. Writing is
 * best effort and in the background: a full disk costs the next start a rebuild, never this one.
 */
async function buildOrRead(db: Database, figureYear: number, progress: Progress, dir: string | null): Promise<RegistrySnapshot> {
  if (!dir) {
    progress.source = 'DATABASE';
    return build(db, figureYear, progress);
  }
  const identity = await databaseIdentity(db);
  const path = snapshotFilePath(dir, identity, figureYear);
  const stored = await readSnapshotFile(path, identity);
  if (stored && stored.figureYear === figureYear && stored.seq <= (await registryChangeLogHead(db))) {
    progress.totalRows = stored.rowCount;
    progress.loadedRows = stored.rowCount;
    progress.source = 'FILE';
    await catchUp(db, stored);
    return stored;
  }
  progress.source = 'DATABASE';
  const snap = await build(db, figureYear, progress);
  // In the background: rows changed meanwhile are past the written seq and re-applied at the next start.
  void writeSnapshotFile(path, identity, snap).then(() => {
    progress.savedAt = Date.now();
  }, () => undefined);
  return snap;
}

/**
 * Builds the snapshot of one figure year from the database: the log position first (changes
 * during the build are applied after it), then the registry range by range in uscc order
 * (two index-only scans per range, rows sorted by uscc), yielding to the event loop between ranges.
 */
async function build(db: Database, figureYear: number, progress: Progress): Promise<RegistrySnapshot> {
  const head = await registryChangeLogHead(db);
  const [c] = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM enterprises');
  progress.totalRows = Number(c?.n ?? 0);
  const snap = new RegistrySnapshot(figureYear, Math.ceil(progress.totalRows * 1.02) + 1024);
  for (const range of await registryRanges(db, BUILD_RANGE)) {
    const rows = await loadRegistryRange(db, range, figureYear);
    rows.sort(byUscc);
    for (const r of rows) snap.add(r);
    progress.loadedRows = snap.rowCount;
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
