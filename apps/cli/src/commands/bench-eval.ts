import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '基准测试 Benchmark: one enterprise against every policy with explanations; median after warm-up [--iterations N] [--no-explain]',
  async run(args, io) {
    const { options } = parseOptions(args);
    const iterations = typeof options.iterations === 'string' ? Number(options.iterations) : 2000;
    if (!Number.isSafeInteger(iterations) || iterations < 10) {
      io.stderr.write('--iterations 须为不小于10的整数 / --iterations must be an integer ≥ 10\n');
      return 2;
    }
    // The benchmark lives in bench/ (repository root), outside the CLI package.
    const { runEvalBench } = (await import('../../../../bench/eval-one')) as typeof import('../../../../bench/eval-one');
    const r = await runEvalBench({ iterations, explain: options['no-explain'] !== true, log: (s) => io.stdout.write(`${s}\n`) });
    return r.medianMs < 5 ? 0 : 1;
  },
});
