import { describe, expect, it } from 'vitest';
import { parseComparisonDraft } from './parse-comparison';
import { parseLegalText } from './parse-legal-text';
import { readSeed, SEED_FILES } from './test-support';

describe('parsing speed', () => {
  it('parses all five seeds in one process in well under one second (median of 5 runs)', () => {
    const texts = (Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).map((k) => [k, readSeed(k)] as const);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      for (const [k, text] of texts) {
        const r = k === 'hunanComparison' ? parseComparisonDraft(text) : parseLegalText(text);
        expect(r.ok).toBe(true);
      }
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    expect(runs[2]!).toBeLessThan(1000);
  });
});
