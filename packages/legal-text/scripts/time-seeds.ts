/**
 * Times parsing of the five seed texts in one process: `npx tsx packages/legal-text/scripts/time-seeds.ts [runs]`.
 * Prints every run, the median, and the first (cold) run separately.
 */
import { parseComparisonDraft } from '../src/parse-comparison';
import { parseLegalText } from '../src/parse-legal-text';
import { readSeed, SEED_FILES } from '../src/test-support';

const runs = Number(process.argv[2] ?? 9);
const texts = (Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).map((k) => [k, readSeed(k)] as const);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  for (const [k, text] of texts) {
    const r = k === 'hunanComparison' ? parseComparisonDraft(text) : parseLegalText(text);
    if (!r.ok) throw new Error(`${k} does not parse`);
  }
  times.push(performance.now() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`runs (ms): ${times.map((t) => t.toFixed(1)).join(' ')}`);
console.log(`first (cold) run: ${times[0]!.toFixed(1)} ms; median of ${runs}: ${sorted[Math.floor(runs / 2)]!.toFixed(1)} ms`);
