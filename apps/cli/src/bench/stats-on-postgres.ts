import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { buildApi, publishRelease, statisticsSnapshot } from '@huiqi/api';
import { createOfficer, openDatabase, type Database } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { INDICATORS, monthDays, REGISTRY_INDICATOR_IDS } from '@huiqi/workflows';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
/** CPU time this process used since `c0` (user + system, ms): on a shared machine the wall time is mostly waiting for a core. */
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return Math.round((d.user + d.system) / 100) / 10;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;
const stats = (xs: number[]) => ({ n: xs.length, p50Ms: pct(xs, 50), p95Ms: pct(xs, 95), maxMs: Math.max(...xs) });
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * `huiqi bench stats --database-url URL`: the statistics on a city held in PostgreSQL, through the
 * API's real routes (Fastify `inject`: validation, authorization, the request guard, the handlers;
 * no network socket). WRITES to the database — registry changes, a user, a release: run it on a
 * copy (`CREATE DATABASE … TEMPLATE …`), never on a database others use.
 *
 * Measures: migrations; the registry snapshot built from PostgreSQL; each indicator page (one
 * indicator, every breakdown, one month) cold — right after a registry change written to the
 * database, so the request reads the change log, recomputes the size classes and the cube — and
 * warm (cached per snapshot version), plus the module indicators' SQL; 10 000 registry changes
 * written in one transaction and the time from their commit (the change queue's triggers run in
 * it) until an indicator request reflects them, checked by its value; the annual report as DOCX and
 * as PDF after a registry change; and one monthly release published.
 */
export async function benchStatsOnPostgres(url: string, runs: number, pdf: boolean, log: (s: string) => void): Promise<Record<string, unknown>> {
  // The snapshot of a 2.6 million city takes about 1.1 GB: the request guard's default memory budget (2 GB) would refuse pages near it.
  process.env.HUIQI_MEMORY_BUDGET_MB ??= '8192';
  const load0 = load();
  const db = await openDatabase({ url });
  try {
    let t0 = performance.now();
    const migrated = await db.migrate();
    const migrateMs = ms(t0);
    log(`migrations: ${migrated.applied.length} applied in ${migrateMs} ms`);

    const [fy] = await db.query<{ y: number | null }>('SELECT max(year) AS y FROM enterprise_figures');
    const [count] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM enterprises');
    if (!fy || fy.y === null) throw new Error('the database has no enterprise figures');
    // The latest year with reported figures: its December is read on the figures of the year before (the snapshot's figure year), as in production.
    const year = Number(fy.y);
    const month = `${year}-12`;
    const asOf = monthDays(month).lastDate;
    log(`${Number(count!.n)} enterprises; figures up to ${fy.y}; indicators of ${month}`);

    t0 = performance.now();
    const snap = await statisticsSnapshot(db, asOf as PlainDate);
    const snapshotMs = ms(t0);
    log(`registry snapshot built from PostgreSQL: ${snap.liveCount} rows in ${(snapshotMs / 1000).toFixed(1)} s`);

    const app = await buildApi({ db, demoMode: false, secureCookies: false });
    const cookie = await benchLogin(db, app);
    const get = async (path: string) => {
      const t = performance.now();
      const c = process.cpuUsage();
      const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
      const took = ms(t);
      const cpu = cpuMs(c);
      if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return { took, cpu, res };
    };
    const page = (id: string) => get(`/api/statistics/indicators/${id}?month=${month}`);

    // One enterprise touched: the registry changes, the next registry page is cold.
    const [probe] = await db.query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1');
    const touch = () => db.query('UPDATE enterprises SET updated_at = now() WHERE uscc = $1', [probe!.uscc]);

    const cold: number[] = [];
    const coldCpu: number[] = [];
    for (let k = 0; k < runs; k++) {
      await touch();
      const r = await page(REGISTRY_INDICATOR_IDS[k % REGISTRY_INDICATOR_IDS.length]!);
      cold.push(r.took);
      coldCpu.push(r.cpu);
    }
    log(`registry indicator page, cold (change log read, size classes, cube): p50 ${pct(cold, 50)} ms, p95 ${pct(cold, 95)} ms (CPU p50 ${pct(coldCpu, 50)} ms, p95 ${pct(coldCpu, 95)} ms)`);
    const warm: number[] = [];
    const moduleSql: number[] = [];
    const registryIds = new Set<string>(REGISTRY_INDICATOR_IDS);
    for (let k = 0; k < runs; k++) {
      for (const d of INDICATORS) {
        const { took } = await page(d.id);
        (registryIds.has(d.id) ? warm : moduleSql).push(took);
      }
    }
    log(`registry indicator pages, warm: p50 ${pct(warm, 50)} ms, p95 ${pct(warm, 95)} ms; module indicator pages (SQL): p50 ${pct(moduleSql, 50)} ms, p95 ${pct(moduleSql, 95)} ms`);

    // 10 000 registry changes: registrations moved into the month, one transaction; reflected when the page counts them.
    const changed = await db.query<{ uscc: string }>(
      `SELECT uscc FROM enterprises WHERE NOT is_individual_business AND registration_date < $1::date ORDER BY uscc LIMIT 10000`, [`${year}-01-01`]);
    const before = (await page('registrations')).res.json() as { total: number };
    t0 = performance.now();
    await db.transaction((tx) => tx.query(`UPDATE enterprises SET registration_date = $2::date, updated_at = now() WHERE uscc = ANY($1::text[])`, [changed.map((r) => r.uscc), `${year}-12-15`]));
    const writeMs = ms(t0);
    t0 = performance.now();
    const reflected = await page('registrations');
    const after = reflected.res.json() as { total: number };
    const reflectedMs = ms(t0);
    if (after.total - before.total !== changed.length) throw new Error(`registrations moved by ${after.total - before.total}, expected ${changed.length}`);
    log(`${changed.length} changes written in ${writeMs} ms, reflected in the indicators ${reflectedMs} ms after their commit (CPU ${reflected.cpu} ms; registrations ${before.total} → ${after.total})`);

    const report = async (kind: 'docx' | 'pdf') => {
      await touch();
      const { took, cpu, res } = await get(`/api/statistics/reports/${year}/${kind}`);
      return { ms: took, cpuMs: cpu, bytes: res.rawPayload.length };
    };
    const docx = await report('docx');
    const pdfResult = pdf ? await report('pdf').catch((e: unknown) => ({ ms: null, cpuMs: null, bytes: 0, error: String(e).slice(0, 200) })) : null;
    log(`annual report ${year}: DOCX ${docx.ms} ms, PDF ${pdfResult?.ms ?? '—'} ms`);

    const releaseMonth = month <= lastComplete() ? month : lastComplete();
    await touch();
    t0 = performance.now();
    const release = await publishRelease(db, releaseMonth, 'SCHEDULE', null);
    const releaseMs = ms(t0);
    log(`release of ${releaseMonth}: ${releaseMs} ms (${release.created ? 'created' : 'existed'}, ${release.release.hiddenCells} hidden cells)`);
    await app.close();
    return {
      database: 'postgres', enterprises: snap.liveCount, figureYear: snap.figureYear, month, runs, migrateMs, snapshotBuildMs: snapshotMs,
      indicatorPage: {
        coldRegistry: { ...stats(cold), cpu: stats(coldCpu), note: 'after a registry change written to PostgreSQL: change log read, size classes, cube, every breakdown' },
        warmRegistry: { ...stats(warm), note: 'cube cached per snapshot version and month' },
        moduleSql: { ...stats(moduleSql), note: 'benefits, funds, appeals, procurement, inspections, financing, consultation aggregates' },
        targetMs: 500,
      },
      changes: { count: changed.length, writeMs, reflectedMs, reflectedCpuMs: reflected.cpu, registrationsBefore: before.total, registrationsAfter: after.total, targetMs: 2000 },
      annualReport: { year, docx, pdf: pdfResult, targetMs: 60_000 },
      release: { month: releaseMonth, ms: releaseMs, created: release.created, hiddenCells: release.release.hiddenCells },
      loadAverage: { before: load0, after: load() },
      memoryMb: Math.round(process.memoryUsage().rss / 1_048_576),
    };
  } finally {
    await db.close();
  }
}

function lastComplete(): string {
  const d = today();
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** An auditor account of the benchmark (reads every indicator and the report), created once, and its session. */
async function benchLogin(db: Database, app: Awaited<ReturnType<typeof buildApi>>): Promise<string> {
  const username = `bench-stats-${Date.now()}`;
  const password = `Bench-${randomBytes(12).toString('hex')}-Stats!`;
  const [j] = await db.query<{ id: string }>(`SELECT id FROM jurisdictions WHERE id = 'cn-gd-sz' UNION ALL (SELECT id FROM jurisdictions ORDER BY length(id), id LIMIT 1)`);
  if (!j) throw new Error('the database has no jurisdiction');
  await db.transaction(async (tx) => {
    const created = await createOfficer(tx, { username, displayName: 'bench stats', role: 'AUDITOR', password, departmentId: null, jurisdiction: j.id }, null, 'CLI');
    if (!created.ok) throw new Error(`cannot create the benchmark user: ${JSON.stringify(created.error)}`);
  });
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const c = res.cookies.find((x) => x.name === 'huiqi_session');
  if (res.statusCode !== 200 || !c) throw new Error(`login failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return `huiqi_session=${c.value}`;
}
