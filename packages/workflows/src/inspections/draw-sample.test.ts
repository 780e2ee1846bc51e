import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSample, type DrawCandidate } from './draw-sample';
import { referenceDraw } from './testing/reference-draw';

/** Distinct USCC-like codes (the draw only needs distinct strings) spread over a few strata. */
const population = fc
  .uniqueArray(fc.stringMatching(/^9[12]4403[0-9A-HJ-NP-RTUWXY]{12}$/), { maxLength: 120 })
  .chain((usccs) => fc.tuple(fc.constant(usccs), fc.array(fc.constantFrom('A', 'B', 'C', 'D', '高风险'), { minLength: usccs.length, maxLength: usccs.length })))
  .map(([usccs, strata]) => usccs.map((uscc, i): DrawCandidate => ({ uscc, stratum: strata[i]! })));
const ratioText = fc.oneof(fc.constantFrom('0', '1', '0.3', '0.1', '0.02', '0.01', '0.07', '0.015'), fc.integer({ min: 0, max: 1000 }).map((k) => String(k / 1000)));

describe('drawSample', () => {
  it('agrees with the documented algorithm (reference recomputation) on generated populations and ratios', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), population, fc.record({ A: ratioText, B: ratioText, C: ratioText, D: ratioText, 高风险: ratioText }), (seed, candidates, ratios) => {
        const r = drawSample(seed, candidates, { ratios });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.selected.map((t) => t.uscc)).toEqual(referenceDraw(seed, candidates, ratios));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order in which candidates are listed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), population, fc.nat(), (seed, candidates, k) => {
        const rotated = candidates.map((_, i) => candidates[(i + k) % candidates.length]!);
        const a = drawSample(seed, candidates, { ratio: 0.3 });
        const b = drawSample(seed, rotated, { ratio: '0.3' });
        expect(a).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });

  it('takes ⌈ratio × n⌉ exactly: 0.07 of 100 is 7 (not 8 as 0.07 × 100 in floating point would give)', () => {
    const candidates = Array.from({ length: 100 }, (_, i) => ({ uscc: `U${i}`, stratum: 'A' }));
    const r = drawSample('seed', candidates, { ratio: 0.07 });
    expect(r.ok && r.value.strata).toEqual([{ stratum: 'A', candidates: 100, ratio: '0.07', drawn: 7 }]);
    const r2 = drawSample('seed', candidates.slice(0, 99), { ratio: 0.07 });
    expect(r2.ok && r2.value.strata[0]!.drawn).toBe(7); // 6.93 → 7
  });

  it('gives each target its rank and its hex digest, strata in name order', () => {
    const r = drawSample('s', [{ uscc: 'X', stratum: 'B' }, { uscc: 'Y', stratum: 'A' }], { ratio: 1 });
    expect(r.ok && r.value.selected).toEqual([
      { uscc: 'Y', stratum: 'A', rank: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { uscc: 'X', stratum: 'B', rank: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it.each([[-0.1], [1.5], [Number.NaN], ['abc'], [null], [Infinity]])('refuses the ratio %s naming the stratum', (bad) => {
    const r = drawSample('s', [{ uscc: 'X', stratum: 'B' }], { ratios: { B: bad } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]!.code).toBe('RATIO_INVALID');
    expect(r.error[0]!.details.stratum).toBe('B');
    expect(r.error[0]!.message.zh).toContain('「B」');
    expect(r.error[0]!.message.en).toContain('"B"');
  });

  it('refuses a bad ratio even for a stratum without candidates, and a stratum without a ratio', () => {
    const r = drawSample('s', [{ uscc: 'X', stratum: 'B' }], { ratios: { A: 2 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.details.stratum])).toEqual([
      ['RATIO_MISSING', 'B'],
      ['RATIO_INVALID', 'A'],
    ]);
  });

  it('refuses a USCC listed twice, naming both positions, and an empty seed', () => {
    const r = drawSample('s', [{ uscc: 'X', stratum: 'A' }, { uscc: 'Y', stratum: 'A' }, { uscc: 'X', stratum: 'B' }], { ratio: 0.5 });
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'CANDIDATE_DUPLICATE', details: { uscc: 'X', indexes: [0, 2] } });
    const s = drawSample('', [], { ratio: 0.5 });
    expect(!s.ok && s.error[0]!.code).toBe('SEED_INVALID');
  });

  it('an empty candidate list draws nothing', () => {
    expect(drawSample('s', [], { ratio: 0.5 })).toEqual({ ok: true, value: { strata: [], selected: [] } });
  });
});
