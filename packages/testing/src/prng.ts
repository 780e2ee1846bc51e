/**
 * Deterministic pseudo-random numbers for synthetic data (never Math.random).
 * xoshiro128** (Blackman & Vigna) for the stream, splitmix32 to expand seeds.
 * Each row gets its own generator seeded from (seed, row index), so any row — and any
 * chunk of rows — can be produced on its own and equals the one-shot result.
 */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private spare = NaN;

  /** `seed` and `stream` are any safe integers; (seed, stream) pairs give independent sequences. */
  constructor(seed: number, stream = 0) {
    this.a = this.b = this.c = this.d = 0;
    this.reseed(seed, stream);
  }

  /** Restarts this generator as `new Rng(seed, stream)` would (saves an allocation per row). */
  reseed(seed: number, stream = 0): this {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    let s = splitmix32(lo ^ splitmix32(hi ^ 0x5bd1e995));
    s = splitmix32(s ^ splitmix32((stream >>> 0) ^ 0x27d4eb2f) ^ splitmix32(Math.floor(stream / 4294967296) >>> 0));
    this.a = splitmix32(s);
    this.b = splitmix32(this.a ^ 0x68e31da4);
    this.c = splitmix32(this.b ^ 0xb5297a4d);
    this.d = splitmix32(this.c ^ 0x1b56c4e9);
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
    this.spare = NaN;
    return this;
  }

  /** Next 32-bit unsigned integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  float(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Standard normal (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = NaN;
      return z;
    }
    const u = 1 - this.float();
    const v = this.float();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Index drawn with probability proportional to `cumulative[i] - cumulative[i-1]`. */
  weighted(cumulative: Float64Array): number {
    const x = this.float() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}
