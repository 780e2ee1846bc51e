import type { Database, Queryable } from '@huiqi/db';
import { escapeLabel, round } from './http-metrics';

const gauge = (name: string, help: string, rows: string[]) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...rows];

/**
 * Metrics read from the database at scrape time: the job queue (depth and age of the oldest due
 * job per queue, running, dead), failing notice deliveries, deadline sweeps, and a probe of the
 * database (up, round trip) and its connection pool (PostgreSQL).
 */
export async function renderPlatformMetrics(db: Queryable & Pick<Partial<Database>, 'poolStats'>, now: Date = new Date()): Promise<string[]> {
  const started = performance.now();
  let up = 1;
  try {
    await db.query('SELECT 1 AS one');
  } catch {
    up = 0;
  }
  const probe = (performance.now() - started) / 1000;
  const out = [
    ...gauge('huiqi_db_up', '1 when the database answered the scrape probe', [`huiqi_db_up ${up}`]),
    ...gauge('huiqi_db_probe_seconds', 'round trip of SELECT 1 at scrape time', [`huiqi_db_probe_seconds ${round(probe)}`]),
  ];
  const pool = db.poolStats?.();
  if (pool) {
    out.push(...gauge('huiqi_db_pool_connections', 'database connections open in this process, by state', [`huiqi_db_pool_connections{state="idle"} ${pool.idle}`, `huiqi_db_pool_connections{state="busy"} ${pool.total - pool.idle}`]));
    out.push(...gauge('huiqi_db_pool_waiting', 'queries waiting for a free database connection', [`huiqi_db_pool_waiting ${pool.waiting}`]));
    out.push(...gauge('huiqi_db_pool_max', 'the most connections this process opens', [`huiqi_db_pool_max ${pool.max}`]));
  }
  if (!up) return out;
  const queues = await db.query<{ queue: string; due: number; running: number; dead: number; oldest: string | null }>(
    `SELECT queue,
            count(*) FILTER (WHERE state = 'QUEUED' AND run_at <= $1)::int AS due,
            count(*) FILTER (WHERE state = 'RUNNING')::int AS running,
            count(*) FILTER (WHERE state = 'DEAD')::int AS dead,
            min(run_at) FILTER (WHERE state = 'QUEUED' AND run_at <= $1) AS oldest
       FROM jobs WHERE state <> 'SUCCEEDED' GROUP BY queue ORDER BY queue`,
    [now.toISOString()],
  );
  const q = (r: { queue: string }) => `queue="${escapeLabel(r.queue)}"`;
  out.push(...gauge('huiqi_jobs_due', 'jobs due and waiting for a worker, per queue', queues.map((r) => `huiqi_jobs_due{${q(r)}} ${r.due}`)));
  out.push(...gauge('huiqi_jobs_oldest_due_age_seconds', 'how long the oldest due job of a queue has waited', queues.map((r) => `huiqi_jobs_oldest_due_age_seconds{${q(r)}} ${r.oldest ? Math.max(0, (now.getTime() - Date.parse(r.oldest)) / 1000) : 0}`)));
  out.push(...gauge('huiqi_jobs_running', 'jobs claimed by a worker, per queue', queues.map((r) => `huiqi_jobs_running{${q(r)}} ${r.running}`)));
  out.push(...gauge('huiqi_jobs_dead', 'jobs that exhausted their attempts (need an operator), per queue', queues.map((r) => `huiqi_jobs_dead{${q(r)}} ${r.dead}`)));

  const sweeps = await db.query<{ queue: string; ok: number; last: string | null }>(
    `SELECT queue, count(*) FILTER (WHERE state = 'SUCCEEDED')::int AS ok, max(finished_at) FILTER (WHERE state = 'SUCCEEDED') AS last
       FROM jobs WHERE queue LIKE '%sweep%' GROUP BY queue ORDER BY queue`,
  );
  out.push(...gauge('huiqi_sweeps_succeeded', 'completed deadline sweeps still kept (7 days), per queue', sweeps.map((r) => `huiqi_sweeps_succeeded{${q(r)}} ${r.ok}`)));
  out.push(...gauge('huiqi_sweep_last_success_timestamp_seconds', 'when a sweep last completed, per queue', sweeps.map((r) => `huiqi_sweep_last_success_timestamp_seconds{${q(r)}} ${r.last ? Date.parse(r.last) / 1000 : 0}`)));

  const [hasDeliveries] = await db.query<{ present: boolean }>("SELECT to_regclass('public.notice_deliveries') IS NOT NULL AS present");
  if (hasDeliveries?.present) {
    const deliveries = await db.query<{ channel: string; status: string; n: number }>("SELECT channel, status, count(*)::int AS n FROM notice_deliveries WHERE status IN ('PENDING', 'FAILED') GROUP BY channel, status ORDER BY channel, status");
    out.push(...gauge('huiqi_deliveries', 'notice deliveries pending or failed, per channel and status', deliveries.map((r) => `huiqi_deliveries{channel="${escapeLabel(r.channel)}",status="${escapeLabel(r.status)}"} ${r.n}`)));
  }
  return out;
}
