import { defineCommand, parseOptions } from '../command';

const USAGE = '用法 usage: huiqi bench match --enterprises N --policies P --seed S [--json] [--workers W] [--partition ROWS] [--cache-dir DIR] [--date YYYY-MM-DD]';

export default defineCommand({
  summary: '基准测试 Benchmark: batch matching of N enterprises × P policies (workers), 20 reference rules vs a hand-written loop, one-enterprise re-match',
  async run(args, io) {
    const { options } = parseOptions(args);
    const int = (name: string, dflt: number | null, min: number): number | string => {
      const v = options[name];
      if (v === undefined) return dflt ?? `缺少 --${name} / --${name} is required`;
      const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      return Number.isSafeInteger(n) && n >= min ? n : `--${name} 须为不小于 ${min} 的整数 / --${name} must be an integer ≥ ${min}`;
    };
    const enterprises = int('enterprises', null, 1);
    const policies = int('policies', null, 1);
    const seed = int('seed', 1, 0);
    const workers = int('workers', 0, 0);
    const partition = int('partition', 0, 0);
    for (const v of [enterprises, policies, seed, workers, partition]) {
      if (typeof v === 'string') {
        io.stderr.write(`${v}\n${USAGE}\n`);
        return 2;
      }
    }
    const date = typeof options.date === 'string' ? options.date : undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      io.stderr.write(`--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD\n${USAGE}\n`);
      return 2;
    }
    const json = options.json === true;
    // The benchmark lives in bench/ (repository root), outside the CLI package.
    const { runMatchBench } = (await import('../../../../bench/match-run')) as typeof import('../../../../bench/match-run');
    const r = await runMatchBench({
      enterprises: enterprises as number,
      policies: policies as number,
      seed: seed as number,
      ...(date ? { date: date as never } : {}),
      ...(workers ? { workers: workers as number } : {}),
      ...(partition ? { partitionRows: partition as number } : {}),
      ...(typeof options['cache-dir'] === 'string' ? { cacheDir: options['cache-dir'] } : {}),
      log: json ? () => {} : (s) => io.stdout.write(`${s}\n`),
    });
    if (json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    // Exit 1 when the hand-written loop and the engine disagree: the ratio would be meaningless.
    return r.reference.mismatches === 0 ? 0 : 1;
  },
});
