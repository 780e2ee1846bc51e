/**
 * Benchmark of issue 5: publication of one policy to a city-sized registry on PostgreSQL.
 *   npx huiqi bench publish --enterprises N [--seed S] [--workers W] [--concurrency C] [--database-url URL] [--fresh] [--json]
 * 1. Set-up (timed and reported apart): a database `huiqi_bench_publish_n<N>_s<S>` on the server of
 *    the admin URL, migrated, with the synthetic population of N enterprises and their yearly
 *    figures bulk-loaded (unnest batches). A later run with the same N and seed reuses it.
 * 2. W worker processes (`huiqi jobs work`, the production worker) are started and wait.
 * 3. One policy modelled on a real one is published (drafted by one official, published by
 *    another, its notice jobs enqueued in the publishing transaction, as the console does).
 * 4. Timed: from the commit of the publication to the last notice job finishing, i.e. the last
 *    notice in policy_notices. Printed with the notice counts and the peak RSS of each worker.
 * Not a unit test: the 2.6-million-row set-up takes minutes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueNoticeJobs, NOTICE_PARTITION_SIZE, PUBLICATION_NOTICES_QUEUE } from '@huiqi/api';
import {
  createPolicyDraft, createUser, ensureDepartment, ensureJurisdiction, openDatabase, publishPolicyDraft, submitPolicyDraft, withdrawPolicy,
  type Database, type PolicyDraftContent,
} from '@huiqi/db';
import { DEMO_DEPARTMENTS, DEMO_JURISDICTIONS } from '@huiqi/db/demo';
import { streamPopulation, type SyntheticEnterprise } from '@huiqi/testing';

export interface PublishBenchOptions {
  enterprises: number;
  seed: number;
  /** Worker processes (default 2). */
  workers?: number;
  /** Jobs at once per worker process (default 2). */
  concurrency?: number;
  /** A PostgreSQL URL whose user may create databases. */
  adminUrl: string;
  /** Drop and reload the prepared database. */
  fresh?: boolean;
  /** Give up waiting for the notices after this long (default 20 min). */
  timeoutMs?: number;
  log?: (s: string) => void;
}

export interface PublishBenchResult {
  database: string;
  enterprises: number;
  seed: number;
  partitions: number;
  partitionSize: number;
  workers: number;
  concurrencyPerWorker: number;
  notices: number;
  eligible: number;
  unknown: number;
  /** Publication commit → last notice job finished. */
  seconds: number;
  noticesPerSecond: number;
  jobSeconds: { min: number; median: number; max: number };
  /** Set-up of the registry: null when the prepared database was reused. */
  load: { seconds: number; enterprises: number; figures: number } | null;
  peakRssMbPerWorker: (number | null)[];
  loadAverage: { before: number[]; after: number[] };
  targetSeconds: number;
  withinTarget: boolean;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = 'bench:publish-population';
const TARGET_SECONDS = 60;
const LOAD_BATCH = 20_000;
const AUTHOR = 'bench-author';
const REVIEWER = 'bench-reviewer';

/**
 * The published policy, modelled on Shenzhen's support for growing small and medium enterprises
 * (中小企业 by the size standard, revenue of at least 100万元 that grew on the year before): most
 * enterprises are decided from the registry; those without last year's figures, or
 * without the year before, are UNKNOWN and told which figure is missing.
 */
function benchPolicy(departmentId: string): PolicyDraftContent {
  const cite = 'cn/law/sme-promotion#art_2';
  return {
    titleZh: '中小企业稳增长奖励（基准测试）',
    titleEn: 'SME steady-growth award (benchmark)',
    summaryZh: '对营业收入不低于100万元且较上年增长的中小企业给予奖励。',
    summaryEn: 'An award for SMEs with revenue of at least 1M yuan that grew on the year before.',
    departmentId,
    jurisdiction: 'cn-gd-sz',
    effectiveFrom: '2026-01-01',
    effectiveUntil: null,
    channel: 'NO_APPLICATION',
    topics: ['FINANCE'],
    conditions: [
      { id: 'sme', labelZh: '属于中小企业', labelEn: 'An SME', when: 'isSme', cite },
      { id: 'revenue', labelZh: '营业收入不低于100万元', labelEn: 'Revenue of at least 1M yuan', when: 'revenue >= wan_yuan(100)', cite },
      { id: 'growth', labelZh: '营业收入较上年增长', labelEn: 'Revenue grew on the year before', when: 'revenue >= revenueYearBefore', cite },
    ],
  };
}

export async function runPublishBench(o: PublishBenchOptions): Promise<PublishBenchResult> {
  const log = o.log ?? (() => {});
  const workers = o.workers ?? 2;
  const concurrency = o.concurrency ?? 2;
  const name = `huiqi_bench_publish_n${o.enterprises}_s${o.seed}`;
  const url = new URL(o.adminUrl);
  url.pathname = `/${name}`;
  const { db, load } = await prepare(o, name, url.toString(), log);
  const children: ChildProcess[] = [];
  try {
    const { author, reviewer } = await officials(db);
    // Earlier runs: their policies withdrawn (no re-match against them), their notices gone.
    const old = await db.query<{ id: string }>("SELECT id FROM policy_drafts WHERE status = 'PUBLISHED' AND policy_key LIKE 'bench-%'");
    for (const d of old) await db.transaction((tx) => withdrawPolicy(tx, d.id, '基准测试结束 benchmark run over', reviewer));
    await db.exec('TRUNCATE policy_notices CASCADE'); // with what refers to notices (deliveries), benchmark database only

    log(`启动 ${workers} 个任务进程 starting ${workers} worker processes (huiqi jobs work --concurrency ${concurrency})…`);
    for (let w = 0; w < workers; w++) children.push(await startWorker(url.toString(), concurrency));
    const before = loadavg();

    const key = `bench-${Date.now().toString(36)}`;
    const { draftId, partitions } = await db.transaction(async (tx) => {
      const created = await createPolicyDraft(tx, { policyKey: key, ...benchPolicy('dept-miit') }, author);
      if (!created.ok) throw new Error(`draft refused: ${created.reason}`);
      await submitPolicyDraft(tx, created.value.id, author);
      const published = await publishPolicyDraft(tx, created.value.id, reviewer);
      if (!published.ok) throw new Error(`publication refused: ${published.reason}`);
      return { draftId: created.value.id, partitions: await enqueueNoticeJobs(tx, created.value.id) };
    });
    const committed = Date.now();
    log(`已发布 published ${key}: ${partitions} 个通知任务 notice jobs`);

    const deadline = committed + (o.timeoutMs ?? 20 * 60_000);
    let last: Date | null = null;
    let reported = 0;
    for (;;) {
      const [s] = await db.query<{ n: number; done: number; dead: number; last: string | null }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'SUCCEEDED')::int AS done, count(*) FILTER (WHERE state = 'DEAD')::int AS dead, max(finished_at) AS last
         FROM jobs WHERE queue = $1 AND payload->>'draftId' = $2`,
        [PUBLICATION_NOTICES_QUEUE, draftId],
      );
      if (s!.dead > 0) throw new Error(`${s!.dead} 个通知任务失败 notice jobs are DEAD`);
      if (s!.done === s!.n) {
        last = new Date(s!.last!);
        break;
      }
      if (Date.now() > deadline) throw new Error(`超时 timed out: ${s!.done}/${s!.n} notice jobs done`);
      if (s!.done !== reported) {
        reported = s!.done;
        log(`  ${s!.done}/${s!.n} 个任务完成 jobs done (${((Date.now() - committed) / 1000).toFixed(1)} s)`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const after = loadavg();
    const peakRssMbPerWorker = children.map((c) => peakRssMb(c.pid));
    const seconds = (last.getTime() - committed) / 1000;
    const [counts] = await db.query<{ eligible: number; unknown: number }>(
      "SELECT count(*) FILTER (WHERE kind = 'ELIGIBLE')::int AS eligible, count(*) FILTER (WHERE kind = 'UNKNOWN')::int AS unknown FROM policy_notices WHERE draft_id = $1",
      [draftId],
    );
    const durations = (await db.query<{ s: number }>(
      'SELECT extract(epoch FROM finished_at - started_at)::float8 AS s FROM jobs WHERE queue = $1 AND payload->>\'draftId\' = $2 ORDER BY 1',
      [PUBLICATION_NOTICES_QUEUE, draftId],
    )).map((r) => r.s);
    const notices = counts!.eligible + counts!.unknown;
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      database: name,
      enterprises: o.enterprises,
      seed: o.seed,
      partitions,
      partitionSize: NOTICE_PARTITION_SIZE,
      workers,
      concurrencyPerWorker: concurrency,
      notices,
      eligible: counts!.eligible,
      unknown: counts!.unknown,
      seconds: round(seconds),
      noticesPerSecond: Math.round(notices / seconds),
      jobSeconds: { min: round(durations[0] ?? 0), median: round(durations[Math.floor(durations.length / 2)] ?? 0), max: round(durations.at(-1) ?? 0) },
      load,
      peakRssMbPerWorker,
      loadAverage: { before: before.map(round), after: after.map(round) },
      targetSeconds: TARGET_SECONDS,
      withinTarget: seconds < TARGET_SECONDS,
    };
  } finally {
    await Promise.all(children.map(stopWorker));
    await db.close();
  }
}

/** Opens the prepared database, creating and loading it first when it is missing, incomplete or `fresh` is asked. */
async function prepare(o: PublishBenchOptions, name: string, url: string, log: (s: string) => void): Promise<{ db: Database; load: PublishBenchResult['load'] }> {
  const admin = new pg.Client({ connectionString: o.adminUrl });
  await admin.connect();
  let exists: boolean;
  try {
    exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists && !o.fresh) {
      const probe = await openDatabase({ url });
      const marker = await probe.query<{ value: { enterprises: number; seed: number } }>('SELECT value FROM app_settings WHERE key = $1', [MARKER]).catch(() => []);
      await probe.close();
      if (marker[0]?.value.enterprises === o.enterprises && marker[0].value.seed === o.seed) {
        log(`沿用已准备的数据库 reusing the prepared database ${name}`);
        const db = await openDatabase({ url });
        await db.migrate();
        return { db, load: null };
      }
    }
    if (exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ url });
  await db.migrate();
  log(`载入 ${o.enterprises} 家企业 loading ${o.enterprises} synthetic enterprises (seed ${o.seed}) into ${name}…`);
  const t0 = performance.now();
  const counts = await loadRegistry(db, o.enterprises, o.seed, log);
  await db.exec('VACUUM ANALYZE enterprises');
  await db.exec('VACUUM ANALYZE enterprise_figures');
  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKER, JSON.stringify({ enterprises: o.enterprises, seed: o.seed, loadSeconds: seconds })]);
  log(`载入完成 loaded in ${seconds} s`);
  return { db, load: { seconds, ...counts } };
}

/**
 * The registry of the benchmark city: Shenzhen's jurisdictions, two departments and their officials,
 * then the population in batches of LOAD_BATCH rows (one unnest INSERT for the profiles, one for
 * the figures); the next batch is generated while the database stores the previous one.
 */
async function loadRegistry(db: Database, size: number, seed: number, log: (s: string) => void): Promise<{ enterprises: number; figures: number }> {
  await db.transaction(async (tx) => {
    for (const j of DEMO_JURISDICTIONS) await ensureJurisdiction(tx, j, null);
    for (const d of DEMO_DEPARTMENTS.filter((x) => x.id === 'dept-sme' || x.id === 'dept-miit')) await ensureDepartment(tx, d, null);
    await createUser(tx, { username: AUTHOR, displayName: '基准测试 起草人', role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz', departmentId: 'dept-miit', password: randomPassword() }, null);
    await createUser(tx, { username: REVIEWER, displayName: '基准测试 审核人', role: 'SME_BUREAU', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', password: randomPassword() }, null);
  });
  const at = new Date().toISOString();
  let enterprises = 0;
  let figures = 0;
  let pending: Promise<void> = Promise.resolve();
  let lastLog = Date.now();
  for (const chunk of streamPopulation({ seed, size, jurisdiction: 'cn-gd-sz' }, LOAD_BATCH).chunks()) {
    await pending;
    pending = storeChunk(db, chunk, at);
    enterprises += chunk.length;
    figures += chunk.reduce((s, e) => s + e.figures.length, 0);
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      log(`  ${enterprises}/${size}`);
    }
  }
  await pending;
  return { enterprises, figures };
}

async function storeChunk(db: Database, chunk: readonly SyntheticEnterprise[], at: string): Promise<void> {
  const figures = chunk.flatMap((e) => e.figures.map((f) => ({ uscc: e.uscc, ...f })));
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL synchronous_commit = off');
    await tx.query(
      `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
       SELECT u, n, a, d, i, r::date, t, b, CASE WHEN g = '' THEN '{}'::text[] ELSE string_to_array(g, ',') END, 1, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[]) AS x(u, n, a, d, i, r, t, b, g)`,
      [
        chunk.map((e) => e.uscc), chunk.map((e) => e.name), chunk.map((e) => e.registeredAddress), chunk.map((e) => e.district), chunk.map((e) => e.industryCode),
        chunk.map((e) => e.registrationDate), chunk.map((e) => e.taxpayerType), chunk.map((e) => e.isIndividualBusiness), chunk.map((e) => e.tags.join(',')), at,
      ],
    );
    await tx.query(
      `INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at)
       SELECT u, y, e, r, a, d, m, 1, $8
       FROM unnest($1::text[], $2::int[], $3::int[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[]) AS x(u, y, e, r, a, d, m)`,
      [
        figures.map((f) => f.uscc), figures.map((f) => f.year), figures.map((f) => f.employees), figures.map((f) => f.revenueFen), figures.map((f) => f.totalAssetsFen),
        figures.map((f) => f.rdExpenseFen), figures.map((f) => f.mainBusinessRevenueFen), at,
      ],
    );
  });
}

async function officials(db: Database): Promise<{ author: string; reviewer: string }> {
  const rows = await db.query<{ id: string; username: string }>('SELECT id, username FROM users WHERE username IN ($1, $2)', [AUTHOR, REVIEWER]);
  const author = rows.find((r) => r.username === AUTHOR)?.id;
  const reviewer = rows.find((r) => r.username === REVIEWER)?.id;
  if (!author || !reviewer) throw new Error('基准测试数据库缺少起草人或审核人 / the benchmark database has no author or reviewer: run with --fresh');
  return { author, reviewer };
}

function randomPassword(): string {
  return `bench-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
}

/** `huiqi jobs work` against the benchmark database; resolves once the worker says it is running. */
function startWorker(databaseUrl: string, concurrency: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(REPO, 'apps', 'cli', 'bin', 'huiqi.js'), 'jobs', 'work', '--concurrency', String(concurrency)], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let err = '';
    const onData = (b: Buffer) => {
      err += b.toString();
      if (/running on/.test(err)) {
        child.stderr!.off('data', onData);
        child.stderr!.resume();
        resolveStart(child);
      }
    };
    child.stderr!.on('data', onData);
    child.stdout!.resume();
    child.once('exit', (code) => reject(new Error(`任务进程退出 worker exited (${code}): ${err.slice(-2000)}`)));
  });
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** The peak resident set of a process (Linux /proc), in MB; null elsewhere. */
function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}
