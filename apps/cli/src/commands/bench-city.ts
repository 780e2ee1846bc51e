import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi bench city [--enterprises N] [--seed S] [--officials O] [--sessions E] [--seconds T] [--official-think-ms 1000] [--enterprise-think-ms 5000] [--database-url URL] [--json]
  在 PostgreSQL 上的城市规模注册库（默认 260 万家）上启动服务器，O 名工作人员与 E 个企业会话同时使用 T 秒，
  （每人两次请求之间停顿 think-ms 毫秒，在 0.5–1.5 倍之间随机）报告各页面的延迟（中位数、p95）、服务器内存峰值和负载。
  runs the server on a city-sized registry (default 2.6 M) in the database huiqi_city (copied once from
  the publication benchmark's database, which is loaded first if missing; never dropped), O officials
  and E enterprise sessions at once for T seconds (each pausing think-ms × 0.5–1.5 between requests); reports latency per page (median, p95), the
  server's peak memory and the load average.
  --database-url URL  可建库的 PostgreSQL 地址 a PostgreSQL URL allowed to create databases
                      (default BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)
  退出码 exit code 1 when a page misses its target, the server used more than 2 GB, or it stopped answering`;

export default defineCommand({
  summary: '基准测试 Benchmark: the server on a 2.6-million-enterprise registry with 20 officials and 200 enterprise sessions (latency per page, peak memory)',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const known = new Set(['enterprises', 'seed', 'officials', 'sessions', 'seconds', 'official-think-ms', 'enterprise-think-ms', 'database-url', 'json']);
    const unknown = Object.keys(options).filter((k) => !known.has(k));
    const int = (name: string, dflt: number, min: number, max: number): number | string => {
      const v = options[name];
      if (v === undefined) return dflt;
      const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : `--${name} 须为 ${min}–${max} 的整数 / --${name} must be an integer ${min}–${max}`;
    };
    const enterprises = int('enterprises', 2_600_000, 1, 5_000_000);
    const seed = int('seed', 1, 0, 2 ** 31);
    const officials = int('officials', 20, 1, 200);
    const sessions = int('sessions', 200, 0, 2000);
    const seconds = int('seconds', 60, 5, 3600);
    const officialThinkMs = int('official-think-ms', 1000, 0, 600_000);
    const enterpriseThinkMs = int('enterprise-think-ms', 5000, 0, 600_000);
    const problems = [enterprises, seed, officials, sessions, seconds, officialThinkMs, enterpriseThinkMs].filter((v): v is string => typeof v === 'string');
    if (positional.length > 0 || unknown.length > 0) problems.push(`未知参数 unknown arguments: ${[...positional, ...unknown.map((k) => `--${k}`)].join(' ')}`);
    const adminUrl = typeof options['database-url'] === 'string' ? options['database-url'] : (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
    if (!adminUrl || !/^postgres(ql)?:\/\//.test(adminUrl)) problems.push('需要 PostgreSQL 地址 a postgres:// URL is required (--database-url or BENCH_DATABASE_URL)');
    if (problems.length > 0) {
      io.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
      return 2;
    }
    const json = options.json === true;
    // The benchmark lives in bench/ (repository root), outside the CLI package.
    const { runCityBench } = (await import('../../../../bench/city')) as typeof import('../../../../bench/city');
    const r = await runCityBench({
      enterprises: enterprises as number, seed: seed as number, officials: officials as number, sessions: sessions as number, seconds: seconds as number,
      officialThinkMs: officialThinkMs as number, enterpriseThinkMs: enterpriseThinkMs as number, adminUrl: adminUrl!, log: json ? () => {} : (s) => io.stderr.write(`${s}\n`),
    });
    if (json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      io.stdout.write(`city ${r.enterprises} enterprises, ${r.officials} officials + ${r.sessions} enterprise sessions (think ${r.thinkMs.official} / ${r.thinkMs.enterprise} ms), ${r.seconds} s; load average ${r.loadAverage.before.join(' ')} → ${r.loadAverage.after.join(' ')} (1-min mean during the load ${r.loadAverage.duringMean})\n`);
      io.stdout.write(`set-up: migrate ${r.setup.migrateSeconds} s, registry snapshot ${r.setup.snapshotSeconds} s (${r.setup.snapshotSource === 'FILE' ? 'from its file' : 'built from the database'})\n`);
      for (const p of r.pages) {
        const target = p.targetMs === null ? '' : `  target ${p.targetOf} ≤ ${p.targetMs} ms: ${p.withinTarget ? 'met' : 'NOT met'}`;
        io.stdout.write(`  ${p.page.padEnd(26)} n=${String(p.requests).padStart(6)}  median ${p.medianMs} ms  p95 ${p.p95Ms} ms  errors ${p.errors}${p.errors ? ` ${JSON.stringify(p.statuses)}` : ''}${target}\n`);
      }
      const requests = r.pages.reduce((n, p) => n + p.requests, 0);
      io.stdout.write(`server peak RSS ${r.serverPeakRssMb ?? '?'} MB (target ≤ ${r.serverMemoryTargetMb}); CPU ${r.serverCpuSeconds ?? '?'} s for ${requests} requests; alive at the end: ${r.serverAliveAtEnd ? 'yes' : 'NO'}\n`);
      const rt = r.serverRuntime;
      if (rt.loopDelayMs) io.stdout.write(`server event-loop delay during the load: median ${rt.loopDelayMs.p50} ms, p99 ${rt.loopDelayMs.p99} ms, max ${rt.loopDelayMs.max} ms\n`);
      const gc = Object.entries(rt.gc).map(([k, g]) => `${k} ${g.count}× ${g.totalMs} ms (longest ${g.maxMs})`).join(', ');
      if (gc) io.stdout.write(`server GC pauses during the load: ${gc}\n`);
      for (const [route, f] of Object.entries(rt.routesP95Ms)) io.stdout.write(`  server-side ${route.padEnd(52)} n=${String(f.requests).padStart(6)}  p95 ≤ ${f.p95AtMostMs ?? '>10000'} ms\n`);
    }
    return r.withinTargets ? 0 : 1;
  },
});
