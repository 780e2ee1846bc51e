/**
 * Benchmark of issue 5: batch matching of a synthetic population against P policies.
 *   npx huiqi bench match --enterprises N --policies P --seed S [--json] [--workers W] [--partition ROWS]
 * Generates (or reuses, cached by N and seed under bench/out/) the columnar population, then:
 *  1. P policies (the encoded ones plus generated variations of their condition shapes) on worker
 *     threads, one per core: compile, load and evaluation timed separately, peak RSS per thread;
 *  2. the 20 reference rules, engine versus a hand-written typed-array loop on the same rows,
 *     in one thread, with the ratio and a check that both give the same outcome codes;
 *  3. one enterprise's change re-matched against the P policies (median of many), with the diff.
 * Not a unit test: the 2.6-million-row runs take minutes on a shared machine.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { loadavg, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlainDate } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import { streamPopulation, writeColumnar } from '@huiqi/testing';
import {
  compileMatchPlan, diffOutcomes, evaluateRange, factsAt, figureYearOn, matchEnterprise, MemorySink, partitionRange, policiesOf,
  readColumnarHeader, readColumnarRange, runMatch, versionOn, districtJurisdictions, type MatchJob, type PartitionOutcome, type PolicySource,
} from '@huiqi/matching';
import { handWrittenReference, referencePolicies } from './match-reference';

export interface MatchBenchOptions {
  enterprises: number;
  policies: number;
  seed: number;
  date?: PlainDate;
  workers?: number;
  partitionRows?: number;
  /** Where populations are cached (default bench/out/). */
  cacheDir?: string;
  incrementalIterations?: number;
  log?: (s: string) => void;
}

const MB = 1024 * 1024;
/** CPU time of the whole process (all threads), in ms: unlike wall time, not inflated by other users of a shared machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

export async function runMatchBench(o: MatchBenchOptions) {
  const log = o.log ?? (() => {});
  const date = o.date ?? ('2026-03-01' as PlainDate);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const cacheDir = o.cacheDir ?? join(repo, 'bench', 'out');
  mkdirSync(cacheDir, { recursive: true });
  const load0 = loadavg();

  // ── population (cached by N and seed) ──
  const file = join(cacheDir, `population-n${o.enterprises}-s${o.seed}.huiqi-col`);
  let generatedMs: number | null = null;
  if (!existsSync(file)) {
    log(`生成人口 generating ${o.enterprises} enterprises (seed ${o.seed}) → ${file}`);
    const g0 = performance.now();
    const tmp = `${file}.partial`;
    writeColumnar(tmp, streamPopulation({ seed: o.seed, size: o.enterprises, jurisdiction: 'cn-gd-sz' }));
    renameSync(tmp, file);
    generatedMs = performance.now() - g0;
  }
  const { meta } = readColumnarHeader(file);
  if (meta.rowCount !== o.enterprises) throw new Error(`cached file ${file} has ${meta.rowCount} rows, expected ${o.enterprises}`);

  const loaded = loadRuleBase();
  if (!loaded.ok) throw new Error(`rule base does not load (${loaded.error.length} errors)`);
  const rb = loaded.value;
  const encoded = rb.policies.size;
  const source: PolicySource = { kind: 'SYNTHETIC', count: Math.max(0, o.policies - encoded), seed: o.seed, withRules: true };
  const policies = policiesOf(rb, source).slice(0, o.policies);
  const policyVersions = policies.map((p) => ({ id: p.id, from: versionOn(p, date)?.from ?? null }));

  // ── 1. P policies on worker threads ──
  const workers = o.workers ?? availableParallelism();
  const partitionRows = o.partitionRows ?? Math.max(1024, Math.min(131_072, Math.ceil(o.enterprises / (workers * 4))));
  const runId = `bench-${o.enterprises}-${o.policies}-${o.seed}-${Date.now()}`;
  const jobs: MatchJob[] = partitionRange(o.enterprises, partitionRows).map((r) => ({ runId, file, ...r, policyVersions, date, policySource: source }));
  const sink = new MemorySink({ keepCodes: false });
  const parts: PartitionOutcome[] = [];
  log(`运行 run: ${policies.length} policies × ${o.enterprises} enterprises, ${jobs.length} partitions of ≤ ${partitionRows} rows, ${workers} worker thread(s)`);
  const compileMain0 = performance.now();
  const planMain = compileMatchPlan(rb, policies, meta, { date });
  const compileMainMs = performance.now() - compileMain0;
  const cpu0 = cpuMs();
  const run = await runMatch(jobs, { sink, workers, onPartition: (p) => parts.push(p) });
  const runCpuMs = cpuMs() - cpu0;
  const sum = (f: (p: PartitionOutcome) => number) => parts.reduce((a, p) => a + f(p), 0);
  const totals = sink.totals(runId);
  const statusTotals = { NOT_IN_FORCE: 0, ELIGIBLE: 0, UNKNOWN: 0, INELIGIBLE: 0 };
  for (const t of totals.values()) for (const k of Object.keys(statusTotals) as (keyof typeof statusTotals)[]) statusTotals[k] += t[k];
  const runRss = process.resourceUsage().maxRSS * 1024;
  const batch = {
    policies: policies.length,
    encodedPolicies: encoded,
    fallbackPolicies: planMain.fallbackCount,
    fallbackEncoded: planMain.policies.slice(0, encoded).filter((k) => k.clauses === null).length,
    kernelNodes: planMain.env.cache.size,
    compileMs: compileMainMs,
    workers: run.workers,
    partitions: run.partitions,
    wallMs: run.wallMs,
    /** CPU time of all threads during the run (load, compile, evaluation, messaging). */
    cpuMs: runCpuMs,
    /** Sum over partitions of each worker's read time, and the same divided by the worker count. */
    loadMsTotal: sum((p) => p.timings.loadMs),
    evalMsTotal: sum((p) => p.timings.evalMs),
    evalMsPerWorker: sum((p) => p.timings.evalMs) / run.workers,
    loadMsPerWorker: sum((p) => p.timings.loadMs) / run.workers,
    exactRechecks: sum((p) => p.exactRechecks),
    peakRssBytes: runRss,
    outcomes: statusTotals,
    unmappedDistricts: planMain.unmappedDistricts,
  };
  log(`  compile ${batch.compileMs.toFixed(0)} ms (${batch.kernelNodes} kernel nodes after sharing; fallback policies ${batch.fallbackPolicies}, of the ${encoded} encoded ${batch.fallbackEncoded})`);
  log(`  load    ${batch.loadMsPerWorker.toFixed(0)} ms per worker (${batch.loadMsTotal.toFixed(0)} ms summed)`);
  log(`  eval    ${batch.evalMsPerWorker.toFixed(0)} ms per worker (${batch.evalMsTotal.toFixed(0)} ms summed); wall ${batch.wallMs.toFixed(0)} ms for the whole run`);
  log(`  cpu     ${runCpuMs.toFixed(0)} ms of CPU over all threads during the run (${(runCpuMs / run.workers).toFixed(0)} ms per worker)`);
  log(`  exact rechecks ${batch.exactRechecks}; peak RSS ${(runRss / MB).toFixed(0)} MB (process, all threads)`);
  log(`  outcomes ${JSON.stringify(statusTotals)}`);

  // ── 2. 20 reference rules: engine vs hand-written loop, one thread, same rows in memory ──
  const l0 = performance.now();
  const cols = readColumnarRange(file, 0, o.enterprises);
  const loadMs = performance.now() - l0;
  const refs = referencePolicies(rb, date);
  const c0 = performance.now();
  const refPlan = compileMatchPlan(rb, refs, meta, { date });
  const refCompileMs = performance.now() - c0;
  const engineCodes = new Uint8Array(o.enterprises * refs.length);
  const handCodes = new Uint8Array(o.enterprises * refs.length);
  const { ids } = districtJurisdictions(rb, meta);
  const vat = rb.params.resolve('tax.small_scale_vat.exempt_monthly_sales', ids[0] ?? 'cn-gd-sz', date);
  if (!vat || typeof vat.value !== 'number') throw new Error('VAT threshold parameter does not resolve to whole fen');
  const year = figureYearOn(date);
  // Warm up both on a slice, then time full passes (median of `reps`).
  const reps = 3;
  const engineMs: number[] = [];
  const handMs: number[] = [];
  const engineCpu: number[] = [];
  const handCpu: number[] = [];
  let rechecks = 0;
  for (let k = 0; k < reps; k++) {
    const ec = cpuMs();
    const e0 = performance.now();
    // Codes only, no counts: the hand-written loop computes codes only.
    rechecks = evaluateRange(refPlan, cols, engineCodes, { counts: false }).exactRechecks;
    engineMs.push(performance.now() - e0);
    engineCpu.push(cpuMs() - ec);
    const hc = cpuMs();
    const h0 = performance.now();
    handWrittenReference(cols, year, date, vat.value, handCodes);
    handMs.push(performance.now() - h0);
    handCpu.push(cpuMs() - hc);
  }
  let mismatches = 0;
  for (let i = 0; i < engineCodes.length; i++) if (engineCodes[i] !== handCodes[i]) mismatches++;
  const reference = {
    rules: refs.length,
    loadMs,
    compileMs: refCompileMs,
    engineMs: median(engineMs),
    handWrittenMs: median(handMs),
    ratio: median(engineMs) / median(handMs),
    /** The same from CPU time (workers have exited: this thread is the only busy one). */
    engineCpuMs: median(engineCpu),
    handWrittenCpuMs: median(handCpu),
    cpuRatio: median(engineCpu) / median(handCpu),
    runs: { engineMs, handMs, engineCpu, handCpu },
    mismatches,
    exactRechecks: rechecks,
    fallbackPolicies: refPlan.fallbackCount,
  };
  log(`20 条参考规则 reference rules (one thread): engine ${reference.engineMs.toFixed(0)} ms, hand-written ${reference.handWrittenMs.toFixed(0)} ms, ratio ${reference.ratio.toFixed(2)}×; CPU ${reference.engineCpuMs.toFixed(0)} / ${reference.handWrittenCpuMs.toFixed(0)} ms, ratio ${reference.cpuRatio.toFixed(2)}× (outcome mismatches ${mismatches}, exact rechecks ${rechecks})`);

  // ── 3. one enterprise's change re-matched against the P policies ──
  const iterations = o.incrementalIterations ?? 300;
  const row = Math.min(7, o.enterprises - 1);
  const jurisdiction = ids[cols.district[row]!]!;
  const before = matchEnterprise(rb, factsAt(cols, row, year), { date, jurisdiction }, policies).codes;
  const times: number[] = [];
  const cpus: number[] = [];
  let changed = 0;
  for (let k = 0; k < iterations; k++) {
    // The change: revenue moves between 5 and 50 million yuan, the TECH_SME tag comes and goes.
    const facts = { ...factsAt(cols, row, year), revenue: (k % 2 ? 5 : 50) * 1_000_000 * 100, tags: k % 2 ? [] : ['TECH_SME'] };
    const c0 = cpuMs();
    const t0 = performance.now();
    const after = matchEnterprise(rb, facts, { date, jurisdiction }, policies).codes;
    const d = diffOutcomes(before, after);
    times.push(performance.now() - t0);
    cpus.push(cpuMs() - c0);
    changed = Math.max(changed, d.newlyEligible.length + d.newlyUnknown.length + d.noLongerEligible.length);
  }
  const warm = Math.floor(iterations / 5);
  const incremental = { policies: policies.length, iterations, medianMs: median(times.slice(warm)), medianCpuMs: median(cpus.slice(warm)), p95Ms: [...times.slice(warm)].sort((a, b) => a - b)[Math.floor((iterations - warm) * 0.95)]!, maxDiffSize: changed };
  log(`单企业重算 one enterprise × ${policies.length} policies (+ diff): median ${incremental.medianMs.toFixed(2)} ms (CPU ${incremental.medianCpuMs.toFixed(2)} ms), p95 ${incremental.p95Ms.toFixed(2)} ms; up to ${changed} policies changed`);

  const result = {
    enterprises: o.enterprises,
    policies: o.policies,
    seed: o.seed,
    date,
    population: { file: file.startsWith(repo) ? file.slice(repo.length + 1) : file, generatedMs },
    batch,
    reference,
    incremental,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    loadAverage: { before: load0, after: loadavg() },
    cores: availableParallelism(),
  };
  log(`负载 load average ${load0.map((x) => x.toFixed(2)).join(' ')} → ${result.loadAverage.after.map((x) => x.toFixed(2)).join(' ')}; final peak RSS ${(result.peakRssBytes / MB).toFixed(0)} MB`);
  return result;
}
