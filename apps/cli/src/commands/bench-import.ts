import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi bench import [--enterprises N] [--runs R] [--pglite-rows M] [--database-url URL]
  从 CSV 导入 N 家企业（每家三个年度）到 PostgreSQL 并计时，再导入同一文件一次（应无任何改变）
  times importing N enterprises (three yearly rows each) from CSV into PostgreSQL, then the same file again (must change nothing)
  --enterprises N     默认 default 2600000
  --runs R            重复次数，报告中位数 repetitions, medians reported (default 1)
  --pglite-rows M     另在 PGlite（内存）上导入约 M 行 also import about M rows into PGlite in memory (default 100000; 0: skip)
  --database-name N   临时数据库名 the scratch database (default huiqi_import)
  --database-url URL  可建库的 PostgreSQL 地址（建立并删除 huiqi_import）a PostgreSQL URL allowed to create databases (creates and drops huiqi_import)
                      (default BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)
  目标 targets: ≤ 180 s, ≤ 1 GB RSS; exit 1 when missed`;

export default defineCommand({
  summary: '基准测试 Benchmark: 2.6 million enterprises × 3 years from CSV into PostgreSQL (validated, COPY streaming), then the same file again; PGlite figure for 100 000 rows',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const known = new Set(['enterprises', 'runs', 'pglite-rows', 'database-url', 'database-name']);
    const problems: string[] = [];
    const int = (name: string, dflt: number, min: number, max: number): number => {
      const v = options[name];
      if (v === undefined) return dflt;
      const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      if (!(Number.isSafeInteger(n) && n >= min && n <= max)) problems.push(`--${name} 须为 ${min}–${max} 的整数 / --${name} must be an integer ${min}–${max}`);
      return n;
    };
    const enterprises = int('enterprises', 2_600_000, 1, 4_000_000);
    const runs = int('runs', 1, 1, 9);
    const pgliteRows = int('pglite-rows', 100_000, 0, 1_000_000);
    const unknown = Object.keys(options).filter((k) => !known.has(k));
    if (positional.length > 0 || unknown.length > 0) problems.push(`未知参数 unknown arguments: ${[...positional, ...unknown.map((k) => `--${k}`)].join(' ')}`);
    const adminUrl = typeof options['database-url'] === 'string' ? options['database-url'] : (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
    if (!adminUrl || !/^postgres(ql)?:\/\//.test(adminUrl)) problems.push('需要 PostgreSQL 地址 a postgres:// URL is required (--database-url or BENCH_DATABASE_URL)');
    if (problems.length > 0) {
      io.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
      return 2;
    }
    // The benchmark lives in bench/ (repository root), outside the CLI package.
    const { runImportBench } = (await import('../../../../bench/import')) as typeof import('../../../../bench/import');
    const databaseName = typeof options['database-name'] === 'string' ? options['database-name'] : undefined;
    const r = await runImportBench({ enterprises, runs, pgliteRows, adminUrl: adminUrl!, databaseName, log: (s) => io.stderr.write(`${s}\n`) });
    io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return r.withinTarget ? 0 : 1;
  },
});
