import { bi } from '@huiqi/kernel';
import type { RowError } from './row-error';

const SLOTS = 3; // years held inline per enterprise; more spill into a map
const NO_YEAR = 1; // a registry-only row (no figures) counts as "year 1"

/**
 * Remembers every enterprise of a file, in memory proportional to the number of enterprises
 * (about 100 bytes each: 2.6 million enterprises ≈ 260 MB), not to the file's size:
 * - the same uscc with the same year twice (or twice without figures) is refused on the later line;
 * - rows of one enterprise must agree on its registry data (compared by a 64-bit fingerprint).
 * `first` tells the caller the row is the enterprise's first valid row (its registry entry).
 */
export class DuplicateTracker {
  private readonly index = new Map<string, number>();
  private fpA = new Int32Array(1024);
  private fpB = new Int32Array(1024);
  private lineOf = new Int32Array(1024);
  private years = new Uint16Array(1024 * SLOTS);
  private yearLines = new Int32Array(1024 * SLOTS);
  private readonly spill = new Map<number, Map<number, number>>();
  /** The fingerprint of the last key (the rows of one enterprise usually follow each other). */
  private lastKey: string | null = null;
  private lastA = 0;
  private lastB = 0;

  get size(): number {
    return this.index.size;
  }

  /**
   * `year` null: a row without figures. `registryKey`: the row's registry data as one text
   * (empty when the kind carries none). `column`: the file's names of the uscc and name columns.
   */
  check(row: { line: number; uscc: string; year: number | null; registryKey: string }, column: { uscc: string; name: string }): { ok: true; first: boolean } | { ok: false; error: RowError } {
    const year = row.year ?? NO_YEAR;
    const key = row.registryKey;
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastA = fnv1a(key, 0x811c9dc5);
      this.lastB = fnv1a(key, 0x01000193 ^ 0x5bd1e995);
    }
    const a = this.lastA;
    const b = this.lastB;
    const known = this.index.get(row.uscc);
    if (known === undefined) {
      const i = this.index.size;
      this.grow(i + 1);
      this.index.set(row.uscc, i);
      this.fpA[i] = a;
      this.fpB[i] = b;
      this.lineOf[i] = row.line;
      this.years[i * SLOTS] = year;
      this.yearLines[i * SLOTS] = row.line;
      return { ok: true, first: true };
    }
    const earlier = this.yearLine(known, year);
    if (earlier !== null) {
      const message = year === NO_YEAR
        ? bi(`统一社会信用代码 ${row.uscc} 在第 ${earlier} 行已出现`, `uscc ${row.uscc} already appears on line ${earlier}`)
        : bi(`统一社会信用代码 ${row.uscc} 的 ${year} 年度数据在第 ${earlier} 行已出现`, `uscc ${row.uscc} already has figures for ${year} on line ${earlier}`);
      return { ok: false, error: { line: row.line, column: column.uscc, message } };
    }
    if (this.fpA[known] !== a || this.fpB[known] !== b) {
      return {
        ok: false,
        error: {
          line: row.line,
          column: column.name,
          message: bi(`同一企业（${row.uscc}）的登记信息与第 ${this.lineOf[known]} 行不一致`, `the registry data of ${row.uscc} differs from line ${this.lineOf[known]}`),
        },
      };
    }
    this.addYear(known, year, row.line);
    return { ok: true, first: false };
  }

  private yearLine(i: number, year: number): number | null {
    for (let s = 0; s < SLOTS; s++) {
      const y = this.years[i * SLOTS + s];
      if (y === 0) return null;
      if (y === year) return this.yearLines[i * SLOTS + s]!;
    }
    return this.spill.get(i)?.get(year) ?? null;
  }

  private addYear(i: number, year: number, line: number): void {
    for (let s = 0; s < SLOTS; s++) {
      if (this.years[i * SLOTS + s] === 0) {
        this.years[i * SLOTS + s] = year;
        this.yearLines[i * SLOTS + s] = line;
        return;
      }
    }
    let m = this.spill.get(i);
    if (!m) this.spill.set(i, (m = new Map()));
    m.set(year, line);
  }

  private grow(n: number): void {
    if (n <= this.fpA.length) return;
    const size = this.fpA.length * 2;
    const more = <T extends Int32Array | Uint16Array>(old: T, len: number): T => {
      const next = new (old.constructor as new (n: number) => T)(len);
      next.set(old);
      return next;
    };
    this.fpA = more(this.fpA, size);
    this.fpB = more(this.fpB, size);
    this.lineOf = more(this.lineOf, size);
    this.years = more(this.years, size * SLOTS);
    this.yearLines = more(this.yearLines, size * SLOTS);
  }
}

function fnv1a(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
