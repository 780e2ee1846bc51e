/**
 * Benchmark: appeal submissions over HTTP on PostgreSQL. Not a unit test.
 *   npx tsx bench/appeals-load.ts [--count N] [--concurrency C] [--seconds S] [--rate R] [--sessions K]
 *
 * Starts the real server (apps/server/src/main.ts, NODE_ENV=test so no request logging) as a child
 * process on a scratch PostgreSQL database (TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test; created and dropped), logs in the demo enterprise K times
 * (K sessions, default 32, used in turn: many enterprises submit at once, each with its own session)
 * and sends POST /api/appeals with a fresh Idempotency-Key each, from this process over loopback:
 *   closed loop (default): C clients, each sending its next request when the last one answered,
 *                          until N requests or S seconds;
 *   --rate R:              open loop, R requests per second on a fixed schedule for S seconds
 *                          (latency counted from the scheduled time, so queueing is not hidden).
 * Prints throughput and latency percentiles; exit code 1 when the target (≥ 500/s, p99 < 100 ms) is missed.
 * Each submission is a full case: tracking number, domain check, deadline computation, case row,
 * first action, hash-chained audit event, one transaction.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { verifyAuditChain } from '@huiqi/db';
import { createScratchPostgres } from '@huiqi/db/testing';
import { freePort, logInCookie, spawnServer } from '../packages/api/src/appeals/testing/server-process';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

/** CPU time (ms) a process has used so far, user and system apart, from /proc (Linux); zero for a process that is gone. */
function cpuOf(pid: number): { user: number; system: number } {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { user: (Number(fields[11]) * 1000) / 100, system: (Number(fields[12]) * 1000) / 100 }; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return { user: 0, system: 0 };
  }
}

const totalMs = (c: { user: number; system: number }) => c.user + c.system;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const count = option('count', 20_000);
const concurrency = option('concurrency', 16);
const seconds = option('seconds', 30);
const rate = process.argv.includes('--rate') ? option('rate', 500) : null;
const warmup = option('warmup', 500);
const sessions = option('sessions', 32);
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const scratch = await createScratchPostgres(adminUrl);
const url = new URL(adminUrl);
url.pathname = `/${scratch.name}`;
const port = await freePort();

/** CPU (ms) so far of each PostgreSQL backend connected to the scratch database (not this process's own connection). */
async function postgresBackendCpu(): Promise<Map<number, number>> {
  const rows = await scratch.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [scratch.name]);
  return new Map(rows.map((r) => [r.pid, totalMs(cpuOf(r.pid))]));
}
// node:http with keep-alive (lighter than fetch): the generator shares the machine with the server.
const agent = new Agent({ keepAlive: true, maxSockets: Math.max(concurrency, 64) });
const server = await spawnServer({ port, env: { DATABASE_URL: url.toString(), HUIQI_DEMO: '1' }, readyTimeoutMs: 180_000 });
try {
  const cookies: string[] = [];
  for (let i = 0; i < sessions; i++) cookies.push(await logInCookie(server.baseUrl, 'enterprise'));
  const run = Math.random().toString(36).slice(2, 8);
  let seq = 0;
  const nextKey = () => `bench-${run}-${seq++}`;
  const errors = new Map<string, number>();
  const { hostname, port: serverPort } = new URL(server.baseUrl);
  let turn = 0;
  const post = (key: string) =>
    new Promise<number>((resolve) => {
      const cookie = cookies[turn++ % cookies.length]!;
      const body = JSON.stringify({ type: 'REQUEST', title: `压力测试诉求 ${key}`, description: '用于负载测试的合成诉求，不代表真实企业。' });
      const req = request(
        { host: hostname, port: serverPort, path: '/api/appeals', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie, 'idempotency-key': key } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? -1));
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve(-1));
      req.end(body);
    });
  const one = async (): Promise<number> => {
    const t0 = performance.now();
    const status = await post(nextKey());
    if (status !== 201) errors.set(String(status), (errors.get(String(status)) ?? 0) + 1);
    return performance.now() - t0;
  };

  // warm-up (JIT, connection pool, caches): not measured
  for (let done = 0; done < warmup; ) {
    await Promise.all(Array.from({ length: Math.min(concurrency, warmup - done) }, one));
    done += Math.min(concurrency, warmup - done);
  }
  errors.clear();

  const latencies: number[] = [];
  const backendsBefore = await postgresBackendCpu();
  const cpuBefore = cpuOf(server.pid);
  const ownCpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  if (rate === null) {
    let sent = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < count && performance.now() < deadline) {
          sent++;
          latencies.push(await one());
        }
      }),
    );
  } else {
    const total = Math.round(rate * seconds);
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const scheduled = started + (i * 1000) / rate;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(
        (async () => {
          await one();
          latencies.push(performance.now() - scheduled);
        })(),
      );
    }
    await Promise.all(inFlight);
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = cpuOf(server.pid);
  const serverCpu = { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system };
  let postgresCpuMs = 0;
  for (const [pid, ms] of await postgresBackendCpu()) postgresCpuMs += ms - (backendsBefore.get(pid) ?? 0);
  const own = process.cpuUsage(ownCpuBefore);
  latencies.sort((a, b) => a - b);
  const throughput = latencies.length / elapsed;
  const p = (x: number) => percentile(latencies, x).toFixed(1);
  // One batch (group commit) records its actions at one instant: distinct instants = batches.
  const [cases] = await scratch.db.query<{ n: number; batches: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT a.recorded_at)::int AS batches FROM appeal_cases c JOIN appeal_actions a ON a.case_id = c.case_id AND a.seq = 1
     WHERE c.idempotency_key LIKE $1`,
    [`bench-${run}-%`],
  );
  const figures = {
    engine: 'postgres',
    mode: rate === null ? `closed loop, ${concurrency} clients` : `open loop, ${rate}/s`,
    sessions,
    requests: latencies.length,
    seconds: Number(elapsed.toFixed(2)),
    perSecond: Math.round(throughput),
    p50Ms: Number(p(50)),
    p95Ms: Number(p(95)),
    p99Ms: Number(p(99)),
    maxMs: Number(latencies.at(-1)!.toFixed(1)),
    errors: Object.fromEntries(errors),
    casesStored: cases?.n ?? 0,
    /** Mean submissions per transaction (warm-up included). */
    meanBatch: cases && cases.batches > 0 ? Number((cases.n / cases.batches).toFixed(1)) : 0,
    /** The hash chain over every audit event written, checked after the run (as `npx huiqi audit verify` does). */
    auditChainOk: (await verifyAuditChain(scratch.db)).ok,
    /** Server CPU per request: what a request costs whatever else runs on the machine. */
    serverCpuMsPerRequest: Number((totalMs(serverCpu) / latencies.length).toFixed(2)),
    serverSystemCpuMsPerRequest: Number((serverCpu.system / latencies.length).toFixed(2)),
    /** The PostgreSQL backends serving the server (a backend that ended during the run is not counted). */
    postgresCpuMsPerRequest: Number((postgresCpuMs / latencies.length).toFixed(2)),
    loadGeneratorCpuMsPerRequest: Number(((own.user + own.system) / 1000 / latencies.length).toFixed(2)),
    loadAverage1m: Number(loadavg()[0]!.toFixed(1)),
    cores: availableParallelism(),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  // Open loop: the rate is the generator's schedule; it was sustained when every request was answered
  // (perSecond is a little lower only because the run ends with the last answer, not the last send).
  const sustained = rate === null ? throughput : rate;
  const met = sustained >= 500 && percentile(latencies, 99) < 100 && errors.size === 0 && figures.auditChainOk;
  process.stdout.write(`target ≥ 500/s with p99 < 100 ms: ${met ? 'met' : 'NOT met'}\n`);
  process.exitCode = met ? 0 : 1;
} finally {
  agent.destroy();
  await server.kill('SIGTERM');
  await scratch.drop();
}
