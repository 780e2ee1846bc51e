import { loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlToPdf, registryReportPart, reportDocx, reportHtml, ruleJurisdictionOf, statColumnsOf } from '@huiqi/api';
import type { PlainDate } from '@huiqi/kernel';
import { RegistrySnapshot, snapshotSizeClasses, type SnapshotRowInput } from '@huiqi/matching';
import { loadRuleBase } from '@huiqi/rules-engine';
import { streamPopulation, type SyntheticEnterprise } from '@huiqi/testing';
import { buildAnnualReport, REGISTRY_INDICATOR_IDS, registryCube, registryTable, suppressLinkedTables } from '@huiqi/workflows';
import { benchStatsOnPostgres } from '../bench/stats-on-postgres';
import { defineCommand, parseOptions } from '../command';

const USAGE = '用法 usage: huiqi bench stats [--enterprises N] [--seed S] [--runs R] [--no-pdf] | huiqi bench stats --database-url URL [--runs R] [--no-pdf]\n';

/** A synthetic enterprise as the snapshot row of figure year `fy` (slot k = year fy − k). */
function rowOf(e: SyntheticEnterprise, fy: number): SnapshotRowInput {
  const byYear = new Map(e.figures.map((f) => [f.year, f]));
  return {
    uscc: e.uscc, district: e.district, districtNameZh: e.districtName, industryCode: e.industryCode, registrationDate: e.registrationDate,
    taxpayerType: e.taxpayerType, isIndividualBusiness: e.isIndividualBusiness, tags: e.tags,
    figures: [0, 1, 2].map((k) => {
      const f = byYear.get(fy - k);
      return f ? { employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen, rdExpenseFen: f.rdExpenseFen, mainBusinessRevenueFen: f.mainBusinessRevenueFen } : null;
    }),
  };
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/**
 * `huiqi bench stats`: the statistics computations on a synthetic city held as the registry
 * snapshot in this process (no database: the snapshot's build from PostgreSQL is measured by
 * `huiqi bench city`). Measures the indicator page's work (size classes on the month's last day
 * by the columnar size standard, one pass for the cube, every breakdown of the four registry
 * indicators, and the public tables' suppression) cold, i.e. as after a registry change; 10 000
 * changed enterprises applied in place and the indicators recomputed; the annual report to DOCX
 * and PDF. Prints JSON with the load average.
 */
export default defineCommand({
  summary: '基准测试 Benchmark: statistics on a synthetic city (default 2.6 million) in the registry snapshot, or with --database-url on a city in PostgreSQL (a copy: it writes) through the API: indicator page p95, 10 000 changes reflected, annual report to DOCX and PDF',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const n = options.enterprises === undefined ? 2_600_000 : Number(options.enterprises);
    const seed = options.seed === undefined ? 1 : Number(options.seed);
    const runs = options.runs === undefined ? 10 : Number(options.runs);
    if (positional.length > 0 || ![n, seed, runs].every((x) => Number.isSafeInteger(x) && x >= 1) || n > 5_000_000) {
      io.stderr.write(USAGE);
      return 2;
    }
    const log = (s: string) => io.stderr.write(`${s}\n`);
    if (options['database-url'] !== undefined) {
      // A city in PostgreSQL, through the API's routes. It writes (registry changes, a user, a release): give it a copy.
      const url = options['database-url'];
      if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url) || options.enterprises !== undefined || options.seed !== undefined) {
        io.stderr.write(USAGE);
        return 2;
      }
      const result = await benchStatsOnPostgres(url, runs, options['no-pdf'] !== true, log);
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const loaded = loadRuleBase();
    if (!loaded.ok) {
      io.stderr.write('规则库无法加载 / the rule base does not load\n');
      return 3;
    }
    const rb = loaded.value;
    const jurisdictionOf = (d: string, zh: string) => ruleJurisdictionOf(rb, d, zh).id;
    const year = 2025;
    const fy = year - 1;
    const date = `${year}-12-31` as PlainDate;
    const load0 = loadavg();

    let t0 = performance.now();
    const snap = new RegistrySnapshot(fy, Math.ceil(n * 1.02) + 1024);
    const usccs: string[] = [];
    for (const chunk of streamPopulation({ seed, size: n, jurisdiction: 'cn-gd-sz', year: fy }).chunks()) {
      for (const e of chunk) {
        snap.add(rowOf(e, fy));
        if (usccs.length < 10_000) usccs.push(e.uscc);
      }
    }
    const buildMs = ms(t0);
    log(`snapshot of ${snap.liveCount} enterprises built in memory in ${(buildMs / 1000).toFixed(1)} s`);

    const page = async (month: string) => {
      const sizes = await snapshotSizeClasses(snap, rb, date, jurisdictionOf);
      const cube = registryCube(statColumnsOf(snap, sizes), month);
      for (const id of REGISTRY_INDICATOR_IDS) suppressLinkedTables([registryTable(cube, id, 'district'), registryTable(cube, id, 'industrySection')]);
      return cube;
    };
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      t0 = performance.now();
      await page(`${year}-12`);
      times.push(ms(t0));
    }
    log(`indicator page (cold: size classes, cube, all breakdowns, suppression) p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms`);

    // 10 000 changes applied in place (as the change log's catch-up does), then the indicators recomputed.
    t0 = performance.now();
    for (const u of usccs) {
      const i = snap.indexOf(u);
      if (i < 0) continue;
      const cols = snap.columns(i, i + 1);
      snap.upsert({ uscc: u, district: snap.districtDictionary[cols.district[0]!]!.slug, districtNameZh: snap.districtDictionary[cols.district[0]!]!.name, industryCode: snap.industryDictionary[cols.industry[0]!]!,
        registrationDate: '2020-01-01', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false, tags: [],
        figures: [{ employees: 12, revenueFen: 5_000_000_00, totalAssetsFen: 3_000_000_00, rdExpenseFen: 0, mainBusinessRevenueFen: 5_000_000_00 }, null, null] });
    }
    const applyMs = ms(t0);
    t0 = performance.now();
    await page(`${year}-12`);
    const changesMs = Math.round((applyMs + ms(t0)) * 10) / 10;
    log(`10 000 changes applied in ${applyMs} ms and reflected in the indicators after ${changesMs} ms`);

    t0 = performance.now();
    const cube = await page(`${year}-12`);
    const report = buildAnnualReport({ year, asOf: date, ...registryReportPart(cube), funds: [], fundEvaluations: [], policies: [], appeals: [], procurement: [], inspections: [], financing: [], consultations: [], feedbackTargetDays: 30, narratives: {} });
    const docx = await reportDocx(report);
    const docxMs = ms(t0);
    await writeFile(join(tmpdir(), `huiqi-bench-report-${process.pid}.docx`), docx);
    let pdfMs: number | null = null;
    if (options['no-pdf'] !== true) {
      t0 = performance.now();
      const pdf = await htmlToPdf(reportHtml(report));
      pdfMs = pdf ? ms(t0) + docxMs : null;
    }
    log(`annual report: DOCX ${docxMs} ms, PDF ${pdfMs ?? '—'} ms`);
    io.stdout.write(`${JSON.stringify({
      enterprises: snap.liveCount, seed, runs, buildMs,
      indicatorPage: { p50Ms: pct(times, 50), p95Ms: pct(times, 95), runsMs: times, targetMs: 500 },
      changes: { count: usccs.length, applyMs, reflectedMs: changesMs, targetMs: 2000, note: 'in-process: excludes reading the change log from the database' },
      annualReport: { docxMs, pdfMs, targetMs: 60_000 },
      loadAverage: { before: load0.map((x) => Math.round(x * 100) / 100), after: loadavg().map((x) => Math.round(x * 100) / 100) },
      memoryMb: Math.round(process.memoryUsage().rss / 1_048_576),
    }, null, 2)}\n`);
    return 0;
  },
});
