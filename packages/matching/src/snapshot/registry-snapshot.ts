import { QUALIFICATION_TAGS } from '@huiqi/rules-engine';
import { epochDayOfText, FIGURE_SLOTS, FLAG_GENERAL_TAXPAYER, FLAG_INDIVIDUAL_BUSINESS, FORMAT_VERSION, type ColumnarMeta, type FigureColumns } from '@huiqi/testing';
import type { RegistryColumns, RegistryFigureInput, RegistryRowInput } from '../db-columns';
import type { PopulationColumns } from '../population-columns';

/** One enterprise of the registry as the snapshot holds it: its key and what matching reads. */
export interface SnapshotRowInput extends RegistryRowInput {
  uscc: string;
}

const KEY_BYTES = 18;
/** Version of the file layout of `toParts` (bump when columns change). */
const SNAPSHOT_FORMAT = 'huiqi-registry-snapshot-1';

/** The head of a snapshot written by `toParts`. */
export interface SnapshotHead {
  format: string;
  figureYear: number;
  rows: number;
  sorted: number;
  seq: number;
  removedCount: number;
  extra: [string, number][];
  districts: { slug: string; name: string }[];
  industries: string[];
}
const KEY_PATTERN = /^[\x21-\x7e]{18}$/;
const F64_KEYS = ['revenueFen', 'totalAssetsFen', 'rdExpenseFen', 'mainBusinessRevenueFen'] as const;

/**
 * A columnar snapshot of the whole registry for one figure year (the year before the matching
 * dates it serves), in the layout of the batch engine (`PopulationColumns`, the layout
 * `RegistryColumnsBuilder` builds), kept in memory and updated row by row in place:
 * about 130 bytes a row for the columns plus 18 for the key (≈ 390 MB for 2.6 million).
 *
 * Keys: rows added in ascending uscc order (the build, range by range) are found by binary search
 * in one buffer of 18-byte keys; rows added later (new registrations) or with a key that is not
 * 18 printable ASCII characters in a small map. A row is never moved: an update rewrites it,
 * a removal marks it (`isRemoved`), so row numbers stay valid for the snapshot's lifetime.
 * `version` moves with every change: caches derived from the rows (size classes) key on it.
 */
export class RegistrySnapshot {
  private cap: number;
  private n = 0;
  private sorted = 0;
  private keys: Buffer;
  private readonly extra = new Map<string, number>();
  private registrationDay: Int32Array;
  private district: Uint8Array;
  private industry: Uint16Array;
  private flags: Uint8Array;
  private tags: Uint32Array;
  private figureCount: Uint8Array;
  private figures: FigureColumns[];
  private removed: Uint8Array;
  private removedCount = 0;
  private readonly districts = new Map<string, number>();
  private readonly districtDict: { slug: string; name: string }[] = [];
  private readonly industries = new Map<string, number>();
  private readonly industryDict: string[] = [];
  private readonly tagBit = new Map<string, number>(QUALIFICATION_TAGS.map((t, k) => [t, 1 << k]));
  private changes = 0;
  /** The registry change log position the snapshot reflects (set by whoever feeds it). */
  seq = 0;

  constructor(readonly figureYear: number, capacity = 1024) {
    if (!Number.isInteger(figureYear)) throw new RangeError(`bad figure year ${figureYear}`);
    this.cap = Math.max(16, capacity);
    this.keys = Buffer.alloc(this.cap * KEY_BYTES);
    this.registrationDay = new Int32Array(this.cap);
    this.district = new Uint8Array(this.cap);
    this.industry = new Uint16Array(this.cap);
    this.flags = new Uint8Array(this.cap);
    this.tags = new Uint32Array(this.cap);
    this.figureCount = new Uint8Array(this.cap);
    this.removed = new Uint8Array(this.cap);
    this.figures = Array.from({ length: FIGURE_SLOTS }, () => ({
      year: new Int16Array(this.cap),
      employees: new Int32Array(this.cap),
      revenueFen: new Float64Array(this.cap),
      totalAssetsFen: new Float64Array(this.cap),
      rdExpenseFen: new Float64Array(this.cap),
      mainBusinessRevenueFen: new Float64Array(this.cap),
    }));
  }

  /** Rows held, removed ones included (row numbers run 0 … rowCount − 1). */
  get rowCount(): number {
    return this.n;
  }

  /** Enterprises currently in the registry. */
  get liveCount(): number {
    return this.n - this.removedCount;
  }

  /** Moves with every change of a row. */
  get version(): number {
    return this.changes;
  }

  /** Bytes held by the columns and keys (what the snapshot costs in memory). */
  get bytes(): number {
    const perRow = 4 + 1 + 2 + 1 + 4 + 1 + 1 + KEY_BYTES + FIGURE_SLOTS * (2 + 4 + 8 * 4);
    return this.cap * perRow;
  }

  isRemoved(i: number): boolean {
    return this.removed[i] === 1;
  }

  /** Row number of an enterprise, or −1. */
  indexOf(uscc: string): number {
    const e = this.extra.get(uscc);
    if (e !== undefined) return e;
    if (!KEY_PATTERN.test(uscc) || this.sorted === 0) return -1;
    const key = Buffer.from(uscc, 'latin1');
    let lo = 0;
    let hi = this.sorted - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.keys.compare(key, 0, KEY_BYTES, mid * KEY_BYTES, (mid + 1) * KEY_BYTES);
      if (c === 0) return mid;
      if (c > 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  usccAt(i: number): string {
    for (const [k, v] of this.extra) if (v === i) return k;
    return this.keys.toString('latin1', i * KEY_BYTES, (i + 1) * KEY_BYTES);
  }

  /** Registry district (id and Chinese name) of each district code. */
  get districtDictionary(): readonly { slug: string; name: string }[] {
    return this.districtDict;
  }

  get industryDictionary(): readonly string[] {
    return this.industryDict;
  }

  /**
   * The snapshot as plain parts (a JSON-able head and the columns' bytes, rows 0 … rowCount − 1), to
   * be written to a file and read back with `fromParts`: restarting from it costs a file read, not
   * a rebuild from the database.
   */
  toParts(): { head: SnapshotHead; columns: Uint8Array[] } {
    const n = this.n;
    const bytes = (a: ArrayBufferView & { BYTES_PER_ELEMENT: number }) => new Uint8Array(a.buffer, a.byteOffset, n * a.BYTES_PER_ELEMENT);
    return {
      head: {
        format: SNAPSHOT_FORMAT, figureYear: this.figureYear, rows: n, sorted: this.sorted, seq: this.seq, removedCount: this.removedCount,
        extra: [...this.extra.entries()], districts: this.districtDict.map((d) => ({ ...d })), industries: this.industryDict.slice(),
      },
      columns: [
        new Uint8Array(this.keys.buffer, this.keys.byteOffset, n * KEY_BYTES),
        ...this.plainColumns().map(bytes),
        ...this.figures.flatMap((f) => [f.year, f.employees, ...F64_KEYS.map((k) => f[k])].map(bytes)),
      ],
    };
  }

  /** The snapshot written by `toParts` (the columns in the same order, each exactly its rows' bytes). */
  static fromParts(head: SnapshotHead, columns: readonly Uint8Array[]): RegistrySnapshot {
    if (head.format !== SNAPSHOT_FORMAT) throw new RangeError(`not a registry snapshot of format ${SNAPSHOT_FORMAT}`);
    const n = head.rows;
    const snap = new RegistrySnapshot(head.figureYear, Math.ceil(n * 1.02) + 1024);
    const fill = (a: ArrayBufferView & { BYTES_PER_ELEMENT: number }, src: Uint8Array | undefined) => {
      if (!src || src.byteLength !== n * a.BYTES_PER_ELEMENT) throw new RangeError('registry snapshot file: a column has the wrong length');
      new Uint8Array(a.buffer, a.byteOffset, src.byteLength).set(src);
    };
    let k = 0;
    const keys = columns[k++];
    if (!keys || keys.byteLength !== n * KEY_BYTES) throw new RangeError('registry snapshot file: the keys have the wrong length');
    snap.keys.set(keys);
    for (const a of snap.plainColumns()) fill(a, columns[k++]);
    for (const f of snap.figures) for (const a of [f.year, f.employees, ...F64_KEYS.map((key) => f[key])]) fill(a, columns[k++]);
    if (k !== columns.length) throw new RangeError('registry snapshot file: unexpected columns');
    snap.n = n;
    snap.sorted = head.sorted;
    snap.seq = head.seq;
    snap.removedCount = head.removedCount;
    for (const [u, i] of head.extra) snap.extra.set(u, i);
    for (const d of head.districts) snap.districtIndex(d.slug, d.name);
    for (const c of head.industries) snap.industryIndex(c);
    snap.changes = 1;
    return snap;
  }

  private plainColumns(): (Int32Array | Uint8Array | Uint16Array | Uint32Array)[] {
    return [this.registrationDay, this.district, this.industry, this.flags, this.tags, this.figureCount, this.removed];
  }

  /** Adds an enterprise not held yet, or rewrites the row of one that is. Returns its row. */
  upsert(row: SnapshotRowInput): number {
    const at = this.indexOf(row.uscc);
    if (at >= 0) {
      this.write(at, row);
      if (this.removed[at]) {
        this.removed[at] = 0;
        this.removedCount--;
      }
      this.changes++;
      return at;
    }
    return this.append(row);
  }

  /** Appends an enterprise known not to be held yet (the build: no look-up). Returns its row. */
  add(row: SnapshotRowInput): number {
    return this.append(row);
  }

  /** Marks an enterprise that left the registry (its row stays, counted nowhere). */
  remove(uscc: string): boolean {
    const at = this.indexOf(uscc);
    if (at < 0 || this.removed[at]) return false;
    this.removed[at] = 1;
    this.removedCount++;
    this.changes++;
    return true;
  }

  /** Rows [from, to) as the batch engine's columns: views, no copy (valid until the next append grows the arrays). */
  columns(from = 0, to = this.n): PopulationColumns {
    if (from < 0 || to > this.n || from > to) throw new RangeError(`bad row range ${from}–${to} of ${this.n}`);
    const meta: ColumnarMeta = {
      format: 'huiqi-synthetic-columnar',
      version: FORMAT_VERSION,
      rowCount: to - from,
      source: null,
      dictionaries: { district: this.districtDict.slice(), industryCode: this.industryDict.slice(), tags: [...QUALIFICATION_TAGS] },
    };
    return {
      from: 0,
      rowCount: to - from,
      meta,
      registrationDay: this.registrationDay.subarray(from, to),
      district: this.district.subarray(from, to),
      industry: this.industry.subarray(from, to),
      flags: this.flags.subarray(from, to),
      tags: this.tags.subarray(from, to),
      figureCount: this.figureCount.subarray(from, to),
      figures: this.figures.map((f) => ({
        year: f.year.subarray(from, to),
        employees: f.employees.subarray(from, to),
        revenueFen: f.revenueFen.subarray(from, to),
        totalAssetsFen: f.totalAssetsFen.subarray(from, to),
        rdExpenseFen: f.rdExpenseFen.subarray(from, to),
        mainBusinessRevenueFen: f.mainBusinessRevenueFen.subarray(from, to),
      })),
    };
  }

  /** Rows [from, to) with the figure year, as `registryFactsAt` and the notice path read them. */
  registryColumns(from = 0, to = this.n): RegistryColumns {
    return { columns: this.columns(from, to), figureYear: this.figureYear };
  }

  private append(row: SnapshotRowInput): number {
    if (this.n === this.cap) this.grow(Math.ceil(this.cap * 1.25) + 16);
    const i = this.n++;
    const inOrder = KEY_PATTERN.test(row.uscc) && this.extra.size === 0 && this.sorted === i &&
      (i === 0 || this.keys.compare(Buffer.from(row.uscc, 'latin1'), 0, KEY_BYTES, (i - 1) * KEY_BYTES, i * KEY_BYTES) < 0); // the previous key sorts first
    if (inOrder) {
      this.keys.write(row.uscc, i * KEY_BYTES, KEY_BYTES, 'latin1');
      this.sorted++;
    } else this.extra.set(row.uscc, i);
    this.write(i, row);
    this.changes++;
    return i;
  }

  private write(i: number, row: RegistryRowInput): void {
    this.registrationDay[i] = epochDayOfText(row.registrationDate);
    this.district[i] = this.districtIndex(row.district, row.districtNameZh);
    this.industry[i] = this.industryIndex(row.industryCode);
    this.flags[i] = (row.isIndividualBusiness ? FLAG_INDIVIDUAL_BUSINESS : 0) | (row.taxpayerType === 'GENERAL' ? FLAG_GENERAL_TAXPAYER : 0);
    let mask = 0;
    for (const t of row.tags) mask |= this.tagBit.get(t) ?? 0;
    this.tags[i] = mask;
    this.layFigures(i, row.figures);
  }

  /**
   * The layout of `RegistryColumnsBuilder`: slot s holds fiscal year (latest reported − s); a year
   * missing between two reported ones has NaN money and employees 0; slots past the count are
   * cleared (as a fresh row's are).
   */
  private layFigures(i: number, years: readonly (RegistryFigureInput | null)[]): void {
    for (const slot of this.figures) {
      slot.year[i] = 0;
      slot.employees[i] = 0;
      for (const key of F64_KEYS) slot[key][i] = 0;
    }
    let latest = -1;
    let oldest = -1;
    for (let k = 0; k < FIGURE_SLOTS; k++) {
      if (!years[k]) continue;
      if (latest < 0) latest = k;
      oldest = k;
    }
    if (latest < 0) {
      this.figureCount[i] = 0;
      return;
    }
    const count = oldest - latest + 1;
    this.figureCount[i] = count;
    for (let s = 0; s < count; s++) {
      const f = years[latest + s];
      const slot = this.figures[s]!;
      slot.year[i] = this.figureYear - latest - s;
      if (!f) {
        for (const key of F64_KEYS) slot[key][i] = NaN;
        continue;
      }
      slot.employees[i] = f.employees;
      slot.revenueFen[i] = f.revenueFen;
      slot.totalAssetsFen[i] = f.totalAssetsFen;
      slot.rdExpenseFen[i] = f.rdExpenseFen ?? NaN;
      slot.mainBusinessRevenueFen[i] = f.mainBusinessRevenueFen ?? NaN;
    }
  }

  private grow(cap: number): void {
    const keys = Buffer.alloc(cap * KEY_BYTES);
    this.keys.copy(keys, 0, 0, this.n * KEY_BYTES);
    this.keys = keys;
    const more = <A extends Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(cap);
      b.set(a);
      return b;
    };
    this.registrationDay = more(this.registrationDay);
    this.district = more(this.district);
    this.industry = more(this.industry);
    this.flags = more(this.flags);
    this.tags = more(this.tags);
    this.figureCount = more(this.figureCount);
    this.removed = more(this.removed);
    this.figures = this.figures.map((f) => ({
      year: more(f.year),
      employees: more(f.employees),
      revenueFen: more(f.revenueFen),
      totalAssetsFen: more(f.totalAssetsFen),
      rdExpenseFen: more(f.rdExpenseFen),
      mainBusinessRevenueFen: more(f.mainBusinessRevenueFen),
    }));
    this.cap = cap;
  }

  private districtIndex(id: string, nameZh: string): number {
    let k = this.districts.get(id);
    if (k === undefined) {
      k = this.districtDict.length;
      if (k > 255) throw new RangeError('快照最多 256 个辖区 / at most 256 districts in a snapshot');
      this.districts.set(id, k);
      this.districtDict.push({ slug: id, name: nameZh });
    }
    return k;
  }

  private industryIndex(code: string): number {
    let k = this.industries.get(code);
    if (k === undefined) {
      k = this.industryDict.length;
      if (k > 65_535) throw new RangeError('快照最多 65536 个行业代码 / at most 65536 industry codes in a snapshot');
      this.industries.set(code, k);
      this.industryDict.push(code);
    }
    return k;
  }
}
