/**
 * Benchmark of issue 13: the enterprise registry from CSV into PostgreSQL.
 *   npx huiqi bench import [--enterprises 2600000] [--runs 1] [--database-url URL] [--pglite-rows 100000]
 * 1. The CSV (cached under bench/out/): from the synthetic population (seed 1), the first N
 *    enterprises old enough to have three years of figures, three rows each (one per year),
 *    written with csv-stringify in the contract's columns; districts by Chinese name.
 * 2. A database `huiqi_import` on the server of the admin URL, created, migrated, given the
 *    city's jurisdictions, and dropped at the end.
 * 3. Timed, each in a child process (bench/import-child.ts, peak RSS its own): the import into
 *    the empty registry, then the same file again (must change nothing). `--runs R` repeats
 *    both on a fresh database; medians reported. The load average is sampled around each run.
 * 4. With --pglite-rows: the same path on PGlite (in memory) for a file of that many rows.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import pg from 'pg';
import { createReadStream } from 'node:fs';
import { intakeInput, runIntake } from '@huiqi/api';
import { ensureJurisdiction, openDatabase } from '@huiqi/db';
import { DEMO_JURISDICTIONS } from '@huiqi/db/demo';
import { loadRuleBase } from '@huiqi/rules-engine';
import { SHENZHEN_DISTRICTS, streamPopulation, type SyntheticEnterprise } from '@huiqi/testing';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'bench', 'out');
const HEADER = ['uscc', 'name', 'registered_address', 'district', 'industry_code', 'registration_date', 'taxpayer_type', 'year', 'employees', 'revenue_yuan', 'total_assets_yuan'];
const TARGET_SECONDS = 180;
const TARGET_RSS_MB = 1024;

export interface ImportBenchOptions {
  enterprises: number;
  runs: number;
  adminUrl: string;
  /** Rows of the PGlite run (0: none). */
  pgliteRows: number;
  /** The scratch database (default huiqi_import): created, used and dropped. */
  databaseName?: string;
  log: (s: string) => void;
}

interface ChildResult { seconds: number; maxRssMb: number; rows: number; status: string; inserted: number; updated: number; unchanged: number; rejected: number; firstErrors: unknown[] }

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The benchmark file: N enterprises × 3 yearly rows, written once and reused. */
export async function writeImportCsv(enterprises: number, log: (s: string) => void): Promise<{ path: string; rows: number }> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `import-${enterprises}-s1.csv`);
  if (existsSync(path)) return { path, rows: enterprises * 3 };
  const started = performance.now();
  const districtName = new Map(SHENZHEN_DISTRICTS.map((d) => [d.slug, d.name]));
  const tmp = `${path}.part`;
  const out = createWriteStream(tmp);
  const csv = stringify({ header: true, columns: HEADER });
  csv.pipe(out);
  let written = 0;
  const population = streamPopulation({ size: Math.min(5_000_000, Math.ceil(enterprises * 1.25)), seed: 1, jurisdiction: 'cn-gd-sz' }, 4096);
  outer: for (const chunk of population.chunks()) {
    for (const e of chunk as SyntheticEnterprise[]) {
      if (e.figures.length < 3) continue;
      for (const f of e.figures) {
        const ok = csv.write([e.uscc, e.name, e.registeredAddress, districtName.get(e.district) ?? e.district, e.industryCode, e.registrationDate,
          e.taxpayerType === 'GENERAL' ? '一般纳税人' : '小规模纳税人', f.year, f.employees, yuan(f.revenueFen), yuan(f.totalAssetsFen)]);
        if (!ok) await once(csv, 'drain');
      }
      if (++written === enterprises) break outer;
      if (written % 200_000 === 0) log(`  csv: ${written.toLocaleString('en')} enterprises`);
    }
  }
  if (written < enterprises) throw new Error(`the population had only ${written} enterprises with three years`);
  csv.end();
  await once(out, 'finish');
  renameSync(tmp, path);
  log(`  csv written in ${((performance.now() - started) / 1000).toFixed(1)} s: ${path}`);
  return { path, rows: enterprises * 3 };
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  try {
    await db.migrate();
    await db.transaction(async (tx) => {
      for (const j of DEMO_JURISDICTIONS) await ensureJurisdiction(tx, j, null);
    });
  } finally {
    await db.close();
  }
  return url.toString();
}

function runChild(file: string, url: string): Promise<ChildResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'bench', 'import-child.ts'), file, url], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += String(c)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun(JSON.parse(out.trim().split('\n').pop()!) as ChildResult) : reject(new Error(`import child exited ${code}`))));
  });
}

async function pgliteRun(rows: number, log: (s: string) => void) {
  const enterprises = Math.ceil(rows / 3);
  const { path } = await writeImportCsv(enterprises, log);
  const rules = loadRuleBase();
  if (!rules.ok) throw new Error('rule base did not load');
  const db = await openDatabase({ memory: true });
  try {
    await db.migrate();
    await db.transaction(async (tx) => {
      for (const j of DEMO_JURISDICTIONS) await ensureJurisdiction(tx, j, null);
    });
    const once = async () => {
      const started = performance.now();
      const r = await runIntake({ db }, {
        kind: 'REGISTRY', ...intakeInput(createReadStream(path), 'csv'), departmentId: null, batchKey: null, channel: 'CLI', fileName: null,
        actorUserId: null, tokenId: null, acceptValid: false, industrySections: rules.value.industryMap.sections,
      });
      return { seconds: (performance.now() - started) / 1000, rows: r.rowCount, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected };
    };
    const first = await once();
    const again = await once();
    return { rows: first.rows, enterprises, first, again, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    await db.close();
  }
}

export async function runImportBench(o: ImportBenchOptions) {
  const log = o.log;
  const name = o.databaseName ?? 'huiqi_import';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name: ${name}`);
  log(`生成 CSV / writing the CSV (${o.enterprises.toLocaleString('en')} enterprises × 3 years)`);
  const { path, rows } = await writeImportCsv(o.enterprises, log);
  const runs: { first: ChildResult; again: ChildResult; load: { before: number[]; after: number[] } }[] = [];
  try {
    for (let i = 0; i < o.runs; i++) {
      log(`run ${i + 1}/${o.runs}: fresh database ${name}`);
      const url = await freshDatabase(o.adminUrl, name);
      const before = loadavg();
      log('  import into the empty registry');
      const first = await runChild(path, url);
      log(`  ${first.seconds.toFixed(1)} s, peak RSS ${first.maxRssMb} MB, inserted ${first.inserted}`);
      log('  the same file again');
      const again = await runChild(path, url);
      log(`  ${again.seconds.toFixed(1)} s, peak RSS ${again.maxRssMb} MB, inserted ${again.inserted}, updated ${again.updated}`);
      runs.push({ first, again, load: { before, after: loadavg() } });
    }
  } finally {
    await admin(o.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const pglite = o.pgliteRows > 0 ? await pgliteRun(o.pgliteRows, log) : null;
  const firstSeconds = median(runs.map((r) => r.first.seconds));
  const firstRss = Math.max(...runs.map((r) => r.first.maxRssMb), ...runs.map((r) => r.again.maxRssMb));
  const againSeconds = median(runs.map((r) => r.again.seconds));
  const changedNothing = runs.every((r) => r.again.inserted === 0 && r.again.updated === 0 && r.again.rejected === 0);
  return {
    file: path.slice(REPO.length + 1),
    enterprises: o.enterprises,
    rows,
    runs: runs.map((r) => ({ first: r.first, again: r.again, loadAverage: { before: r.load.before.map((x) => +x.toFixed(2)), after: r.load.after.map((x) => +x.toFixed(2)) } })),
    medianSeconds: { first: +firstSeconds.toFixed(1), again: +againSeconds.toFixed(1) },
    peakRssMb: firstRss,
    reimportChangedNothing: changedNothing,
    reimportFaster: againSeconds < firstSeconds,
    targets: { seconds: TARGET_SECONDS, rssMb: TARGET_RSS_MB },
    withinTarget: firstSeconds <= TARGET_SECONDS && firstRss <= TARGET_RSS_MB && changedNothing && againSeconds < firstSeconds,
    pglite,
  };
}
