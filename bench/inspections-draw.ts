/**
 * Benchmark: the verifiable 双随机 draw over a city — 2.6 million candidates in five strata
 * (issue 15 target: ≤ 2 s). Not a unit test.
 *   npx tsx bench/inspections-draw.ts [--count N] [--runs R]
 *
 * Candidates are fake USCCs (packages/testing `fakeUsccFactory`) spread over the risk grades A–D
 * plus an "all-zero annual report" stratum; ratios are the Henan 2021 example (30/10/2/1 %, 100 %
 * for the zero-report stratum; facts §6.1). The candidate list is built before timing; each run
 * times `drawSample` alone (hashing, ranking, selection) and the median is printed with the load
 * average and the process's CPU time, since the machine is shared. Exit 1 when the median exceeds 2 s.
 */
import { loadavg } from 'node:os';
import { fakeUsccFactory } from '@huiqi/testing';
import { drawSample, type DrawCandidate } from '@huiqi/workflows';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive integer`);
  return v;
}

const count = option('count', 2_600_000);
const runs = option('runs', 5);
const uscc = fakeUsccFactory(2026);
// Shares of the strata: most enterprises low risk, a few high.
const strata: [string, number][] = [['A', 0.02], ['B', 0.08], ['C', 0.3], ['D', 0.59], ['ZERO_REPORT', 0.01]];
const candidates: DrawCandidate[] = new Array(count);
for (let i = 0, s = 0, bound = strata[0]![1] * count; i < count; i++) {
  while (i >= bound && s < strata.length - 1) bound += strata[++s]![1] * count;
  candidates[i] = { uscc: uscc(i, i % 7 === 0), stratum: strata[s]![0] };
}
const ratios = { A: '0.3', B: '0.1', C: '0.02', D: '0.01', ZERO_REPORT: '1' };

const times: number[] = [];
const cpuTimes: number[] = [];
let drawn = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = drawSample(`bench-seed-${r}`, candidates, { ratios });
  const c1 = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((c1.user + c1.system) / 1000);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  drawn = result.value.selected.length;
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const median = medianOf(times);
console.log(
  `inspections draw: ${count} candidates, 5 strata, ${drawn} drawn; wall ${times.map((t) => t.toFixed(0)).join(', ')} ms, median ${median.toFixed(0)} ms; ` +
    `CPU (this process, shows the cost on a busy machine) median ${medianOf(cpuTimes).toFixed(0)} ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
process.exitCode = median <= 2000 ? 0 : 1;
