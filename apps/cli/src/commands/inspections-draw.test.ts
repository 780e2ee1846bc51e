import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeUsccFactory } from '@huiqi/testing';
import { referenceDraw } from '../../../../packages/workflows/src/inspections/testing/reference-draw';
import { runCommand } from '../testing/run-command';
import draw from './inspections-draw';

const uscc = fakeUsccFactory(15);
const jsonl = (rows: { uscc: string; stratum: string }[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('huiqi inspections draw', () => {
  it('prints what the documented algorithm selects, for generated populations, seeds and ratios per stratum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.startsWith('--')),
        fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 60 }),
        fc.record({ A: fc.constantFrom('0.3', '0.1', '1', '0'), B: fc.constantFrom('0.1', '0.5'), C: fc.constantFrom('0.02', '0.25'), D: fc.constantFrom('0.01', '0.75') }),
        async (seed, strata, ratios) => {
          const rows = strata.map((stratum, i) => ({ uscc: uscc(i, false), stratum }));
          const r = await runCommand(draw, ['--seed', seed, '--ratios', JSON.stringify(ratios)], jsonl(rows));
          expect(r.err).toBe('');
          expect(r.code).toBe(0);
          expect(r.out.split('\n').filter(Boolean)).toEqual(referenceDraw(seed, rows, ratios));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('applies one --ratio to lines without a stratum, and is reproducible from the seed', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ uscc: uscc(i, false) }));
    const text = rows.map((r) => JSON.stringify(r)).join('\n');
    const a = await runCommand(draw, ['--seed', 'published-seed', '--ratio', '0.1'], text);
    const b = await runCommand(draw, ['--seed', 'published-seed', '--ratio', '0.1'], text);
    expect(a.code).toBe(0);
    expect(a.out.split('\n').filter(Boolean)).toHaveLength(4);
    expect(a.out).toBe(b.out);
    expect(a.out.split('\n').filter(Boolean)).toEqual(referenceDraw('published-seed', rows.map((r) => ({ ...r, stratum: '全部' })), { 全部: '0.1' }));
  });

  it('refuses a bad line naming its line number (exit 1, nothing printed)', async () => {
    const text = `${JSON.stringify({ uscc: uscc(1, false), stratum: 'A' })}\n\nnot json\n${JSON.stringify({ uscc: '91440300XXXXXXXXX1', stratum: 'A' })}\n${JSON.stringify({ uscc: uscc(2, false) })}\n`;
    const r = await runCommand(draw, ['--seed', 's', '--ratios', '{"A":0.5}'], text);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('第 3 行');
    expect(r.err).toContain('line 3: not valid JSON');
    expect(r.err).toContain('line 4: invalid unified social credit code');
    expect(r.err).toContain('line 5: the stratum is missing');
  });

  it.each([['-0.1'], ['1.5'], ['NaN'], ['abc']])('refuses --ratios with %s naming the stratum', async (bad) => {
    const r = await runCommand(draw, ['--seed', 's', '--ratios', `{"A":0.1,"B":"${bad}"}`], jsonl([{ uscc: uscc(1, false), stratum: 'B' }]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('层级「B」');
    expect(r.err).toContain('stratum "B"');
  });

  it('refuses --ratio -0.5 even with no candidates, and a duplicated USCC', async () => {
    expect((await runCommand(draw, ['--seed', 's', '--ratio', '-0.5'], '')).code).toBe(1);
    const dup = await runCommand(draw, ['--seed', 's', '--ratio', '0.5'], jsonl([{ uscc: uscc(1, false), stratum: 'A' }, { uscc: uscc(1, false), stratum: 'B' }]));
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('CANDIDATE_DUPLICATE');
  });

  it('exits 2 with usage for missing or conflicting arguments', async () => {
    for (const args of [[], ['--seed', 's'], ['--ratio', '0.1'], ['--seed', 's', '--ratio', '0.1', '--ratios', '{}'], ['--seed', 's', '--ratios', '[1]'], ['--seed', 's', '--ratio', '0.1', '--bogus']]) {
      const r = await runCommand(draw, args, '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('usage');
    }
  });

  it('--json prints strata with counts and each target with rank and digest', async () => {
    const r = await runCommand(draw, ['--seed', 's', '--ratio', '1', '--json'], jsonl([{ uscc: uscc(1, false), stratum: 'A' }]));
    const o = JSON.parse(r.out) as { strata: unknown[]; selected: { rank: number; digest: string }[] };
    expect(o.strata).toEqual([{ stratum: 'A', candidates: 1, ratio: '1', drawn: 1 }]);
    expect(o.selected[0]).toMatchObject({ uscc: uscc(1, false), rank: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
