/**
 * Benchmark: a mixed read load of the enterprise pages over HTTP on PostgreSQL. Not a unit test.
 *   npx tsx bench/mixed-read.ts [--sessions 200] [--seconds 15] [--warmup 200]
 *
 * Starts the real server (apps/server/src/main.ts, demo city, NODE_ENV=test: no request logging) as
 * a child process on a scratch PostgreSQL database (TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test; created and dropped), opens K sessions of the demo
 * enterprise and runs K concurrent clients (closed loop), each cycling through what an enterprise's
 * pages load: 我的账号 /api/me, 企业信息 /api/enterprises/:uscc, 变更历史 …/history,
 * 可享政策 …/eligibility, 政策推送 /api/publication/inbox, 我的诉求 /api/appeals.
 * Prints JSON: requests/s overall, p50/p95/p99 per page, server CPU per request, load averages.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { createScratchPostgres } from '@huiqi/db/testing';
import { freePort, logInCookie, spawnServer } from '../packages/api/src/appeals/testing/server-process';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN);
const sessions = option('sessions', 200);
const seconds = option('seconds', 15);
const warmup = option('warmup', 200);
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const loadBefore = loadavg();

const scratch = await createScratchPostgres(adminUrl);
const url = new URL(adminUrl);
url.pathname = `/${scratch.name}`;
const server = await spawnServer({ port: await freePort(), env: { DATABASE_URL: url.toString(), HUIQI_DEMO: '1', HUIQI_JOBS: '0' }, readyTimeoutMs: 300_000 });
const agent = new Agent({ keepAlive: true, maxSockets: sessions });
try {
  const cookies: string[] = [];
  for (let i = 0; i < sessions; i++) cookies.push(await logInCookie(server.baseUrl, 'enterprise'));
  const me = (await (await fetch(`${server.baseUrl}/api/me`, { headers: { cookie: cookies[0]! } })).json()) as { enterprise?: { uscc?: string }; uscc?: string; user?: { enterpriseUscc?: string } };
  const uscc = JSON.stringify(me).match(/9[0-9A-Z]{17}/)?.[0];
  if (!uscc) throw new Error(`no enterprise in /api/me: ${JSON.stringify(me)}`);
  const pages = ['/api/me', `/api/enterprises/${uscc}`, `/api/enterprises/${uscc}/history`, `/api/enterprises/${uscc}/eligibility`, '/api/publication/inbox', '/api/appeals'];
  const { hostname, port } = new URL(server.baseUrl);
  const get = (path: string, cookie: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: hostname, port, path, method: 'GET', agent, headers: { cookie } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
  for (let i = 0; i < warmup; i++) await get(pages[i % pages.length]!, cookies[i % sessions]!);

  const latencies = new Map<string, number[]>(pages.map((p) => [p, []]));
  const errors = new Map<string, number>();
  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(cookies.map(async (cookie, c) => {
    for (let i = c; performance.now() < until; i++) {
      const page = pages[i % pages.length]!;
      const t0 = performance.now();
      const status = await get(page, cookie).catch(() => -1);
      if (status !== 200) errors.set(`${page} ${status}`, (errors.get(`${page} ${status}`) ?? 0) + 1);
      else latencies.get(page)!.push(performance.now() - t0);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMs(server.pid) - cpuBefore;
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(JSON.stringify({
    sessions, seconds: round(elapsed), requests: all.length, perSecond: round(all.length / elapsed),
    p50ms: round(percentile(all, 50)), p95ms: round(percentile(all, 95)), p99ms: round(percentile(all, 99)),
    serverCpuMsPerRequest: all.length ? Math.round((cpu / all.length) * 100) / 100 : null,
    pages: Object.fromEntries([...latencies].map(([p, l]) => { l.sort((a, b) => a - b); return [p.replace(uscc, ':uscc'), { n: l.length, p50ms: round(percentile(l, 50)), p99ms: round(percentile(l, 99)) }]; })),
    errors: Object.fromEntries(errors), loadavgBefore: loadBefore.map(round), loadavgAfter: loadavg().map(round),
  }, null, 1));
} finally {
  agent.destroy();
  await server.kill('SIGTERM');
  await scratch.drop();
}
