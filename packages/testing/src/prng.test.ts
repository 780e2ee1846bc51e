import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, cumulativeWeights } from './prng';
import { seededPermutation } from './seeded-permutation';

describe('Rng', () => {
  it('is deterministic per (seed, stream) and differs across both', () => {
    const seq = (seed: number, stream: number) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 8 }, () => r.nextU32());
    };
    expect(seq(1, 0)).toEqual(seq(1, 0));
    expect(seq(1, 0)).not.toEqual(seq(2, 0));
    expect(seq(1, 0)).not.toEqual(seq(1, 1));
    expect(seq(2 ** 40, 0)).not.toEqual(seq(0, 0)); // high bits of the seed matter
  });

  it('draws roughly uniform floats, unit normals and weighted indexes', () => {
    const r = new Rng(123);
    const n = 50_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    const counts = [0, 0, 0];
    const cum = cumulativeWeights([1, 2, 7]);
    for (let i = 0; i < n; i++) {
      const f = r.float();
      min = Math.min(min, f);
      max = Math.max(max, f);
      const z = r.normal();
      sum += z;
      sumSq += z * z;
      counts[r.weighted(cum)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.05);
    expect(counts.map((c) => Math.round((c / n) * 10))).toEqual([1, 2, 7]);
  });
});

describe('seededPermutation', () => {
  it('property: is a bijection on [0, size)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 5_000 }), (seed, size) => {
        const p = seededPermutation(seed, 1, size);
        const seen = new Set<number>();
        for (let i = 0; i < size; i++) {
          const v = p(i);
          if (v < 0 || v >= size || !Number.isInteger(v)) return false;
          seen.add(v);
        }
        return seen.size === size;
      }),
      { numRuns: 60 },
    );
  });

  it('stays exact for large spaces (no overflow beyond 2^53)', () => {
    const size = 31 ** 6;
    const p = seededPermutation(9, 2, size);
    const values = new Set(Array.from({ length: 10_000 }, (_, i) => p(size - 1 - i)));
    expect(values.size).toBe(10_000);
    for (const v of values) expect(v < size && v >= 0 && Number.isInteger(v)).toBe(true);
  });
});
