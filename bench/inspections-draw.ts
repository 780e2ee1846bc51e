/**
 * Benchmark: the verifiable 双随机 draw over a city — 2.6 million candidates in five strata
 * (issue 15 target: ≤ 2 s). Not a unit test.
 *   npx tsx bench/inspections-draw.ts [--count N] [--runs R]
 *
 * Candidates are fake USCCs (packages/testing `fakeUsccFactory`) spread over the risk grades A–D
 * plus an "all-zero annual report" stratum; ratios are the Henan 2021 example (30/10/2/1 %, 100 %
 * for the zero-report stratum; facts §6.1). They are held as the registry snapshot holds them —
 * one buffer of 18-byte keys in USCC order and a stratum number per row (`CandidateColumns`), not
 * one object per enterprise — and built before timing; each run times `drawColumns` alone (hashing,
 * selection, ranking) and the median is printed with the load average and the process's CPU time,
 * since the machine is shared. Exit 1 when the median exceeds 2 s.
 */
import { loadavg } from 'node:os';
import { fakeUsccFactory } from '@huiqi/testing';
import { drawColumns, fixedWidthOffsets, type CandidateColumns } from '@huiqi/workflows';

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
// Keys in USCC order (as the snapshot lays them out), strata spread over the rows.
const keys = Array.from({ length: count }, (_, i) => uscc(i, i % 7 === 0)).sort();
const keyBytes = Buffer.alloc(count * 18);
keys.forEach((k, i) => keyBytes.write(k, i * 18, 18, 'latin1'));
const stratumOf = new Uint8Array(count);
for (let i = 0; i < count; i++) {
  const x = ((i * 2654435761) >>> 0) / 2 ** 32;
  let s = 0;
  for (let acc = strata[0]![1]; x >= acc && s < strata.length - 1; acc += strata[++s]![1]);
  stratumOf[i] = s;
}
const candidates: CandidateColumns = { count, keyBytes, keyOffsets: fixedWidthOffsets(count, 18), stratumOf, strata: strata.map(([name]) => name) };
const ratios = { A: '0.3', B: '0.1', C: '0.02', D: '0.01', ZERO_REPORT: '1' };

const times: number[] = [];
const cpuTimes: number[] = [];
let drawn = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = drawColumns(`bench-seed-${r}`, candidates, { ratios });
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
