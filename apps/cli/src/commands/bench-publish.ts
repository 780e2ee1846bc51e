import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi bench publish --enterprises N [--seed S] [--workers W] [--concurrency C] [--database-url URL] [--fresh] [--json]
  在 PostgreSQL 上发布一项政策并计时：从发布提交到最后一条通知写入（W 个 huiqi jobs work 进程）
  times one policy publication on PostgreSQL: from the publishing commit to the last notice (W huiqi jobs work processes)
  --database-url URL  可建库的 PostgreSQL 地址 a PostgreSQL URL allowed to create databases
                      (default BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)
  --fresh             重新载入企业数据 reload the prepared population
  退出码 exit code 1 when publication took 60 s or more`;

export default defineCommand({
  summary: '基准测试 Benchmark: publishing one policy to N enterprises on PostgreSQL with W worker processes (publish → last notice, target < 60 s)',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const known = new Set(['enterprises', 'seed', 'workers', 'concurrency', 'database-url', 'fresh', 'json']);
    const unknown = Object.keys(options).filter((k) => !known.has(k));
    const int = (name: string, dflt: number | null, min: number, max: number): number | string => {
      const v = options[name];
      if (v === undefined) return dflt ?? `缺少 --${name} / --${name} is required`;
      const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : `--${name} 须为 ${min}–${max} 的整数 / --${name} must be an integer ${min}–${max}`;
    };
    const enterprises = int('enterprises', null, 1, 5_000_000);
    const seed = int('seed', 1, 0, 2 ** 31);
    const workers = int('workers', 2, 1, 16);
    const concurrency = int('concurrency', 2, 1, 64);
    const problems = [enterprises, seed, workers, concurrency].filter((v): v is string => typeof v === 'string');
    if (positional.length > 0 || unknown.length > 0) problems.push(`未知参数 unknown arguments: ${[...positional, ...unknown.map((k) => `--${k}`)].join(' ')}`);
    const adminUrl = typeof options['database-url'] === 'string' ? options['database-url'] : (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
    if (!adminUrl || !/^postgres(ql)?:\/\//.test(adminUrl)) problems.push('需要 PostgreSQL 地址 a postgres:// URL is required (--database-url or BENCH_DATABASE_URL)');
    if (problems.length > 0) {
      io.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
      return 2;
    }
    const json = options.json === true;
    // The benchmark lives in bench/ (repository root), outside the CLI package.
    const { runPublishBench } = (await import('../../../../bench/publish-scale')) as typeof import('../../../../bench/publish-scale');
    const r = await runPublishBench({
      enterprises: enterprises as number,
      seed: seed as number,
      workers: workers as number,
      concurrency: concurrency as number,
      adminUrl: adminUrl!,
      fresh: options.fresh === true,
      log: json ? () => {} : (s) => io.stderr.write(`${s}\n`),
    });
    io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return r.withinTarget ? 0 : 1;
  },
});
