/**
 * City-scale benchmark of issue 22: the server on a 2.6-million-enterprise registry, used at once by
 * officials and enterprises.
 *   npx huiqi bench city [--enterprises 2600000] [--seed 1] [--officials 20] [--sessions 200] [--seconds 60] [--database-url URL] [--json]
 * 1. Database `huiqi_city` (other sizes: `huiqi_city_n<N>_s<S>`) on the server of the URL: reused when it holds the marker; otherwise a copy
 *    (CREATE DATABASE … TEMPLATE) of the publication benchmark's `huiqi_bench_publish_n<N>_s<S>`,
 *    which `runPublishBench` loads first when it is missing. Never dropped here.
 * 2. Migrated (timed: new indexes on 2.6 M rows take a while once), bench officials and enterprise
 *    users created once (the password kept in the benchmark database's app_settings).
 * 3. The production server (`apps/server/src/main.ts`) started on it, building its registry snapshot
 *    in the background from the start; one draft with an amount is created through the API and the
 *    load starts once GET /api/registry-snapshot says READY (the server's build time is reported).
 * 4. For `seconds`: each official loops over the enterprise list (first page, next pages by key),
 *    searches (part of a name, credit-code prefix, district + industry + tag), the appeals and
 *    benefits queues; the first quarter of the officials also run 覆盖面预览 and a what-if each round
 *    (a different revenue threshold each time, so no what-if is answered from a cache);
 *    each enterprise session loops over its 我的政策 (eligibility). Latency per page (median, p95),
 *    the server's peak RSS (VmHWM) and CPU seconds, the load average before, during and after, and
 *    whether the server still answers at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createUser, openDatabase, type Database } from '@huiqi/db';
import { runPublishBench } from './publish-scale';

export interface CityBenchOptions {
  enterprises: number;
  seed: number;
  adminUrl: string;
  officials?: number;
  sessions?: number;
  seconds?: number;
  /** Pause between one official's pages (a person reading; default 1 000 ms). */
  officialThinkMs?: number;
  /** Pause between one enterprise session's requests (default 5 000 ms). */
  enterpriseThinkMs?: number;
  log?: (s: string) => void;
}

export interface PageFigure {
  page: string;
  requests: number;
  errors: number;
  /** Status codes other than 2xx, counted. */
  statuses: Record<string, number>;
  medianMs: number;
  p95Ms: number;
  targetMs: number | null;
  /** Which statistic the target applies to. */
  targetOf: 'median' | 'p95' | null;
  withinTarget: boolean | null;
}

export interface CityBenchResult {
  database: string;
  enterprises: number;
  officials: number;
  sessions: number;
  seconds: number;
  thinkMs: { official: number; enterprise: number };
  /** snapshotSource: built from the database, or read from the file of an earlier run (HUIQI_SNAPSHOT_DIR). */
  setup: { copiedFromTemplate: boolean; migrateSeconds: number; snapshotSeconds: number; snapshotSource: 'DATABASE' | 'FILE' | null };
  pages: PageFigure[];
  serverPeakRssMb: number | null;
  serverMemoryTargetMb: number;
  serverAliveAtEnd: boolean;
  /** 1-minute load average before and after the load, and its mean sampled every 5 s during it. */
  loadAverage: { before: number[]; after: number[]; duringMean: number };
  /** CPU time (user + system) the server process used during the load: with the request counts, its cost per request. */
  serverCpuSeconds: number | null;
  /** The server's own view of the load window (/api/metrics): see `runtimeFigures`. */
  serverRuntime: ServerRuntimeFigures;
  withinTargets: boolean;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The benchmark city's database: huiqi_city for Shenzhen's 2.6 million (seed 1), a name with size and seed otherwise. */
const dbName = (o: { enterprises: number; seed: number }) => (o.enterprises === 2_600_000 && o.seed === 1 ? 'huiqi_city' : `huiqi_city_n${o.enterprises}_s${o.seed}`);
const MARKER = 'bench:city';
const USERS = 'bench:city-users';
const MEMORY_TARGET_MB = 2048;
/** Targets of the issue: preview and what-if median ≤ 2 s, search p95 ≤ 200 ms. */
const TARGETS: Record<string, { ms: number; of: 'median' | 'p95' }> = {
  preview: { ms: 2000, of: 'median' },
  'what-if': { ms: 2000, of: 'median' },
  'search name': { ms: 200, of: 'p95' },
  'search credit code': { ms: 200, of: 'p95' },
  'search filters': { ms: 200, of: 'p95' },
};

export async function runCityBench(o: CityBenchOptions): Promise<CityBenchResult> {
  const log = o.log ?? (() => {});
  const officials = o.officials ?? 20;
  const sessions = o.sessions ?? 200;
  const seconds = o.seconds ?? 60;
  const thinkOfficial = o.officialThinkMs ?? 1000;
  const thinkEnterprise = o.enterpriseThinkMs ?? 5000;
  const url = new URL(o.adminUrl);
  const DB_NAME = dbName(o);
  url.pathname = `/${DB_NAME}`;
  const copied = await prepare(o, log);
  const db = await openDatabase({ url: url.toString() });
  let server: ChildProcess | null = null;
  try {
    log('迁移 migrating huiqi_city (new indexes are built once)…');
    const m0 = performance.now();
    const report = await db.migrate();
    const migrateSeconds = round((performance.now() - m0) / 1000);
    if (report.applied.length) log(`  applied ${report.applied.join(', ')} in ${migrateSeconds} s`);
    await db.exec('ANALYZE enterprises');
    const { password, officialNames, enterprises } = await benchUsers(db, officials, sessions, log);
    const metricsToken = randomBytes(16).toString('hex');
    const started = await startServer(url.toString(), metricsToken);
    server = started.child;
    const base = started.url;
    log(`服务器 server at ${base} (pid ${server.pid})`);
    const login = async (username: string) => {
      const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
      const c = r.headers.getSetCookie().find((x) => x.startsWith('huiqi_session='));
      return c!.split(';')[0]!;
    };
    const officialCookies = await Promise.all(officialNames.map(login));
    const author = await login('city-author');
    const enterpriseCookies: { cookie: string; uscc: string }[] = [];
    for (const e of enterprises) enterpriseCookies.push({ cookie: await login(e.username), uscc: e.uscc });

    // The draft every preview reads. The server builds the registry snapshot in the background from
    // its start: wait until GET /api/registry-snapshot says READY (its own build time is reported).
    const draftId = await createDraft(base, author);
    log('等待注册库快照 waiting for the registry snapshot the server builds at start…');
    let snapshotSeconds = 0;
    let snapshotSource: 'DATABASE' | 'FILE' | null = null;
    for (let lastPercent = -1; ;) {
      const r = await call(base, author, 'GET', '/api/registry-snapshot');
      if (r.status !== 200) throw new Error(`registry-snapshot: ${r.status} ${r.body.slice(0, 300)}`);
      const snaps = (JSON.parse(r.body) as { snapshots: { state: string; percent: number; buildSeconds: number | null; source: 'DATABASE' | 'FILE' | null }[] }).snapshots;
      const ready = snaps.find((x) => x.state === 'READY');
      if (ready) {
        snapshotSeconds = ready.buildSeconds ?? 0;
        snapshotSource = ready.source;
        break;
      }
      const percent = snaps[0]?.percent ?? 0;
      if (percent !== lastPercent) log(`  ${percent}%`);
      lastPercent = percent;
      await sleep(2000);
    }
    const first = await call(base, author, 'POST', `/api/publication/drafts/${draftId}/preview`, {});
    if (first.status !== 200) throw new Error(`preview: ${first.status} ${first.body.slice(0, 300)}`);
    log(`  snapshot ready in ${snapshotSeconds} s (server's own figure; ${snapshotSource === 'FILE' ? 'read from its file and brought up to date' : 'built from the database'})`);

    const terms = await searchTerms(db);
    const before = loadavg();
    const samples = new Map<string, { ms: number[]; statuses: Record<string, number>; errors: number }>();
    const record = (page: string, ms: number, status: number) => {
      let s = samples.get(page);
      if (!s) samples.set(page, (s = { ms: [], statuses: {}, errors: 0 }));
      s.ms.push(ms);
      if (status < 200 || status > 299) {
        s.errors++;
        s.statuses[status] = (s.statuses[status] ?? 0) + 1;
      }
    };
    const timed = async (page: string, cookie: string, method: 'GET' | 'POST', path: string, body?: unknown, think = thinkOfficial) => {
      // A person between two pages (spread at random, so sessions do not run in step).
      await sleep(think * (0.5 + Math.random()));
      if (Date.now() >= deadline) return { status: 0, body: '' };
      const t0 = performance.now();
      const r = await call(base, cookie, method, path, body).catch(() => ({ status: 0, body: '' }));
      record(page, performance.now() - t0, r.status);
      return r;
    };
    const deadline = Date.now() + seconds * 1000;
    log(`负载 load: ${officials} officials, ${sessions} enterprise sessions for ${seconds} s…`);
    const cpu0 = cpuSeconds(server.pid);
    await fetch(`${base}/api/metrics/runtime/reset`, { method: 'POST', headers: { 'x-metrics-token': metricsToken } });
    // The request histograms are counters for the process's life: the load window's share is the difference of two scrapes.
    const scrapeBefore = await fetch(`${base}/api/metrics`, { headers: { 'x-metrics-token': metricsToken } }).then((r) => r.text()).catch(() => '');
    const loadSamples: number[] = [];
    const sampler = setInterval(() => loadSamples.push(loadavg()[0]!), 5000);
    const official = async (cookie: string, k: number) => {
      for (let round = 0; Date.now() < deadline; round++) {
        const first = await timed('enterprise list', cookie, 'GET', '/api/enterprises?pageSize=20');
        let cursor: string | null = first.status === 200 ? (JSON.parse(first.body) as { nextCursor: string | null }).nextCursor : null;
        for (let p = 0; p < 2 && cursor; p++) {
          const next = await timed('enterprise list next page', cookie, 'GET', `/api/enterprises?pageSize=20&district=cn-gd-sz-nanshan&after=${encodeURIComponent(cursor)}`);
          cursor = next.status === 200 ? (JSON.parse(next.body) as { nextCursor: string | null }).nextCursor : null;
        }
        const name = terms.names[(k * 31 + round) % terms.names.length]!;
        await timed('search name', cookie, 'GET', `/api/enterprises?q=${encodeURIComponent(name)}`);
        const code = terms.codes[(k * 17 + round) % terms.codes.length]!;
        await timed('search credit code', cookie, 'GET', `/api/enterprises?q=${code}`);
        await timed('search filters', cookie, 'GET', '/api/enterprises?district=cn-gd-sz-nanshan&industry=C&tag=HIGH_TECH');
        await timed('appeals queue', cookie, 'GET', '/api/appeals?view=all&pageSize=20');
        await timed('benefits queue', cookie, 'GET', '/api/benefits/applications?pageSize=100');
        if (k < Math.max(1, Math.floor(officials / 4))) {
          await timed('preview', cookie, 'POST', `/api/publication/drafts/${draftId}/preview`, {});
          // A different threshold each time: every what-if is computed afresh, none served from a cache.
          const wan = 150 + ((k * 37 + round * 11) % 300);
          await timed('what-if', cookie, 'POST', `/api/publication/drafts/${draftId}/preview`, { changes: [{ conditionId: 'revenue', when: `revenue >= wan_yuan(${wan}) && revenue > revenueYearBefore` }] });
        }
      }
    };
    const enterprise = async (e: { cookie: string; uscc: string }) => {
      while (Date.now() < deadline) {
        await timed('我的政策 (eligibility)', e.cookie, 'GET', `/api/enterprises/${e.uscc}/eligibility`, undefined, thinkEnterprise);
      }
    };
    await Promise.all([...officialCookies.map((c, k) => official(c, k)), ...enterpriseCookies.map(enterprise)]);
    clearInterval(sampler);
    const after = loadavg();
    const cpu1 = cpuSeconds(server.pid);
    const health = await call(base, '', 'GET', '/api/health').catch(() => ({ status: 0, body: '' }));
    const peak = peakRssMb(server.pid);
    const scrape = await fetch(`${base}/api/metrics`, { headers: { 'x-metrics-token': metricsToken } }).then((r) => r.text()).catch(() => '');
    const pages: PageFigure[] = [...samples.entries()].map(([page, s]) => {
      const sorted = s.ms.sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
      const t = TARGETS[page];
      const value = t?.of === 'median' ? median : p95;
      return {
        page, requests: sorted.length, errors: s.errors, statuses: s.statuses, medianMs: round(median), p95Ms: round(p95),
        targetMs: t?.ms ?? null, targetOf: t?.of ?? null, withinTarget: t ? value <= t.ms && s.errors === 0 : null,
      };
    });
    const alive = health.status === 200;
    return {
      database: DB_NAME, enterprises: o.enterprises, officials, sessions, seconds, thinkMs: { official: thinkOfficial, enterprise: thinkEnterprise },
      setup: { copiedFromTemplate: copied, migrateSeconds, snapshotSeconds, snapshotSource },
      pages,
      serverPeakRssMb: peak,
      serverMemoryTargetMb: MEMORY_TARGET_MB,
      serverAliveAtEnd: alive,
      loadAverage: { before: before.map(round), after: after.map(round), duringMean: round(loadSamples.reduce((x, y) => x + y, 0) / Math.max(1, loadSamples.length)) },
      serverCpuSeconds: cpu0 === null || cpu1 === null ? null : round(cpu1 - cpu0),
      serverRuntime: runtimeFigures(scrapeBefore, scrape),
      withinTargets: alive && pages.every((p) => p.withinTarget !== false) && (peak === null || peak <= MEMORY_TARGET_MB),
    };
  } finally {
    if (server) await stop(server);
    await db.close();
  }
}

/** Creates huiqi_city from the publication benchmark's database when it is not there yet. Returns true when it was copied now. */
async function prepare(o: CityBenchOptions, log: (s: string) => void): Promise<boolean> {
  const DB_NAME = dbName(o);
  const admin = new pg.Client({ connectionString: o.adminUrl });
  await admin.connect();
  try {
    const has = async (name: string) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (await has(DB_NAME)) {
      const url = new URL(o.adminUrl);
      url.pathname = `/${DB_NAME}`;
      const probe = new pg.Client({ connectionString: url.toString() });
      await probe.connect();
      const marker = await probe.query<{ value: { enterprises: number; seed: number } }>('SELECT value FROM app_settings WHERE key = $1', [MARKER]).catch(() => ({ rows: [] }));
      await probe.end();
      const m = marker.rows[0]?.value;
      if (m && m.enterprises === o.enterprises && m.seed === o.seed) {
        log(`沿用 reusing ${DB_NAME}`);
        return false;
      }
      throw new Error(`${DB_NAME} 已存在但不是 ${o.enterprises} 家企业（种子 ${o.seed}）的基准库；请改用其他参数或手动处理 / ${DB_NAME} exists but is not the benchmark city of ${o.enterprises} enterprises (seed ${o.seed}); it is never dropped here`);
    }
    const source = `huiqi_bench_publish_n${o.enterprises}_s${o.seed}`;
    if (!(await has(source))) {
      log(`载入注册库 loading the registry into ${source} (publication benchmark set-up; minutes)…`);
      await runPublishBench({ enterprises: o.enterprises, seed: o.seed, adminUrl: o.adminUrl, workers: 2, log });
    }
    log(`复制 copying ${source} → ${DB_NAME}…`);
    await admin.query(`CREATE DATABASE ${DB_NAME} TEMPLATE ${source}`);
  } finally {
    await admin.end();
  }
  const url = new URL(o.adminUrl);
  url.pathname = `/${DB_NAME}`;
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  await c.query("INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [MARKER, JSON.stringify({ enterprises: o.enterprises, seed: o.seed })]);
  await c.end();
  return true;
}

/** Officials (SME bureau), one drafting official and enterprise users on sampled enterprises: created once, password kept in the benchmark database. */
async function benchUsers(db: Database, officials: number, sessions: number, log: (s: string) => void) {
  const [saved] = await db.query<{ value: { password: string } }>('SELECT value FROM app_settings WHERE key = $1', [USERS]);
  const password = saved?.value.password ?? `city-${randomBytes(12).toString('hex')}`;
  if (!saved) await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [USERS, JSON.stringify({ password })]);
  const existing = new Set((await db.query<{ username: string }>("SELECT username FROM users WHERE username LIKE 'city-%'")).map((r) => r.username));
  const officialNames = Array.from({ length: officials }, (_, k) => `city-official-${k + 1}`);
  const missingOfficials = officialNames.filter((n) => !existing.has(n));
  const have = await db.query<{ username: string; uscc: string }>("SELECT username, uscc FROM users WHERE username LIKE 'city-enterprise-%' ORDER BY username");
  const need = Math.max(0, sessions - have.length);
  const sample = need > 0 ? await sampleEnterprises(db, need) : [];
  if (missingOfficials.length || need || !existing.has('city-author')) log(`创建基准用户 creating ${missingOfficials.length} officials and ${sample.length} enterprise users…`);
  await db.transaction(async (tx) => {
    for (const username of missingOfficials) {
      await createUser(tx, { username, displayName: `基准测试 工作人员 ${username.slice(14)}`, role: 'SME_BUREAU', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', password }, null);
    }
    if (!existing.has('city-author')) {
      await createUser(tx, { username: 'city-author', displayName: '基准测试 起草人', role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz', departmentId: 'dept-miit', password }, null);
    }
    for (const [k, s] of sample.entries()) {
      await createUser(tx, { username: `city-enterprise-${String(have.length + k + 1).padStart(4, '0')}`, displayName: '基准测试 企业用户', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc: s.uscc, password }, null);
    }
  });
  const enterprises = (await db.query<{ username: string; uscc: string }>("SELECT username, uscc FROM users WHERE username LIKE 'city-enterprise-%' ORDER BY username LIMIT $1", [sessions]));
  return { password, officialNames, enterprises };
}

/** About `n` enterprises spread over the registry (a Bernoulli sample: one pass, no sort), none with a user yet. */
async function sampleEnterprises(db: Database, n: number): Promise<{ uscc: string; name: string }[]> {
  const [c] = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM enterprises');
  const percent = Math.min(100, (100 * n * 3) / Math.max(1, Number(c?.n ?? 0)));
  return db.query<{ uscc: string; name: string }>(
    `SELECT uscc, name FROM enterprises TABLESAMPLE BERNOULLI (${percent.toFixed(6)}) WHERE uscc NOT IN (SELECT uscc FROM users WHERE uscc IS NOT NULL) LIMIT $1`,
    [n],
  );
}

/**
 * Parts of real names and credit-code prefixes (10 characters) of sampled enterprises. A name part
 * is three characters after the city and district the names start with (深圳市龙华区…): what an
 * official types to find one enterprise; a district is chosen with the district filter.
 */
async function searchTerms(db: Database): Promise<{ names: string[]; codes: string[] }> {
  const rows = await sampleEnterprises(db, 200);
  return {
    names: rows.map((r) => [...r.name].slice(6, 9).join('')).filter((s) => s.length === 3),
    codes: rows.map((r) => r.uscc.slice(0, 10)),
  };
}

async function createDraft(base: string, cookie: string): Promise<string> {
  const cite = 'cn/law/sme-promotion#art_2';
  const r = await call(base, cookie, 'POST', '/api/publication/drafts', {
    titleZh: '中小企业成长奖励（基准测试）', titleEn: 'SME growth award (benchmark)', summaryZh: '营业收入100万元以上且同比增长的中小企业', summaryEn: 'SMEs with revenue of 1M yuan or more that grew',
    effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: ['FINANCE'],
    conditions: [
      { id: 'sme', labelZh: '中小企业', labelEn: 'SME', when: 'isSme', cite },
      { id: 'revenue', labelZh: '营业收入不低于100万元且同比增长', labelEn: 'Revenue at least 1M yuan and grown', when: 'revenue >= wan_yuan(100) && revenue > revenueYearBefore', cite },
    ],
    amount: { labelZh: '奖励金额', labelEn: 'Award', formula: 'min(round((revenue - revenueYearBefore) * 0.01), wan_yuan(30))', cite },
  });
  if (r.status !== 201) throw new Error(`draft: ${r.status} ${r.body.slice(0, 500)}`);
  return (JSON.parse(r.body) as { id: string }).id;
}

async function call(base: string, cookie: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: string }> {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: await r.text() };
}

/** The production server on the benchmark database; resolves with its address once it listens. */
function startServer(databaseUrl: string, metricsToken: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'apps', 'server', 'src', 'main.ts')], {
    cwd: REPO,
    // The snapshot file under bench/out (ignored by git): a rerun starts from it instead of rebuilding.
    env: { HUIQI_SNAPSHOT_DIR: join(REPO, 'bench', 'out', 'snapshots'), ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', HUIQI_DEMO: '0', NODE_ENV: 'development', HUIQI_METRICS_TOKEN: metricsToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolveStart({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-2000)}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based), in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Peak resident memory of a process (VmHWM), Linux only. */
function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export interface ServerRuntimeFigures {
  /** Event-loop delay during the load (ms): how long a request that arrived could wait before its turn. */
  loopDelayMs: { p50: number; p99: number; max: number } | null;
  /** Garbage-collection pauses during the load: total and longest (ms), by kind. */
  gc: Record<string, { count: number; totalMs: number; maxMs: number }>;
  /** Per route pattern, requests and the server-side time under which 95 % finished (a histogram bucket's upper bound, ms). */
  routesP95Ms: Record<string, { requests: number; p95AtMostMs: number | null }>;
}

/** Reads the load window's figures from two Prometheus scrapes of /api/metrics (the lines the server writes), taken at its start and end. */
export function runtimeFigures(before: string, scrape: string): ServerRuntimeFigures {
  const num = (re: RegExp) => {
    const m = re.exec(scrape);
    return m ? Number(m[1]) * 1000 : null;
  };
  const p50 = num(/^huiqi_event_loop_delay_seconds\{quantile="0\.5"\} (\S+)$/m);
  const p99 = num(/^huiqi_event_loop_delay_seconds\{quantile="0\.99"\} (\S+)$/m);
  const max = num(/^huiqi_event_loop_delay_seconds_max (\S+)$/m);
  const gc: ServerRuntimeFigures['gc'] = {};
  for (const m of scrape.matchAll(/^huiqi_gc_pause_seconds_(sum|count|max)\{kind="(\w+)"\} (\S+)$/gm)) {
    const g = (gc[m[2]!] ??= { count: 0, totalMs: 0, maxMs: 0 });
    if (m[1] === 'count') g.count = Number(m[3]);
    else if (m[1] === 'sum') g.totalMs = round(Number(m[3]) * 1000);
    else g.maxMs = round(Number(m[3]) * 1000);
  }
  const BUCKET = /^huiqi_http_request_duration_seconds_bucket\{method="(\w+)",route="([^"]+)",status="2xx",le="([^"]+)"\} (\d+)$/gm;
  const earlier = new Map<string, number>();
  for (const m of before.matchAll(BUCKET)) earlier.set(`${m[1]} ${m[2]} ${m[3]}`, Number(m[4]));
  const buckets = new Map<string, { le: number; n: number }[]>();
  for (const m of scrape.matchAll(BUCKET)) {
    const key = `${m[1]} ${m[2]}`;
    const list = buckets.get(key) ?? [];
    list.push({ le: m[3] === '+Inf' ? Infinity : Number(m[3]), n: Number(m[4]) - (earlier.get(`${key} ${m[3]}`) ?? 0) });
    buckets.set(key, list);
  }
  const routesP95Ms: ServerRuntimeFigures['routesP95Ms'] = {};
  for (const [key, list] of buckets) {
    const total = list.find((b) => b.le === Infinity)?.n ?? 0;
    if (total === 0) continue;
    const at = list.filter((b) => b.le !== Infinity).sort((a, b) => a.le - b.le).find((b) => b.n >= total * 0.95);
    routesP95Ms[key] = { requests: total, p95AtMostMs: at ? at.le * 1000 : null };
  }
  return { loopDelayMs: p50 === null || p99 === null || max === null ? null : { p50: round(p50), p99: round(p99), max: round(max) }, gc, routesP95Ms };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 100) / 100;
