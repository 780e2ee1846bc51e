/**
 * Benchmark: background-job throughput on embedded PGlite and on PostgreSQL. Not a unit test.
 *   npx tsx bench/jobs-throughput.ts [--jobs N] [--concurrency C] [--runners R]
 * PostgreSQL is measured when TEST_DATABASE_URL is set (a scratch database is created and dropped;
 * PGlite is in memory), so the benchmark's own table bench_plain never reaches a real database.
 *
 * Measures, per engine:
 *   enqueue, one transaction per job  — the transactional-outbox case (one business write, one job)
 *   enqueue, N jobs in one transaction — a sweep fanning out
 *   process — R runners (each its own connection pool on PostgreSQL; sharing the one PGlite) with
 *             concurrency C and a no-op handler, from N queued jobs to all SUCCEEDED
 */
import { enqueue, listJobs, openDatabase, type Database, type JobHandler } from '@huiqi/db';
import { createScratchPostgres, openMigratedPglite } from '@huiqi/db/testing';
import { createJobRunner } from '../apps/server/src/jobs/create-job-runner';

interface Figures {
  engine: string;
  jobs: number;
  /** Baseline on the same machine at the same moment: a plain one-row INSERT, one transaction each. */
  plainInsertPerSec: number;
  enqueueOnePerTxPerSec: number;
  enqueueBatchPerSec: number;
  processPerSec: number;
  runners: number;
  concurrency: number;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive integer`);
  return v;
}

async function measure(engine: string, dbs: Database[], jobs: number, concurrency: number): Promise<Figures> {
  const db = dbs[0]!;
  await db.exec('CREATE TABLE IF NOT EXISTS bench_plain (id serial PRIMARY KEY, payload jsonb NOT NULL)');
  const t0 = performance.now();
  for (let i = 0; i < jobs; i++) await db.transaction((tx) => tx.query('INSERT INTO bench_plain (payload) VALUES ($1::jsonb)', [JSON.stringify({ i })]));
  const plainInsertPerSec = jobs / ((performance.now() - t0) / 1000);
  const perTxQueue = `bench.one-per-tx-${Date.now()}`;
  let t = performance.now();
  for (let i = 0; i < jobs; i++) await db.transaction((tx) => enqueue(tx, { queue: perTxQueue, payload: { i } }));
  const enqueueOnePerTxPerSec = jobs / ((performance.now() - t) / 1000);

  const queue = `bench.batch-${Date.now()}`;
  t = performance.now();
  await db.transaction(async (tx) => {
    for (let i = 0; i < jobs; i++) await enqueue(tx, { queue, payload: { i, notice: 'N-2026-000123', channel: 'SMS' } });
  });
  const enqueueBatchPerSec = jobs / ((performance.now() - t) / 1000);

  let done = 0;
  const handler: JobHandler = async () => {
    done++;
  };
  const runners = dbs.map((d) => createJobRunner(d, { [queue]: handler }, { concurrency, pollMs: 5, maintenanceMs: 1000 }));
  t = performance.now();
  for (const r of runners) r.start();
  while (done < jobs) await new Promise((r) => setTimeout(r, 2));
  // the last completions are written after the handler returns: wait until every row says so
  while ((await listJobs(db, queue, { state: 'SUCCEEDED', limit: jobs + 1 })).length < jobs) await new Promise((r) => setTimeout(r, 2));
  const processPerSec = jobs / ((performance.now() - t) / 1000);
  await Promise.all(runners.map((r) => r.stop()));
  if (done !== jobs) throw new Error(`ran ${done} handlers for ${jobs} jobs`);
  return { engine, jobs, plainInsertPerSec, enqueueOnePerTxPerSec, enqueueBatchPerSec, processPerSec, runners: dbs.length, concurrency };
}

const jobs = option('jobs', 2000);
const concurrency = option('concurrency', 8);
const runnerCount = option('runners', 2);
const results: Figures[] = [];

const pglite = await openMigratedPglite();
try {
  results.push(await measure('pglite (in memory)', Array.from({ length: runnerCount }, () => pglite), jobs, concurrency));
} finally {
  await pglite.close();
}

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const scratch = await createScratchPostgres(pgUrl);
  const url = new URL(pgUrl);
  url.pathname = `/${scratch.name}`;
  const extra = await Promise.all(Array.from({ length: runnerCount - 1 }, () => openDatabase({ url: url.toString() })));
  try {
    results.push(await measure('postgres', [scratch.db, ...extra], jobs, concurrency));
  } finally {
    await Promise.all(extra.map((d) => d.close()));
    await scratch.drop();
  }
} else {
  console.log('(TEST_DATABASE_URL not set: PostgreSQL skipped)');
}

const round = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`jobs=${jobs} runners=${runnerCount} concurrency=${concurrency} (jobs/s)`);
console.log('engine                 plain insert 1/tx   enqueue 1/tx   enqueue batch   process');
for (const r of results) {
  console.log(
    `${r.engine.padEnd(22)} ${round(r.plainInsertPerSec).padStart(17)}   ${round(r.enqueueOnePerTxPerSec).padStart(12)}   ${round(r.enqueueBatchPerSec).padStart(13)}   ${round(r.processPerSec).padStart(7)}`,
  );
}
console.log('(plain insert = a one-row INSERT in its own transaction on the same engine at the same moment: a yardstick for a noisy machine)');
