/**
 * Measures the synthetic population at scale: generate + write (streamed), read back, and a
 * full scan over typed columns (latest-year revenue per district for companies with R&D).
 *
 *   npx tsx bench/synth-columnar.ts [size=2600000] [seed=1]
 *
 * Writes to the OS temp folder and deletes the file afterwards. Prints one JSON line.
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLAG_INDIVIDUAL_BUSINESS, readColumnar, streamPopulation, writeColumnar } from '@huiqi/testing';

const size = Number(process.argv[2] ?? 2_600_000);
const seed = Number(process.argv[3] ?? 1);
const path = join(tmpdir(), `huiqi-synth-bench-${process.pid}.bin`);
try {
  const cpu0 = process.cpuUsage();
  const w = writeColumnar(path, streamPopulation({ seed, size, jurisdiction: 'cn-gd-sz' }));
  const cpuWrite = process.cpuUsage(cpu0);

  const t1 = performance.now();
  const pop = readColumnar(path);
  const readMs = performance.now() - t1;

  const t2 = performance.now();
  const districts = pop.meta.dictionaries.district.length;
  const revenue = new Float64Array(districts);
  const count = new Uint32Array(districts);
  const latest = pop.figures[0]!;
  for (let i = 0; i < pop.rowCount; i++) {
    if (pop.flags[i]! & FLAG_INDIVIDUAL_BUSINESS || latest.rdExpenseFen[i]! <= 0) continue;
    revenue[pop.district[i]!]! += latest.revenueFen[i]!;
    count[pop.district[i]!]!++;
  }
  const scanMs = performance.now() - t2;

  console.log(
    JSON.stringify({
      rows: w.rows,
      fileMegabytes: Math.round(statSync(path).size / 1_048_576),
      writeWallMs: Math.round(w.ms),
      writeCpuMs: Math.round((cpuWrite.user + cpuWrite.system) / 1000),
      readMs: Math.round(readMs),
      scanMs: Math.round(scanMs),
      rdCompaniesByDistrict: Object.fromEntries(pop.meta.dictionaries.district.map((d, k) => [d.slug, count[k]])),
    }),
  );
} finally {
  rmSync(path, { force: true });
}
