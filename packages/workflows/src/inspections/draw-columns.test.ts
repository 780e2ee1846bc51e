import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedWidthOffsets, type CandidateColumns } from './candidate-columns';
import { drawColumns } from './draw-columns';
import { referenceDraw } from './testing/reference-draw';

/** Distinct 18-character keys in one buffer (the snapshot's layout), a stratum number per row; number 4 = not a candidate. */
const snapshotLike = fc
  .uniqueArray(fc.stringMatching(/^9[12]4403[0-9A-HJ-NP-RTUWXY]{12}$/), { minLength: 0, maxLength: 3000 })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: keys.length, maxLength: keys.length })));
const STRATA = ['D', 'A', '高风险', 'C'] as const;
const ratioText = fc.oneof(fc.constantFrom('0', '1', '0.3', '0.02', '0.07'), fc.integer({ min: 0, max: 1000 }).map((k) => String(k / 1000)));

function columns(keys: readonly string[], strata: readonly number[]): CandidateColumns {
  const keyBytes = Buffer.alloc(keys.length * 18);
  keys.forEach((k, i) => keyBytes.write(k, i * 18, 18, 'latin1'));
  return { count: keys.length, keyBytes, keyOffsets: fixedWidthOffsets(keys.length, 18), stratumOf: Uint8Array.from(strata), strata: STRATA };
}

describe('drawColumns', () => {
  it('agrees with the documented algorithm on snapshot-like columns, rows outside every stratum skipped', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 70 }), snapshotLike, fc.tuple(ratioText, ratioText, ratioText, ratioText), (seed, [keys, strata], r) => {
        const ratios = { D: r[0], A: r[1], 高风险: r[2], C: r[3] };
        const drawn = drawColumns(seed, columns(keys, strata), { ratios });
        expect(drawn.ok).toBe(true);
        if (!drawn.ok) return;
        const listed = keys.flatMap((uscc, i) => (strata[i]! < STRATA.length ? [{ uscc, stratum: STRATA[strata[i]!]! }] : []));
        expect(drawn.value.selected.map((t) => t.uscc)).toEqual(referenceDraw(seed, listed, ratios));
        for (const t of drawn.value.selected) expect(keys[t.row]).toBe(t.uscc);
      }),
      { numRuns: 60 },
    );
  });

  it('counts only candidates per stratum and names a bad ratio’s stratum even when it has none', () => {
    const drawn = drawColumns('seed', columns(['914403000000000001', '914403000000000002'], [0, 4]), { ratios: { D: '1', A: '0', 高风险: '0', C: 1.5 } });
    expect(!drawn.ok && drawn.error.map((e) => [e.code, e.details.stratum])).toEqual([['RATIO_INVALID', 'C']]);
    const ok = drawColumns('seed', columns(['914403000000000001', '914403000000000002'], [0, 4]), { ratios: { D: '1', A: '0', 高风险: '0', C: '0' } });
    expect(ok.ok && ok.value.strata).toEqual([{ stratum: 'D', candidates: 1, ratio: '1', drawn: 1 }]);
  });
});
